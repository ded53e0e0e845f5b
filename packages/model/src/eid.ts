import type {Document, HierarchyName, Nodes} from './types.js'

/**
 * Abbreviations of the AKN naming convention (Akoma Ntoso Naming Convention 1.0, §5.2.3) for the
 * elements that carry clause eIds.
 */
const abbreviations: Record<string, string> = {
  alinea: 'al',
  article: 'art',
  attachment: 'att',
  authorialNote: 'authorialNote',
  blockContainer: 'blockContainer',
  book: 'book',
  chapter: 'chp',
  clause: 'cl',
  del: 'del',
  division: 'dvs',
  formula: 'formula',
  hcontainer: 'hcontainer',
  indent: 'ind',
  ins: 'ins',
  level: 'lvl',
  list: 'list',
  paragraph: 'para',
  part: 'part',
  point: 'point',
  recital: 'recital',
  recitals: 'recitals',
  rule: 'rule',
  section: 'sec',
  subchapter: 'subchp',
  subclause: 'subcl',
  subdivision: 'subdvs',
  subparagraph: 'subpara',
  subpart: 'subpart',
  subrule: 'subrule',
  subsection: 'subsec',
  title: 'title',
  tome: 'tome',
}

const hierarchyNames = new Set<string>(Object.keys(abbreviations))
const notHierarchies = new Set<string>([
  'attachment',
  'authorialNote',
  'blockContainer',
  'del',
  'formula',
  'hcontainer',
  'ins',
  'list',
  'paragraph',
  'point',
  'recital',
  'recitals',
])

/**
 * Whether `name` is an AKN hierarchical element (`chapter`, `section`, …) rather than the `name` of a
 * generic `<hcontainer>`.
 *
 * @example isHierarchyName('chapter') // true
 */
export function isHierarchyName(name: string): name is HierarchyName {
  return hierarchyNames.has(name) && !notHierarchies.has(name)
}

/**
 * The number component of an eId, from a number as printed: punctuation around it dropped, inner
 * spaces and punctuation turned into `-`, e.g. `5.` → `5`, `a)` → `a`, `(iv)` → `iv`, `IV.1 A) 6` →
 * `IV-1-A-6`. Returns `undefined` when nothing usable is left.
 *
 * @example eIdNumber('5.') // '5'
 */
export function eIdNumber(printed: string): string | undefined {
  let value = ''
  let pendingDash = false
  for (const character of printed.normalize('NFC')) {
    if (/[\p{L}\p{N}]/u.test(character)) {
      if (pendingDash && value) value += '-'
      value += character
      pendingDash = false
    } else {
      pendingDash = true
    }
  }
  return value || undefined
}

/**
 * One eId by the AKN naming convention: the context's eId, `__`, the element's abbreviation, `_`, and
 * its number (as printed, cleaned by {@link eIdNumber}) or its ordinal.
 *
 * @example eIdOf('para_5__list_1', 'point', 'a)') // 'para_5__list_1__point_a'
 * @example eIdOf(undefined, 'paragraph', 3) // 'para_3'
 */
export function eIdOf(context: string | undefined, element: string, number: string | number): string {
  const abbreviation = abbreviations[element] ?? element
  const part = typeof number === 'number' ? String(number) : (eIdNumber(number) ?? '1')
  const local = `${abbreviation}_${part}`
  return context ? `${context}__${local}` : local
}

interface Scope {
  /** Counters of unnumbered elements of each kind inside this context. */
  counts: Map<string, number>
}

/**
 * Give every clause-level node of a document its eId by the AKN naming convention, in place, and
 * return the document. Readers build a tree without eIds and call this once, so that eIds are made in
 * one place. Existing eIds are replaced unless `keep` is set (AKN input keeps its own).
 * Duplicate numbers (two paragraphs both numbered `5.` in a draft) get `-2`, `-3`… so eIds stay unique.
 * Kept eIds (and those of `meta`'s events, references, notes and body) have their white space turned
 * into `_`, since an eId is an XML token.
 *
 * @example assignEIds(document).children // every paragraph now has `eId: 'para_N'`
 */
export function assignEIds<T extends Document>(document: T, options: {keep?: boolean} = {}): T {
  const used = new Set<string>()
  const keep = options.keep === true

  if (keep) {
    // An eId is an XML token (`[^\s]+` in the AKN schema): one kept from a source with white space in
    // it would make every AKN written from this model invalid, so its white space becomes `_`.
    visitAll(document, (node) => {
      if ('eId' in node && typeof node.eId === 'string' && node.eId) {
        node.eId = asToken(node.eId)
        used.add(node.eId)
      }
    })
    const {meta} = document
    for (const item of [...meta.lifecycle, ...meta.references, ...meta.notes]) item.eId = asToken(item.eId)
    if (meta.body) meta.body.eId = asToken(meta.body.eId)
  }

  // The next suffix to try for each base eId, so that many clauses sharing one number (a draft that
  // numbers every paragraph `1.`) cost O(1) each rather than a scan over the suffixes already taken.
  const nextSuffix = new Map<string, number>()
  const unique = (eId: string): string => {
    if (!used.has(eId)) {
      used.add(eId)
      return eId
    }
    let suffix = nextSuffix.get(eId) ?? 2
    while (used.has(`${eId}-${suffix}`)) suffix++
    nextSuffix.set(eId, suffix + 1)
    const result = `${eId}-${suffix}`
    used.add(result)
    return result
  }

  const ordinal = (scope: Scope, element: string): number => {
    const next = (scope.counts.get(element) ?? 0) + 1
    scope.counts.set(element, next)
    return next
  }

  const newScope = (): Scope => ({counts: new Map()})

  // `context` is the eId prefix for children; `noteContext` where authorial notes count from.
  const walk = (
    node: Nodes,
    context: string | undefined,
    scope: Scope,
    noteScope: Scope,
    noteContext: string,
  ): void => {
    if (!('children' in node)) return
    for (const child of node.children as Nodes[]) {
      let childContext = context
      let childScope = scope
      let childNoteScope = noteScope
      let childNoteContext = noteContext
      const has = 'eId' in child && typeof child.eId === 'string' && child.eId !== ''
      const assign = (element: string, number: string | number, prefix = context): string => {
        if (keep && has) return (child as {eId: string}).eId
        const eId = unique(eIdOf(prefix, element, number))
        ;(child as {eId: string}).eId = eId
        return eId
      }

      switch (child.type) {
        case 'preface':
          childContext = prefixed(context, 'preface')
          childScope = newScope()
          childNoteScope = newScope()
          childNoteContext = prefixed(context, 'preface')
          break
        case 'preamble':
          childContext = prefixed(context, 'preamble')
          childScope = newScope()
          childNoteScope = childScope
          childNoteContext = childContext
          break
        case 'mainBody':
        case 'body':
        case 'conclusions':
          childScope = newScope()
          childNoteScope = newScope()
          childNoteContext = prefixed(context, child.type)
          break
        case 'attachments':
          break
        case 'attachment': {
          const eId = assign('attachment', ordinal(scope, 'attachment'))
          childContext = eId
          childScope = newScope()
          childNoteScope = childScope
          childNoteContext = eId
          break
        }
        case 'formula':
        case 'recitals':
        case 'list': {
          const eId = assign(child.type, ordinal(scope, child.type))
          childContext = eId
          childScope = newScope()
          childNoteScope = childScope
          childNoteContext = eId
          break
        }
        case 'blockContainer': {
          const prefix = node.type === 'mainBody' ? prefixed(context, 'mainBody') : context
          const eId = assign('blockContainer', ordinal(scope, 'blockContainer'), prefix)
          childContext = eId
          childScope = newScope()
          childNoteScope = childScope
          childNoteContext = eId
          break
        }
        case 'recital':
        case 'paragraph':
        case 'point':
        case 'hcontainer': {
          const element =
            child.type === 'hcontainer'
              ? isHierarchyName(child.name)
                ? child.name
                : 'hcontainer'
              : child.type
          const num = child.children.find((grandchild) => grandchild.type === 'num')
          const printed = num && num.type === 'num' ? eIdNumber(num.value) : undefined
          const eId = assign(element, printed ?? ordinal(scope, `${element}#unnumbered`))
          childContext = eId
          childScope = newScope()
          childNoteScope = childScope
          childNoteContext = eId
          break
        }
        case 'authorialNote': {
          assign('authorialNote', ordinal(noteScope, 'authorialNote'), noteContext || undefined)
          // Notes inside notes count in the same context.
          break
        }
        default:
          break
      }
      walk(child, childContext, childScope, childNoteScope, childNoteContext)
    }
  }

  const root = newScope()
  walk(document, undefined, root, root, '')
  return document
}

function asToken(eId: string): string {
  return /\s/.test(eId) ? eId.replace(/\s+/g, '_') : eId
}

function prefixed(context: string | undefined, name: string): string {
  return context ? `${context}__${name}` : name
}

function visitAll(node: Nodes, visitor: (node: Nodes) => void): void {
  const stack: Nodes[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    visitor(current)
    if ('children' in current) {
      const children = current.children as Nodes[]
      for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!)
    }
  }
}
