// Planted pairs: an old decision made of corpus clauses and a new one made from it with known edits —
// about 1 % of words replaced, 1 % of clauses deleted and 1 % inserted, one clause in 500 moved (at least
// one) — written as PDF-extracted text (`The General Assembly,`, recitals, numbered paragraphs). The
// edits are kept (`truth`) so that every tool's result can be scored against them.
import {corpusClauses, dialect} from './corpus.mjs'
import {random} from './random.mjs'

const formula = 'The General Assembly,'
const recitalShare = 0.2
/**
 * Paragraphs per part: the text reader takes numbers of up to 4 digits, as decisions never reach
 * 10,000 paragraphs; a larger decision goes on in annexes (`ANNEX II`), each numbered from 1.
 */
const partSize = 5000
// A token whose letters are all ASCII, between punctuation: `Assembly,` (not `Mladić`, not `ES-10/24`).
const core = /^([^\p{L}\p{N}]*)([A-Za-z]+)([^\p{L}\p{N}]*)$/u

/** An endless stream of distinct corpus clauses of one kind, from a seeded place, in new dialects on each wrap. */
function stream(list, next) {
  let position = Math.floor(next() * list.length)
  let variant = 0
  let translate = dialect(0)
  let taken = 0
  return () => {
    if (taken > 0 && taken % list.length === 0) {
      variant++
      translate = dialect(variant)
    }
    const text = translate(list[position])
    position = (position + 1) % list.length
    taken++
    return text
  }
}

/** Lines of at most `width` characters, broken at spaces, as a PDF extractor gives them. */
export function wrap(text, width = 90) {
  const lines = []
  let start = 0
  while (text.length - start > width) {
    // Never break after a hyphen: a reader rightly rejoins `victim-` `and` as one word.
    let end = text.lastIndexOf(' ', start + width)
    while (end > start && text.charAt(end - 1) === '-') end = text.lastIndexOf(' ', end - 1)
    if (end <= start) end = text.indexOf(' ', start + width)
    if (end === -1) break
    lines.push(text.slice(start, end))
    start = end + 1
  }
  lines.push(text.slice(start))
  return lines
}

/** A roman numeral (1–3999). */
function roman(value) {
  const digits = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ]
  let result = ''
  for (const [amount, letters] of digits) {
    while (value >= amount) {
      result += letters
      value -= amount
    }
  }
  return result
}

/**
 * The text of a decision: the formula, then recitals, then numbered paragraphs (part 0, then each
 * further part as an annex headed `ANNEX <n>` and numbered from 1), each wrapped and followed by a
 * blank line. Also returns, for each clause, its first and last line (0-based).
 */
export function decisionText(clauses) {
  const lines = [formula, '']
  const spans = []
  let number = 0
  let part = 0
  for (const clause of clauses) {
    if (clause.kind === 'paragraph' && clause.part !== part) {
      part = clause.part
      number = 0
      lines.push(`ANNEX ${roman(part)}`, '')
    }
    const first = lines.length
    lines.push(...wrap(clause.kind === 'paragraph' ? `${++number}. ${clause.text}` : clause.text), '')
    spans.push([first, lines.length - 2])
  }
  return {text: lines.join('\n'), spans}
}

/**
 * An old and a new decision of about `bytes` each, with the edits planted between them.
 * `truth.old[i]` / `truth.new[j]`: `{kind, text}` of each clause; `truth.new[j].from`: the old clause it
 * came from (-1 when inserted); `truth.edits`: `{old, new, oldWord, newWord}` word replacements;
 * `truth.inserted`, `truth.deleted`: clause positions; `truth.moved`: `{old, new}`.
 */
export function plantedPair(bytes, seed = 42) {
  const next = random(seed)
  const {recitals, paragraphs, vocabulary} = corpusClauses()
  const streams = {recital: stream(recitals, next), paragraph: stream(paragraphs, next)}
  const old = []
  let size = formula.length
  let recitalBytes = 0
  let paragraphCount = 0
  while (size < bytes) {
    const kind =
      (recitalBytes < bytes * recitalShare && old.length === 0) ||
      (old[old.length - 1].kind === 'recital' && recitalBytes < bytes * recitalShare)
        ? 'recital'
        : 'paragraph'
    const text = streams[kind]()
    if (kind === 'recital') recitalBytes += text.length
    const part = kind === 'paragraph' ? Math.floor(paragraphCount++ / partSize) : 0
    old.push({kind, text, part})
    size += text.length + 2 + (kind === 'paragraph' ? 6 : 0)
  }

  const deleted = []
  const drafts = []
  old.forEach((clause, index) => {
    const roll = next()
    if (roll < 0.01) {
      deleted.push(index)
      return
    }
    const tokens = clause.text.split(' ')
    const draft = {kind: clause.kind, part: clause.part, from: index, edits: []}
    for (let position = 1; position < tokens.length; position++) {
      if (next() >= 0.01) continue
      const match = core.exec(tokens[position])
      if (!match) continue
      let word = vocabulary[Math.floor(next() * vocabulary.length)]
      if (word === match[2].toLowerCase()) continue
      if (match[2].charAt(0) !== match[2].charAt(0).toLowerCase())
        word = word.charAt(0).toUpperCase() + word.slice(1)
      draft.edits.push({oldWord: match[2], newWord: word})
      tokens[position] = match[1] + word + match[3]
    }
    draft.text = tokens.join(' ')
    drafts.push(draft)
    if (roll > 0.99)
      drafts.push({kind: clause.kind, part: clause.part, from: -1, edits: [], text: streams[clause.kind]()})
  })
  // Moves: within a clause's own section (a recital among recitals, a paragraph in its part), at
  // least a few places away.
  const moves = Math.max(1, Math.floor(old.length / 500))
  const movedFrom = new Set()
  for (let attempt = 0; movedFrom.size < moves && attempt < moves * 50; attempt++) {
    const from = Math.floor(next() * drafts.length)
    const draft = drafts[from]
    if (draft.from === -1 || movedFrom.has(draft.from)) continue
    const sameKind = drafts
      .map((other, position) => (other.kind === draft.kind && other.part === draft.part ? position : -1))
      .filter((position) => position !== -1)
    const to = sameKind[Math.floor(next() * sameKind.length)]
    if (Math.abs(to - from) < 3) continue
    drafts.splice(from, 1)
    drafts.splice(to > from ? to - 1 : to, 0, draft)
    movedFrom.add(draft.from)
  }

  const truth = {old, new: [], edits: [], inserted: [], deleted, moved: []}
  drafts.forEach((draft, position) => {
    truth.new.push({kind: draft.kind, part: draft.part, text: draft.text, from: draft.from})
    if (draft.from === -1) truth.inserted.push(position)
    if (movedFrom.has(draft.from)) truth.moved.push({old: draft.from, new: position})
    for (const edit of draft.edits) truth.edits.push({old: draft.from, new: position, ...edit})
  })
  // `edits` above never touch the text of a clause twice at one place, so each is one word change.
  const oldDecision = decisionText(old)
  const newDecision = decisionText(truth.new)
  truth.oldSpans = oldDecision.spans
  truth.newSpans = newDecision.spans
  return {oldText: oldDecision.text, newText: newDecision.text, truth}
}
