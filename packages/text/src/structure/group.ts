import {
  actDateOf,
  isDocumentKind,
  isScopeNote,
  type Opening,
  opensWithDocumentKind,
  opensWithDocumentNumber,
  type Profile,
  readOpening,
} from '@clausewise/recognize'
import {namesKindAfterColon} from '../kind-line.js'
import type {Item, Line} from '../layout/types.js'
import type {Reporter} from '../report.js'
import {
  bareNumber,
  followsNumber,
  isDigit,
  isLetter,
  isLower,
  isUpper,
  opensWithCapitalWord,
} from '../text-utils.js'
import {type Block, joinOf, type WordIndex} from './blocks.js'
import {isDateAlone} from './date-line.js'

/**
 * How paragraphs are marked in the text: by paragraph breaks (PDF extractions, web text with blank
 * lines), or by lines (web text with one paragraph a line, one-line dumps, fixed-width text).
 */
export type ParagraphMarks = 'breaks' | 'lines'

/**
 * How paragraphs are marked: of the lines (of more than one word) that end a sentence or clause,
 * whether more are followed by a paragraph break or by a line.
 */
export function paragraphMarks(items: Item[], kind?: string | undefined): ParagraphMarks {
  // The layout's own finding, when it says: web text and one-line dumps mark paragraphs by lines.
  if (kind === 'web' || kind === 'one-line') return 'lines'
  // A PDF extraction marks them by breaks, unless it printed none (pages extracted line by line,
  // no blank line between paragraphs): its lines tell then.
  if (kind === 'double-spaced' || (kind === 'single-spaced' && items.some((item) => item.kind === 'break')))
    return 'breaks'
  let breaks = 0
  let lines = 0
  for (let index = 0; index < items.length; index++) {
    const item = items[index]!
    // A label alone on its line (`1.`) is no paragraph's end.
    if (item.kind !== 'line' || !endsClause(item.flat) || item.flat.indexOf(' ') < 0) continue
    const next = items[index + 1]
    if (!next || next.kind === 'break') breaks++
    else lines++
  }
  return lines > breaks ? 'lines' : 'breaks'
}

function endsClause(text: string): boolean {
  const last = text[text.length - 1]
  return last === '.' || last === ';' || last === ':'
}

/** The measure of the text: the length most full lines reach (the 90th percentile of line lengths). */
export function measureOf(items: Item[]): number {
  // Lengths up to `counted` are counted (no sort); the few longer lines are sorted.
  const counts = new Uint32Array(counted)
  const longer: number[] = []
  let lines = 0
  for (const item of items) {
    if (item.kind !== 'line') continue
    const length = item.flat.length
    if (length < counted) counts[length]!++
    else longer.push(length)
    lines++
  }
  if (lines === 0) return 0
  let rank = Math.floor((lines - 1) * 0.9)
  for (let length = 0; length < counted; length++) {
    rank -= counts[length]!
    if (rank < 0) return length
  }
  longer.sort((left, right) => left - right)
  return longer[rank]!
}

/** Line lengths {@link measureOf} counts rather than sorts. */
const counted = 512

/** What no clause opens with: the opening of a line that goes on a sentence (one object, frozen). */
const nothing: Readonly<Opening> = Object.freeze({
  recital: false,
  recitalListed: false,
  verb: false,
  formula: false,
  enacting: false,
  adoption: false,
  closing: false,
  attachment: false,
  number: false,
  symbol: false,
  opener: false,
  actTitle: false,
})

/**
 * The opening of a line, read only where it can open something: a line in lower case (in a language
 * whose clauses open in capitals) opens at most a point (`a)`, `iv)`, `b.`), and most wrapped lines
 * are such lines.
 */
function openingOf(text: string, profile: Profile): Opening {
  const first = text[0]
  if (first !== undefined && isLower(first) && profile.lowerCaseClauses !== true) {
    let end = 0
    while (end < 7 && end < text.length && isLower(text[end])) end++
    if (text[end] !== ')' && text[end] !== '.') return nothing
  }
  return readOpening(text, profile)
}

/** Conjunctions that end the line before a point: `…; and` / `(c) …`. */
const pointConjunctions = /[;,] ?(?:and|or|et|ou|y|o|e|und|oder|и|или)$/u

/**
 * Whether a line ends with {@link pointConjunctions}. A match is at most 6 characters long (`, oder`)
 * and holds a `;` or `,`: the expression runs only on the last 6 characters of a line that has one
 * there (anchored at the end only, it would otherwise try every position of every line).
 */
function endsWithConjunction(line: string): boolean {
  const from = Math.max(0, line.length - 6)
  for (let index = line.length - 2; index >= from; index--) {
    const code = line.charCodeAt(index)
    if (code === 59 || code === 44) return pointConjunctions.test(from === 0 ? line : line.slice(from))
  }
  return false
}

/**
 * Whether a line ends on a letter or a digit (`\p{L}`, `\p{N}`): ASCII by its code, anything else by the
 * expression on the last two code units (one code point, a surrogate pair included).
 */
function endsOnLetterOrDigit(line: string): boolean {
  const code = line.charCodeAt(line.length - 1)
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122)
  return Number.isNaN(code) ? false : letterOrDigitAtEnd.test(line.slice(-2))
}

const letterOrDigitAtEnd = /[\p{L}\p{N}]$/u

/**
 * Group layout lines into blocks, the paragraphs the recognition reads. A paragraph break always
 * ends a block. Without one, a line starts a new block when it opens a clause where the line before
 * lets one start: a number, point or dash (`1. Decides` after the last recital's comma, `(c)` after
 * `; and` or `:–`), a recital opener or operative verb after `,` `;` `.` `:`, a formula, an enacting
 * formula, an adoption line or an attachment heading after a sentence's end. A number line
 * (`DECISION No. 7/17`) and a formula stand alone. Where paragraphs are marked by lines rather than
 * breaks, a line also ends its block when it ends a sentence or falls short of the measure. Anything
 * else continues the block: a label alone on its line (`1.` then `Reaffirms…`) takes the next line.
 */
export function groupLines(
  items: Item[],
  profile: Profile,
  marks: ParagraphMarks,
  words: WordIndex,
  report: Reporter,
  measure: number,
): Block[] {
  const blocks: Block[] = []
  let current: Block | undefined
  let currentOpening: Opening | undefined
  let previousOpening: Opening | undefined
  let afterBreak = true
  // Whether the line before was an opener printed alone (see `isOpenerAlone`).
  let afterOpener = false
  // Whether the current block is a citation that opens in lower case (`vu …,`).
  let lowerCitation = false
  // Number lines (`DECISION No. 7/17`) stand alone only in the front matter, before the formula.
  let front = true
  // The start of a word rejoined across earlier line-end hyphens that the last line only goes on
  // with (`pré-` / `ven-` / `ir`): the full word is what gets reported.
  let carried = ''
  // The number of the last numbered block of each style (`12.`, `3)`), to tell a paragraph from a
  // number the text wraps to.
  const lastNumbers: LastNumbers = {'.': 0, ')': 0}
  // Where the current block stands after a unit's number alone on its line (`Article 3`): 1 is that
  // number's block, 2 the one-line block after it (its heading, `Scope`, or its text's first line).
  let unitStep = 0
  // Whether the current block is a section's number and heading so far (`III. Responsibilities of
  // relevant authorities responsible for product` / `safety`, no clause's end): a numbered line
  // opens the section's first paragraph (`11. Member States …`), or a subsection (`A.`), with no
  // break before it too.
  let sectionHeading = false
  // Whether the current block opened with an attachment's heading alone on its line (`Annex`,
  // `Anexo II`), and its title may still run on under it (see `endsAttachmentTitle`).
  let attachmentTitle = false
  // Whether the current block opened with that heading alone on its first line (not wrapped over two).
  let headingAlone = false
  // Whether the current block is a line wholly in brackets under an attachment's heading alone
  // (`EXPLANATORY NOTE` / `(This note is not part of the Regulations)`): the line after it opens the
  // attachment's text.
  let headingNote = false
  // Whether the last line was an act's date line under its title (see `isActDateLine`).
  let afterDate = false
  // Whether the current block is a paragraph's number alone that follows the number before it alone
  // (`2.` / `3.`): plain pdftotext prints a page's hanging numbers in a run before their texts, and
  // the line after the run is the text of the run's first number, no more the last's (see
  // `placePartedNumbers`).
  let inRun = false
  // The paragraph before a run of numbers alone, and its opening: where its sentence runs on (the run
  // stands at the head of the page it goes on on), the text under the run goes on with it.
  let runHost: Block | undefined
  let runHostOpening: Opening | undefined
  for (let index = 0; index < items.length; index++) {
    const item = items[index]!
    if (item.kind === 'break') {
      current = undefined
      afterBreak = true
      attachmentTitle = headingNote = false
      afterDate = false
      continue
    }
    // A line after one that ends inside a sentence (on a letter or digit) can only start a block as a
    // formula, after `; and`, after a unit's number or heading or a heading alone in capitals: its
    // opening is read only then (most wrapped lines are such lines).
    const before = current ? withoutMarker(current.lines[current.lines.length - 1]!.flat) : ''
    const inSentence: boolean =
      !front &&
      unitStep === 0 &&
      !sectionHeading &&
      marks === 'breaks' &&
      endsOnLetterOrDigit(before) &&
      !endsWithConjunction(before) &&
      !numberAfterShort(before, item.flat, measure) &&
      !',:–—-'.includes(item.flat[item.flat.length - 1] ?? ' ') &&
      // A number under a heading alone on its line (`Amendment of the … Regulations 1999` / `2.—(1) …`)
      // may open a clause: see `startsBlock`.
      !(isDigit(item.flat[0]) && current?.lines.length === 1 && headingLine(before)) &&
      // A heading alone in capitals (`ANEXO`) ends no sentence: the unit's number under it is read.
      !(current!.lines.length === 1 && isCapitalHeading(before)) &&
      // Nor does a unit's number and heading on one line (`CHAPITRE 2. — Modifications du Code civil`):
      // the next unit's number under it is read (see `startsBlock`).
      !(current!.lines.length === 1 && currentOpening?.label?.kind === 'unit')
    let opening: Opening =
      inSentence && !isCapitalHeading(item.flat) ? nothing : openingOf(item.flat, profile)
    // Save an attachment's heading in capitals at a page's top (see `startsBlock`).
    if (inSentence && opening === nothing && item.pageStart && opensWithCapitalWord(item.flat)) {
      const read = readOpening(item.flat, profile)
      if (read.attachment) opening = read
    }
    // An opener printed alone (`resolves`, `considering`) is a block of its own, and so is what follows it.
    const opener =
      opening === nothing &&
      current !== undefined &&
      isOpenerAlone(before, item, items[index + 1], measure, profile)
    // Acts' citations may open in lower case (`vu le traité …,` / `vu la proposition …,`, as French
    // acts print them under the formula): under the formula, and in a run of them after a clause's
    // end, such a line is read whole, and opens a citation of its own where it opens with a listed
    // opener, or is the enacting formula that closes them (`arrête:`).
    if (
      opening === nothing &&
      !opener &&
      current !== undefined &&
      (currentOpening!.formula || (lowerCitation && endsCitation(before)))
    ) {
      const read = readOpening(item.flat, profile)
      if (read.recitalListed || read.enacting) opening = read
    }
    // A formula that closes the recitals may open in lower case after the last one's `;` or `,`
    // (the ILO's `adopts this thirteenth day of June …`, the profile's enacting openers): it opens
    // the enacting formula.
    if (
      opening === nothing &&
      !opener &&
      current !== undefined &&
      endsCitation(before) &&
      opensWithEnactingOpener(item.flat, profile)
    ) {
      opening = readOpening(item.flat, profile)
      opening.enacting = true
    }
    // Past the front matter no line stands alone as a number line (`nothing` says so already).
    if (!front && opening !== nothing) (opening as Opening).number = false
    if (
      front &&
      opening !== nothing &&
      !opening.formula &&
      isBareFormula(item.flat, items[index + 1], profile)
    )
      opening.formula = true
    if (opening.formula || opening.enacting) front = false
    // An act's date line between its title and its subject (`COUNCIL DECISION (EU) 2031/123` / `of 21
    // January 2031` / `on the position …`) is a block of its own, and the subject another, in single
    // spacing as the blank lines of double spacing part them.
    // So is a line that dates an act's assent or commencement (`Date of Assent: 12th March, 2031`),
    // and the note under an EU act's title (`(Text with EEA relevance)`).
    const dated =
      front &&
      current !== undefined &&
      (isActDateLine(item.flat, profile) ||
        actDateOf(item.flat, profile) !== undefined ||
        isScopeNote(item.flat, profile))
    if (inRun && runHost && !opening.label && runsOn(runHost)) {
      const join = joinOf(runHost.lines[runHost.lines.length - 1]!, item, '', profile, words, report)
      runHost.joins.push(join.join)
      runHost.lines.push(item)
      runHost.end = item.end
      carried = join.carried
      current = runHost
      currentOpening = runHostOpening
      inRun = false
      previousOpening = opening
      afterOpener = afterDate = afterBreak = false
      continue
    }
    if (
      current &&
      !dated &&
      !afterDate &&
      !opener &&
      !afterOpener &&
      !inRun &&
      !startsRun(item, items, index) &&
      !followsFigure(current, before, item.flat) &&
      !(unitStep > 0 && afterUnit(current, unitStep, item, opening, measure)) &&
      !(attachmentTitle && endsAttachmentTitle(current, item, opening, measure, profile)) &&
      !headingNote &&
      !(sectionHeading && opensUnder(opening.label?.kind)) &&
      !startsBlock(
        current,
        before,
        previousOpening!,
        currentOpening!,
        item,
        opening,
        marks,
        measure,
        lastNumbers,
        profile,
        front,
        report,
      )
    ) {
      const previous = current.lines[current.lines.length - 1]!
      const join = joinOf(previous, item, carried, profile, words, report)
      current.joins.push(join.join)
      carried = join.carried
      if ((item.indented || item.pageStart) && !afterBreak) {
        report.info('page-break-joined', 'Sentence continued across a page break', previous.end, item.start)
      }
      // A heading wrapped after its first word (`FIRST` / `SCHEDULE`): its title may follow as an
      // attachment's heading alone's does.
      if (current.lines.length === 1 && wrapsHeading(before, item.flat, profile)) attachmentTitle = true
      current.lines.push(item)
      current.end = item.end
      unitStep = 0
      // What ran on under an attachment's heading alone and ends a clause was no title but the
      // attachment's first sentence (`ALLEGATO` / `Nell'allegato I … è` / `soppressa.`, `ANNEX` /
      // `Annex I is amended as follows:`): the heading is a block of its own, the sentence another.
      if (attachmentTitle && headingAlone && endsClause(item.flat)) {
        current = splitHeading(current, blocks)
        currentOpening = openingOf(current.lines[0]!.flat, profile)
      }
      if (endsClause(item.flat) || item.flat.endsWith(',')) sectionHeading = attachmentTitle = false
    } else {
      carried = ''
      inRun = followsBareNumber(item.flat, blocks[blocks.length - 1])
      if (!inRun && bareNumber(item.flat)) {
        runHost = current
        runHostOpening = currentOpening
      }
      headingNote = attachmentTitle && current?.lines.length === 1 && !opening.label && isBracketed(item.flat)
      current = {lines: [item], joins: [], afterBreak, start: item.start, end: item.end}
      currentOpening = opening
      lowerCitation = opening !== nothing && isLower(item.flat[0]) && opening.recitalListed
      blocks.push(current)
      const kind: string | undefined = opening.label?.kind
      unitStep = kind === 'unit' && opening.label!.length >= item.flat.length ? 1 : unitStep === 1 ? 2 : 0
      attachmentTitle = isHeadingAlone(item.flat) && opening.attachment
      headingAlone = attachmentTitle
      sectionHeading =
        (kind === 'roman' || kind === 'capital') &&
        opening.label!.length < item.flat.length &&
        !opening.verb &&
        !endsClause(item.flat)
      if (opening.label?.kind === 'number') {
        const style = styleOf(opening.label.printed)
        lastNumbers[style] = numberOf(opening.label.value) ?? lastNumbers[style]
      }
    }
    previousOpening = opening
    afterOpener = opener
    afterDate = dated
    afterBreak = false
  }
  return blocks
}

/**
 * Whether a line opens with the figure after the one its block opened with, each before a capital,
 * after a line that ends a sentence (`1 L’accord … est approuvé.` / `2 Le Conseil fédéral …`): the
 * paragraphs of an article numbered with superscript figures (Swiss federal acts), which an
 * extraction prints as figures and a space.
 */
function followsFigure(block: Block, before: string, text: string): boolean {
  const code = text.charCodeAt(0)
  if (code < 49 || code > 57 || !isTerminal(before[before.length - 1])) return false
  const figure = figureOf(text)
  return figure > 1 && figureOf(block.lines[0]!.flat) === figure - 1
}

/** The figure (1 to 99) a line opens with before a space and a capital, or 0. */
function figureOf(text: string): number {
  let end = 0
  while (end < 2 && isDigit(text[end])) end++
  if (end === 0 || text[end] !== ' ' || !isUpper(text[end + 1])) return 0
  return Number(text.slice(0, end))
}

/**
 * Part a block after its first line (an attachment's heading alone): the lines after it make a block
 * of their own, pushed to `blocks` and returned.
 */
function splitHeading(block: Block, blocks: Block[]): Block {
  const rest = block.lines.slice(1)
  const text: Block = {
    lines: rest,
    joins: block.joins.slice(1),
    afterBreak: false,
    start: rest[0]!.start,
    end: block.end,
  }
  block.lines.length = 1
  block.joins.length = 0
  block.end = block.lines[0]!.end
  blocks.push(text)
  return text
}

/**
 * Whether a line is a paragraph's number alone (`2.`) and the next line, past blank lines, the number
 * after it alone (`3.`): a run of numbers printed apart from their texts starts, the line its own
 * block even where the line before runs on (a page's last paragraph, its sentence cut by the page).
 */
function startsRun(line: Line, items: Item[], index: number): boolean {
  const number = bareNumber(line.flat)
  if (!number) return false
  let next = index + 1
  while (next < items.length && items[next]!.kind === 'break') next++
  const after = items[next]
  if (after?.kind !== 'line') return false
  return followsNumber(number, bareNumber(after.flat))
}

/** Whether a block's last line ends inside a sentence: on a letter or a digit, no conjunction of a list. */
function runsOn(block: Block): boolean {
  const last = withoutMarker(block.lines[block.lines.length - 1]!.flat)
  return endsOnLetterOrDigit(last) && !endsWithConjunction(last)
}

/**
 * Whether a line is a paragraph's number alone (`3.`) and the block before it the number before it
 * alone (`2.`).
 */
function followsBareNumber(text: string, block: Block | undefined): boolean {
  const number = bareNumber(text)
  if (!number || block?.lines.length !== 1) return false
  return followsNumber(bareNumber(block.lines[0]!.flat), number)
}

/**
 * Whether a line is an act's date line (the profile's `actDateLines`, `of 21 January 2031`): a short
 * line in lower case, the patterns tried only on such a line.
 */
function isActDateLine(text: string, profile: Profile): boolean {
  // In lower case under an EU act's title (`of 21 January 2031`), in capitals under a German federal
  // act's (`Vom 10. März 2031`, as the Federal Law Gazette prints it).
  if (text.length > 32 || !isLetter(text[0]) || !profile.actDateLines) return false
  return profile.actDateLines.some((pattern) => pattern.test(text))
}

/** Whether a line opens with one of the profile's enacting openers (`adopts this`), then a space or a comma. */
function opensWithEnactingOpener(text: string, profile: Profile): boolean {
  const openers = profile.enactingOpeners
  if (!openers || text.charCodeAt(0) < 97 || !isLower(text[0])) return false
  for (const opener of openers) {
    if (!text.startsWith(opener)) continue
    const after = text[opener.length]
    if (after === ' ' || after === ',') return true
  }
  return false
}

/** Whether a line ends as a citation does before the next: `,`, `;`, or one of them and a conjunction. */
function endsCitation(line: string): boolean {
  const last = line[line.length - 1]
  return last === ',' || last === ';' || endsWithConjunction(line)
}

/**
 * Whether a line is an opener printed alone above the clauses it governs, as the ITU prints its
 * parts' openers (`considering`, `resolves`, `instructs the Director of the Telecommunication
 * Standardization Bureau`), in single spacing too: in lower case, after a clause's end (`,` `;` `.`
 * `:`), short of the measure (a line a page wrapped is full), an operative verb
 * or listed recital opener first and no punctuation at its end (recognize's `opener`), and above a
 * clause lettered or numbered (`a) that …`, `1 to …`): extractions also leave a word of a sentence
 * alone on a line (`Encourages States,` / `acting` / `through …`).
 */
function isOpenerAlone(
  before: string,
  line: Line,
  next: Item | undefined,
  measure: number,
  profile: Profile,
): boolean {
  const text = line.flat
  if (next?.kind !== 'line' || !isLower(text[0]) || text.length >= measure * 0.9) return false
  if (!endsOnLetterOrDigit(text)) return false
  const last = before[before.length - 1]
  if (last !== ',' && last !== ';' && last !== '.' && last !== ':') return false
  if (!opensWithLabel(next.flat, profile)) return false
  return readOpening(text, profile).opener
}

/**
 * Whether a line opens with a clause's label: one the recognition reads (`a)`, `1.`, `(i)`), or a
 * number without a stop before a word in lower case, as the ITU numbers a group's clauses (`1 to …`).
 */
function opensWithLabel(text: string, profile: Profile): boolean {
  let end = 0
  while (end < 3 && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++
  if (end > 0 && text[end] === ' ' && isLower(text[end + 1])) return true
  return readOpening(text, profile).label !== undefined
}

/**
 * Whether a line of the front matter is a formula printed without its comma (`THE COUNCIL OF THE
 * EUROPEAN UNION`, as the Council's acts print it): read with its comma, it is a formula, and the
 * next line, with no break before it, opens a clause (a citation, a recital, a numbered paragraph, an
 * operative verb or the enacting formula) — the recognition's own rule for a formula without its
 * comma. Only asked of a short line that opens with a formula's article and ends on a letter.
 */
function isBareFormula(text: string, next: Item | undefined, profile: Profile): boolean {
  if (next?.kind !== 'line' || text.length > 80 || !endsOnLetterOrDigit(text)) return false
  if (!(profile.formulaArticles ?? []).some((article) => text.startsWith(article))) return false
  if (!readOpening(`${text},`, profile).formula) return false
  // Read whole: acts' citations open in lower case in some languages (`vu le traité …,`).
  const opening = readOpening(next.flat, profile)
  return opening.label?.kind === 'number' || opening.recital || opening.verb || opening.enacting
}

/**
 * Whether a line reads as a heading of its own: a capital first, twelve words at most, ending on a
 * letter, a figure or a bracket (`Amendment of the … Regulations 1999`), no comma or semicolon inside.
 */
function headingLine(line: string): boolean {
  if (!isUpper(line[0]) || !(endsOnLetterOrDigit(line) || line.endsWith(')'))) return false
  let words = 1
  for (let index = 0; index < line.length; index++) {
    const code = line.charCodeAt(index)
    if (code === 44 || code === 59) return false
    if (code === 32 && ++words > 12) return false
  }
  return true
}

/**
 * Whether a line may be an attachment's heading alone on its line: at most three words (`Annex`,
 * `Annex II`, `ПРИЛОЖЕНИЕ 1`) and no clause's punctuation at its end. A heading that runs on (`Annex
 * I to the` / `present resolution lists …`) opens a sentence.
 */
function isHeadingAlone(text: string): boolean {
  if (text.length > 40 || isTerminal(text[text.length - 1]) || text.endsWith(',')) return false
  let spaces = 0
  for (let index = text.indexOf(' '); index !== -1; index = text.indexOf(' ', index + 1))
    if (++spaces > 2) return false
  return true
}

/**
 * Whether a line opens with a digit after a line short of the measure that ends on a letter or a
 * digit: a title or heading of its own line (`Plano de Ação para a Literacia Digital 2031-2033` /
 * `1 — Objetivos`), which a paragraph's or section's number follows. A sentence wrapped over lines
 * fills them; its last line, short, ends with its stop. A line of figures alone is a table's cell.
 */
function numberAfterShort(previous: string, text: string, measure: number): boolean {
  const first = text.charCodeAt(0)
  if (first < 48 || first > 57 || previous.length >= measure * 0.75 || !endsOnLetterOrDigit(previous))
    return false
  // A table's cell of figures (`278 735 200` / `2. General income`) is no title: its rows run on.
  for (let index = 0; index < previous.length; index++) if (isLetter(previous[index])) return true
  return false
}

/** Whether a line may be an attachment's heading alone ({@link isHeadingAlone}) in capitals (`ANNEX II`). */
function isCapitalHeading(text: string): boolean {
  return isHeadingAlone(text) && capitalLetters(text) >= 3
}

/**
 * Whether a line is wholly in brackets, as a note under a heading is printed (`(This note is not part
 * of the Regulations)`, `[English only]`).
 */
function isBracketed(text: string): boolean {
  const first = text[0]
  const last = text[text.length - 1]
  return (first === '(' && last === ')') || (first === '[' && last === ']')
}

/**
 * Whether a line ends the title under an attachment's heading alone (`Annex` / `Terms of reference
 * of the panel`), in single spacing with no blank line after it too: a label after the heading (no
 * title), a line wholly in brackets (a note on the attachment, a block of its own, as is the line
 * after it), or after the title's last line — short of the measure, with no clause's punctuation at its
 * end and no word that runs on (`… Mechanism for` / `Criminal Tribunals`) — a line that opens with a
 * capital or a label. A title that fills the measure wraps; it goes on.
 */
function endsAttachmentTitle(
  block: Block,
  line: Line,
  opening: Opening,
  measure: number,
  profile: Profile,
): boolean {
  if (block.lines.length === 1) return opening.label !== undefined || isBracketed(line.flat)
  const title = block.lines[block.lines.length - 1]!.flat
  const last = title[title.length - 1]
  if (title.length >= measure * 0.75 || isTerminal(last) || last === ',' || runsInto(title, profile))
    return false
  return opening.label !== undefined || isUpper(line.flat[0])
}

/**
 * Whether a line starts a block after a unit's number alone (`Article 3`, step 1) or after the line
 * that follows it (step 2), in single-spaced text without blank lines too: after the number, any
 * line (the unit's heading or text is its own block, as on a web page); after a heading — one short
 * line that opens with a capital and ends with no clause's punctuation (`Scope`) — a line that opens
 * with a capital or a label (`1. This Regulation…`). A heading that wraps is no short line: its
 * lines stay one block.
 */
function afterUnit(block: Block, step: number, line: Line, opening: Opening, measure: number): boolean {
  if (step === 1) return true
  const heading = block.lines[0]!.flat
  const last = heading[heading.length - 1]
  if (heading.length >= measure * 0.75 || isTerminal(last) || last === ',' || !isUpper(heading[0]))
    return false
  return opening.label !== undefined || isUpper(line.flat[0])
}

function startsBlock(
  block: Block,
  previous: string,
  previousOpening: Opening,
  blockOpening: Opening,
  line: Line,
  opening: Opening,
  marks: ParagraphMarks,
  measure: number,
  lastNumbers: LastNumbers,
  profile: Profile,
  front: boolean,
  report: Reporter,
): boolean {
  const last = lastMark(previous)
  const text = line.flat
  // An attachment's heading whose words wrap goes on over its lines, as a heading set narrow (`FIRST`
  // / `SCHEDULE`) or a sentence that names one (`… set out in the First` / `Schedule.`) does.
  if (headingAcross(previous, text, profile)) return false
  // A label alone on its line (`1.`, `(a)`, `I`) takes the next line, unless that opens with one too.
  const alone = block.lines.length === 1 && blockOpening.label && blockOpening.label.length >= previous.length
  if (alone && !opening.label) return false
  // A number line stands alone (`DECISION No. 7/17`, a meeting line), unless it is the document's
  // number with its title, which wraps: the line ends on a letter then (`80/41. Measures to prevent
  // terrorists from acquiring weapons of` / `mass destruction`, `… in the region of the` / `Middle
  // East`), and the next line goes on with it unless it opens something of its own (a formula, an
  // adoption line: the rules below).
  const numberLine = previousOpening.number || (block.lines.length === 1 && blockOpening.number)
  if (numberLine && !(isLetter(last) && opensWithDocumentNumber(previous, profile))) return true
  // In the front matter, the number line and the adoption line stand alone after any line, in single
  // spacing with no blank line too (a cover's wrapped agenda title / `Resolution adopted by the Human
  // Rights Council on 3 April 2031` / `61/14. The right to education`).
  if (front && (opening.number || opening.adoption)) return true
  // An act's title that prints its date opens a block of its own there too (the European
  // Parliament's `P10_TA(2031)0087` / `Protection of journalists` / `European Parliament resolution
  // of 12 March 2031 on …`, which extractors give in any order); it may wrap.
  if (front && opening.actTitle) return true
  // A date alone on its line under the number (`WHA84.12` / `28 May 2031` / `Coastal health data`, a
  // cover's date with no blank line after it) is no part of the title under it.
  if (front && isDateAlone(previous, profile)) return true
  // So does a symbol alone (`P10_TA(2031)0087`), and the line after it, unless the line before runs
  // into it: a document's kind or a stop word ends it (`amendment to draft resolution` /
  // `A/C.3/80/L.20/Rev.1` cites one).
  if (front && block.lines.length === 1 && blockOpening.symbol) return true
  // A draft's sponsors end their line with its kind after a colon (`Argentina, Brazil and Chile: draft
  // resolution`): the title under it is a block of its own, blank line or not.
  if (front && namesKindAfterColon(previous, profile)) return true
  if (front && opening.symbol && !runsInto(previous, profile)) return true
  if (blockOpening.formula) return true
  if (opening.formula || opening.enacting) return true
  // In the front matter, a line that opens with the body's formula and goes on with its clause (`The
  // Executive Board, having considered …, decided:`) or with the meeting that adopted the decision
  // (`At its 98th plenary meeting, on 16 June 2031, the General Assembly …:`) opens the decision:
  // the title above it, which ends on a word, does not run on into it.
  if (
    front &&
    isLetter(last) &&
    isUpper(text[0]) &&
    opensDecision(text, profile) &&
    !runsInto(previous, profile)
  )
    return true
  const terminal = isTerminal(last)
  const kind = opening.label?.kind
  // A number that closes a parenthesis the line before opened is that line's text wrapped, not a
  // label (`… Convention, 2007 (No.` / `188) …`).
  if (kind && closesParenthesis(opening.label!.printed) && opensParenthesis(previous)) return false
  // Where breaks mark paragraphs, a number that goes back in its numbering (other than a restart at
  // 1), on a line with no break before it, is the text's own (`… sphere.` / `41. It…` after paragraph
  // 889): a new paragraph follows a break or takes the numbering on. `1.` and `1)` number apart
  // (paragraphs and the items inside one).
  if (kind === 'number' && marks === 'breaks' && goesBack(opening.label!, lastNumbers)) return false
  // A unit's number and heading on one line (`CHAPITRE 2. — Modifications du Code civil`, `TITLE II
  // General provisions`) is a line of its own: the next unit's number under it opens a block
  // (`Art. 2. Dans l'article …`), where it would else go on the heading, which ends on a word. So is
  // an attachment's heading alone (`ANEXO` / `Artículo 7`): the unit is the attachment's first.
  if (
    kind === 'unit' &&
    block.lines.length === 1 &&
    (blockOpening.label?.kind === 'unit' || blockOpening.attachment)
  )
    return true
  if (kind) {
    // A line ending with a dash introduces what follows as a colon does (`Resolved, That the Senate—`).
    if (terminal || last === ',' || introduces(previous)) return true
    if (kind === 'number' && numberAfterShort(previous, text, measure)) return true
    // A heading on a line of its own over a numbered clause (`Citation and commencement` / `1. These
    // Regulations …`, as United Kingdom statutory instruments print a regulation's): its own block.
    if (kind === 'number' && block.lines.length === 1 && headingLine(previous)) return true
    if ((kind === 'point' || kind === 'letter') && endsWithConjunction(previous)) return true
  }
  // An operative part's introduction (`Resolved, That the Senate—`, `Decides:`) opens a block after
  // any line: it ends with a colon or a dash, and opens with an operative verb.
  if (endsIntroduction(text) && opening.verb) return true
  // After a comma only a listed opener starts a recital: `…Production,` / `Stockpiling and Use…`
  // goes on with its sentence. Where breaks mark paragraphs, a sentence that opens with a verb after
  // a full stop (`…platforms. We note that…`) goes on in its paragraph too.
  const listed = opening.recitalListed || opening.verb
  // `…; and` ends a clause as `;` does (`Whereas …; and` / `Whereas …`).
  if (listed && (last === ',' || last === ';' || endsWithConjunction(previous))) return true
  if (marks === 'lines' && (opening.recital || opening.verb) && terminal) return true
  if (listed && last === ':' && opening.recitalListed) return true
  // A citation under a formula in capitals that ends with no comma (`IL MINISTRO DELLA SALUTE` / `Visto
  // il decreto …;`, as the Italian Official Journal prints a minister's decree): the capitals end the
  // formula, the listed opener opens the citation.
  if (opening.recitalListed && isUpper(text[0]) && inCapitals(previous)) return true
  if ((opening.adoption || opening.attachment || opening.closing) && (terminal || !last || marks === 'lines'))
    return true
  // An attachment's heading alone in capitals (`ANNEX`, `ALLEGATO`, `ANEXO II`) opens the attachment
  // after a line that ends on a word too: a signature's name (`Maria ROSSI`), across a page
  // break. No sentence runs on into a line of capitals alone, unless it stops on a word that runs
  // into the next (`… set out in the` / `ANNEX`).
  if (opening.attachment && isCapitalHeading(text) && !runsInto(previous, profile)) return true
  // An attachment starts a page of its own: its heading in capitals at a page's top opens a block
  // whatever the line before ended with (a signature's name, `И.Петров` / page / `УТВЕРЖДЕНЫ`).
  if (
    opening.attachment &&
    (line as Line & {pageStart?: boolean | undefined}).pageStart &&
    opensWithCapitalWord(text)
  )
    return true
  if (marks === 'lines') {
    if (isLower(text[0])) return false
    // A title in the front matter wrapped after a stop word goes on in capitals (`REGULATION (EU)
    // 2031/55 OF THE EUROPEAN PARLIAMENT AND OF THE` / `COUNCIL`): its line ends no paragraph.
    if (front && isLetter(last) && runsInto(previous, profile)) return false
    // So does a title in capitals that names the document by its kind (`DÉCISION SUR LE RAPPORT DE LA
    // COMMISSION SUR LA SITUATION` / `HUMANITAIRE EN AFRIQUE`): its lines in capitals under it.
    if (front && isLetter(last) && wrapsKindTitle(block, text, profile)) return false
    if (terminal || previous.length < measure * 0.75) return true
  }
  // A paragraph's first line set with a first-line indent (kept by `pdftotext -layout`), after a line
  // that ends a sentence further left: in single spacing with no blank line between paragraphs, the
  // indent tells where one starts however full the line before it (a wrapped line starts at the
  // margin; a numbered paragraph's lines hang under its label's text, and it is left to its label).
  if (
    marks === 'breaks' &&
    terminal &&
    isUpper(text[0]) &&
    !blockOpening.label &&
    indentedFurther(line, block.lines[block.lines.length - 1]!)
  )
    return true
  // A paragraph's last line, which ends a sentence short of the measure, before a capital: where
  // breaks mark paragraphs but single spacing printed none between them (a word processor's space
  // after a paragraph is no blank line in an extraction).
  if (
    marks === 'breaks' &&
    terminal &&
    isUpper(text[0]) &&
    previous.length < measure * 0.75 &&
    endsPrintedLine(block, line, report)
  )
    return true
  // After a page boundary (a page break, furniture or a footnote block taken out), the sentence
  // before goes on unless it had ended and the line opens like a paragraph.
  const hints = line as Line & {pageStart?: boolean | undefined; afterNotes?: boolean | undefined}
  if (line.indented || hints.pageStart || hints.afterNotes) {
    return terminal && !isLower(text[0]) && (isUpper(text[0]) || kind !== undefined)
  }
  return false
}

/** Most characters before the first comma of a line that opens with a formula or a meeting. */
const openingClauseLength = 80

/**
 * Whether a line's first clause (up to its first comma) is the body's formula (`The Executive Board,`)
 * or names the meeting that adopted the text after a preposition of two words at most (`At its 98th
 * plenary meeting,`, the profile's adoption line from the figure on).
 */
function opensDecision(text: string, profile: Profile): boolean {
  const comma = text.indexOf(',')
  if (comma < 4 || comma > openingClauseLength || comma === text.length - 1) return false
  const clause = text.slice(0, comma)
  // A word alone before a comma is a wrapped sentence's more often than a body's name.
  if (clause.indexOf(' ') < 0) return false
  if (readOpening(`${clause},`, profile).formula) return true
  let figure = 0
  while (figure < clause.length && figure < 12 && !isDigit(clause[figure])) figure++
  if (figure === 0 || figure >= 12 || clause[figure - 1] !== ' ') return false
  return readOpening(clause.slice(figure), profile).adoption
}

/**
 * Whether a line in capitals goes on a title in capitals that opens with a document's kind (the
 * profile's `documentKinds`: `DÉCISION SUR …`, `RESOLUTION ON …`), three lines at most.
 */
function wrapsKindTitle(block: Block, text: string, profile: Profile): boolean {
  if (block.lines.length > 2 || !inCapitals(text)) return false
  const first = block.lines[0]!.flat
  return inCapitals(first) && opensWithDocumentKind(first, profile)
}

/** Whether a line's letters are capitals, four of them at least (`IL MINISTRO DELLA SALUTE`). */
function inCapitals(line: string): boolean {
  return capitalLetters(line) >= 4
}

/**
 * How many capitals the first 200 characters of a line hold, or -1 when a letter in lower case
 * stands among them.
 */
function capitalLetters(line: string): number {
  let letters = 0
  for (let index = 0; index < line.length && index < 200; index++) {
    const character = line[index]!
    if (isLower(character)) return -1
    if (isUpper(character)) letters++
  }
  return letters
}

/**
 * Whether a line starts two columns or more further right than the line before it (each where its text
 * starts, in single spacing).
 */
function indentedFurther(line: Line, previous: Line): boolean {
  return line.indent !== undefined && line.indent >= (previous.indent ?? 0) + 2
}

/**
 * Whether a block's last line ends where the printed line did, `line` on the next: the reader may cut
 * a printed line (two lines joined at a word broken at the line end make a long one, cut where a
 * clause opens inside it: `… communities.` / `We commit to nature-based …`).
 */
function endsPrintedLine(block: Block, line: Line, report: Reporter): boolean {
  const place = report.position(block.lines[block.lines.length - 1]!.end, line.start)
  return place.end.line > place.start.line
}

/**
 * Whether a line's last word and the next line's first make one of the profile's attachment headings
 * of two words (`FIRST` / `SCHEDULE`, `… in the Second` / `Schedule.`, `… in the` / `Schedule`):
 * the heading's words wrapped, or a sentence that names the attachment, never a heading that opens
 * under a line.
 */
function headingAcross(previous: string, text: string, profile: Profile): boolean {
  if (!isLetter(previous[previous.length - 1]) || !isUpper(text[0])) return false
  let end = 1
  // Whether the word holds a letter whose capital may be longer (`ß`: `SS`): then its length tells nothing.
  let wide = text.charCodeAt(0) >= 0xdf
  while (end < text.length && end < 40 && isLetter(text[end])) {
    if (text.charCodeAt(end) >= 0xdf) wide = true
    end++
  }
  if (end === 40) return false
  // The next line's first word is looked up first, by its length, then whole: few are the second
  // word of a heading.
  const headings = twoWordHeadings(profile)
  if (!wide && !headings.lengths.has(end)) return false
  const firsts = headings.firsts.get(text.slice(0, end).toUpperCase())
  return firsts?.has(previous.slice(previous.lastIndexOf(' ') + 1).toUpperCase()) === true
}

/**
 * The profiles' attachment headings of two words, in capitals: the first words by the second, and
 * the second words' lengths.
 */
const twoWordHeadingsOf = new WeakMap<Profile, {firsts: Map<string, Set<string>>; lengths: Set<number>}>()

function twoWordHeadings(profile: Profile): {firsts: Map<string, Set<string>>; lengths: Set<number>} {
  let headings = twoWordHeadingsOf.get(profile)
  if (!headings) {
    headings = {firsts: new Map(), lengths: new Set()}
    for (const rule of profile.attachments ?? []) {
      const words = rule.startsWith.toUpperCase().split(' ')
      if (words.length !== 2 || !words[0] || !words[1]) continue
      const firsts = headings.firsts.get(words[1]) ?? new Set<string>()
      firsts.add(words[0])
      headings.firsts.set(words[1], firsts)
      headings.lengths.add(words[1].length)
    }
    twoWordHeadingsOf.set(profile, headings)
  }
  return headings
}

/** Whether a line is one word in capitals that, with the next line's first, makes an attachment's heading (`FIRST` / `SCHEDULE`). */
function wrapsHeading(previous: string, text: string, profile: Profile): boolean {
  return previous.indexOf(' ') < 0 && isUpper(previous[0]) && headingAcross(previous, text, profile)
}

/**
 * Whether a line runs into the next as a phrase does into its object: its last word is one of the
 * profile's document kinds (`draft resolution`) or stop words (`of`, `to`).
 */
function runsInto(line: string, profile: Profile): boolean {
  const word = line.slice(line.lastIndexOf(' ') + 1).toLowerCase()
  return profile.stopWords.includes(word) || isDocumentKind(word, profile)
}

/**
 * The character a line ends with, a sentence's end before closing quotation marks standing for it:
 * an amending act ends the text it inserts with the quotation's end (`… have not been met.’`), and
 * the line after it opens the next unit (`Article 2`; German closes `„…“` with the high mark). A
 * quotation mark closing anything else (an apostrophe, `the Members’`) is the line's end.
 */
function lastMark(line: string): string | undefined {
  let end = line.length
  while (end > 0 && closingQuotes.includes(line[end - 1]!)) end--
  const mark = line[end - 1]
  return end < line.length && mark !== undefined && '.;:!?'.includes(mark) ? mark : line[line.length - 1]
}

const closingQuotes = '’\'"”»“'

/** Whether a line ends by introducing what follows: a dash (`—`, `--`), or a colon and a dash. */
function introduces(line: string): boolean {
  const last = line.charCodeAt(line.length - 1)
  return (last === 0x2014 || last === 45 || last === 0x2013) && /(?:—|--|:\s?[–-])$/u.test(line)
}

/** Whether a line ends as an introduction does: a colon or a dash (`—`, `--`). */
function endsIntroduction(line: string): boolean {
  const last = line[line.length - 1]
  return last === ':' || last === '—' || (last === '-' && line[line.length - 2] === '-')
}

/**
 * Whether a label opens a block of its own after a section's number and heading: a paragraph's
 * number (`11.`) or a section's (`II.` / `Action areas` / `A.` / `Domestic public resources`).
 */
function opensUnder(kind: string | undefined): boolean {
  return kind === 'number' || kind === 'roman' || kind === 'capital'
}

/**
 * A line's text without a footnote marker fused to its end (`work;*`, `2023,2`): the punctuation
 * before the marker is what ends the clause.
 */
function withoutMarker(text: string): string {
  let end = text.length
  while (end > 0 && (text[end - 1] === '*' || text[end - 1] === '†')) end--
  if (end === text.length) {
    let digits = end
    while (digits > 0 && digits > end - 3 && text[digits - 1]! >= '0' && text[digits - 1]! <= '9') digits--
    if (digits < end && ',.;:'.includes(text[digits - 1] ?? '')) end = digits
  }
  return text.slice(0, end)
}

/** Whether a character ends a sentence or a clause: `.`, `;`, `:`, `!`, `?`, `»`, `”`. */
function isTerminal(character: string | undefined): boolean {
  return character !== undefined && '.;:!?»”'.includes(character)
}

/** A label's value as a whole number (`12`), or undefined (`1.1`, `12 bis`). */
function numberOf(value: string): number | undefined {
  return /^\d{1,9}$/.test(value) ? Number(value) : undefined
}

/** The last number of each numbering style: `1.` and `1)`. */
type LastNumbers = Record<'.' | ')', number>

/** The style of a printed number label: its closing mark. */
function styleOf(printed: string): '.' | ')' {
  return printed.endsWith(')') ? ')' : '.'
}

/** Whether a number label goes back in its style's numbering: at or below the last, and not 1. */
function goesBack(label: {printed: string; value: string}, lastNumbers: LastNumbers): boolean {
  const number = numberOf(label.value)
  return number !== undefined && number !== 1 && number <= lastNumbers[styleOf(label.printed)]
}

/** Whether a printed label closes a parenthesis it did not open (`188)`, `c)`). */
function closesParenthesis(printed: string): boolean {
  return printed.endsWith(')') && !printed.startsWith('(')
}

/** Whether a line leaves a parenthesis open at its end (more `(` than `)`). */
function opensParenthesis(line: string): boolean {
  let depth = 0
  for (let index = 0; index < line.length; index++) {
    const code = line.charCodeAt(index)
    if (code === 40) depth++
    else if (code === 41 && depth > 0) depth--
  }
  return depth > 0
}
