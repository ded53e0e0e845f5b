import type {Position} from '@clausewise/model'
import {isDigit, isLetter, isLower, isUpper} from './characters.js'
import {type Lexicon, lowerInitial} from './lexicon.js'
import {opensWithVerb} from './phrases.js'
import type {HierarchyWord} from './profile.js'

/**
 * What a block's label says it is:
 * - `number` — an operative or preambular number (`1.`, `12.`, `3)`);
 * - `bracketed` — a number in brackets (`(1)`), as EU recitals are numbered;
 * - `point` — a lettered or roman point (`(a)`, `a)`, `(iv)`, `iv)`);
 * - `letter` — a lower-case letter and a full stop (`b.`), a point only where points are expected;
 * - `roman` — a section number (`I`, `II.`, `IV`);
 * - `capital` — a capital letter and a full stop (`A.`), a subsection;
 * - `dash` — a dash or bullet item (`- `, `• `, `– `);
 * - `unit` — an act's unit (`Article 1`, `Chapter II`, `ARTICULO UNICO`).
 */
export type LabelKind = 'number' | 'bracketed' | 'point' | 'letter' | 'roman' | 'capital' | 'dash' | 'unit'

/** A label at the start of a block. */
export interface Label {
  kind: LabelKind
  /** The label as printed, e.g. `1.`, `(a)`, `II`, `Article 1`. */
  printed: string
  /** The number or letters alone, e.g. `1`, `a`, `II`. */
  value: string
  /** Characters the label and the white space after it take. */
  length: number
  /** For `unit`: the AKN element of the word. */
  unit?: HierarchyWord['name'] | undefined
  /** For `unit`: whether it stands outside the act's titles and chapters (see `HierarchyWord.topLevel`). */
  topLevel?: boolean | undefined
  /** Where the source writes the label, when it says (a list item's label): the `num`'s position. */
  position?: Position | undefined
}

/** Words that number a sole or first unit (`Article unique`, `ARTICULO UNICO`, `Article premier`). */
const soleNumbers = new Set(['unique', 'único', 'unico', 'premier', 'primero', 'primeiro', 'einziger'])

/**
 * The label a text opens with, if any. A number followed by a month and a year (`3. März 2019`) is a
 * date, not a label.
 */
export function labelOf(text: string, lexicon: Lexicon): Label | undefined {
  const first = text[0]
  if (first === undefined) return undefined
  if (isDigit(first)) return numberLabel(text, lexicon)
  if (first === '(') return bracketLabel(text)
  if ('-–—•▪◦·∙'.includes(first)) {
    if (text.length === 1) return {kind: 'dash', printed: first, value: first, length: 1}
    if (text[1] === ' ') return {kind: 'dash', printed: first, value: first, length: 1 + spaces(text, 1)}
    return undefined
  }
  if (isLower(first)) return lowerLabel(text)
  if (isUpper(first)) return unitLabel(text, lexicon) ?? upperLabel(text)
  // A unit word that is a sign (`§ 1`, `§§`): the profile's, like any other unit word.
  return unitLabel(text, lexicon)
}

function spaces(text: string, from: number): number {
  let count = 0
  while (text[from + count] === ' ') count++
  return count
}

function numberLabel(text: string, lexicon: Lexicon): Label | undefined {
  let end = 0
  while (end < text.length && end < 5 && isDigit(text[end])) end++
  if (end > 4) return undefined
  const mark = text[end]
  if (mark === ' ') return dashedNumber(text, end) ?? verbNumber(text, end, lexicon)
  if (mark === '°' || mark === 'º') return ordinalPoint(text, end)
  if (mark !== '.' && mark !== ')') return undefined
  const after = text[end + 1]
  // A number, its stop and an em dash before its first paragraph's number, as United Kingdom
  // statutory instruments number their regulations (`1.—(1) These Regulations may be cited as …`).
  if (mark === '.' && after === '—' && text[end + 2] === '(' && end > 0) {
    return {kind: 'number', printed: text.slice(0, end + 2), value: text.slice(0, end), length: end + 2}
  }
  if (mark === '.' && isDigit(after)) return decimalNumber(text, end)
  if (after !== undefined && after !== ' ') return undefined
  if (mark === '.' && isDate(text, end + 2, lexicon)) return undefined
  const printed = text.slice(0, end + 1)
  return {kind: 'number', printed, value: text.slice(0, end), length: end + 1 + spaces(text, end + 1)}
}

/**
 * A number and a dash (`1 — Reforce …`, `2 – …`, `3 - Promova …`), as Portuguese acts number their
 * paragraphs: an em or en dash and a space, or a hyphen, a space and a capital (a hyphen between
 * numbers, `2 - 3`, is a range).
 */
function dashedNumber(text: string, end: number): Label | undefined {
  const dash = text[end + 1]
  if (text[end + 2] !== ' ') return undefined
  if (dash === '-') {
    if (!isUpper(text[end + 3])) return undefined
  } else if (dash !== '—' && dash !== '–') return undefined
  const printed = text.slice(0, end + 2)
  return {kind: 'number', printed, value: text.slice(0, end), length: end + 2 + spaces(text, end + 2)}
}

/**
 * A number of several levels (`1.1`, `2.3.4`, `1.1.`) before a word in a capital: a paragraph of
 * guidelines, a code or a regulation numbered by its section (`1.1 These Guidelines provide …`). A
 * decimal figure before anything else is the text's (`1.5 million`, `2.3 per cent`).
 */
function decimalNumber(text: string, end: number): Label | undefined {
  let stop = end
  let levels = 1
  while (text[stop] === '.' && isDigit(text[stop + 1]) && levels < 4) {
    stop++
    const from = stop
    while (isDigit(text[stop]) && stop - from < 3) stop++
    if (isDigit(text[stop])) return undefined
    levels++
  }
  const printed = text.slice(0, text[stop] === '.' ? stop + 1 : stop)
  if (text[printed.length] !== ' ') return undefined
  const start = printed.length + spaces(text, printed.length)
  if (!isUpper(text[start])) return undefined
  return {kind: 'number', printed, value: text.slice(0, stop), length: start}
}

/**
 * A number with no stop before an operative verb in capitals (`1 ADOPTS the Guidelines …`, `2 URGES
 * Governments …`), as the IMO numbers a resolution's operative paragraphs (a tab after the number,
 * a space once extracted). A number before anything else is the text's (`15 Member States`).
 */
function verbNumber(text: string, end: number, lexicon: Lexicon): Label | undefined {
  if (end > 3) return undefined
  const start = end + spaces(text, end)
  if (!isUpper(text[start]) || !isUpper(text[start + 1])) return undefined
  if (!opensWithVerb(text.slice(start, start + 120), lexicon, true)) return undefined
  const printed = text.slice(0, end)
  return {kind: 'number', printed, value: printed, length: start}
}

/**
 * A number and the ordinal mark (`1° Au premier alinéa …`, `2º …`), as French, Belgian and Italian acts
 * number the points of an article or paragraph: a point, not a paragraph.
 */
function ordinalPoint(text: string, end: number): Label | undefined {
  if (text[end + 1] !== undefined && text[end + 1] !== ' ') return undefined
  return {
    kind: 'point',
    printed: text.slice(0, end + 1),
    value: text.slice(0, end),
    length: end + 1 + spaces(text, end + 1),
  }
}

/** Whether a month name and a four-digit year follow at `from` (`3. März 2019`). */
function isDate(text: string, from: number, lexicon: Lexicon): boolean {
  let end = from
  while (end < text.length && end - from < 12 && isLetter(text[end])) end++
  if (!lexicon.months.has(text.slice(from, end).toLowerCase())) return false
  const year = text.slice(end + 1, end + 5)
  return text[end] === ' ' && year.length === 4 && [...year].every(isDigit)
}

function bracketLabel(text: string): Label | undefined {
  let end = 1
  if (isDigit(text[1])) {
    while (end < text.length && end < 5 && isDigit(text[end])) end++
    if (text[end] !== ')' || end > 4) return undefined
    if (text[end + 1] !== undefined && text[end + 1] !== ' ') return undefined
    return {
      kind: 'bracketed',
      printed: text.slice(0, end + 1),
      value: text.slice(1, end),
      length: end + 1 + spaces(text, end + 1),
    }
  }
  while (end < text.length && end < 8 && isLower(text[end]) && text.charCodeAt(end) < 128) end++
  const value = text.slice(1, end)
  if (value.length === 0 || text[end] !== ')') return undefined
  if (value.length > 2 && !isRoman(value)) return undefined
  if (text[end + 1] !== undefined && text[end + 1] !== ' ') return undefined
  return {kind: 'point', printed: text.slice(0, end + 1), value, length: end + 1 + spaces(text, end + 1)}
}

function lowerLabel(text: string): Label | undefined {
  // Russian acts letter their points in Cyrillic (`а)`, `б)`, `в)`): one letter and a bracket.
  if (isCyrillic(text.charCodeAt(0)) && text[1] === ')' && (text[2] === undefined || text[2] === ' ')) {
    return {kind: 'point', printed: text.slice(0, 2), value: text[0]!, length: 2 + spaces(text, 2)}
  }
  let end = 0
  while (end < text.length && end < 7 && isLower(text[end]) && text.charCodeAt(end) < 128) end++
  const value = text.slice(0, end)
  const mark = text[end]
  if (mark !== ')' && mark !== '.') return undefined
  if (text[end + 1] !== undefined && text[end + 1] !== ' ') return undefined
  if (mark === '.') {
    if (value.length !== 1) return undefined
    return {kind: 'letter', printed: text.slice(0, 2), value, length: 2 + spaces(text, 2)}
  }
  if (value.length > 2 && !isRoman(value)) return undefined
  return {kind: 'point', printed: text.slice(0, end + 1), value, length: end + 1 + spaces(text, end + 1)}
}

/** Whether a code unit is a lower-case letter of the Russian alphabet (`а` to `я`, `ё`). */
function isCyrillic(code: number): boolean {
  return (code >= 0x430 && code <= 0x44f) || code === 0x451
}

function upperLabel(text: string): Label | undefined {
  let end = 0
  while (end < text.length && end < 8 && 'IVX'.includes(text[end]!)) end++
  if (end > 0 && end < 8 && isSectionRoman(text.slice(0, end)) && !isLetter(text[end])) {
    const after = text[end]
    const roman = text.slice(0, end)
    // `I` before a word in lower case is the pronoun or an article (`I request that …`, Italian
    // `I soggetti …`): a numeral's heading or clause opens in a capital, or after a stop or a dash.
    if (roman === 'I' && after === ' ' && isLower(text[2]) && isLower(text[3])) return undefined
    // A dash right after the stop is the number's (`I.- La déclaration …`), as French acts print it.
    const stopDash = after === '.' && dashes.includes(text[end + 1]!) && text[end + 2] === ' '
    if (
      after === undefined ||
      after === ' ' ||
      stopDash ||
      (after === '.' && (text[end + 1] === undefined || text[end + 1] === ' '))
    ) {
      // `I` or `C` alone before a word may be a letter or a pronoun: a section only when a heading follows.
      // A dash after the numeral is the label's (`I - nascente: …`, `II – Scope`), as after a number,
      // and after its stop (`I. - La déclaration …`, as Légifrance prints an article's parts).
      const dashed = after === ' ' && dashes.includes(text[end + 1]!) && text[end + 2] === ' '
      const stopDashed =
        after === '.' && text[end + 1] === ' ' && dashes.includes(text[end + 2]!) && text[end + 3] === ' '
      const printed = stopDash
        ? text.slice(0, end + 2)
        : stopDashed
          ? text.slice(0, end + 3)
          : after === '.'
            ? `${roman}.`
            : dashed
              ? text.slice(0, end + 2)
              : roman
      return {kind: 'roman', printed, value: roman, length: printed.length + spaces(text, printed.length)}
    }
  }
  // A capital letter alone (`B`, centred over a resolution's part, `A` / `B` / `C`): nothing else
  // in the block, so no article or initial.
  if (text.length === 1 && isUpper(text[0]) && text.charCodeAt(0) < 128) {
    return {kind: 'capital', printed: text, value: text, length: 1}
  }
  if (
    isUpper(text[0]) &&
    text[1] === '.' &&
    (text[2] === undefined || text[2] === ' ') &&
    text.charCodeAt(0) < 128
  ) {
    return {kind: 'capital', printed: text.slice(0, 2), value: text[0]!, length: 2 + spaces(text, 2)}
  }
  return undefined
}

/** Dashes that part a unit's number from its heading. */
const dashes = '—–-'

function unitLabel(text: string, lexicon: Lexicon): Label | undefined {
  // Most blocks open with a letter no unit word opens with: their start is not lowered.
  if (!lexicon.hierarchyInitials.has(lowerInitial(text) ?? '')) return undefined
  const lower = text.slice(0, 40).toLowerCase()
  for (let index = 0; index < lexicon.hierarchy.length; index++) {
    const found = numberAfterWord(text, lower, lexicon.hierarchyNames[index]!, lexicon.ordinals)
    if (found) {
      const word = lexicon.hierarchy[index]!
      return {kind: 'unit', ...found, unit: word.name, ...(word.topLevel ? {topLevel: true} : {})}
    }
  }
  // A paragraph of an article numbered by a word or sign (`§ 1º`, `Parágrafo único.`): a number.
  for (const word of lexicon.paragraphWords) {
    const found = numberAfterWord(text, lower, word, lexicon.ordinals)
    if (found) return {kind: 'number', ...found}
  }
  return undefined
}

/**
 * The number after a unit's word (`word`, in lower case) a text opens with: digits (with an ordinal
 * mark, `Art. 1º`, `Artículo 2°`, `Sección 1.ª`), a roman numeral, a sole number's word (`único`) or
 * one of the profile's ordinal words (`Disposición final primera`), and a full stop.
 */
function numberAfterWord(
  text: string,
  lower: string,
  name: string,
  ordinals: ReadonlySet<string>,
): Pick<Label, 'printed' | 'value' | 'length'> | undefined {
  if (!lower.startsWith(name) || lower[name.length] !== ' ') return undefined
  let end = name.length + 1
  const start = end
  while (end < lower.length && (isDigit(lower[end]) || (isLetter(lower[end]) && end - start < 16))) end++
  let value = text.slice(start, end)
  const bare = value.toLowerCase()
  const numbered = isDigit(value[0]) || isRoman(bare) || soleNumbers.has(bare) || ordinals.has(bare)
  if (!numbered) return undefined
  // An ordinal of two words (`Disposición adicional vigésima primera`).
  if (ordinals.has(bare) && text[end] === ' ') {
    let next = end + 1
    while (next < lower.length && isLetter(lower[next]) && next - end < 16) next++
    if (ordinals.has(lower.slice(end + 1, next))) {
      end = next
      value = text.slice(start, end)
    }
  }
  let printedEnd = end
  // The ordinal mark of a number (`Art. 1º`, `Artículo 2°`, `Sección 1.ª`).
  if (isDigit(text[end - 1])) {
    if (isOrdinalMark(text[end])) printedEnd++
    else if (text[end] === '.' && isOrdinalMark(text[end + 1])) printedEnd += 2
  }
  if (text[printedEnd] === '.') {
    printedEnd++
    // A dash after the stop is the number's, as Latin American acts print it (`ARTÍCULO 1°.- Apruébase …`).
    if (text[printedEnd] === '-' && (text[printedEnd + 1] ?? ' ') === ' ') printedEnd++
  }
  // A colon after the number is the label's (`Article 2 : Le maire …`, `Article 2: The …`), as
  // councils' deliberations print it.
  const colon = text[printedEnd] === ':' && (text[printedEnd + 1] ?? ' ') === ' '
  if (!colon && text[printedEnd] !== undefined && text[printedEnd] !== ' ') return undefined
  let length = (colon ? printedEnd + 1 : printedEnd) + spaces(text, colon ? printedEnd + 1 : printedEnd)
  if (!colon && text[length] === ':' && (text[length + 1] ?? ' ') === ' ')
    length += 1 + spaces(text, length + 1)
  // `Article 5 is replaced by the following:` names a unit in a sentence: a heading or a unit's
  // text after the number opens in upper case (`Article 1 Subject matter`, `Article 1 The rates…`).
  if (isLower(text[length])) return undefined
  // A dash between the number and the heading is the label's (`Article 1 — Scope`, `§ 2 – Zweck`).
  if (length > printedEnd && dashes.includes(text[length]!) && (text[length + 1] ?? ' ') === ' ')
    length += 1 + spaces(text, length + 1)
  return {printed: text.slice(0, printedEnd), value, length}
}

/** Whether a character is an ordinal mark after a number (`º`, `ª`, `°`). */
function isOrdinalMark(character: string | undefined): boolean {
  return character === 'º' || character === '°' || character === 'ª'
}

/** Whether a word is a roman numeral from I to XXXIX in its standard form: a section number. */
export function isSectionRoman(word: string): boolean {
  return /^X{0,3}(?:IX|IV|V?I{0,3})$/.test(word) && word.length > 0
}

/** Whether a word is a roman numeral (any case). */
export function isRoman(word: string): boolean {
  if (word.length === 0) return false
  for (const character of word.toLowerCase()) if (!'ivxlc'.includes(character)) return false
  return true
}
