import {debateSectionNames, hierarchyNames, textPartTypes} from './element-names.js'
import {figureOfNumberWords} from './number-words.js'
import type {DebateSectionName, Document, HierarchyName, Nodes} from './types.js'

/**
 * Abbreviations of the AKN naming convention (Akoma Ntoso Naming Convention 1.0, §5.2.3) for the
 * elements that carry clause eIds; other elements use their own name. A map: an object looked up
 * with many names (one for each element) is a slow, megamorphic look-up to V8.
 */
const abbreviations = new Map<string, string>(
  Object.entries({
    alinea: 'al',
    article: 'art',
    attachment: 'att',
    authorialNote: 'authorialNote',
    blockContainer: 'blockContainer',
    blockList: 'list',
    book: 'book',
    chapter: 'chp',
    citation: 'cit',
    citations: 'citations',
    clause: 'cl',
    component: 'cmp',
    debateSection: 'dbsect',
    del: 'del',
    division: 'dvs',
    embeddedStructure: 'estr',
    formula: 'formula',
    hcontainer: 'hcontainer',
    indent: 'ind',
    ins: 'ins',
    item: 'item',
    level: 'lvl',
    list: 'list',
    paragraph: 'para',
    part: 'part',
    point: 'point',
    quotedStructure: 'qstr',
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
    table: 'table',
    tblock: 'tblock',
    title: 'title',
    tome: 'tome',
    tr: 'tr',
  }),
)

/** AKN hierarchical elements (`hierElements` and the debate sections) written as elements of their own. */
const hierarchies = new Set<string>([...hierarchyNames, ...debateSectionNames])

/**
 * Whether `name` is an AKN hierarchical element (`chapter`, `section`, …) rather than the `name` of a
 * generic `<hcontainer>`.
 *
 * @example isHierarchyName('chapter') // true
 */
export function isHierarchyName(name: string): name is HierarchyName | DebateSectionName {
  return hierarchies.has(name)
}

/**
 * The number component of an eId, from a number as printed: punctuation around it dropped, inner
 * spaces and punctuation turned into `-`, e.g. `5.` → `5`, `a)` → `a`, `(iv)` → `iv`, `IV.1 A) 6` →
 * `IV-1-A-6`; ordinal marks dropped (`1º` → `1`, `1er` → `1`); a number written in words turned into
 * its figure (`premier` → `1`, `vigésimo primero` → `21`, `unico` → `1`), as the naming convention
 * numbers units by their number, not its spelling. Returns `undefined` when nothing usable is left.
 *
 * @example eIdNumber('5.') // '5'
 */
export function eIdNumber(printed: string): string | undefined {
  let value = ''
  let pendingDash = false
  // NFC leaves ASCII as it is: only a number with other characters needs normalising.
  for (const character of isAscii(printed) ? printed : printed.normalize('NFC')) {
    if (isNumberCharacter(character)) {
      if (pendingDash && value) value += '-'
      value += character
      pendingDash = false
    } else {
      pendingDash = true
    }
  }
  // A French first (`Article 1er`, `1re partie`, `Article 1er bis`) is the number 1.
  if (isDigit(value)) return value.replace(frenchFirst, '1')
  return value.length > 3 ? figureOfNumberWords(value) : value || undefined
}

/** Whether a text is all ASCII. */
function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) >= 128) return false
  return true
}

/** `1er` / `1re` at the start of a number's eId part, alone or before a further part (`1er-bis`). */
const frenchFirst = /^1(?:er|re)(?=-|$)/

/** Whether a number part opens with a digit. */
function isDigit(value: string): boolean {
  const code = value.charCodeAt(0)
  return code >= 48 && code <= 57
}

/**
 * Whether a character is part of a number's eId part: a letter or a digit, ASCII ones told without a
 * regular expression (this runs on every numbered unit). The ordinal indicators are letters to
 * Unicode but marks of the number, as `°` is (`1º`, `2ª`).
 */
function isNumberCharacter(character: string): boolean {
  const code = character.charCodeAt(0)
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122)
  return character !== 'º' && character !== 'ª' && /[\p{L}\p{N}]/u.test(character)
}

/**
 * One eId by the AKN naming convention: the context's eId, `__`, the element's abbreviation, `_`, and
 * its number (as printed, cleaned by {@link eIdNumber}) or its ordinal.
 *
 * @example eIdOf('para_5__list_1', 'point', 'a)') // 'para_5__list_1__point_a'
 * @example eIdOf(undefined, 'paragraph', 3) // 'para_3'
 */
export function eIdOf(context: string | undefined, element: string, number: string | number): string {
  return withPart(context, element, typeof number === 'number' ? String(number) : (eIdNumber(number) ?? '1'))
}

/** An eId from its number part as it stands (`3`, `5a`, `o_2`). */
function withPart(context: string | undefined, element: string, part: string): string {
  const local = `${abbreviations.get(element) ?? element}_${part}`
  return context ? `${context}__${local}` : local
}

/**
 * Units whose printed number may open with the unit's word (`Article 1`, `Chapitre IV`, `Teil 2`,
 * `Parágrafo único`).
 */
const unitWordNamed = new Set([
  'article',
  'paragraph',
  'chapter',
  'part',
  'section',
  'title',
  'book',
  'subchapter',
  'subpart',
  'subsection',
  'subtitle',
  'division',
  'rule',
  'tome',
])

/**
 * A unit's number without the unit's word the label opens with, as the naming convention numbers
 * units (`Article 1` → `1`, `Artículo 2.` → `2.`, `CHAPTER IV` → `IV`); a number of one word is
 * left as it is.
 */
function withoutUnitWord(printed: string): string {
  const match = /^\p{L}{3,20}\.? +(?=\S)/u.exec(printed.trim())
  return match ? printed.trim().slice(match[0].length) : printed
}

interface Scope {
  /** Counters of unnumbered elements of each kind inside this context (made on first use). */
  counts: Map<string, number> | undefined
}

/** Options of {@link assignEIds}. */
export interface AssignEIdsOptions {
  /** Keep eIds the document has (default: `false`: every clause eId is rebuilt). */
  keep?: boolean | undefined
  /**
   * Called when a kept eId had to change: white space turned into `_`, or a second element with the
   * same eId given a new one (default: none).
   */
  onRename?: ((before: string, after: string, node: Nodes) => void) | undefined
}

/** Document parts whose notes count on their own (`preface__authorialNote_1`, `body__authorialNote_1`). */
const noteParts = new Set<string>(textPartTypes)

/** Containers given an eId by their ordinal so that the units inside have a context. */
const ordinalContexts = new Set(['formula', 'recitals', 'citations', 'list', 'blockList', 'table', 'subFlow'])

/** Units numbered by their `num` (or their ordinal when they have none). */
const numberedUnits = new Set([
  'recital',
  'citation',
  'paragraph',
  'point',
  'hcontainer',
  'item',
  'tblock',
  'speech',
  'li',
  'tr',
])

/** The AKN element a node stands for, for its eId. */
function elementOf(node: Nodes): string {
  switch (node.type) {
    case 'hcontainer':
      return isHierarchyName(node.name) ? node.name : 'hcontainer'
    case 'subFlow':
    case 'speech':
      return node.element
    default:
      return node.type
  }
}

/**
 * Give every clause-level node of a document its eId by the AKN naming convention, in place, and
 * return the document. Readers build a tree without eIds and call this once, so that eIds are made in
 * one place. Existing eIds are replaced unless `keep` is set (AKN input keeps its own).
 * Duplicate numbers (two paragraphs both numbered `5.` in a draft) get `-2`, `-3`… so eIds stay unique;
 * so does a kept eId that an earlier element already has. Kept eIds (and those of `meta`'s events,
 * references, notes and body) have their white space turned into `_`, since an eId is an XML token.
 *
 * @example assignEIds(document).children // every paragraph now has `eId: 'para_N'`
 */
export function assignEIds<T extends Document>(document: T, options: AssignEIdsOptions = {}): T {
  const state: Assigning = {keep: options.keep === true, used: new Set(), nextSuffix: new Map()}

  if (state.keep) {
    // An eId is an XML token (`[^\s]+` in the AKN schema): one kept from a source with white space in
    // it would make every AKN written from this model invalid, so its white space becomes `_`; and it
    // is unique in the document, so a second element with the same eId gets a new one. References
    // first: they are what `refersTo` and `href` point at most.
    const {meta} = document
    for (const item of [...meta.references, ...meta.lifecycle, ...meta.notes]) {
      if (!item.eId) continue
      const before = item.eId
      item.eId = unique(state, asToken(before))
      if (item.eId !== before) options.onRename?.(before, item.eId, document)
    }
    if (meta.body) meta.body.eId = asToken(meta.body.eId)
    visitAll(document, (node) => {
      if (!('eId' in node) || typeof node.eId !== 'string' || !node.eId) return
      const before = node.eId
      const after = unique(state, asToken(before))
      if (after !== before) {
        node.eId = after
        options.onRename?.(before, after, node)
      }
    })
  }

  const root = newScope()
  walk(state, document, undefined, root, root, '')
  return document
}

/**
 * What one {@link assignEIds} call works with: whether kept eIds stay, and the eIds given so far.
 * The walk is made of functions of the module that take it, not of closures made anew for each
 * document (which V8 calls through their context, and whose inlined calls it had to undo when a new
 * document brought new closures): measured faster on a corpus.
 */
interface Assigning {
  keep: boolean
  /** Every eId given or kept so far in the document. */
  used: Set<string>
  /**
   * The next suffix to try for each base eId, so that many clauses sharing one number (a draft that
   * numbers every paragraph `1.`) cost O(1) each rather than a scan over the suffixes already taken.
   */
  nextSuffix: Map<string, number>
}

/** An eId not given yet in the document: `eId` itself, or with the first free suffix `-2`, `-3`… */
function unique(state: Assigning, eId: string): string {
  const {used} = state
  if (!used.has(eId)) {
    used.add(eId)
    return eId
  }
  let suffix = state.nextSuffix.get(eId) ?? 2
  while (used.has(`${eId}-${suffix}`)) suffix++
  state.nextSuffix.set(eId, suffix + 1)
  const result = `${eId}-${suffix}`
  used.add(result)
  return result
}

/** The next ordinal of `element` in a scope (1 for the first). */
function ordinal(scope: Scope, element: string): number {
  scope.counts ??= new Map()
  const next = (scope.counts.get(element) ?? 0) + 1
  scope.counts.set(element, next)
  return next
}

function newScope(): Scope {
  return {counts: undefined}
}

/** The child's eId: kept when it has one and `keep` is set, else built and made unique. */
function assign(
  state: Assigning,
  child: Nodes,
  element: string,
  number: string | number | Unnumbered,
  prefix: string | undefined,
): string {
  const node = child as {eId?: string}
  if (state.keep && typeof node.eId === 'string' && node.eId !== '') return node.eId
  const eId = unique(
    state,
    typeof number === 'object' ? withPart(prefix, element, number.part) : eIdOf(prefix, element, number),
  )
  node.eId = eId
  return eId
}

/**
 * Give the clause-level nodes under `node` their eIds. `context` is the eId prefix for children;
 * `noteContext` where authorial notes count from.
 */
function walk(
  state: Assigning,
  node: Nodes,
  context: string | undefined,
  scope: Scope,
  noteScope: Scope,
  noteContext: string,
): void {
  if (!('children' in node) || node.children === undefined) return
  const {keep} = state
  // Which elements of these siblings are numbered matters only for an unnumbered one: worked out then.
  let numbered: Set<string> | undefined
  const children = node.children as Nodes[]
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    // Leaves and running text hold no clause but notes: only those are walked into.
    if (child.type === 'text' || !('children' in child) || child.children === undefined) continue
    let eId: string | undefined
    if (child.type === 'preface' || child.type === 'preamble') {
      const inner = newScope()
      walk(
        state,
        child,
        prefixed(context, child.type),
        inner,
        child.type === 'preface' ? newScope() : inner,
        prefixed(context, child.type),
      )
      continue
    }
    if (noteParts.has(child.type)) {
      walk(state, child, context, newScope(), newScope(), prefixed(context, child.type))
      continue
    }
    if (child.type === 'attachment' || child.type === 'component') {
      eId = assign(state, child, child.type, ordinal(scope, child.type), context)
    } else if (ordinalContexts.has(child.type)) {
      const element = elementOf(child)
      eId = assign(state, child, element, ordinal(scope, element), context)
    } else if (child.type === 'blockContainer') {
      const prefix = node.type === 'mainBody' ? prefixed(context, 'mainBody') : context
      eId = assign(state, child, 'blockContainer', ordinal(scope, 'blockContainer'), prefix)
    } else if (numberedUnits.has(child.type)) {
      const element = elementOf(child)
      const kept =
        keep && typeof (child as {eId?: string}).eId === 'string' && (child as {eId: string}).eId !== ''
      if (kept) {
        // A kept eId: only the count of unnumbered siblings matters, not the number itself.
        if (!(child.children as Nodes[]).some((grandchild) => grandchild.type === 'num'))
          ordinal(scope, `${element}#unnumbered`)
        eId = (child as {eId: string}).eId
      } else {
        let number: string | Unnumbered | undefined = printedNumber(child, element)
        if (number === undefined) {
          numbered ??= numberedElements(node.children as Nodes[])
          number = unnumbered(ordinal(scope, `${element}#unnumbered`), numbered.has(element))
        }
        eId = assign(state, child, element, number, context)
      }
    } else if (child.type === 'authorialNote') {
      // Notes inside notes count in the same context.
      assign(state, child, 'authorialNote', ordinal(noteScope, 'authorialNote'), noteContext || undefined)
    }
    if (eId === undefined) walk(state, child, context, scope, noteScope, noteContext)
    else {
      const inner = newScope()
      walk(state, child, eId, inner, inner, eId)
    }
  }
}

/**
 * The number part a unit's printed number gives its eId (`5.` → `5`, `Article 1` → `1`), or `undefined`
 * when it has no number or one of no letter or digit (a bullet `•`, a dash).
 */
function printedNumber(node: Nodes, element: string): string | undefined {
  const num = (node as {children?: Nodes[]}).children?.find((child) => child.type === 'num')
  if (num?.type !== 'num') return undefined
  return eIdNumber(unitWordNamed.has(element) ? withoutUnitWord(num.value) : num.value)
}

/** The elements of which some of these siblings are numbered (their `num` gives an eId number). */
function numberedElements(children: readonly Nodes[]): Set<string> {
  const result = new Set<string>()
  for (const child of children) {
    if (!numberedUnits.has(child.type) || !('children' in child) || child.children === undefined) continue
    const element = elementOf(child)
    if (!result.has(element) && printedNumber(child, element) !== undefined) result.add(element)
  }
  return result
}

/**
 * The number part of an unnumbered unit's eId: its position among its unnumbered siblings of the same
 * element; `o_N` when some of those siblings are numbered, so that it can never take a numbered
 * sibling's eId (an unnumbered paragraph before paragraph 1 is `para_o_1`, paragraph 1 keeps
 * `para_1`). A printed number never gives `_` (`eIdNumber` turns punctuation into `-`), so `o_N` is
 * free. Where no sibling is numbered the ordinal alone, as for recitals (`recital_3`).
 */
function unnumbered(position: number, mixed: boolean): Unnumbered {
  return {part: mixed ? `o_${position}` : String(position)}
}

/** The number part of an unnumbered unit's eId, used as it stands. */
interface Unnumbered {
  part: string
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
