import {collapseSpaces, isDigit, isLetter, isSpace, isUpper} from '../text-utils.js'
import type {FurnitureWords} from './furniture-words.js'

/** Longest line that can be furniture by its ending (`… All rights reserved.`): such lines are short. */
const maximumFurnitureLine = 200

/**
 * Whether a trimmed line is furniture wherever it stands: a dashed page number (`- 2 -`), a barcode
 * (`*2518145*`), a markup tag alone (`<DOC>`, `<all>`), or a line of the language's furniture
 * (`lines`, and `endings` of short lines: "To the top", copyright, profile patterns such as
 * `Page 3 of 5`). Bare page numbers are decided
 * elsewhere (they may be footnote markers), as are symbols (a running head's, or a reference
 * wrapped onto its own line) and the marks only a page's head or foot holds (`2/8`, job numbers).
 */
export function isFurnitureLine(line: string, words: Pick<FurnitureWords, 'lines' | 'endings'>): boolean {
  // A dashed number, a barcode and a tag each open with their own character.
  const opening = line.charCodeAt(0)
  if (opening === 42 ? isBarcode(line) : opening === 60 ? isMarkupTag(line) : isDashedNumber(line))
    return true
  for (const pattern of words.lines) if (pattern.test(line)) return true
  if (words.endings.length > 0 && line.length <= maximumFurnitureLine) {
    // The line without a final point, by its length (no copy).
    const length = line.charCodeAt(line.length - 1) === 46 ? line.length - 1 : line.length
    // The last letter first: lower-casing a line is dear, and most lines end otherwise.
    const last = line[length - 1]
    if (last === undefined || !endingLetters(words.endings).has(last)) return false
    for (const ending of words.endings) {
      if (length < ending.length) continue
      const tail = line.slice(length - ending.length, length).toLowerCase()
      if (tail === ending && (length === ending.length || !isLetter(line[length - ending.length - 1]))) {
        return true
      }
    }
  }
  return false
}

/**
 * Whether a trimmed line is a mark that the head or foot of a page holds: a page number (`12`,
 * `- 2 -`, `2/8`), a job number line (`24-23018 (E) 091224`, `24-12345 2/8`), a barcode, a symbol,
 * a Council of the EU document's number line (`12345/31 AB/cd 2`).
 */
export function isPageMark(line: string): boolean {
  // Each kind of mark opens with its own characters: only the kinds the first one allows are asked.
  const code = line.charCodeAt(0)
  if (code >= 65 && code <= 90) return isSymbol(line) || isCodeLine(line) || isLetteredJobNumber(line)
  if (code >= 48 && code <= 57)
    return (
      isBareNumber(line) ||
      isPageOf(line) ||
      isLongPageNumber(line) ||
      isCodeLine(line) ||
      isCouncilNumberLine(line)
    )
  if (code === 42 || code === 40) return isCodeLine(line)
  if (code === 45 || code === 0x2013 || code === 0x2014) return isDashedNumber(line)
  if (code === 119) return isWebAddress(line)
  return false
}

/**
 * A web address alone (`www.ris.bka.gv.at`), as a gazette prints its site at each page's foot: `www.`
 * and a host name, nothing else. Only a page's edge is asked: in the text an address ends a sentence.
 */
function isWebAddress(line: string): boolean {
  if (line.length < 8 || line.length > 60 || !line.startsWith('www.')) return false
  let dots = 0
  for (let index = 4; index < line.length; index++) {
    const character = line[index]!
    if (character === '.') dots++
    else if (!(isDigit(character) || (character >= 'a' && character <= 'z') || character === '-'))
      return false
  }
  return dots > 0 && line[line.length - 1] !== '.'
}

/**
 * Whether a page mark may open with this character: a digit, `*` or `(` (a number, a job number, a
 * barcode), a dash (`- 2 -`), a capital (a symbol) or `w` (a web address). Most lines are told by their first character.
 */
export function mayOpenPageMark(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    code === 42 ||
    code === 40 ||
    code === 45 ||
    code === 0x2013 ||
    code === 0x2014 ||
    code === 119
  )
}

/**
 * The first line of the foot of a Council of the EU document: its number (`12345/31`, `12345/31 ADD
 * 1 REV 2`), the drafter's initials (`AB/cd`) and the page, as far as the line holds them, one space
 * between them or, as `pdftotext -layout` sets the foot's cells side by side, more
 * (`12345/31          AB/cd          2`).
 */
function isCouncilNumberLine(line: string): boolean {
  // The number's slash first: most lines that open with a digit have none there.
  const slash = line.indexOf('/')
  if (slash < 3 || slash > 6) return false
  if (line.length > 40) {
    if (line.length > 160 || !line.includes('  ')) return false
    const single = collapseSpaces(line)
    return single.length <= 40 && councilNumberLine.test(single)
  }
  return councilNumberLine.test(line.includes('  ') ? collapseSpaces(line) : line)
}

// The number, then the drafter's initials and the page (`12345/31 AB/cd 2`), or the annex's word,
// the directorate and the language (`7512/25 JAI.2 EN`, `7512/25 ANNEX JAI.2 EN`), as the Council
// prints the foot on one line since 2020.
const councilNumberLine =
  /^\d{3,6}\/\d{2}(?: (?:ADD|REV|COR) \d{1,2}){0,3}(?:(?: [A-Z]{1,4}\/[a-z]{1,4}(?:\/[a-z]{1,4})?)?(?: \d{1,3})?|(?: (?:ANNEX|ANNEXE|ANEXO|ANHANG|ALLEGATO|BIJLAGE)(?: [IVX]{1,5})?)? [A-Z]{2,6}(?:\.[A-Z0-9]{1,2}){1,3} (?:BG|CS|DA|DE|EL|EN|ES|ET|FI|FR|GA|HR|HU|IT|LT|LV|MT|NL|PL|PT|RO|SK|SL|SV))$/u

/** `- 2 -`, `– 12 –`, `-2-`. */
export function isDashedNumber(line: string): boolean {
  const dashes = '-–—'
  if (line.length < 3 || line.length > 12) return false
  if (!dashes.includes(line[0]!) || !dashes.includes(line[line.length - 1]!)) return false
  const inner = line.slice(1, -1).trim()
  return inner.length > 0 && [...inner].every(isDigit)
}

/** A page number alone on its line. */
export function isBareNumber(trimmed: string): boolean {
  if (trimmed.length === 0 || trimmed.length > 4) return false
  for (let index = 0; index < trimmed.length; index++) if (!isDigit(trimmed[index])) return false
  return true
}

/** A page's number alone: `12`, `2/8`, a gazette's `21457`. */
export function isPageNumber(line: string): boolean {
  return isBareNumber(line) || isPageOf(line) || isLongPageNumber(line)
}

/**
 * Five or six figures alone: a gazette's page, numbered through the year (`21457`), or the date code
 * a UN job number's line prints (`150126`) that an extraction set on its own line. Only a page's
 * edge is asked: a figure of the text stands in a sentence.
 */
function isLongPageNumber(line: string): boolean {
  if (line.length < 5 || line.length > 6) return false
  for (let index = 0; index < line.length; index++) if (!isDigit(line[index])) return false
  return true
}

/**
 * A job number of a UN office that letters it (`K2504471`, the United Nations Office at Nairobi):
 * one capital and seven figures, the year's two and the number's five, alone or before the marks a
 * job number's line holds (a date code, a language code, a barcode).
 */
function isLetteredJobNumber(line: string): boolean {
  // The second character first: a symbol or a word has a letter there.
  if (line.length < 8 || !isDigit(line[1])) return false
  for (let index = 1; index < 8; index++) if (!isDigit(line[index])) return false
  if (line.length === 8) return true
  if (line[8] !== ' ' || line.length > 60) return false
  for (const token of line.slice(9).split(' ')) {
    if (token.length === 0 || isBareNumberToken(token) || isBarcode(token) || isLanguageCode(token)) continue
    return false
  }
  return true
}

/** `2/8`: the page and the number of pages, the first not above the second. */
export function isPageOf(line: string): boolean {
  const slash = line.indexOf('/')
  if (slash < 1 || slash > 4 || line.length - slash - 1 < 1 || line.length - slash - 1 > 4) return false
  const page = line.slice(0, slash)
  const pages = line.slice(slash + 1)
  return isBareNumber(page) && isBareNumber(pages) && Number(page) <= Number(pages) && Number(page) > 0
}

/** `*2518145*`: a barcode's digits between its start and stop characters. */
export function isBarcode(line: string): boolean {
  if (line.length < 7 || line.length > 24 || line[0] !== '*' || line[line.length - 1] !== '*') return false
  for (let index = 1; index < line.length - 1; index++) if (!isDigit(line[index])) return false
  return true
}

/**
 * A job number line: number groups joined by a dash (`24-23018`, and with the prefix of a duty
 * station other than New York, `GE.25-05531`, `V.25-01234`), with at most a language code in
 * parentheses (`(E)`), plain numbers (a date, `091224`), a page mark (`2/8`) or a barcode beside it,
 * one space apart or more.
 */
export function isCodeLine(line: string): boolean {
  if (line.length < 5 || line.length > 160) return false
  const first = line.charCodeAt(0)
  if (first >= 65 && first <= 90) {
    // A duty station's prefix is one to three capitals and a point: most lines opening with a
    // capital are told here.
    if (line.charCodeAt(1) !== 46 && line.charCodeAt(2) !== 46 && line.charCodeAt(3) !== 46) return false
  } else if (!((first >= 48 && first <= 57) || first === 42 || first === 40)) return false
  // A job number holds a dash: most lines opening with a digit (`12. Decides`) are told here.
  if (!line.includes('-')) return false
  // `pdftotext -layout` sets the foot's cells side by side, far apart (`25-11832` and, at the right
  // margin, `2/2`): the line is one of at most 60 characters once its spaces are single.
  if (line.length > 60 && (!line.includes('  ') || collapseSpaces(line).length > 60)) return false
  let job = false
  for (const token of line.split(' ')) {
    if (token.length === 0 || isBareNumberToken(token) || isPageOf(token) || isBarcode(token)) continue
    if (isJobNumber(token)) job = true
    else if (!isLanguageCode(token)) return false
  }
  return job
}

function isBareNumberToken(token: string): boolean {
  for (let index = 0; index < token.length; index++) if (!isDigit(token[index])) return false
  return token.length <= 8
}

/**
 * `24-23018`: two to four groups of digits joined by dashes, five digits at least; after the duty
 * station's prefix of one to three capitals and a point, where there is one (`GE.25-05531`).
 */
function isJobNumber(token: string): boolean {
  let digits = 0
  let groups = 1
  let start = 0
  while (start < 4 && isAsciiUpper(token.charCodeAt(start))) start++
  if (start > 0) {
    if (start > 3 || token[start] !== '.') return false
    start++
  }
  if (!isDigit(token[start])) return false
  for (let index = start; index < token.length; index++) {
    const character = token[index]
    if (isDigit(character)) digits++
    else if (character === '-' && index > 0 && index < token.length - 1 && isDigit(token[index - 1])) groups++
    else return false
  }
  return groups >= 2 && groups <= 4 && digits >= 5
}

/** Whether a code unit is an ASCII capital (`A`–`Z`). */
export function isAsciiUpper(code: number): boolean {
  return code >= 65 && code <= 90
}

/** `(E)`, `(F)`, `(EFS)`: the language code of a job number. */
function isLanguageCode(token: string): boolean {
  if (token.length < 3 || token.length > 5 || token[0] !== '(' || token[token.length - 1] !== ')')
    return false
  for (let index = 1; index < token.length - 1; index++) if (!isUpper(token[index])) return false
  return true
}

/**
 * A document symbol alone on its line: no space, a capital first, a `/` and a digit, no final point
 * (`A/79/364.` ends a sentence).
 */
export function isSymbol(line: string): boolean {
  const first = line.charCodeAt(0)
  if (line.length < 5 || line.length > 60 || first < 65 || first > 90 || line.endsWith('.')) return false
  let slash = false
  let digit = false
  for (let index = 1; index < line.length; index++) {
    const code = line.charCodeAt(index)
    if (code === 47) slash = true
    else if (code >= 48 && code <= 57) digit = true
    else if (
      !(
        (code >= 65 && code <= 90) ||
        (code >= 97 && code <= 122) ||
        code === 46 ||
        code === 40 ||
        code === 41 ||
        code === 45
      )
    ) {
      return false
    }
  }
  return slash && digit
}

/**
 * A paragraph or point label that a PDF extraction printed alone on its line, the text following
 * on the next: `1.`, `12.`, `(a)`, `b)`, `(iv)`, `IV.`, `A.`, or a list dash or bullet.
 */
export function isLabel(line: string): boolean {
  if (line === '-' || line === '–' || line === '•' || line === '·') return true
  if (line.length < 2 || line.length > 7) return false
  let body = line
  if (body[0] === '(') {
    if (body[body.length - 1] !== ')') return false
    body = body.slice(1, -1)
  } else if (body[body.length - 1] === '.' || body[body.length - 1] === ')') body = body.slice(0, -1)
  else return false
  if (body.length === 0 || body.length > 5) return false
  let digits = 0
  let letters = 0
  for (const character of body) {
    if (isDigit(character)) digits++
    else if (isLetter(character) && character.charCodeAt(0) < 128) letters++
    else return false
  }
  return digits === body.length || (digits === 0 && letters > 0 && (letters <= 1 || isRoman(body)))
}

function isRoman(text: string): boolean {
  for (const character of text.toLowerCase()) if (!'ivxlc'.includes(character)) return false
  return true
}

/** Whether a line holds white space only. */
export function isBlank(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (!isSpace(text.charCodeAt(index))) return false
  return true
}

const lastLetters = new WeakMap<readonly string[], Set<string>>()

/** The list of endings last asked for and its letters: a text's lines all ask for the same. */
let lastAsked: {endings: readonly string[]; letters: Set<string>} | undefined

/** The last letters of some endings, in both cases (made once per list). */
function endingLetters(endings: readonly string[]): Set<string> {
  if (lastAsked?.endings === endings) return lastAsked.letters
  let letters = lastLetters.get(endings)
  if (!letters) {
    letters = new Set()
    for (const ending of endings) {
      const last = ending[ending.length - 1]!
      letters.add(last).add(last.toUpperCase())
    }
    lastLetters.set(endings, letters)
  }
  lastAsked = {endings, letters}
  return letters
}

/**
 * Whether a trimmed line is a markup tag alone, as text files made from tagged sources keep them
 * (`<DOC>`, `<all>`, `</DOC>`): a word of letters and digits between angle brackets, nothing else.
 */
function isMarkupTag(line: string): boolean {
  if (line.charCodeAt(0) !== 60 || line.charCodeAt(line.length - 1) !== 62) return false
  return /^<\/?[A-Za-z][A-Za-z0-9]{0,15}>$/.test(line)
}
