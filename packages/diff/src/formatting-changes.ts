import type {Change, ChangeKind, ClauseGroup, FormattingMark} from '@clausewise/model'
import type {ClauseItem} from './flatten.js'
import type {MarkSpan} from './formatting.js'
import {isSpace, tokenize} from './tokenize.js'

/** One side's formatting over a group's text: a key per character (`''`: plain). */
type Keys = string[] | undefined

function keyOf(span: MarkSpan): string {
  return span.mark === 'ref' ? `ref:${span.href ?? ''}` : span.mark
}

/**
 * Per-character formatting keys of a group's side, whose text is its members' texts joined by `\n`;
 * `undefined` when no member has formatting (the common case: nothing to compare).
 */
function keysOf(
  eIds: readonly string[],
  items: ReadonlyMap<string, ClauseItem>,
  formatting: ReadonlyMap<string, MarkSpan[]>,
): Keys {
  if (!eIds.some((eId) => formatting.has(eId))) return undefined
  const texts = eIds.map((eId) => items.get(eId)?.text ?? '')
  const keys = new Array<string>(texts.join('\n').length).fill('')
  let offset = 0
  eIds.forEach((eId, index) => {
    const spans = [...(formatting.get(eId) ?? [])].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : 1))
    for (const span of spans) {
      const key = keyOf(span)
      const end = Math.min(offset + span.end, keys.length)
      for (let at = offset + span.start; at < end; at++) keys[at] = keys[at] ? `${keys[at]} ${key}` : key
    }
    offset += texts[index]!.length + 1
  })
  return keys
}

function marksAt(keys: Keys, start: number, end: number): FormattingMark[] {
  const marks = new Set<FormattingMark>()
  if (keys) {
    for (let at = start; at < end; at++) {
      for (const key of (keys[at] ?? '').split(' ')) if (key) marks.add(key.split(':')[0] as FormattingMark)
    }
  }
  return [...marks].sort()
}

function isBlank(token: string): boolean {
  for (let index = 0; index < token.length; index++) if (!isSpace(token.charCodeAt(index))) return false
  return true
}

/**
 * An equal run split where the formatting of its words differs between the sides: such words become a
 * `delete` and an `insert` of the same text, of kind `formatting`, each with the marks of its side.
 * Whole words only; blanks between two such words join them into one change.
 */
function splitEqual(
  text: string,
  oldStart: number,
  newStart: number,
  oldKeys: Keys,
  newKeys: Keys,
): Change[] {
  const tokens = tokenize(text)
  const differs: boolean[] = []
  let position = 0
  for (const token of tokens) {
    let different = false
    if (!isBlank(token)) {
      for (let at = 0; at < token.length && !different; at++) {
        different =
          (oldKeys?.[oldStart + position + at] ?? '') !== (newKeys?.[newStart + position + at] ?? '')
      }
    }
    differs.push(different)
    position += token.length
  }
  if (!differs.includes(true)) return [{op: 'equal', text}]
  const result: Change[] = []
  let at = 0
  let index = 0
  while (index < tokens.length) {
    if (!differs[index]) {
      const start = at
      while (index < tokens.length && !differs[index]) at += tokens[index++]!.length
      result.push({op: 'equal', text: text.slice(start, at)})
      continue
    }
    const start = at
    let end = at
    while (index < tokens.length) {
      if (differs[index]) {
        at += tokens[index++]!.length
        end = at
        continue
      }
      // Blanks between two changed words belong to the change; anything else ends it.
      let look = index
      let skip = at
      while (look < tokens.length && !differs[look] && isBlank(tokens[look]!)) skip += tokens[look++]!.length
      if (look < tokens.length && differs[look] && look > index) {
        index = look
        at = skip
        continue
      }
      break
    }
    const piece = text.slice(start, end)
    result.push(
      {
        op: 'delete',
        text: piece,
        kind: 'formatting',
        marks: marksAt(oldKeys, oldStart + start, oldStart + end),
      },
      {
        op: 'insert',
        text: piece,
        kind: 'formatting',
        marks: marksAt(newKeys, newStart + start, newStart + end),
      },
    )
  }
  return result
}

/**
 * Add `formatting` changes to the groups whose words are the same but whose emphasis, strong,
 * underline, links, superscripts or subscripts differ; a group that was `unchanged` becomes
 * `modified`. Skipped when `formatting` is ignored.
 *
 * @example applyFormatting(groups, oldItems, newItems, oldFormatting, newFormatting, new Set())
 */
export function applyFormatting(
  groups: ClauseGroup[],
  oldItems: readonly ClauseItem[],
  newItems: readonly ClauseItem[],
  oldFormatting: ReadonlyMap<string, MarkSpan[]>,
  newFormatting: ReadonlyMap<string, MarkSpan[]>,
  ignore: ReadonlySet<ChangeKind> | undefined,
): void {
  if (ignore?.has('formatting') || (oldFormatting.size === 0 && newFormatting.size === 0)) return
  const oldById = new Map(oldItems.map((item) => [item.eId, item]))
  const newById = new Map(newItems.map((item) => [item.eId, item]))
  for (const group of groups) {
    if (group.old.length === 0 || group.new.length === 0) continue
    const oldKeys = keysOf(group.old, oldById, oldFormatting)
    const newKeys = keysOf(group.new, newById, newFormatting)
    if (!oldKeys && !newKeys) continue
    const changes: Change[] = []
    let oldAt = 0
    let newAt = 0
    for (const change of group.changes) {
      if (change.op === 'equal' && change.old === undefined) {
        for (const piece of splitEqual(change.text, oldAt, newAt, oldKeys, newKeys)) changes.push(piece)
      } else {
        changes.push(change)
      }
      if (change.op !== 'insert') oldAt += (change.old ?? change.text).length
      if (change.op !== 'delete') newAt += change.text.length
    }
    if (changes.length === group.changes.length) continue
    group.changes = changes
    if (group.change === 'unchanged') group.change = 'modified'
  }
}
