import type {ClauseGroup, Comparison, Document, TextUnit} from '@clausewise/model'
import {ClausewiseError, comparisonUnits} from '@clausewise/model'
import {align, groupsByEId} from './align.js'
import {type Chunk, redlineChunks} from './chunks.js'
import {markBlock, markLine, shown, wholeBlock} from './marks.js'
import {type RedlineWords, redlineWords} from './words.js'

/** Options of {@link toMarkdownRedline}. */
export interface ToMarkdownRedlineOptions {
  /** Language of the comments (default: the new version's, English when there are no words for it). */
  language?: string | undefined
}

/** A comment: its text escaped so that it cannot close early. */
function comment(text: string): string {
  return `{>> ${text.replace(/[{}<>]/g, (character) => `\\${character}`)} <<}`
}

/** A number as a comment says it: `5.` and `(iv)` are `5` and `iv`. */
function bare(num: string | undefined): string | undefined {
  return num?.replace(/^[\s(]+|[\s.)]+$/g, '') || undefined
}

/** How a comment names a clause: its kind and number (`paragraph 5`, `point c`), or its ordinal. */
function label(
  group: ClauseGroup,
  side: 'old' | 'new',
  words: RedlineWords,
  ordinals: Map<string, number>,
): string {
  const number = bare(side === 'old' ? group.oldNum : group.newNum)
  return `${words.kinds[group.kind]} ${number || ordinals.get(group.id) || ''}`.trim()
}

/** Ordinal of each group among the groups of its kind and section, on one side. */
function ordinalsOf(groups: ClauseGroup[], side: 'old' | 'new'): Map<string, number> {
  const ordinals = new Map<string, number>()
  const counters = new Map<string, number>()
  const ordered =
    side === 'new' ? groups : [...groups].sort((left, right) => (left.oldIndex ?? 0) - (right.oldIndex ?? 0))
  for (const group of ordered) {
    if (group[side].length === 0) continue
    const key = `${group.section} ${group.kind}`
    const next = (counters.get(key) ?? 0) + 1
    counters.set(key, next)
    ordinals.set(group.id, next)
  }
  return ordinals
}

/** Add a comment at the end of the first line of a block. */
function withComments(text: string, comments: string[]): string {
  if (comments.length === 0) return text
  const end = text.indexOf('\n')
  const tail = comments.join('')
  return end === -1 ? text + tail : text.slice(0, end) + tail + text.slice(end)
}

/** Check that the comparison is of these documents: every unit it names is in their units. */
function check(comparison: Comparison, old: readonly TextUnit[], next: readonly TextUnit[]): void {
  const sides = [
    ['old', old, (group: ClauseGroup) => group.old],
    ['new', next, (group: ClauseGroup) => group.new],
  ] as const
  for (const [side, units, eIds] of sides) {
    const known = new Set(units.map((unit) => unit.eId))
    for (const group of comparison.clauses)
      for (const eId of eIds(group))
        if (!known.has(eId))
          throw new ClausewiseError(
            'comparison-mismatch',
            `Clause \`${eId.slice(0, 80)}\` of the comparison is not in the ${side} document`,
          )
  }
}

/**
 * A comparison as a CriticMarkup redline of the whole draft: the new version in the Markdown
 * convention with `{++ ++}`, `{-- --}` and `{~~old~>new~~}` marks where the old differs, front
 * matter, footnotes, points and attachments included, so that accepting every change
 * (`acceptCriticMarkup`) gives a draft that reads as the new document, and rejecting every change
 * gives one that reads as the old. Marks wrap whole words and Markdown tokens, never span a line
 * break and never nest. A moved clause is deleted where it stood and inserted where it stands, each
 * with a comment naming the other end (`{>> moved to paragraph 8 <<}`); renumbering, splits and
 * merges are named in comments too, in the document's language; an invisible character (a bidi
 * control) is followed by a comment with its code point. Work is linear in the documents' size (the
 * blocks are aligned once, each changed line diffed by words within a bound).
 *
 * @example toMarkdownRedline(diff(draft1, draft2), draft1, draft2) // '…{~~Profondément alarmé~>Vivement préoccupé~~} par…'
 */
export function toMarkdownRedline(
  comparison: Comparison,
  oldDocument: Document,
  newDocument: Document,
  options: ToMarkdownRedlineOptions = {},
): string {
  // Each document's units, worked out once: the check and the tagging of the blocks read them.
  const oldUnits = comparisonUnits(oldDocument)
  const newUnits = comparisonUnits(newDocument)
  check(comparison, oldUnits, newUnits)
  const words = redlineWords(options.language ?? comparison.new.language ?? newDocument.meta.language)
  const old = redlineChunks(oldDocument, oldUnits)
  const next = redlineChunks(newDocument, newUnits)
  const groups = groupsByEId(comparison)
  const ordinals = {old: ordinalsOf(comparison.clauses, 'old'), new: ordinalsOf(comparison.clauses, 'new')}
  const notes = (chunk: Chunk, side: 'old' | 'new', step: 'both' | 'old' | 'new'): string[] => {
    if (chunk.clause?.index !== 0) return []
    const group = groups[side].get(chunk.clause.eId)
    if (!group) return []
    const result: string[] = []
    const other = side === 'old' ? 'new' : 'old'
    if (group.moved && step !== 'both')
      result.push(
        comment(
          side === 'old'
            ? words.movedTo(label(group, other, words, ordinals[other]))
            : words.movedFrom(label(group, other, words, ordinals[other])),
        ),
      )
    if (group.renumbered && step !== 'old' && group.oldNum !== undefined && group.newNum !== undefined)
      result.push(
        comment(words.renumbered(bare(group.oldNum) ?? group.oldNum, bare(group.newNum) ?? group.newNum)),
      )
    if (step === 'new' && group.change === 'split' && group.new[0] === chunk.clause.eId)
      result.push(comment(words.split(group.new.length)))
    if (step === 'new' && group.change === 'merged') result.push(comment(words.merged(group.old.length)))
    return result
  }
  const blocks: string[] = []
  for (const step of align(comparison, old, next)) {
    if (step.kind === 'old') {
      const chunk = old[step.old]!
      blocks.push(withComments(wholeBlock(chunk.text, '--'), notes(chunk, 'old', 'old')))
      continue
    }
    if (step.kind === 'new') {
      const chunk = next[step.new]!
      blocks.push(withComments(wholeBlock(chunk.text, '++'), notes(chunk, 'new', 'new')))
      continue
    }
    const before = old[step.old]!
    const after = next[step.new]!
    const comments = notes(after, 'new', 'both')
    if (before.text === after.text) {
      blocks.push(withComments(after.text.split('\n').map(shown).join('\n'), comments))
      continue
    }
    const lines = before.text.includes('\n') || after.text.includes('\n')
    // A table changes row by row, front matter field by field (a changed symbol or date is one
    // substitution on its line, the other fields stay as they are).
    const marked = lines ? markBlock(before.text, after.text) : markLine(before.text, after.text)
    if (marked !== undefined) blocks.push(withComments(marked, comments))
    else blocks.push(wholeBlock(before.text, '--'), withComments(wholeBlock(after.text, '++'), comments))
  }
  return `${blocks.join('\n\n')}\n`
}
