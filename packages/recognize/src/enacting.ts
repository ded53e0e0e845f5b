import {isLetter, isUpper} from './characters.js'
import type {Lexicon} from './lexicon.js'
import {afterAdverbs, phraseAt} from './phrases.js'

/**
 * The text of a block with letter-spaced words closed up (`п о с т а н о в л я е т` →
 * `постановляет`), lower case: how enacting terms are compared.
 */
export function closedUp(text: string): string {
  const tokens = text.toLowerCase().split(' ')
  const out: string[] = []
  let run: string[] = []
  const flush = (): void => {
    if (run.length >= 3) out.push(run.join(''))
    else out.push(...run)
    run = []
  }
  for (const token of tokens) {
    let core = token.length
    while (core > 0 && ':,.;'.includes(token[core - 1]!)) core--
    if (core === 1 && isLetter(token[0])) {
      run.push(token)
      if (core !== token.length) flush()
    } else {
      flush()
      out.push(token)
    }
  }
  flush()
  return out.join(' ')
}

/**
 * A text in lower case as enacting terms are compared: letter-spaced words (`п о с т а н о в л я е т`)
 * closed up, only where there are some.
 */
function lowerClosedUp(text: string): string {
  return /(?:^|\s)\p{L} \p{L} \p{L}(?:\s|$)/u.test(text) ? closedUp(text) : text.toLowerCase()
}

/**
 * The enacting term a block ends with before its final `:` (or `,`), if any: `DISPONGO:`, `HAS
 * ADOPTED THIS REGULATION:`, `Государственная Дума … п о с т а н о в л я е т:`.
 */
export function enactingTermOf(text: string, lexicon: Lexicon): string | undefined {
  if (text.length > 400 || lexicon.enacting.length === 0) return undefined
  let end = text.length
  while (end > 0 && text[end - 1] === ' ') end--
  const last = text[end - 1]
  if (last !== ':' && last !== ',' && last !== '–' && last !== '-') return undefined
  const head = text.slice(0, end - 1).trimEnd()
  // Most heads end with a word no term ends with, or with a number or a sign (no term ends so unless
  // one ends with a sign): they are not lowered and closed up. A word of one letter may end a
  // letter-spaced term, and only ASCII is lowered here as in the whole.
  let start = head.length
  while (start > 0 && isLetter(head[start - 1])) start--
  if (
    head.length - start !== 1 &&
    isAscii(head, Math.max(0, Math.min(start, head.length - 1))) &&
    !lexicon.enactingEnds.has(head.slice(start).toLowerCase())
  )
    return undefined
  const body = lowerClosedUp(head)
  for (const term of lexicon.enacting) {
    if (!body.endsWith(term)) continue
    const before = body[body.length - term.length - 1]
    if (before === undefined || !isLetter(before)) return term
  }
  return undefined
}

/**
 * The enacting opener a block starts with (a profile's `enactingOpeners`: `adopts this …`), in lower
 * case as the end of a formula's sentence, followed by a space or a comma.
 */
export function enactingOpenerOf(text: string, lexicon: Lexicon): string | undefined {
  const openers = lexicon.profile.enactingOpeners
  if (!openers) return undefined
  for (const opener of openers) {
    if (!text.startsWith(opener)) continue
    const after = text[opener.length]
    if (after === ' ' || after === ',') return opener
  }
  return undefined
}

/**
 * The enacting clause a block is as a whole (a profile's `enactingClauses`: `ENACTED by the Parliament
 * of Kenya, as follows—`), if any; only a block of a formula's length that ends with a colon, a
 * dash or a full stop, as the clauses that introduce the text do, is tried.
 */
export function enactingClauseOf(text: string, lexicon: Lexicon): string | undefined {
  const patterns = lexicon.profile.enactingClauses
  if (!patterns || text.length > 400) return undefined
  // An enacting clause introduces the text: it ends with a colon or a dash (most blocks do not), or,
  // in today's drafting of a United Kingdom statutory instrument, with a full stop (`The Secretary of
  // State makes these Regulations in exercise of the powers conferred by …`).
  const last = text[text.length - 1]
  if (last !== ':' && last !== '—' && last !== '–' && last !== '-' && last !== '.') return undefined
  return lexicon.isEnactingClause(text) ? text : undefined
}

/** Whether a text is ASCII from `start` on. */
function isAscii(text: string, start: number): boolean {
  for (let index = start; index < text.length; index++) if (text.charCodeAt(index) >= 128) return false
  return true
}

/**
 * The operative verb a block is, alone, in capitals and before a colon (`DÉCIDE :`, `ARRÊTE :`,
 * `RESUELVE:`, `D E C I D E S :`): the enacting formula of the bodies that print their operative
 * verb once, above articles or numbered paragraphs. Only in capitals: `Decides:` in sentence case
 * opens an operative paragraph of points.
 */
export function enactingVerbOf(text: string, lexicon: Lexicon): string | undefined {
  if (text.length > 80) return undefined
  let end = text.length
  while (end > 0 && text[end - 1] === ' ') end--
  if (text[end - 1] !== ':') return undefined
  const head = text.slice(0, end - 1).trimEnd()
  let letters = 0
  for (const character of head) {
    if (!isLetter(character)) continue
    if (!isUpper(character)) return undefined
    letters++
  }
  if (letters < 3) return undefined
  const lower = lowerClosedUp(head)
  const start = afterAdverbs(lower, lexicon)
  const length = phraseAt(lower.slice(start), lexicon.verbs)
  return length > 0 && start + length === lower.length ? lower : undefined
}
