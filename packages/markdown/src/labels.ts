/**
 * Labels: the numbers drafts print before a clause (`5.`, `a)`, `(iv)`, `2a.`, Pandoc's `#.`), and the
 * numbers of unit headings (`Article 5`, `1. Mission`, `I. - Basic Rights`). One grammar for the reader
 * and the writer, so that the writer escapes exactly what the reader would take as a label.
 */

/**
 * A label: a number (up to four digits and up to three letters: `2a`), one letter, a roman numeral or
 * Pandoc's `#`, followed by `.` or `)`, or wrapped in `( )`. Anchored, no nested quantifier.
 */
export const labelPattern =
  /^(?:(?:\d{1,4}\p{Ll}{0,3}|\p{L}|[ivxlc]{1,7}|[IVXLC]{1,7}|#)[.)]|\((?:\d{1,4}\p{Ll}{0,3}|\p{L}{1,2}|[ivxlc]{1,7}|[IVXLC]{1,7}|#)\))$/u

/** Whether a token (text up to the first white space) is a label. */
export function isLabel(token: string): boolean {
  return token.length <= 12 && labelPattern.test(token)
}

/** The label a text opens with (followed by white space or the end), if any. */
export function leadingLabel(text: string): string | undefined {
  let end = 0
  while (end < text.length && end < 13 && text[end] !== ' ' && text[end] !== '\t' && text[end] !== '\n') end++
  const token = text.slice(0, end)
  return isLabel(token) ? token : undefined
}

/** How a label numbers: its kind of numeral and its punctuation. */
export interface LabelStyle {
  kind: 'decimal' | 'lower' | 'upper' | 'lowerRoman' | 'upperRoman' | 'next'
  /** `.`, `)` or `()`. */
  punctuation: '.' | ')' | '()'
}

function punctuationOf(label: string): LabelStyle['punctuation'] {
  return label.startsWith('(') ? '()' : label.endsWith(')') ? ')' : '.'
}

/** The numeral of a label without its punctuation. */
export function numeralOf(label: string): string {
  return label.startsWith('(') ? label.slice(1, -1) : label.slice(0, -1)
}

const romanLower = /^[ivxlc]{1,7}$/
const romanUpper = /^[IVXLC]{1,7}$/

/**
 * The style of a label. A single `i`, `v`, `x` (or capital) is roman when the list's previous label is
 * roman or there is none (`(i)` opens a roman list), a letter otherwise (`h.`, `i.`).
 */
export function styleOf(label: string, previous?: LabelStyle): LabelStyle {
  const numeral = numeralOf(label)
  const punctuation = punctuationOf(label)
  if (numeral === '#') return {kind: 'next', punctuation}
  if (/^\d/.test(numeral)) return {kind: 'decimal', punctuation}
  const single = numeral.length === 1
  if (romanLower.test(numeral) && (!single || !previous || previous.kind === 'lowerRoman' || numeral === 'i'))
    return {kind: single && previous?.kind === 'lower' ? 'lower' : 'lowerRoman', punctuation}
  if (romanUpper.test(numeral) && (!single || !previous || previous.kind === 'upperRoman' || numeral === 'I'))
    return {kind: single && previous?.kind === 'upper' ? 'upper' : 'upperRoman', punctuation}
  return {kind: numeral === numeral.toLowerCase() ? 'lower' : 'upper', punctuation}
}

/** Whether two styles number the same list (Pandoc's `#` follows any). */
export function sameStyle(left: LabelStyle, right: LabelStyle): boolean {
  if (left.kind === 'next' || right.kind === 'next') return left.punctuation === right.punctuation
  return left.kind === right.kind && left.punctuation === right.punctuation
}

const romans: [number, string][] = [
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
]

function toRoman(value: number): string {
  let rest = value
  let result = ''
  for (const [amount, letters] of romans)
    while (rest >= amount) {
      result += letters
      rest -= amount
    }
  return result
}

function fromRoman(numeral: string): number {
  const lower = numeral.toLowerCase()
  let value = 0
  let index = 0
  for (const [amount, letters] of romans)
    while (lower.startsWith(letters, index)) {
      value += amount
      index += letters.length
    }
  return index === lower.length ? value : 0
}

function nextLetters(letters: string): string {
  const codes = [...letters].map((letter) => letter.charCodeAt(0))
  let position = codes.length - 1
  while (position >= 0) {
    const base = codes[position]! >= 97 ? 97 : 65
    if (codes[position]! - base < 25) {
      codes[position]!++
      return String.fromCharCode(...codes)
    }
    codes[position] = base
    position--
  }
  return String.fromCharCode(codes[0]!) + String.fromCharCode(...codes)
}

/**
 * The label Pandoc's `#` stands for after `previous`, in the list's style (that of its first label),
 * written in `label`'s punctuation; `1` when the list opens with `#`.
 *
 * @example implicitLabel('#.', 'A.', styleOf('A.')) // 'B.'
 */
export function implicitLabel(label: string, previous: string | undefined, style?: LabelStyle): string {
  const punctuation = punctuationOf(label)
  const wrap = (numeral: string) =>
    punctuation === '()' ? `(${numeral})` : `${numeral}${punctuation === ')' ? ')' : '.'}`
  if (previous === undefined) return wrap('1')
  const numeral = numeralOf(previous)
  switch ((style ?? styleOf(previous)).kind) {
    case 'decimal': {
      const match = /^(\d+)(\p{Ll}*)$/u.exec(numeral)
      if (!match) return wrap('1')
      return wrap(match[2] ? `${match[1]}${nextLetters(match[2])}` : String(Number(match[1]) + 1))
    }
    case 'lowerRoman':
      return wrap(toRoman(fromRoman(numeral) + 1))
    case 'upperRoman':
      return wrap(toRoman(fromRoman(numeral) + 1).toUpperCase())
    case 'lower':
    case 'upper':
      return wrap(nextLetters(numeral))
    default:
      return wrap('1')
  }
}
