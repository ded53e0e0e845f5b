import {isDigit, isLetter, isLower, isSpace} from './characters.js'

/**
 * The marks a quotation opens with: double marks and guillemets (`“…”`, `«…»`, and the low-high
 * pairs of German, Czech or Polish `„…“`, `„…”`), which pair unambiguously; curly single marks (`‘…’`), whose closing mark apostrophes share (`State’s`);
 * straight single marks (`'…'`), which apostrophes share both ways.
 */
export type QuotationMarks = 'double' | 'curly' | 'straight'

/** The marks a quotation opening with `first` uses, if `first` opens one. */
export function marksOf(first: string | undefined): QuotationMarks | undefined {
  if (first === '“' || first === '«' || first === '„') return 'double'
  if (first === '‘') return 'curly'
  if (first === "'") return 'straight'
  return undefined
}

/**
 * Quotations of these marks a text opens, less those it closes. A single mark that closes follows
 * text (not white space) and is followed by white space, punctuation or the end; one between two
 * letters is an apostrophe (`State’s`), and so is one after an `s` before a word in lower case
 * (`Member States’ obligations`), which a quotation may also close (`‘goods’ means`): that case is
 * left to the block's end, where a closing mark ends the quotation anyway. A straight mark opens a
 * quotation after white space or an opening bracket, before text. `lowOpen`: quotations opened with a
 * low mark before the text and still open (default 0).
 */
export function quotationBalance(text: string, marks: QuotationMarks, lowOpen = 0): number {
  let balance = 0
  // Quotations opened with a low mark (`„`) and not closed yet, in this text or before it (`lowOpen`:
  // a quotation over several blocks): the high mark `“` closes them (German, Czech: `„Messstelle“`),
  // where elsewhere it opens one (`“Messstelle”`).
  let low = lowOpen
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!
    if (marks === 'double') {
      if (character === '„') {
        balance++
        low++
      } else if (character === '“') {
        if (low > 0) {
          balance--
          low--
        } else balance++
      } else if (character === '”') {
        balance--
        if (low > 0) low--
      } else if (character === '«') balance++
      else if (character === '»') balance--
      continue
    }
    if (marks === 'curly' && character === '‘') {
      balance++
      continue
    }
    if (character !== (marks === 'curly' ? '’' : "'")) continue
    const before = text[index - 1]
    const after = text[index + 1]
    if (marks === 'straight' && opensHere(before, after)) balance++
    else if (closesHere(before, after, text[index + 2])) balance--
  }
  return balance
}

/** Whether a straight mark between `before` and `after` opens a quotation. */
function opensHere(before: string | undefined, after: string | undefined): boolean {
  if (after === undefined || isSpace(after.charCodeAt(0))) return false
  return before === undefined || isSpace(before.charCodeAt(0)) || '([“"'.includes(before)
}

/** Whether a single mark between `before` and `after` (then `next`) closes a quotation. */
function closesHere(
  before: string | undefined,
  after: string | undefined,
  next: string | undefined,
): boolean {
  if (before === undefined || isSpace(before.charCodeAt(0))) return false
  if (after === undefined) return true
  if (isLetter(after) || isDigit(after)) return false
  if ((before === 's' || before === 'S') && isSpace(after.charCodeAt(0)) && isLower(next)) return false
  return true
}
