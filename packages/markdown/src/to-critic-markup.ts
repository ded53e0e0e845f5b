import type {Change, ClauseGroup, Comparison} from '@clausewise/model'
import {escapeText} from './escape.js'

/** Options of {@link toCriticMarkup}. */
export interface ToCriticMarkupOptions {
  /** Write the number and title of the documents as headings first (default: `true`). */
  headings?: boolean | undefined
}

const words: Record<string, string> = {
  paragraph: 'paragraph',
  point: 'point',
  recital: 'recital',
  formula: 'formula',
  blockContainer: 'introduction',
  hcontainer: 'part',
  authorialNote: 'note',
  heading: 'heading',
}

// Context-free escaping, so that a text reads the same inside a mark as outside one.
function escaped(text: string): string {
  return escapeText(text)
}

function mark(kind: '++' | '--', text: string): string {
  if (text === '') return ''
  return `{${kind}${escaped(text)}${kind}}`
}

function substitution(old: string, next: string): string {
  if (old === next) return escaped(old)
  if (old === '') return mark('++', next)
  if (next === '') return mark('--', old)
  return `{~~${escaped(old)}~>${escaped(next)}~~}`
}

function comment(text: string): string {
  return `{>> ${escaped(text)} <<}`
}

function line(num: string | undefined, text: string): string {
  return [num, text].filter((part) => part !== undefined && part !== '').join(' ')
}

/** The word runs of a group: a delete followed by an insert is one substitution. */
function runs(changes: Change[]): string {
  let result = ''
  for (let index = 0; index < changes.length; index++) {
    const change = changes[index]!
    const next = changes[index + 1]
    if (change.op === 'equal') result += escaped(change.text)
    else if (change.op === 'delete' && next?.op === 'insert') {
      result += substitution(change.text, next.text)
      index++
    } else result += mark(change.op === 'insert' ? '++' : '--', change.text)
  }
  return result
}

function label(num: string | undefined, kind: string, ordinal: number): string {
  const word = words[kind] ?? kind
  const number = num?.replace(/^[\s(]+|[\s.)]+$/g, '')
  return `${word} ${number || ordinal}`
}

/** A changed clause in place: its number (substituted when renumbered) and its word runs. */
function modified(group: ClauseGroup): string {
  const consistent =
    group.changes.length > 0 &&
    group.changes
      .filter((change) => change.op !== 'insert')
      .map((change) => change.text)
      .join('') === group.oldText &&
    group.changes
      .filter((change) => change.op !== 'delete')
      .map((change) => change.text)
      .join('') === group.newText
  const text = consistent ? runs(group.changes) : substitution(group.oldText, group.newText)
  const oldNum = group.oldNum === undefined ? '' : group.oldText === '' ? group.oldNum : `${group.oldNum} `
  const newNum = group.newNum === undefined ? '' : group.newText === '' ? group.newNum : `${group.newNum} `
  let common = 0
  while (common < oldNum.length && oldNum[common] === newNum[common]) common++
  if (group.renumbered) common = 0
  let result =
    escaped(newNum.slice(0, common)) + substitution(oldNum.slice(common), newNum.slice(common)) + text
  if (group.renumbered) result += comment(`renumbered ${group.oldNum ?? ''} → ${group.newNum ?? ''}`)
  if (group.change === 'split') result += comment(`split into ${group.new.length} clauses`)
  if (group.change === 'merged') result += comment(`merged from ${group.old.length} clauses`)
  return result
}

/**
 * A comparison as a CriticMarkup redline: one Markdown paragraph per clause, in the new document's
 * order, deleted clauses where they stood. `{++ ++}` inserts, `{-- --}` deletes, `{~~old~>new~~}`
 * replaces; a moved clause is deleted where it left and inserted where it arrived, each with a
 * `{>> moved to/from … <<}` comment; renumbering gets `{>> renumbered 8 → 9 <<}`. Marks wrap whole
 * constructs, never span a line break and never nest, and clause text is escaped, so accepting every
 * change gives the new text and rejecting every change gives the old.
 *
 * @example toCriticMarkup(comparison) // '5. Demande {~~aux~>à tous les~~} États…'
 */
export function toCriticMarkup(comparison: Comparison, options: ToCriticMarkupOptions = {}): string {
  const blocks: {text: string; group?: ClauseGroup; oldSide?: boolean}[] = []
  if (options.headings !== false) {
    const {old, new: next} = comparison
    if (old.number !== undefined || next.number !== undefined)
      blocks.push({text: `# ${substitution(old.number ?? '', next.number ?? '')}`})
    if (old.title !== undefined || next.title !== undefined)
      blocks.push({text: `## ${substitution(old.title ?? '', next.title ?? '')}`})
  }
  const ordinals = ordinalsOf(comparison.clauses)
  const moved: ClauseGroup[] = []
  for (const group of comparison.clauses) {
    const newLabel = label(group.newNum, group.kind, ordinals.new.get(group.id) ?? 0)
    const oldLabel = label(group.oldNum, group.kind, ordinals.old.get(group.id) ?? 0)
    if (group.moved && group.old.length > 0 && group.new.length > 0) {
      moved.push(group)
      let text = mark('++', line(group.newNum, group.newText)) + comment(`moved from ${oldLabel}`)
      if (group.renumbered) text += comment(`renumbered ${group.oldNum ?? ''} → ${group.newNum ?? ''}`)
      blocks.push({text, group})
      continue
    }
    if (group.change === 'inserted' || group.old.length === 0) {
      blocks.push({text: mark('++', line(group.newNum, group.newText)), group})
      continue
    }
    if (group.change === 'deleted' || group.new.length === 0) {
      blocks.push({text: mark('--', line(group.oldNum, group.oldText)), group, oldSide: true})
      continue
    }
    void newLabel
    blocks.push({
      text:
        group.change === 'unchanged' && !group.renumbered
          ? escaped(line(group.newNum, group.newText))
          : modified(group),
      group,
      oldSide: true,
    })
  }
  // Each moved clause's deletion goes where it stood: after the clause it followed in the old document.
  moved.sort((left, right) => (left.oldIndex ?? 0) - (right.oldIndex ?? 0))
  for (const group of moved) {
    const newLabel = label(group.newNum, group.kind, ordinals.new.get(group.id) ?? 0)
    const text = mark('--', line(group.oldNum, group.oldText)) + comment(`moved to ${newLabel}`)
    const anchor =
      group.movedFrom === undefined
        ? -1
        : blocks.findIndex((block) => block.group?.id === group.movedFrom && block.oldSide)
    const headings = blocks.findIndex((block) => block.group !== undefined)
    const at = anchor === -1 ? (headings === -1 ? blocks.length : headings) : anchor + 1
    blocks.splice(at, 0, {text, group, oldSide: true})
  }
  return `${blocks.map((block) => block.text).join('\n\n')}\n`
}

/** Ordinal of each group among the groups of its kind and section, on each side. */
function ordinalsOf(groups: ClauseGroup[]): {old: Map<string, number>; new: Map<string, number>} {
  const result = {old: new Map<string, number>(), new: new Map<string, number>()}
  const count = (side: 'old' | 'new', ordered: ClauseGroup[]) => {
    const counters = new Map<string, number>()
    for (const group of ordered) {
      if (group[side].length === 0) continue
      const key = `${group.section} ${group.kind}`
      const next = (counters.get(key) ?? 0) + 1
      counters.set(key, next)
      result[side].set(group.id, next)
    }
  }
  count('new', groups)
  count(
    'old',
    [...groups].sort((left, right) => (left.oldIndex ?? 0) - (right.oldIndex ?? 0)),
  )
  return result
}
