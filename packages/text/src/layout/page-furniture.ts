import {opensWithPromulgation, readOpening} from '@clausewise/recognize'
import {namesKindAfterColon} from '../kind-line.js'
import type {Profile} from '../profile.js'
import type {Reporter} from '../report.js'
import {collapseSpaces, firstNonSpace, head, isSpace, lastNonSpace} from '../text-utils.js'
import {firstPageText} from './first-page.js'
import {
  isAsciiUpper,
  isBarcode,
  isCodeLine,
  isFurnitureLine,
  isLabel,
  isPageMark,
  isPageNumber,
  isSymbol,
} from './furniture.js'
import type {FurnitureWords} from './furniture-words.js'
import {titleRow} from './menu-title.js'
import {Role, type Rows, Taken, trimmedRow} from './rows.js'
import {lineAt} from './split-lines.js'

/**
 * The most lines a running head or foot takes: a symbol, a title wrapped over up to five lines, a
 * job number and a page mark. Only that many lines at a page's edge are looked at.
 */
const edgeLines = 8

/**
 * Take out what is furniture by where it stands and what it is, marking the rows `Taken.furniture`:
 * - the cover block at the top of the text: its blocks of lines (parted by blank lines) as long as
 *   each holds a cover line (the body alone on its line, `Distr.`, `Original:`, a session or agenda
 *   item line, a job number, a barcode) — a wrapped agenda title goes with its block;
 * - each page's head and foot: from the page's edge up to the last page mark (a page number, `2/8`,
 *   a job number, a symbol, a line that repeats at the edges of other pages in any order), with the
 *   lines between, after the first page, when they are a running title (text of the first page);
 * - lines that are furniture wherever they stand (`isFurnitureLine`), and the document's own
 *   symbol alone on its line wherever it stands (`takeOwnSymbols`);
 * - an official journal's print lines at a page's foot (`takePrintFeet`: `www.dre.pt`, `118843210`);
 * - in web text, site menus: runs of five or more short lines without punctuation, that an
 *   attachment heading (`Annex I`) breaks.
 */
export function takeFurniture(rows: Rows, words: FurnitureWords, web: boolean, profile?: Profile): void {
  const count = rows.texts.length
  // First, as a cover line opens with what a furniture line does (`Agenda item 12.3   WHA84.12`).
  takeCoverCells(rows, words)
  // Symbols alone on their line, by text: the rows they stand on.
  const symbols = new Map<string, number[]>()
  for (let index = 0; index < count; index++) {
    if (rows.role[index] !== Role.text || rows.taken[index] !== Taken.none) continue
    const text = head(trimmedRow(rows, index))
    if (isFurnitureLine(text, words)) rows.taken[index] = Taken.furniture
    else if (isSymbol(text)) {
      const list = symbols.get(text)
      if (list) list.push(index)
      else symbols.set(text, [index])
    }
  }
  if (symbols.size > 0) takeOwnSymbols(rows, symbols)
  takeLeaders(rows)
  takeCover(rows, words, profile)
  if (rows.pages.length > 1) takeRunningHeads(rows, profile)
  else takeTextFoot(rows)
  takePrintFeet(rows)
  if (web) takeMenus(rows, words, profile)
}

/**
 * Leaders that plain `pdftotext` printed on lines of their own, as a statutory instrument's front
 * matter sets them between a line's words and its date (`Made` / `-` / `-` / `-` / `26th March
 * 2031`): a line of spaced dashes alone (`- - -`), and a run of two or more lines that are each a
 * dash alone, blank lines between them (a list's dash alone on its line is followed by its item's
 * text, never by another dash). A line of dots stays: an amending act prints one for a paragraph it
 * leaves as it is.
 */
function takeLeaders(rows: Rows): void {
  const count = rows.texts.length
  // The rows of the current run of dashes alone: most texts have none, and no list is made for them.
  let run: number[] | undefined
  const close = (): void => {
    if (run && run.length >= 2) for (const row of run) rows.taken[row] = Taken.furniture
    run = undefined
  }
  for (let row = 0; row < count; row++) {
    // Most rows open with anything but a dash: the one test they cost.
    if (rows.opening[row] !== 45 || rows.role[row] !== Role.text || rows.taken[row] !== Taken.none) {
      if (run && (rows.role[row] === Role.text || rows.role[row] === Role.page)) close()
      continue
    }
    const width = rows.last[row]! - rows.first[row]!
    if (width === 1) {
      if (run) run.push(row)
      else run = [row]
    } else {
      close()
      if (width >= 5 && width <= 200 && isLeaderLine(trimmedRow(rows, row))) rows.taken[row] = Taken.furniture
    }
  }
  close()
}

/** A line of leaders: three dashes or more, each one space from the next (`- - -`). */
function isLeaderLine(text: string): boolean {
  for (let index = 0; index < text.length; index++)
    if (text.charCodeAt(index) !== (index % 2 === 0 ? 45 : 32)) return false
  return text.length >= 5 && text.length % 2 === 1
}

/**
 * An official journal's print lines at the foot of a page (or of the text, in web text too): its web
 * address alone (`www.dre.pt`) and the code it prints under each act (`118843210`, a number too long
 * for a page, a year or a paragraph). Taken as a run from the page's last text row inwards, past the
 * furniture and notes taken already; a web address that a line ending with a colon introduces is
 * the text's.
 */
function takePrintFeet(rows: Rows): void {
  const pages = rows.pages
  for (let page = 0; page < pages.length; page++) {
    const from = pages[page]!
    let row = (pages[page + 1] ?? rows.texts.length) - 1
    let seen = 0
    const found: number[] = []
    for (; row >= from && seen < edgeLines; row--) {
      if (rows.role[row] !== Role.text || rows.taken[row] !== Taken.none) continue
      seen++
      const code = rows.opening[row]!
      // A print line opens with a digit or `w` / `h` (most lines are told by their first character).
      if (!((code >= 48 && code <= 57) || code === 119 || code === 104)) break
      const text = trimmedRow(rows, row)
      if (isPrintCode(text)) found.push(row)
      else if (isWebAddress(text)) found.push(row)
      else break
    }
    if (found.length === 0) continue
    // The text row above the run: a web address it introduces (`… available at:`) is its.
    while (row >= from && (rows.role[row] !== Role.text || rows.taken[row] !== Taken.none)) row--
    const above = row >= from ? rows.closing[row] : -1
    for (const taken of found)
      if (above !== 58 || !isWebAddress(trimmedRow(rows, taken))) rows.taken[taken] = Taken.furniture
  }
}

/** A publication's print code: seven to twelve digits alone, longer than a page number or a year. */
function isPrintCode(text: string): boolean {
  if (text.length < 7 || text.length > 12) return false
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < 48 || code > 57) return false
  }
  return true
}

/** A web address alone: `www.` or `http(s)://`, then no space (`www.dre.pt`, `https://www.boe.es`). */
function isWebAddress(text: string): boolean {
  if (text.length < 8 || text.length > 100 || text.includes(' ')) return false
  return text.startsWith('www.') || text.startsWith('https://') || text.startsWith('http://')
}

/**
 * The symbols that a running head or foot prints (`A/RES/79/20`, `MC.DEC/7/17/Corr.1`): those alone
 * on two lines or more, or on the first or last line of the text or of a page. Any other symbol
 * alone on its line is a reference wrapped there and stays text.
 */
function takeOwnSymbols(rows: Rows, symbols: Map<string, number[]>): void {
  const edges = new Set<number>()
  const pages = rows.pages
  for (let page = 0; page < pages.length; page++) {
    const to = pages[page + 1] ?? rows.texts.length
    let first = pages[page]!
    while (first < to && rows.role[first] !== Role.text) first++
    let last = to - 1
    while (last > first && rows.role[last] !== Role.text) last--
    edges.add(first).add(last)
  }
  for (const list of symbols.values()) {
    if (list.length < 2 && !edges.has(list[0]!)) continue
    for (const row of list) rows.taken[row] = Taken.furniture
  }
}

/** Report each run of furniture rows (blank rows between them included) once, with its exact text. */
export function reportFurniture(rows: Rows, report: Reporter): void {
  const count = rows.texts.length
  const cells = rows.cells
  let cell = 0
  const reportCells = (before: number): void => {
    for (; cell < cells.length && cells[cell]!.start < before; cell++) {
      const {start, end} = cells[cell]!
      report.furniture(cellText(rows, start, end), start, end)
    }
  }
  let index = 0
  while (index < count) {
    if (rows.taken[index] !== Taken.furniture) {
      index++
      continue
    }
    reportCells(rows.starts[index]!)
    let last = index
    let cursor = index + 1
    while (cursor < count) {
      if (rows.taken[cursor] === Taken.furniture) last = cursor
      else if (rows.role[cursor] === Role.text) break
      cursor++
    }
    const parts: string[] = []
    // A page break the page marks say (an empty row where the row before ends) is no line of the source.
    for (let row = index; row <= last; row++) if (!isMarkedBreak(rows, row)) parts.push(rows.texts[row]!)
    const start = rows.starts[index]!
    report.furniture(parts.join('\n'), start, rows.starts[last]! + rows.texts[last]!.length)
    index = last + 1
  }
  reportCells(Number.POSITIVE_INFINITY)
}

/** The text of a cell taken out of a row, by its source offsets. */
function cellText(rows: Rows, start: number, end: number): string {
  const line = lineAt(rows.starts, start)
  const from = rows.starts[line]!
  return rows.texts[line]!.slice(start - from, end - from)
}

/** Whether a row is a page break that the page marks say: empty, where the row before ends. */
function isMarkedBreak(rows: Rows, row: number): boolean {
  return (
    rows.role[row] === Role.page &&
    rows.texts[row] === '' &&
    row > 0 &&
    rows.starts[row] === rows.starts[row - 1]! + rows.texts[row - 1]!.length
  )
}

function trim(raw: string): string {
  return raw.slice(firstNonSpace(raw), lastNonSpace(raw))
}

/**
 * Take out a cover's cell that `pdftotext -layout` prints beside a line of the document's own, at the
 * first page's head, on a row whose neighbours are no such rows of cells (a cover set in columns over
 * several lines is a cover block, read whole): a World Health Assembly resolution's number and its agenda item side by side
 * (`WHA84.12` and, far to its right, `Agenda item 12.3`). A cell at either end of the row, parted from
 * the rest by three spaces or more, that is a cover line on its own (`isCoverCell`), where the cell at
 * the other end is neither a cover's nor a symbol and holds a letter (a row of cover cells, symbols
 * and figures is a cover line, taken whole): the cell is furniture, the row's text the rest. Asked before furniture lines are taken:
 * a row that opens with a cover cell opens as one does (`Agenda item 12.3   WHA84.12`).
 */
function takeCoverCells(rows: Rows, words: FurnitureWords): void {
  const end = rows.pages[1] ?? rows.texts.length
  let seen = 0
  for (let row = 0; row < end && seen < edgeLines; row++) {
    if (rows.role[row] !== Role.text || rows.taken[row] !== Taken.none) continue
    seen++
    const text = trimmedRow(rows, row)
    const gap = text.indexOf('   ')
    if (gap < 0 || text.length > 300) continue
    // A row of a cover set in two columns over several lines (`Council of the      Brussels, …` /
    // `European Union      (OR. en)`) is read with its neighbours as a cover block, whole.
    if (inColumns(rows, row - 1) || inColumns(rows, row + 1)) continue
    const after = text.lastIndexOf('   ')
    const lead = text.slice(0, gap)
    const tail = text.slice(after + 3).trimStart()
    const first = rows.first[row]!
    const start = rows.starts[row]!
    // A cover cell beside a symbol is a cover line (`United Nations` and `A/C.2/84/L.5`), taken whole,
    // and so is one beside figures (`25-16449 (E)    201025`): a line of the document's own has words.
    if (isCoverCell(tail, words) && isOwnCell(lead, words)) {
      const cut = first + text.length - tail.length
      rows.cells.push({start: start + cut, end: start + rows.last[row]!})
      rows.last[row] = first + gap
    } else if (isCoverCell(lead, words) && isOwnCell(tail, words)) {
      rows.cells.push({start: start + first, end: start + first + gap})
      rows.first[row] = first + text.length - text.slice(gap).trimStart().length
    } else continue
    rows.trimmed[row] = undefined
    rows.opening[row] = rows.texts[row]!.charCodeAt(rows.first[row]!)
    rows.closing[row] = rows.texts[row]!.charCodeAt(rows.last[row]! - 1)
  }
}

/** Whether a row is a text row whose text holds cells set apart by three spaces or more. */
function inColumns(rows: Rows, row: number): boolean {
  return (
    row >= 0 &&
    row < rows.texts.length &&
    rows.role[row] === Role.text &&
    trimmedRow(rows, row).includes('   ')
  )
}

/** Whether a row's cell may be a line of the document's own: no cover's, no symbol, and a letter in it. */
function isOwnCell(cell: string, words: FurnitureWords): boolean {
  return !isCoverCell(cell, words) && !isSymbol(cell) && /\p{L}/u.test(cell)
}

/** The cover block: the first blocks of the text, each holding a cover line. */
function takeCover(rows: Rows, words: FurnitureWords, profile: Profile | undefined): void {
  const end = rows.pages[1] ?? rows.texts.length
  let index = 0
  while (index < end) {
    while (index < end && rows.role[index] !== Role.text) index++
    let stop = index
    let cover = false
    let marks = true
    // Whether the block's last line ends a clause (`The General Assembly,`, under the cover, the
    // sponsors and the title with no blank line between): no cover ends so (an agenda item's title
    // may wrap after a comma, but does not end with one).
    let prose = false
    let sponsors = false
    // Whether the block opens and ends with a cover line (or furniture, a page mark; at its end a
    // line with a figure, a date or a number, too): one with the document's own lines at both ends
    // (`SEVENTY-NINTH WORLD HEALTH ASSEMBLY` over `Agenda item 15.2`, the date and the title, with no
    // blank line between) is read line by line; `Conseil exécutif` over its session, number and
    // `Paris, 18 octobre 2031` is a cover.
    let opensCover: boolean | undefined
    let endsCover = false
    // A block: text lines and the gaps of double spacing between them, up to a blank line.
    while (stop < end && (rows.role[stop] === Role.text || rows.role[stop] === Role.gap)) {
      if (rows.role[stop] === Role.text) {
        const text = head(trimmedRow(rows, stop))
        const coverLine = isCoverLine(text, words)
        if (coverLine) cover = true
        if (rows.taken[stop] === Taken.none && !isPageMark(text)) marks = false
        const furniture = coverLine || rows.taken[stop] !== Taken.none || isPageMark(text)
        opensCover ??= furniture
        endsCover = furniture || /\d/.test(text)
        prose = endsClause(text)
        // A draft's sponsors (`Argentina, Brazil and Chile: draft resolution`) under the agenda item,
        // with no blank line between: the block is the text's from there.
        if (profile && namesKindAfterColon(text, profile)) sponsors = true
      }
      stop++
    }
    if (stop === index) return
    if (!(cover || marks)) {
      // The document's number alone above its cover (plain pdftotext prints a World Health
      // Assembly resolution's `WHA84.12` above the Assembly's name and its agenda item, which are
      // then a cover block as a body's name over its session is): its own line, and the cover may
      // follow.
      if (index === firstText(rows) && ownNumberAlone(rows, index, stop, profile)) {
        index = stop
        continue
      }
      // The language of the version alone on the first line (`E`, `F`, `EN`), as the IMO prints it at
      // the top of its documents' first page, above the cover.
      if (index === firstText(rows) && stop === index + 1 && isLanguageMark(trimmedRow(rows, index))) {
        rows.taken[index] = Taken.furniture
        index = stop
        continue
      }
      return
    }
    if (
      prose ||
      sponsors ||
      (opensCover === false && !endsCover) ||
      textRows(rows, index, stop) > edgeLines ||
      !textAfter(rows, stop)
    ) {
      // No cover runs that long, holds a clause's end, nor is all the text holds: this is the text
      // itself, set without blank lines (web text, single spacing; a short decision under its agenda
      // item; a draft's cover, sponsors, title and formula with no blank line between), where only the
      // cover lines at its head are furniture.
      takeCoverLines(rows, words, index, stop)
      return
    }
    for (let row = index; row < stop; row++)
      if (rows.role[row] === Role.text) rows.taken[row] = Taken.furniture
    index = stop
  }
}

/** The first text row. */
function firstText(rows: Rows): number {
  let row = 0
  while (row < rows.texts.length && rows.role[row] !== Role.text) row++
  return row
}

/**
 * Whether a block is one line that is the document's number or symbol alone, by the profile's
 * conventions (`WHA84.12`, `A/RES/79/1`, `DECISION No. 4/30`).
 */
function ownNumberAlone(rows: Rows, from: number, to: number, profile: Profile | undefined): boolean {
  if (profile === undefined || textRows(rows, from, to) !== 1) return false
  const opening = readOpening(trimmedRow(rows, from), profile)
  return opening.symbol || opening.number
}

/** Whether a text row stands at or after a row. */
function textAfter(rows: Rows, from: number): boolean {
  for (let row = from; row < rows.texts.length; row++) if (rows.role[row] === Role.text) return true
  return false
}

/** How many text rows stand between two rows (the first included, the last not). */
function textRows(rows: Rows, from: number, to: number): number {
  let count = 0
  for (let row = from; row < to; row++) if (rows.role[row] === Role.text) count++
  return count
}

/**
 * Mark as furniture the cover lines among the first `edgeLines` text rows from a row on, and the short
 * lines between two of them (a cover's date and language under its distribution line: `Distr.:
 * Limited` / `14 October 2029` / `Russian` / `Original: English`).
 */
function takeCoverLines(rows: Rows, words: FurnitureWords, from: number, to: number): void {
  let seen = 0
  let between: number[] = []
  let afterCover = false
  // The cover lines themselves do not count: a cover of eight or more such lines is read whole.
  for (let row = from; row < to && seen < edgeLines; row++) {
    if (rows.role[row] !== Role.text) continue
    const text = head(trimmedRow(rows, row))
    if (isCoverLine(text, words)) {
      if (afterCover) for (const short of between) rows.taken[short] = Taken.furniture
      rows.taken[row] = Taken.furniture
      afterCover = true
      between = []
      continue
    }
    seen++
    if (afterCover && isCoverValue(text)) between.push(row)
    else afterCover = false
  }
}

/** A short line that ends on a letter or digit: a cover's date or language, not a clause. */
function isCoverValue(text: string): boolean {
  return text.length <= 40 && !endsClause(text) && text[text.length - 1] !== '.'
}

/** Whether a line ends with a clause's punctuation: `,` `;` `:`. */
function endsClause(text: string): boolean {
  const last = text[text.length - 1]
  return last === ',' || last === ';' || last === ':'
}

function isCoverLine(text: string, words: FurnitureWords): boolean {
  if (isCoverCell(text, words)) return true
  // `pdftotext -layout` prints a cover's columns side by side on one line (`United Nations` and the
  // symbol, `General Assembly` and `Distr.: Limited`, `European Union` and `(OR. en)`): a cover line
  // when one cell is one and each other is one too, the document's symbol, or a short cell that ends
  // no clause nor sentence (the body's name wrapped over the column's lines, a place and date).
  if (text.indexOf('   ') < 0) return false
  let cover = false
  for (const cell of text.trim().split(/ {3,}/)) {
    if (isCoverCell(cell, words)) cover = true
    else if (!isSymbol(cell) && !isCoverNeighbour(cell)) return false
  }
  return cover
}

/** A short cell beside a cover's: at most 40 characters, ending on no `,` `;` `:` `.`. */
function isCoverNeighbour(cell: string): boolean {
  return cell.length <= 40 && !endsClause(cell) && cell[cell.length - 1] !== '.'
}

/** Whether a line (or one cell of it) is a cover's: a job number, a barcode, or a cover pattern. */
function isCoverCell(text: string, words: FurnitureWords): boolean {
  if (isCodeLine(text) || isBarcode(text)) return true
  for (const pattern of words.cover) if (pattern.test(text)) return true
  return false
}

/** Running heads and feet of every page. */
function takeRunningHeads(rows: Rows, profile: Profile | undefined): void {
  const repeated = repeatedEdgeLines(rows)
  let title: string | undefined
  const titleLike = (text: string): boolean => {
    if (text.indexOf(' ') < 0) return false
    title ??= firstPageText(rows)
    return title.includes(collapseSpaces(text))
  }
  // A furniture line (`isFurnitureLine`) was taken by `takeFurniture` already: a row still in the
  // text is none, so a mark is a page mark or a line repeated at the edges.
  const isMark = (text: string): boolean => isPageMark(text) || repeated.has(text)
  // After the first page, a line that opens or ends with the document's own symbol, as its first page
  // prints it (`A/RES/79/123 Droits de l’enfant`, `Rights of the child A/RES/79/123`), is a running
  // head or foot even where no other page repeats it: a document of two pages has one such head.
  let symbols: Set<string> | undefined
  // An attachment's heading that names the document by its symbol (`Appendix to Recommendation
  // CM/Rec(2031)2`, `Annex to resolution A/RES/79/1`) heads the page the attachment starts on: it is
  // no running head, unless it repeats (`repeated`, in `isMark`).
  const bySymbol = (text: string): boolean => {
    // A symbol holds a slash (`isSymbol`): most edge lines hold none.
    if (text.indexOf('/') < 0) return false
    symbols ??= firstPageSymbols(rows)
    return (
      symbols.size > 0 &&
      (symbols.has(firstWord(text)) || symbols.has(lastWord(text))) &&
      !isAttachmentHead(text, profile)
    )
  }
  const isLaterMark = (text: string): boolean => isMark(text) || bySymbol(text)
  const pages = rows.pages
  for (let page = 0; page < pages.length; page++) {
    const from = pages[page]!
    const to = pages[page + 1] ?? rows.texts.length
    // The first page's text is where a running title comes from: there, marks only.
    const title = page > 0 ? titleLike : () => false
    const mark = page > 0 ? isLaterMark : isMark
    take(rows, from, scanEdge(rows, from, to, 1, mark, title))
    const foot = scanEdge(rows, to - 1, from - 1, -1, mark, title)
    if (foot >= 0) take(rows, foot, to - 1)
  }
}

/**
 * The foot of a text of one page (no page break: an extraction without form feeds, a page's text
 * pasted): the marks its last lines hold (a job number, `25-08812 (S)`, a page number) are the last
 * page's foot, as where page breaks say so.
 */
function takeTextFoot(rows: Rows): void {
  const count = rows.texts.length
  // A line of the cover taken at the text's head printed again at its end is the next page's running
  // head (`BOLETÍN OFICIAL …` / `CONGRESO DE LOS DIPUTADOS`), which a paste of one page's text keeps.
  let head: Set<string> | undefined
  const repeatsHead = (text: string): boolean => {
    head ??= coverLines(rows)
    return head.has(text)
  }
  // A page number there numbers no page the text marks (`1/3` … `3/3` with no break between): text.
  const mark = (text: string): boolean => isPageMark(text) && !isPageNumber(text)
  const foot = scanEdge(rows, count - 1, -1, -1, mark, repeatsHead)
  if (foot >= 0) take(rows, foot, count - 1)
}

/** The lines taken as furniture among the first `edgeLines` text lines of a text, trimmed. */
function coverLines(rows: Rows): Set<string> {
  const found = new Set<string>()
  let seen = 0
  for (let row = 0; row < rows.texts.length && seen < edgeLines; row++) {
    if (rows.role[row] !== Role.text) continue
    seen++
    if (rows.taken[row] === Taken.furniture) found.add(head(trimmedRow(rows, row)))
  }
  return found
}

/** Rows of the first page looked at for the document's own symbol: its cover lines and title. */
const symbolRows = 12

/** The symbols (`isSymbol`) the first page's first lines hold, as words. */
function firstPageSymbols(rows: Rows): Set<string> {
  const found = new Set<string>()
  const end = rows.pages[1] ?? rows.texts.length
  let seen = 0
  for (let row = 0; row < end && seen < symbolRows; row++) {
    if (rows.role[row] !== Role.text) continue
    seen++
    for (const word of trimmedRow(rows, row).split(' ')) if (isSymbol(word)) found.add(word)
  }
  return found
}

function firstWord(text: string): string {
  const space = text.indexOf(' ')
  return space < 0 ? text : text.slice(0, space)
}

function lastWord(text: string): string {
  return text.slice(text.lastIndexOf(' ') + 1)
}

/** A paragraph's or point's number alone (`4.`, `(a)`, `b)`), not a dash or bullet: a table cell's `–`. */
function isNumberLabel(text: string): boolean {
  return text.length > 1 && isLabel(text)
}

/**
 * Mark the text rows between two rows (both included, in any order) as furniture, but a number alone
 * (`4.`), which is the text's (see `scanEdge`).
 */
function take(rows: Rows, first: number, last: number): void {
  if (last < 0) return
  for (let row = Math.min(first, last); row <= Math.max(first, last); row++) {
    if (rows.role[row] !== Role.text || rows.taken[row] !== Taken.none) continue
    if (!isNumberLabel(trimmedRow(rows, row))) rows.taken[row] = Taken.furniture
  }
}

/**
 * Walk from a page's edge inwards over at most `edgeLines` lines and return the last row that is a
 * page mark (or -1): lines before it are the running head (or foot) when each is a mark or a title line.
 * A paragraph's number alone on its line may stand before the running head, as plain `pdftotext`
 * orders a page whose first paragraph hangs its number (`4.` / `S/RES/2999 (2031)` / `Requests …`):
 * it is passed over, and left in the text.
 */
function scanEdge(
  rows: Rows,
  from: number,
  to: number,
  step: 1 | -1,
  isMark: (text: string) => boolean,
  titleLike: (text: string) => boolean,
): number {
  let last = -1
  let seen = 0
  // The lines since the last mark, asked whether they are title lines only once a mark follows them:
  // most are the page's text with no mark beyond, and the question (a search of the first page) is
  // then never asked. The walk stops at the first that is not, as if it had been asked at once.
  const pending: string[] = []
  for (let row = from; row !== to; row += step) {
    if (rows.role[row] !== Role.text || rows.taken[row] === Taken.note) continue
    const text = head(trimmedRow(rows, row))
    if (rows.taken[row] !== Taken.furniture && isNumberLabel(text)) {
      if (++seen >= edgeLines) break
      continue
    }
    if (rows.taken[row] === Taken.furniture || isMark(text)) {
      for (const line of pending) if (!titleLike(line)) return last
      pending.length = 0
      last = row
    } else pending.push(text)
    if (++seen >= edgeLines) break
  }
  return last
}

/**
 * Lines at the edges of pages (after the first; in a text of two pages, the first's foot too) that
 * repeat on at least two pages and on half of them, in any order: running heads and feet. Labels and numbers never count; of the lines under
 * three characters, only a language code in capitals does (`EN`, as the Council of the EU prints its
 * documents' language in their feet, on a line of its own once extracted).
 */
function repeatedEdgeLines(rows: Rows): Set<string> {
  const pages = rows.pages
  const seenOn = new Map<string, {page: number; count: number}>()
  const note = (row: number, page: number): void => {
    const text = trimmedRow(rows, row)
    if ((text.length < 3 && !isLanguageCode(text)) || text.length > 300 || isLabel(text) || isPageMark(text))
      return
    const entry = seenOn.get(text)
    if (!entry) seenOn.set(text, {page, count: 1})
    else if (entry.page !== page) {
      entry.page = page
      entry.count++
    }
  }
  // A text of two pages has one page after the first: the foot of the first, which prints what every
  // foot prints (`7123/31` / `AB/cd` / `1` / `LIFE.5` / `EN`, as the Council of the EU's do), is
  // the second page's foot's only other.
  for (let page = pages.length === 2 ? 0 : 1; page < pages.length; page++) {
    const from = pages[page]!
    const to = pages[page + 1] ?? rows.texts.length
    let seen = 0
    for (let row = from; page > 0 && row < to && seen < edgeLines; row++) {
      if (rows.role[row] !== Role.text || rows.taken[row] === Taken.note) continue
      note(row, page)
      seen++
    }
    seen = 0
    for (let row = to - 1; row >= from && seen < edgeLines; row--) {
      if (rows.role[row] !== Role.text || rows.taken[row] === Taken.note) continue
      note(row, page)
      seen++
    }
  }
  const repeated = new Set<string>()
  const others = pages.length - 1
  for (const [text, entry] of seenOn) if (entry.count >= 2 && entry.count * 2 >= others) repeated.add(text)
  return repeated
}

/** Whether a line is one or two capital letters: a version's language (`E`, `EN`). */
function isLanguageMark(text: string): boolean {
  return text.length === 1 ? isAsciiUpper(text.charCodeAt(0)) : isLanguageCode(text)
}

/** Whether a line is two capital letters, a language code (`EN`, `FR`). */
function isLanguageCode(text: string): boolean {
  return text.length === 2 && isAsciiUpper(text.charCodeAt(0)) && isAsciiUpper(text.charCodeAt(1))
}

/**
 * Site menus of web text: five or more short lines in a row at the left margin, none ending a
 * sentence; a line naming the document among them is its title (`titleRow`), kept. A run that holds
 * a cover line (`Agenda item 15.2`, `Distr.: General`) or the document's number line is the
 * document's own head, as a body prints it above its formula (the body, the symbol, the agenda item,
 * the date, the title): no menu.
 */
function takeMenus(rows: Rows, words: FurnitureWords, profile: Profile | undefined): void {
  const count = rows.texts.length
  let index = 0
  while (index < count) {
    let stop = index
    while (
      stop < count &&
      rows.role[stop] === Role.text &&
      isMenuItem(rows.texts[stop]!) &&
      !isAttachmentHead(rows.texts[stop]!, profile) &&
      !isPromulgation(rows.texts[stop]!, profile)
    )
      stop++
    if (
      stop - index >= 5 &&
      !holdsCoverLine(rows, words, index, stop, profile) &&
      !holdsClosingLine(rows, index, stop, profile)
    ) {
      // The page's title may stand in the run, under the menu and above the page's tools: it stays.
      const title = titleRow(rows, index, stop, profile)
      for (let row = index; row < stop; row++) if (row !== title) rows.taken[row] = Taken.furniture
    }
    index = stop + 1
  }
}

/**
 * Whether a run of rows holds a cover line (`isCoverLine`) or the document's number line (the
 * profile's `documentNumber`: `Mozione 1-00287`, as a parliament's page prints it among the short
 * lines of its head, over the names of its authors).
 */
function holdsCoverLine(
  rows: Rows,
  words: FurnitureWords,
  from: number,
  to: number,
  profile: Profile | undefined,
): boolean {
  for (let row = from; row < to; row++) {
    const text = head(trimmedRow(rows, row))
    if (isCoverLine(text, words)) return true
    if (profile?.documentNumber && readOpening(text, profile).number) return true
  }
  return false
}

/**
 * Whether a run of rows holds an adoption line or opens a closing formula (the profile's
 * `adoptionLines`, `closingOpeners`): a signature block of short lines, the place and date under the
 * name (`Президент` / `Российской Федерации` / `И.Иванов` / `Москва, Кремль` / `14 апреля 2031 года`),
 * is the document's, no menu; so is a run of a journal page's metadata lines (`pageLabels`).
 */
function holdsClosingLine(rows: Rows, from: number, to: number, profile: Profile | undefined): boolean {
  if (!profile?.adoptionLines && !profile?.closingOpeners && !profile?.pageLabels) return false
  for (let row = from; row < to; row++) {
    const text = trim(rows.texts[row]!)
    if (opensWithPageLabel(text, profile.pageLabels)) return true
    const opening = readOpening(text, profile)
    if (opening.adoption || opening.closing) return true
  }
  return false
}

/**
 * Whether a line opens with one of a profile's `pageLabels` and a colon (`Emissor: …`, `Número: …`):
 * a metadata line of an official journal's page over the act, the document's, no menu's.
 */
function opensWithPageLabel(text: string, labels: readonly string[] | undefined): boolean {
  if (!labels) return false
  for (const label of labels) if (text.startsWith(label) && text.startsWith(': ', label.length)) return true
  return false
}

/**
 * Whether a line opens an attachment (`Annex I`, `ANNEXE`, `Appendix`), as the recognition reads
 * attachment headings: the short lines around it (the adoption lines above, the annex's title and
 * first heading below) are the document's, no menu.
 */
function isAttachmentHead(raw: string, profile: Profile | undefined): boolean {
  return profile !== undefined && readOpening(trim(raw), profile).attachment
}

/**
 * Whether a line is one of a head of state's promulgation formula (the profile's `promulgation`:
 * `FELIPE VI`, `REY DE ESPAÑA`), short lines under a page's header that are the act's, no menu.
 */
function isPromulgation(raw: string, profile: Profile | undefined): boolean {
  return profile?.promulgation !== undefined && opensWithPromulgation(trim(raw), profile)
}

function isMenuItem(raw: string): boolean {
  // A menu's links stand at the left margin (a centred title or a signature block is indented).
  if (raw.length === 0 || isSpace(raw.charCodeAt(0))) return false
  const text = trim(raw)
  if (text.length === 0 || text.length > 60 || isLabel(text)) return false
  const last = text[text.length - 1]!
  if (',;:!?'.includes(last) || (last === '.' && !text.endsWith('...'))) return false
  let words = 1
  for (let index = 0; index < text.length; index++) if (text[index] === ' ') words++
  return words <= 6
}
