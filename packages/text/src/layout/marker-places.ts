import type {Reporter} from '../report.js'
import {isDigit, isLetter, isLower, isSpace, isUpper} from '../text-utils.js'
import {superscriptDigits} from './survey.js'
import type {Segment} from './types.js'

/** Where a marker may stand, and how sure that place is (0 surest). */
export interface Candidate {
  value: string
  strength: number
  item: number
  segment: number
  /** Offsets of the marker in the segment's text, or -1 for a whole segment of kind `marker`. */
  from: number
  to: number
  /** Source offsets of the marker. */
  start: number
  end: number
  /** A test of the place, asked only when the place would be chosen (it may read the whole text). */
  check?: (() => boolean) | undefined
}

/**
 * The first character of a run of digits, asterisks or superscript digits (`⁰¹²³⁴-⁹`): one expression
 * for every segment, `lastIndex` set first. It is tested, not executed, and the run's end found by
 * {@link runKind}: no match array per run, and a class alone scans about twice as fast as the
 * alternation of the three runs (`[0-9]+|\*+|[⁰¹²³⁴-⁹]+`) that it replaces.
 */
const runStart = /[0-9*\u00b2\u00b3\u00b9\u2070\u2074-\u2079]/g

/**
 * {@link runStart} for a text that holds no superscript digit (most do not: the survey of the text
 * tells): the class of ASCII characters alone scans nearly twice as fast.
 */
const asciiRunStart = /[0-9*]/g

/** What run a code unit belongs to: 1 a digit, 2 an asterisk, 3 a superscript digit, 0 none. */
function runKind(code: number): number {
  if (code >= 48 && code <= 57) return 1
  if (code === 42) return 2
  return code === 0xb2 ||
    code === 0xb3 ||
    code === 0xb9 ||
    code === 0x2070 ||
    (code >= 0x2074 && code <= 0x2079)
    ? 3
    : 0
}

/** Punctuation a marker is printed right after (`2019,3`, `Charter.2`, `(A/80/163)5`). */
const closing = ',.;:)]”’"»'

/**
 * Find the places a footnote marker may stand in the source text of a text segment, for the markers
 * of the notes that exist (`wanted`), and report asterisks fused to a word when no `*` note exists.
 * `superscripts` false says the text holds no superscript digit (none is looked for then).
 */
export function scanMarkers(
  raw: string,
  segment: Segment,
  item: number,
  segmentIndex: number,
  wanted: ReadonlySet<string>,
  numberNouns: ReadonlySet<string>,
  add: (candidate: Candidate) => void,
  report: Reporter,
  superscripts = true,
  numbers?: () => ReadonlyMap<string, number>,
): void {
  const base = segment.start
  // Runs of digits or asterisks, found by the regular expression engine (most text is letters).
  const starts = superscripts ? runStart : asciiRunStart
  starts.lastIndex = 0
  while (starts.test(raw)) {
    const index = starts.lastIndex - 1
    const kind = runKind(raw.charCodeAt(index))
    let end = index + 1
    while (end < raw.length && runKind(raw.charCodeAt(end)) === kind) end++
    starts.lastIndex = end
    if (kind === 2) {
      if (end - index <= 3) {
        const value = raw.slice(index, end)
        const before = raw[index - 1]
        const glued = before !== undefined && !isSpace(before.charCodeAt(0))
        if (wanted.has(value)) add(candidateAt(value, glued ? 0 : 1, item, segmentIndex, index, end, base))
        else if (glued && !wanted.has('*')) {
          report.warn(
            'marker-without-note',
            `Marker \`${value}\` has no note`,
            base + index,
            base + end,
            value,
          )
        }
      }
      continue
    }
    const after = raw[end]
    const before = raw[index - 1]
    // A bracketed marker, as EU acts print theirs (`Committee (1),`, `(¹)`), for notes printed so.
    if (before === '(' && after === ')') {
      const value = `(${asciiDigits(raw.slice(index, end))})`
      if (wanted.has(value)) {
        const strength = bracketedStrength(raw, index - 1, end + 1, numberNouns)
        if (strength >= 0) add(candidateAt(value, strength, item, segmentIndex, index - 1, end + 1, base))
      }
      continue
    }
    if (kind !== 1) continue
    const fused = before !== undefined && (isLower(before) || closing.includes(before))
    // The run ends here unless it goes on as a number (`1,000`, `1.5`, `2/3`, `12:30`); after a word
    // or punctuation it may be followed by the next marker (`conflict,10,11`).
    const ends =
      after === undefined ||
      isSpace(after.charCodeAt(0)) ||
      (!isLetter(after) && !(',./:'.includes(after) && isDigit(raw[end + 1]) && !(fused && after === ',')))
    if (ends) {
      const value = raw.slice(index, end)
      // Any length the notes have (`1000` once a long report's notes pass 999).
      if (wanted.has(value)) {
        const strength = placeStrength(raw, index, end, numberNouns)
        if (strength >= 0) add(candidateAt(value, strength, item, segmentIndex, index, end, base))
      }
      // A marker fused to a number too long to be one: a symbol's number of four digits or more
      // (`75/1765`; `69/313` is a number), a year's of five or more (`19495`, `20224`).
      const length = end - index
      const keep = before === '/' ? (length >= 4 ? 2 : length) : length >= 5 ? 4 : length
      for (let size = 1; size <= 3 && size <= length - keep; size++) {
        const suffix = raw.slice(end - size, end)
        if (suffix[0] !== '0' && wanted.has(suffix))
          add(candidateAt(suffix, 3, item, segmentIndex, end - size, end, base))
      }
      // A marker fused to a symbol's short number (`DÉCISION No 4/301`, note 1 on `4/30`): where the
      // document prints the number without it elsewhere (its running head `MC.DEC/4/30/Corr.1`) and
      // never with it (`numbers` is given for the first page's text, where the number stands).
      if (before === '/' && keep === length && numbers !== undefined) {
        let from = index - 1
        while (from > 0 && (isDigit(raw[from - 1]) || raw[from - 1] === '/')) from--
        for (let size = 1; size <= 3 && size < length; size++) {
          const suffix = raw.slice(end - size, end)
          if (suffix[0] === '0' || !wanted.has(suffix)) continue
          const number = raw.slice(from, end)
          const candidate = candidateAt(suffix, 3, item, segmentIndex, end - size, end, base)
          candidate.check = () => {
            const printed = numbers()
            return printed.get(number) === 1 && printed.has(number.slice(0, number.length - size))
          }
          add(candidate)
        }
      }
    }
  }
}

/**
 * Find the places of lettered markers (`(a)`, as a United Kingdom statutory instrument letters its
 * notes) in the source text of a text segment: fused to a letter or digit (`1988(a)`), the surest
 * place; a paragraph's point (`(a) the Act`) or a reference (`paragraph (1)(a)`) stands otherwise.
 */
export function scanLetteredMarkers(
  raw: string,
  segment: Segment,
  item: number,
  segmentIndex: number,
  wanted: ReadonlySet<string>,
  add: (candidate: Candidate) => void,
): void {
  for (let at = raw.indexOf('(', 1); at >= 0; at = raw.indexOf('(', at + 1)) {
    if (raw.charCodeAt(at + 2) !== 41) continue
    const before = raw[at - 1]
    if (!(isLetter(before) || isDigit(before))) continue
    const value = raw.slice(at, at + 3)
    if (wanted.has(value)) add(candidateAt(value, 0, item, segmentIndex, at, at + 3, segment.start))
  }
}

/**
 * A candidate at `from`…`to` of a segment's text that starts at source offset `base` (a function of
 * the module, not a closure made for every segment scanned: most segments hold none).
 */
function candidateAt(
  value: string,
  strength: number,
  item: number,
  segment: number,
  from: number,
  to: number,
  base: number,
): Candidate {
  return {value, strength, item, segment, from, to, start: base + from, end: base + to}
}

/** How surely digits at `from`…`to` are a marker by what surrounds them, or -1 if they are not. */
function placeStrength(raw: string, from: number, to: number, numberNouns: ReadonlySet<string>): number {
  const before = raw[from - 1]
  // Inside a symbol (`13/04/Corr.1`, `A/RES/79/1`) the digits are the symbol's.
  if (before !== undefined && (isLetter(before) || before === '.' || before === '-') && inSymbol(raw, from)) {
    return -1
  }
  if (before !== undefined && isLower(before)) return 0
  if (before !== undefined && closing.includes(before)) {
    // After a comma or point that follows a digit, it may be a decimal: less sure.
    return (before === ',' || before === '.') && isDigit(raw[from - 2]) ? 1 : 0
  }
  if (before !== undefined && !isSpace(before.charCodeAt(0))) return -1
  // Standing apart, a marker is followed by white space or a comma, never by `.` or `)` (`13.`, `5)`).
  const close = raw[to]
  if (close !== undefined && !isSpace(close.charCodeAt(0)) && !',;:'.includes(close)) return -1
  // Standing apart. Set off by two spaces (a superscript's gap) or at the line end, it is surely a
  // marker; otherwise not before a capital (`1 December`) or a group of thousands (`5 000`).
  let next = to
  while (next < raw.length && isSpace(raw.charCodeAt(next))) next++
  const following = raw[next]
  const setOff = following === undefined || next - to >= 2
  let previous = from
  while (previous > 0 && isSpace(raw.charCodeAt(previous - 1))) previous--
  const mark = raw[previous - 1]
  if (setOff && mark !== undefined) return 1
  if (following !== undefined && (isUpper(following) || thousands(raw, next))) return -1
  if (mark === undefined || isDigit(mark)) return 2
  if (closing.includes(mark) && mark !== '.') return 1
  if (!isLetter(mark)) return -1
  let wordStart = previous
  while (wordStart > 0 && isLetter(raw[wordStart - 1])) wordStart--
  if (numberNouns.has(raw.slice(wordStart, previous).toLowerCase())) return -1
  return 2
}

/** Digits in ASCII: superscripts made plain (`¹` → `1`). */
function asciiDigits(run: string): string {
  if (isDigit(run[0])) return run
  let digits = ''
  for (const character of run) digits += String(superscriptDigits.indexOf(character))
  return digits
}

/**
 * How surely a bracketed number from `from` (its `(`) to `to` (past its `)`) is a note's marker, or
 * -1: it follows a word after a space, or ends a line's text, and is followed by white space or a
 * clause's punctuation. Never a paragraph's number after its unit (`Article 114(1)`, `Article 5
 * (2)`) or after a word that takes a number (`paragraph (3)`), nor a label opening the text (`(1)`
 * alone, or before a word).
 */
function bracketedStrength(raw: string, from: number, to: number, numberNouns: ReadonlySet<string>): number {
  const close = raw[to]
  if (close !== undefined && !isSpace(close.charCodeAt(0)) && !',;:.)'.includes(close)) return -1
  let previous = from
  while (previous > 0 && isSpace(raw.charCodeAt(previous - 1))) previous--
  // Opening the text, only before punctuation (`(2),` wrapped to a line's start): a label otherwise.
  if (previous === 0) return close !== undefined && ',;:.)'.includes(close) ? 1 : -1
  let wordStart = previous
  while (wordStart > 0 && !isSpace(raw.charCodeAt(wordStart - 1))) wordStart--
  const word = raw.slice(wordStart, previous)
  if (previous === from && isDigit(word[word.length - 1])) return -1
  let digits = 0
  while (digits < word.length && isDigit(word[digits])) digits++
  if (digits === word.length || numberNouns.has(word.toLowerCase())) return -1
  return previous === from ? 1 : 0
}

/** Whether the word that ends at `from` holds a `/` (a document symbol). */
function inSymbol(raw: string, from: number): boolean {
  for (let index = from - 1; index >= 0 && index >= from - 60; index--) {
    const character = raw[index]!
    if (character === '/') return true
    if (isSpace(character.charCodeAt(0))) return false
  }
  return false
}

/** Whether three digits stand alone at `index` (a group of thousands: `5 000`). */
function thousands(raw: string, index: number): boolean {
  return isDigit(raw[index]) && isDigit(raw[index + 1]) && isDigit(raw[index + 2]) && !isDigit(raw[index + 3])
}

/**
 * How often each number stands in `text` as a number of its own — a run of digits, or of digit runs
 * joined by `/` (`4/30`, `79/171`), with no digit or `/` + digit around it — not alone on its line (a
 * page mark, `6/9`). One pass over the text, made only where a marker may be fused to such a number.
 */
export function numbersIn(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  numberRuns.lastIndex = 0
  for (let found = numberRuns.exec(text); found !== null; found = numberRuns.exec(text)) {
    if (aloneOnLine(text, found.index, found.index + found[0].length)) continue
    counts.set(found[0], (counts.get(found[0]) ?? 0) + 1)
  }
  return counts
}

/** Runs of digits joined by single `/` (each `/` between two digits: no backtracking past one). */
const numberRuns = /\d+(?:\/\d+)*/g

/** Whether only white space stands around `from`…`to` on its line. */
function aloneOnLine(text: string, from: number, to: number): boolean {
  let before = from - 1
  while (before >= 0 && text[before] !== '\n' && isSpace(text.charCodeAt(before))) before--
  if (before >= 0 && text[before] !== '\n') return false
  let after = to
  while (after < text.length && text[after] !== '\n' && isSpace(text.charCodeAt(after))) after++
  return after >= text.length || text[after] === '\n'
}
