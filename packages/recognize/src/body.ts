import type {
  Attachment,
  Flow,
  Hcontainer,
  MainBody,
  P,
  Paragraph,
  Person,
  Point,
  Preface,
  Recital,
} from '@clausewise/model'
import {referenceStart} from './attachment-reference.js'
import {isLetter, isLower, isUpper, opensWithCapitalWord} from './characters.js'
import {
  addParagraph,
  addPoint,
  addSubPoint,
  type Container,
  continueParagraph,
  createContainer,
} from './clauses.js'
import {contentOf, labelledP, lastP, pAfter, wholeP} from './content.js'
import {delegationOf} from './delegation.js'
import {actTitleOf} from './document-kinds.js'
import {formulaAndVerb, formulaOf, type Outline} from './front.js'
import {bareNumberOf, groupHeadingOf, operativeGroup} from './group-headings.js'
import {fullText, headLength, joinedBySpace, splitAt} from './inline.js'
import {headsArticlesInline, inlineHeadingLength} from './inline-headings.js'
import {labelOf} from './labels.js'
import type {Lexicon} from './lexicon.js'
import {isIntroducedPoint, isNumberedPoint, numberStyle, opensNumberedParagraphs} from './numbered-points.js'
import {createParts, type Parts} from './parts.js'
import type {AttachmentRule} from './profile.js'
import {marksOf, type QuotationMarks, quotationBalance} from './quotation-marks.js'
import {isSentenceEnd, type Reading, titledAfterDash} from './reading.js'
import type {Report} from './report.js'

type Phase = 'preamble' | 'body' | 'conclusions' | 'attachment'

/** How deep each unit of an act nests: parts and titles hold chapters, chapters sections, sections articles. */
const unitDepth: Record<string, number> = {part: 1, title: 1, book: 1, chapter: 2, section: 3, article: 4}

const quotes = '"“„«‘\''

/** Most lines an attachment's heading and title are read from (`Attachment` / `INTERPRETATIVE STATEMENT` / …). */
const maximumTitleLines = 4

/** Everything after the preface: preamble, operative part with its sections, conclusions, attachments. */
export function readParts(
  readings: Reading[],
  outline: Outline,
  lexicon: Lexicon,
  report: Report,
  country: string,
): Parts {
  const parts = createParts()
  const state = new State(readings, parts, lexicon, report, country)
  state.run(outline)
  return parts
}

class State {
  phase: Phase = 'body'
  main: Container
  container: Container
  /** Open sections, outermost first, with their depth. */
  sections: {depth: number; container: Container}[] = []
  attachment?: Attachment | undefined
  attachmentFresh = false
  /** The operative part was opened by an enacting formula: everything after it is operative. */
  enacted = false
  /**
   * The preamble is an act's explanatory one (`PREÁMBULO`, or parts `I`, `II`): its paragraphs are
   * recitals, whatever they open with.
   */
  explanatory = false
  /** Index of the last clause of the operative part: unlabelled blocks after it are end matter. */
  lastClause = -1
  /** Index of the last block of table cells read (see `inTable`), -1 before any. */
  tableAt = -1
  persons = new Map<string, Person>()
  /** A quotation opened in the operative part and not closed yet: its blocks go on the clause. */
  quoting = false
  /** A quotation of an amending clause is open (see `quotesText`): its blocks go on the clause. */
  quotedUnits = false
  /** The marks that quotation opened with (`“`, `‘`, `'`), if they are quotation marks. */
  quoteMarks: QuotationMarks | undefined = undefined
  /** Quotations of those marks open (see `quotationBalance`). */
  quoteDepth = 0
  /** That quotation opened with the low mark (`„`), which the high one (`“`) closes. */
  quoteLow = false
  /** The last clause ended with `:` and unlabelled blocks have gone on it since: they all do. */
  continuing = false
  /** Points opened by list items the source nests, by depth (depth 2 first), in `itemParagraph`. */
  itemPoints: Point[] = []
  /** The paragraph the nested items' points belong to: a later paragraph starts them anew. */
  itemParagraph: Paragraph | undefined
  /** What the last top-level item of the list being read became: its siblings become the same. */
  topItem: 'paragraph' | 'point' | undefined
  /** An enumeration without labels is being read (see `unmarkedItem`): its items are points. */
  listing = false
  /**
   * A formula and verb before a comma opened the operative part (`… fordert die Bundesregierung
   * auf,`) and the demands read since are bare, each ending with `;` (see `bareDemand`).
   */
  demands = false
  /** The article whose paragraphs are numbered as superscripts, and its next number (see `superscriptParagraph`). */
  superscripted: Container | undefined = undefined
  superscriptNext = 1
  /** Whether the document prints its articles' headings on their lines (worked out when first asked). */
  headsInline: boolean | undefined
  /**
   * The styles of the numbers the units' paragraphs have had (`(1)`, `1.`; see `numberStyle`): a
   * unit text's enumeration in another style is of points (see `isIntroducedPoint`).
   */
  unitParagraphStyles = new Set<string>()
  /** A section's heading printed as a margin note over its number (see `isMarginNote`), for the next paragraph. */
  marginNote: Reading | undefined
  /**
   * How many blocks of the part being read (the body, an attachment) may be margin notes, if they
   * head half its sections or more, else 0; and the part's first block (worked out when first asked
   * in each part).
   */
  marginNotes: {from: number; count: number} | undefined
  /** The first block after the preface. */
  start = 0
  /** The heading of the attachment being read. */
  attachmentAt = 0

  constructor(
    readonly readings: Reading[],
    readonly parts: Parts,
    readonly lexicon: Lexicon,
    readonly report: Report,
    readonly country: string,
  ) {
    this.main = createContainer(parts.body)
    this.container = this.main
  }

  run(outline: Outline): void {
    const {readings} = this
    let index = outline.start
    this.start = outline.start
    if (outline.formula >= 0) {
      // Recitals printed before the body's formula (`VISTO: …` / `CONSIDERANDO: Que …` / `EL CONSEJO
      // DEL MERCADO COMÚN`) are its preamble's.
      this.phase = 'preamble'
      for (let cursor = outline.start; cursor < outline.formula; cursor++) this.preamble(readings[cursor]!)
      const end = outline.formulaEnd ?? outline.formula + (outline.verbAfter ? 2 : 1)
      const more: P[] = []
      for (let cursor = outline.formula + 1; cursor < end; cursor++) more.push(wholeP(readings[cursor]!))
      this.parts.preamble.push({
        type: 'formula',
        p: wholeP(readings[outline.formula]!),
        ...(more.length > 0 ? {more} : {}),
      })
      index = end
      this.phase = 'preamble'
      // What follows a head of state's promulgation formula is the act's explanatory preamble.
      this.explanatory = outline.formulaEnd !== undefined
      // A body's name and its enacting verb (`EL CONSEJO DEL MERCADO COMÚN` / `DECIDE:`) open the
      // operative part.
      if (outline.verbAfter) {
        this.phase = 'body'
        this.enacted = true
      }
    } else if (outline.enacting >= 0) {
      for (let cursor = outline.start; cursor < outline.enacting; cursor++) {
        const reading = readings[cursor]!
        // `Exposición de motivos` over a motion's grounds: their heading, no recital.
        if (this.explanatoryHeading(reading)) this.parts.preamble.push({type: 'p', p: wholeP(reading)})
        else if (!this.preambleGroup(reading)) this.recital(reading)
      }
      this.parts.preamble.push({type: 'formula', p: wholeP(readings[outline.enacting]!)})
      index = outline.enacting + 1
      this.enacted = true
      this.demands = readings[outline.enacting]!.last === ','
      index = this.motionText(index)
    } else {
      const first = readings[index]
      this.phase = first?.recital && !first.verb ? 'preamble' : 'body'
    }
    this.lastClause = lastClauseFrom(readings, index, this.lexicon)
    for (; index < readings.length; index++) {
      const consumed = this.step(readings[index]!)
      index += consumed
    }
  }

  /**
   * The text a motion asks the house to adopt, under the motion's enacting formula (`Der Bundestag
   * wolle beschließen:`), opens with that house's own formula as a resolution does: a formula and
   * verb over the demands (`Der Deutsche Bundestag fordert die Bundesregierung auf,` / `1. …`) is a
   * formula too, the demands the operative part; a formula ending with a colon, no label before it
   * (`Der Deutsche Bundestag stellt fest:`), is one over the grounds, which are the preamble's
   * recitals up to the formula that opens the demands. Returns the index of the block after.
   */
  motionText(index: number): number {
    const reading = this.readings[index]
    if (reading === undefined || reading.label) return index
    const next = this.readings[index + 1]
    if (formulaAndVerb(reading, next, this.lexicon)) {
      this.parts.preamble.push({type: 'formula', p: wholeP(reading)})
      this.demands = reading.last === ','
      return index + 1
    }
    if (
      reading.last === ':' &&
      !reading.verb &&
      formulaOf(reading, next, this.lexicon) &&
      next &&
      !next.label
    ) {
      this.parts.preamble.push({type: 'formula', p: wholeP(reading)})
      this.phase = 'preamble'
      this.enacted = false
      return index + 1
    }
    return index
  }

  /** Read one block; returns how many following blocks it took along (a heading's title). */
  step(reading: Reading): number {
    if (
      (reading.attachment || this.wrapsHeading(reading)) &&
      (this.phase !== 'preamble' || this.parts.preamble.length > 1)
    ) {
      return this.openAttachment(reading)
    }
    switch (this.phase) {
      case 'preamble':
        return this.preamble(reading)
      case 'body':
        return this.body(reading)
      case 'conclusions':
        this.parts.conclusions.push(wholeP(reading))
        return 0
      case 'attachment':
        return this.inAttachment(reading)
    }
  }

  preamble(reading: Reading): number {
    const kind = reading.label?.kind
    if (reading.adoption || reading.closing) return this.conclude(reading)
    // An enacting term alone over the enacting words that end it (`Emana` / `il seguente decreto-legge:`):
    // one formula of two lines.
    const under = this.readings[reading.index + 1]
    if (
      !kind &&
      enactingAlone(reading, this.lexicon) &&
      under?.enacting &&
      !under.label &&
      isLower(under.bare[0])
    ) {
      this.parts.preamble.push({type: 'formula', p: wholeP(reading), more: [wholeP(under)]})
      this.phase = 'body'
      this.enacted = true
      return 1
    }
    if (this.explanatoryHeading(reading)) {
      // `PREÁMBULO`, `EXPOSICIÓN DE MOTIVOS`: the heading of an act's explanatory preamble, whose
      // paragraphs are its recitals.
      this.parts.preamble.push({type: 'p', p: wholeP(reading)})
      this.explanatory = true
      return 0
    }
    if (this.explanatory && this.preambleGroup(reading)) return 0
    if (reading.enacting) {
      this.parts.preamble.push({type: 'formula', p: wholeP(reading)})
      this.phase = 'body'
      this.enacted = true
      return 0
    }
    // A body's formula and verb over numbered clauses after the grounds (`Der Bundestag fordert die
    // Bundesregierung auf,` / `1. …`) opens the operative part, as an enacting formula does.
    if (!kind && formulaAndVerb(reading, this.readings[reading.index + 1], this.lexicon)) {
      this.parts.preamble.push({type: 'formula', p: wholeP(reading)})
      this.phase = 'body'
      this.enacted = true
      this.demands = reading.last === ','
      return 0
    }
    if (!kind) {
      const group = groupHeadingOf(
        reading,
        this.readings[reading.index + 1],
        this.lexicon,
        this.readings[reading.index - 1],
      )
      if (group === 'recitals') {
        this.parts.preamble.push({type: 'intro', p: wholeP(reading)})
        return 0
      }
      if (group === 'operative') {
        this.phase = 'body'
        return this.openGroup(reading)
      }
    }
    if (kind === 'roman' || kind === 'capital' || reading.block.heading !== undefined) {
      if (this.isHeading(reading)) {
        this.phase = 'body'
        return this.body(reading)
      }
    }
    if (kind === 'point' || kind === 'letter' || kind === 'dash') {
      if (reading.verb) {
        this.phase = 'body'
        return this.body(reading)
      }
      const last = this.parts.preamble[this.parts.preamble.length - 1]
      // A bullet or a lettered paragraph that opens like a recital (`- Noting…`, `(b) Recognizing…`,
      // as the IAEA and ICAO letter their preambles) is one of its own, not a point of the recital
      // before, unless that one introduces points with a colon.
      // So is a lettered paragraph after a lettered recital (`a) that …;` / `b) that …;` under
      // `considering`, as the ITU letters its recitals).
      if (
        (reading.recital || (kind !== 'dash' && last?.type === 'recital' && isLettered(last.recital))) &&
        (kind === 'dash' || (last?.type === 'recital' && !introducesPoints(last.recital)))
      ) {
        this.recital(reading)
        return 0
      }
      if (last?.type === 'recital') {
        last.recital.children.push(wholeP(reading))
        return 0
      }
      this.recital(reading)
      return 0
    }
    if (kind === 'number' || kind === 'bracketed' || kind === 'unit') {
      // A numbered preamble (`1. Having examined…`, `2. Recalling…`, `3. Decides…`) is told apart by
      // the opening words: a recital opener keeps it in the preamble, anything else opens the body.
      if (kind !== 'unit' && !reading.verb && (reading.recital || kind === 'bracketed')) {
        this.recital(reading)
        return 0
      }
      this.phase = 'body'
      return this.body(reading)
    }
    if (reading.verb) {
      this.phase = 'body'
      return this.body(reading)
    }
    if (reading.recital) {
      // `Whereas:`, `considérant ce qui suit:`, `premesso che`: the words that introduce the recitals after them.
      if (
        (reading.last === ':' && reading.words <= 4) ||
        (!isSentenceEnd(reading.last) && reading.words <= 3)
      )
        this.parts.preamble.push({type: 'intro', p: wholeP(reading)})
      else this.recital(reading)
      return 0
    }
    if (reading.last === ',' || reading.last === ';') {
      this.recital(reading)
      return 0
    }
    const next = this.readings[reading.index + 1]
    if (reading.last === ':' && this.isFormula(reading) && next?.label?.kind === 'number') {
      // The body named after its recitals, before the clauses (`Whereas …;` / `The Assembly:` /
      // `1. Resolves …`, as the ICAO drafts): the formula that enacts them, the preamble's last.
      this.parts.preamble.push({type: 'formula', p: wholeP(reading)})
      this.phase = 'body'
      return 0
    }
    if (reading.last === ':') {
      const kindNext = next?.label?.kind
      if ((kindNext === 'point' || kindNext === 'letter' || kindNext === 'dash') && !next?.verb) {
        this.recital(reading)
        return 0
      }
      this.phase = 'body'
      return this.body(reading)
    }
    if (opensNumberedParagraphs(reading, next, this.lexicon)) {
      // `impegna la Giunta regionale` above `1. a predisporre …`: the operative part's introduction,
      // its verb in lower case as council motions print it.
      this.phase = 'body'
      this.main.children.push({
        type: 'blockContainer',
        eId: '',
        children: [wholeP(reading)],
        ...position(reading),
      })
      return 0
    }
    if (isLower(reading.bare[0]) || quotes.includes(reading.bare[0] ?? '')) {
      const last = this.parts.preamble[this.parts.preamble.length - 1]
      if (last?.type === 'recital') {
        last.recital.children.push(wholeP(reading))
        return 0
      }
    }
    if (this.opensBodyUnderHeading(reading, next)) {
      this.phase = 'body'
      crossHeading(reading, this.container)
      return 0
    }
    if (!this.explanatory) {
      this.report.warn(
        'recital-guessed',
        'Read as a recital, though it neither opens nor ends like one',
        reading.block.position,
      )
    }
    this.recital(reading)
    return 0
  }

  /**
   * Whether a block heads an act's explanatory preamble by its words alone (the profile's
   * `partHeadings.preamble`: `PREÁMBULO`, `EXPOSICIÓN DE MOTIVOS`), compared without case and without
   * a final stop or colon.
   */
  explanatoryHeading(reading: Reading): boolean {
    const words = this.lexicon.profile.partHeadings?.preamble
    // Asked of every block of a preamble: its length first, the one test that reads no word.
    if (!words || reading.label || reading.bare.length > longestOf(words) + 1) return false
    const text = reading.bare.replace(/[.:]$/u, '').toLowerCase()
    return words.some((word) => word.toLowerCase() === text)
  }

  /**
   * A roman number alone (`I`, `II`) in an act's explanatory preamble, a paragraph of text under it:
   * it opens a part of the preamble, whose paragraphs are recitals under that number. Returns whether
   * the block is one.
   */
  preambleGroup(reading: Reading): boolean {
    if (reading.label?.kind !== 'roman' || reading.rest.length > 0) return false
    // A heading under it (`I` / `GENERAL PROVISIONS`) makes it a section of the body, not of the preamble.
    const next = this.readings[reading.index + 1]
    if (!next || next.label || next.headingLike) return false
    this.parts.preamble.push({type: 'group', num: reading.label.printed})
    this.explanatory = true
    return true
  }

  recital(reading: Reading): void {
    const kind = reading.label?.kind
    // Capitals letter the recitals of some bodies (`A. whereas …;`, as the European Parliament does).
    const numbered =
      reading.printed && (kind === 'number' || kind === 'bracketed' || kind === 'point' || kind === 'capital')
    const recital = {
      type: 'recital' as const,
      eId: '',
      children: numbered
        ? [{type: 'num' as const, value: reading.label!.printed}, labelledP(reading)]
        : [wholeP(reading)],
      ...(reading.block.position ? {position: reading.block.position} : {}),
    }
    this.parts.preamble.push({type: 'recital', recital})
  }

  body(reading: Reading): number {
    const note = this.marginNote
    this.marginNote = undefined
    const before = this.container.last
    const taken = this.bodyBlock(reading)
    // The margin note over a section's number is that section's heading, after its number; where
    // the number opened no paragraph (a point of the one before), the note stays text of the clause.
    if (note && this.container.last && this.container.last !== before) headed(this.container.last, note)
    else if (note && !continueParagraph(this.container, wholeP(note)))
      addParagraph(this.container, undefined, wholeP(note), this.report)
    return taken
  }

  bodyBlock(reading: Reading): number {
    if (this.quotesText(reading)) return 0
    if (reading.adoption || reading.closing) return this.conclude(reading)
    if (this.inTable(reading)) {
      continueParagraph(this.container, wholeP(reading))
      return 0
    }
    if (this.demands && this.bareDemand(reading)) return 0
    const kind = reading.label?.kind
    if (kind === 'capital' && this.initialledName(reading)) return this.unlabelled(reading)
    if (kind) this.continuing = this.listing = false
    if (kind === 'unit') return this.openArticle(reading)
    const item = reading.block.item
    if (!kind && !item) {
      if (
        groupHeadingOf(
          reading,
          this.readings[reading.index + 1],
          this.lexicon,
          this.readings[reading.index - 1],
        ) === 'operative'
      )
        return this.openGroup(reading)
      if (this.container.node?.name === operativeGroup && this.groupClause(reading)) return 0
    }
    if (kind === 'number' && this.container.node?.name === operativeGroup) this.leaveGroup(reading)
    if (item && item.depth > 1 && this.container.last) return this.itemPoint(reading, item.depth)
    if (item) this.itemPoints.length = 0
    else this.topItem = undefined
    if (
      (kind === 'roman' || kind === 'capital' || reading.block.heading !== undefined) &&
      this.isHeading(reading)
    ) {
      return this.openSection(reading)
    }
    // A resolution part's lettered preamble after its formula (`(a) Bearing in mind …,`, as the IAEA
    // General Conference letters it): the part's introduction, as its unlettered recitals are.
    // (The reading's own signals last: they are worked out when first asked.)
    if (
      this.container.node?.name === 'resolution' &&
      this.container.paragraphs === 0 &&
      (kind === 'letter' || kind === 'bracketed' || kind === 'point') &&
      reading.recital &&
      !reading.verb
    ) {
      this.intro(this.container, wholeP(reading))
      return 0
    }
    const p = labelledP(reading)
    if (reading.label && isNumberedPoint(this.container, reading.label)) {
      addPoint(this.container, reading.label.printed, p, this.report, reading.label.position)
      return 0
    }
    if (
      kind === 'number' &&
      (reading.label!.printed.endsWith('—') || reading.rest.startsWith('(1) ')) &&
      this.dashedParagraph(reading)
    )
      return 0
    if (reading.label && isIntroducedPoint(this.container, reading.label, this.unitParagraphStyles)) {
      addPoint(this.container, reading.label.printed, p, this.report, reading.label.position)
      return 0
    }
    if (kind === 'number' || kind === 'bracketed' || kind === 'roman' || kind === 'capital') {
      if (
        (kind === 'number' || kind === 'bracketed') &&
        this.container.node !== undefined &&
        reading.label!.printed
      )
        this.unitParagraphStyles.add(numberStyle(reading.label!.printed))
      addParagraph(
        this.container,
        reading.label!.printed || undefined,
        p,
        this.report,
        reading.label!.position,
      )
      return 0
    }
    if (kind === 'point' || (kind === 'letter' && this.container.last)) {
      addPoint(this.container, reading.label!.printed, p, this.report, reading.label!.position)
      return 0
    }
    if (kind === 'dash') {
      const last = this.container.last
      const intro = last?.children.find((child) => child.type === 'intro' || child.type === 'content')
      const openList = last?.children.some((child) => child.type === 'list')
      const endsWithColon = intro && 'children' in intro && lastP(intro.children as Flow[]) === ':'
      // A top-level item the source lists beside items that were paragraphs is a paragraph too.
      const sibling = item?.depth === 1 ? this.topItem : undefined
      if (last && sibling !== 'paragraph' && (sibling === 'point' || openList || endsWithColon)) {
        addPoint(this.container, reading.label!.printed || '-', p, this.report, reading.label!.position)
        if (item?.depth === 1) this.topItem = 'point'
      } else {
        addParagraph(
          this.container,
          reading.label!.printed || undefined,
          p,
          this.report,
          reading.label!.position,
        )
        if (item?.depth === 1) this.topItem = 'paragraph'
      }
      return 0
    }
    return this.unlabelled(reading)
  }

  /**
   * Text an amending clause quotes (`(2) Article 72 is replaced by the following:` then `‘Article 72`,
   * `Reporting by Member States`, `Member States shall report …’;`): from a block opening with a
   * quotation mark right after a clause ending with `:` to the block that closes it, every block goes
   * on that clause, whatever its label says; the quoted article is the amendment's text, not one of
   * the act's.
   */
  quotesText(reading: Reading): boolean {
    const container = this.container
    const target = container.lastPoint ?? container.last
    if (reading.block.quoted && target) {
      continueParagraph(container, wholeP(reading))
      return true
    }
    // An article of one sentence quotes in its own text (`Article 5 is replaced by the following:`).
    const text = target ? undefined : unitText(container)
    if (!this.quotedUnits) {
      const quoting = target ? endsWithColon(target) : text !== undefined && lastP(text.children) === ':'
      if (!quoting || !opensQuotation(reading)) return false
      this.quotedUnits = true
      // The quotation ends where its marks balance, inside a block too (`“…meet once a year.” The
      // amendment enters into force…`); single marks, which apostrophes share, at a block's end too.
      this.quoteMarks = marksOf(reading.text[0])
      this.quoteLow = reading.text[0] === '„'
      this.quoteDepth = 0
    }
    if (target) continueParagraph(container, wholeP(reading))
    else if (text) text.children.push(wholeP(reading))
    else {
      this.quotedUnits = false
      return false
    }
    const marks = this.quoteMarks
    if (marks !== undefined) {
      // Each paragraph of a long quotation opens with the mark again (`“(a) …` / `“(b) ….”`): that
      // mark goes on the open quotation rather than opening one more.
      const again = this.quoteDepth > 0 && marksOf(reading.text[0]) === marks
      // A German quotation over blocks (`„§ 24b. (1) …` / `(2) … festlegen.“`) closes with the high
      // mark in a later block.
      const low = this.quoteLow ? Math.max(0, this.quoteDepth) : 0
      this.quoteDepth += quotationBalance(fullText(reading.block.children), marks, low) - (again ? 1 : 0)
      if (this.quoteDepth <= 0 || (marks !== 'double' && closesQuotation(reading))) this.quotedUnits = false
    } else if (closesQuotation(reading)) this.quotedUnits = false
    return true
  }

  /**
   * A list item the source nests inside another (a Markdown sub-list, a Word list level below the
   * first): a point of the last paragraph, or of the point one level up, whatever its label says.
   */
  itemPoint(reading: Reading, depth: number): number {
    const num = reading.label?.printed || '-'
    const p = labelledP(reading)
    const position = reading.label?.position
    if (this.container.last !== this.itemParagraph) {
      this.itemPoints.length = 0
      this.itemParagraph = this.container.last
    }
    const parent = depth > 2 ? this.itemPoints[depth - 3] : undefined
    const point = parent
      ? addSubPoint(this.container, parent, num, p, position)
      : addPoint(this.container, num, p, this.report, position)
    this.itemPoints.length = Math.min(this.itemPoints.length, depth - 2)
    this.itemPoints.push(point)
    return 0
  }

  unlabelled(reading: Reading): number {
    const container = this.container
    if (this.isMarginNote(reading)) {
      this.marginNote = reading
      return 0
    }
    if (this.quoting && container.last) {
      continueParagraph(container, wholeP(reading))
      if (quoteBalance(reading) < 0) this.quoting = false
      return 0
    }
    if (container.node?.name === 'article' && this.superscriptParagraph(reading, container)) return 0
    const next = this.readings[reading.index + 1]
    const nextNumbered = next?.label?.kind === 'number' || next?.label?.kind === 'bracketed'
    if (nextNumbered && !this.continuing && this.isCrossHeading(reading, container)) {
      // A heading between numbered paragraphs (`Financing of the appropriation for 2025`) groups
      // the ones after it without numbering them: a cross-heading, not a paragraph.
      crossHeading(reading, container)
      return 0
    }
    // A dash introduces as a colon does (`Resolved, That the Senate—` / `(1) supports …`).
    const introduces =
      reading.last === ':' ||
      reading.last === '—' ||
      (reading.last === '-' && fullText(reading.block.children).trimEnd().endsWith('--'))
    if ((introduces || (reading.last === ',' && this.enacted)) && nextNumbered) {
      if (container === this.main && this.phase === 'body') {
        container.children.push({
          type: 'blockContainer',
          eId: '',
          children: [wholeP(reading)],
          ...position(reading),
        })
        container.last = undefined
      } else if (container.paragraphs === 0) this.intro(container, wholeP(reading))
      else addParagraph(container, undefined, wholeP(reading), this.report)
      return 0
    }
    if (this.unmarkedItem(reading, next)) return 0
    if (container.last && (this.continuing || endsWithColon(container.last))) {
      this.continuing = true
      // What follows a clause ending with `:` and has no label of its own is that clause's text:
      // quoted paragraphs of an amendment (`…reading:` then the recital), a list without labels.
      continueParagraph(container, wholeP(reading))
      if (quoteBalance(reading) > 0) this.quoting = true
      return 0
    }
    // A unit's own formula and recitals (a resolution's part: `The General Assembly,` / `Having
    // considered …,`) open it: its introduction.
    if (
      !reading.verb &&
      container.node &&
      container.paragraphs === 0 &&
      (reading.recital || (container.node.name === 'resolution' && this.isFormula(reading)))
    ) {
      this.intro(container, wholeP(reading))
      return 0
    }
    if (container.last && this.withinNumbering(reading, container)) {
      continueParagraph(container, wholeP(reading))
      return 0
    }
    if (reading.verb) {
      if (container.last && isContinuation(reading)) continueParagraph(container, wholeP(reading))
      else addParagraph(container, undefined, wholeP(reading), this.report)
      return 0
    }
    if (reading.recital && container.paragraphs > 0 && this.phase === 'body') {
      this.report.warn(
        'recital-after-operative',
        'A recital opener after operative paragraphs: read as an operative paragraph',
        reading.block.position,
      )
      addParagraph(container, undefined, wholeP(reading), this.report)
      return 0
    }
    if (
      container.last &&
      (isContinuation(reading) || reading.index < this.lastClause || this.namesAcross(reading))
    ) {
      if (continueParagraph(container, wholeP(reading))) {
        if (quoteBalance(reading) > 0) this.quoting = true
        return 0
      }
    }
    if (
      this.phase === 'body' &&
      reading.index > this.lastClause &&
      this.lastClause >= 0 &&
      container.paragraphs > 0
    ) {
      return this.conclude(reading)
    }
    if (container.node?.name === 'article' && container.paragraphs === 0) {
      if (this.signsAfterText(reading, container)) return this.conclude(reading)
      this.articleText(container, wholeP(reading))
      return 0
    }
    addParagraph(container, undefined, wholeP(reading), this.report)
    return 0
  }

  /**
   * A numbered clause whose text opens with its first paragraph's number (`1.—(1) These Regulations
   * may be cited as …`, as United Kingdom statutory instruments print a regulation, or `3. (1) There
   * is established …`, as acts of the Commonwealth print a section): the clause, and that paragraph
   * its first point, which the next ones (`(2)`, `(3)`) follow. Whether it was one.
   */
  dashedParagraph(reading: Reading): boolean {
    const inner = labelOf(reading.rest, this.lexicon)
    if (inner?.kind !== 'bracketed') return false
    const label = reading.label!
    const paragraph = addParagraph(
      this.container,
      label.printed,
      labelledP(reading),
      this.report,
      label.position,
    )
    // The paragraph holds no text of its own: its first point does.
    paragraph.children = paragraph.children.filter((child) => child.type !== 'content')
    const offset = reading.text.length - reading.rest.length
    addPoint(this.container, inner.printed, pAfter(reading, offset + inner.length), this.report)
    return true
  }

  /**
   * A paragraph of an article numbered with a superscript figure, which an extraction prints as a
   * figure and a space (`Art. 1` / `1 Für die Beteiligung …` / `2 Der Bundesrat kann …`, as Swiss
   * federal acts number their paragraphs): a block that opens with the article's next such number
   * before a capital, the first only where the next block opens with `2` (a lone paragraph is not
   * numbered). Whether the block was one.
   */
  superscriptParagraph(reading: Reading, container: Container): boolean {
    if (container !== this.superscripted) {
      this.superscripted = container
      this.superscriptNext = 1
    }
    const expected = this.superscriptNext
    const start = figureOpening(reading.text, expected)
    if (start < 0) return false
    if (expected === 1) {
      const next = this.readings[reading.index + 1]
      if (next === undefined || next.label || figureOpening(next.text, 2) < 0) return false
    }
    addParagraph(container, String(expected), pAfter(reading, start), this.report)
    this.superscriptNext++
    return true
  }

  /**
   * A demand under a formula and verb before a comma, with no label (`Der Bundestag fordert die
   * Bundesregierung auf,` / `ein Programm … vorzulegen;` / `die Mittel … zu erhöhen.`): a block in
   * lower case ending with `;` or `.`, each a paragraph of the operative part, while the one before
   * ended with `;`. Whether the block was one.
   */
  bareDemand(reading: Reading): boolean {
    if (!isUnmarkedItem(reading)) {
      this.demands = false
      return false
    }
    addParagraph(this.container, undefined, wholeP(reading), this.report)
    this.demands = reading.last === ';'
    return true
  }

  /**
   * An item of an enumeration without labels after a clause ending with `:`, as Italian motions list
   * their commitments (`impegna il Governo:` / `a ripartire …;` / `a riferire …;` / `a promuovere
   * ….`): blocks in lower case, each ending with `;` but the last, two at least; each is a point of
   * the clause. Whether the block was one.
   */
  unmarkedItem(reading: Reading, next: Reading | undefined): boolean {
    const container = this.container
    if (!container.last || !isUnmarkedItem(reading)) {
      this.listing = false
      return false
    }
    if (!this.listing) {
      const opens =
        !this.continuing &&
        !container.lastPoint &&
        endsWithColon(container.last) &&
        reading.last === ';' &&
        next !== undefined &&
        isUnmarkedItem(next)
      if (!opens) return false
    }
    addPoint(container, '', wholeP(reading), this.report)
    this.listing = reading.last === ';'
    return true
  }

  /**
   * Whether a block after the last article's text, past the last clause, is the act's signature
   * (`Президент` / `Российской Федерации` / `В.ИВАНОВ` / `Москва, Кремль` / the date and number, as
   * a federal law ends): a short line, not in lower case, that ends no sentence, after text that
   * ended one.
   */
  signsAfterText(reading: Reading, container: Container): boolean {
    if (reading.index <= this.lastClause || this.lastClause < 0 || reading.label) return false
    if (!reading.headingLike || reading.words > 6 || isLower(reading.bare[0])) return false
    const content = container.children.find((child) => child.type === 'content')
    if (content?.type !== 'content') return false
    const before = this.readings[reading.index - 1]
    return before !== undefined && before.last === '.'
  }

  /**
   * Whether a block is part of a table the last paragraph introduces (`Approves the changes to the
   * staffing table as set out in the table below:`): cells laid out as text, or a caption over them
   * (`A. Pension Administration`, then the cells). Such a table is that paragraph's text, not
   * sections and paragraphs of its own. The caption goes with the table only after the paragraph's
   * colon or another part of the table.
   */
  inTable(reading: Reading): boolean {
    const last = this.container.last
    if (!last) return false
    if (reading.block.cells) {
      this.tableAt = reading.index
      return true
    }
    // A caption is heading-like and no numbered clause (`A. Pension Administration`).
    const next = this.readings[reading.index + 1]
    if (!next?.block.cells || !reading.headingLike || reading.label?.kind === 'number') return false
    return this.tableAt === reading.index - 1 || endsWithColon(last)
  }

  /**
   * Whether an unlabelled block stands inside a run of numbered paragraphs: the last paragraph is
   * numbered N and the next block N + 1, in the same style. A page break splits a paragraph of
   * several sentences (`111. … digital development.` / running head / `We call upon …` / `112. …`),
   * and its next sentence reads like a paragraph of its own; numbering that runs on leaves no room
   * for one.
   */
  withinNumbering(reading: Reading, container: Container): boolean {
    const next = this.readings[reading.index + 1]?.label
    const num = container.last?.children[0]
    if (next?.kind !== 'number' || num?.type !== 'num') return false
    const last = /^(\d{1,9})([.)])$/.exec(num.value)
    return last !== null && next.printed === `${Number(last[1]) + 1}${last[2]}`
  }

  /**
   * Whether a block after the recitals is the heading of the operative part's first paragraphs
   * (`General considerations` above `1. Condemns …`, as the European Parliament heads the parts of
   * its resolutions): short, with a capital and no final punctuation, no recital opener, and a
   * numbered paragraph that opens with an operative verb after it.
   */
  opensBodyUnderHeading(reading: Reading, next: Reading | undefined): boolean {
    if (reading.label || !reading.headingLike || reading.words > 12 || reading.recital || reading.verb)
      return false
    if (next?.label?.kind !== 'number' || !next.verb || !isUpper(reading.bare[0])) return false
    return this.parts.preamble[this.parts.preamble.length - 1]?.type === 'recital'
  }

  /** A short line in capitals or title case without a final stop, between numbered paragraphs. */
  /**
   * Whether a block is a section's heading as an act of the Commonwealth prints it, in the margin
   * beside the section's first lines, which an extraction sets on a line of its own over the number
   * (`Short title.` / `1. This Act may be cited as …`): a few words with a capital and a final stop,
   * no operative verb nor recital opener, between a clause's end (or the enacting formula, or the
   * document's start) and a numbered section that opens with a capital.
   */
  isMarginNote(reading: Reading): boolean {
    if (this.quoting || this.continuing || !mayBeMarginNote(this.readings, reading.index)) return false
    // An act heads every section so: where notes stand over half its sections or more, a short
    // sentence over one (`Schedule 2 has effect.` / `3. …`) is none.
    const from = this.attachment ? this.attachmentAt : this.start
    if (this.marginNotes?.from !== from)
      this.marginNotes = {from, count: countMarginNotes(this.readings, from)}
    return this.marginNotes.count >= 2
  }

  isCrossHeading(reading: Reading, container: Container): boolean {
    // A recital ends with a comma; a heading has no final stop, even when it opens with `Financing`.
    if (isSentenceEnd(reading.last) || reading.words > 30 || reading.verb) return false
    // First in a unit that has its heading (`Part XIV` / `Staff assessment`, then `Income section 2` /
    // `General income` / `101. …`) it heads the unit's first paragraphs; first in the body it may
    // be the operative part's introduction, unless an enacting formula introduced it (`… makes the
    // following Regulations:` / `Citation and commencement` / `1.—(1) …`).
    if (!isUpper(reading.bare[0]) || (container.paragraphs === 0 && !container.node && !this.enacted))
      return false
    return !quotes.includes(reading.text[0] ?? '')
  }

  conclude(reading: Reading): number {
    if (this.phase === 'attachment') {
      addParagraph(this.container, undefined, wholeP(reading), this.report)
      return 0
    }
    this.phase = 'conclusions'
    this.parts.conclusions.push(wholeP(reading))
    return 0
  }

  /**
   * Whether a capital letter alone (`B`, `B.`) opens one more resolution of a text that holds
   * several (`A`, `B`, `C`, each adopted with its own formula): the body's formula follows it, after
   * its title or straight away. Such a part stands above the sections, which may letter their
   * subsections `A.`, `B.` inside it: a formula after their titles tells them apart. A letter with
   * its title on its line (`B. Nuclear power applications`, as the IAEA General Conference parts a
   * resolution) opens a part when the formula follows straight away.
   */
  opensResolution(reading: Reading): boolean {
    if (reading.label?.kind !== 'capital') return false
    const next = this.readings[reading.index + 1]
    if (next === undefined) return false
    if (reading.rest.length > 0) return reading.headingLike && this.isFormula(next)
    if (this.isFormula(next)) return true
    const after = this.readings[reading.index + 2]
    return !next.label && next.headingLike && after !== undefined && this.isFormula(after)
  }

  /** Whether a block is an opening formula (`The General Assembly,`): see `formulaOf`. */
  isFormula(reading: Reading): boolean {
    return formulaOf(reading, this.readings[reading.index + 1], this.lexicon) !== undefined
  }

  /**
   * Whether a capital and its stop are a signatory's initial (`P. DUPONT` under `Le Ministre de
   * la Justice,`): the surname in capitals follows, and the line before, the office that signs, ends
   * with a comma. A lettered section follows a sentence or a title, not a comma.
   */
  initialledName(reading: Reading): boolean {
    if (!reading.printed || reading.label!.printed.length !== 2) return false
    const rest = reading.rest
    if (!isUpper(rest[0]) || !isUpper(rest[1])) return false
    return this.readings[reading.index - 1]?.last === ','
  }

  /**
   * Whether a section-labelled block is a heading: no sentence (`I`, `II. LISTES INDICATIVES`). Its
   * length does not tell: a heading that names an instrument by its full title (`II` / `Implementation
   * of the 1995 Agreement for the Implementation of the Provisions of … Fish Stocks`) runs past forty
   * words. What a clause has and a heading lacks is a sentence's end or an operative verb (a
   * recital's opening participle it may share: `Enhancing integrated global management`).
   */
  isHeading(reading: Reading): boolean {
    if (reading.block.heading !== undefined) return true
    if (reading.rest.length === 0) return true
    return !isSentenceEnd(reading.last) && !reading.verb
  }

  openSection(reading: Reading): number {
    const kind = reading.label?.kind
    const part = this.opensResolution(reading)
    const depth = part ? 0 : (reading.block.heading ?? (kind === 'capital' ? 2 : 1))
    const node: Hcontainer = {
      type: 'hcontainer',
      eId: '',
      name: part ? 'resolution' : depth <= 1 ? 'section' : 'subsection',
      children: [],
    }
    if (reading.block.position) node.position = reading.block.position
    if (reading.label?.printed) node.children.push({type: 'num', value: reading.label.printed})
    let taken = 0
    let heading = reading.label ? contentOf(reading) : wholeP(reading).children
    const next = this.readings[reading.index + 1]
    // After a number alone (`II`), the block that follows is its heading by its place, unless it is
    // a clause: one with a sentence's end; or, past a heading's usual length, one that opens with an
    // operative verb (a short heading may open with a verb's form: `Request for a subvention to…`).
    // A heading that names an instrument by its full title runs past forty words.
    if (
      heading.length === 0 &&
      next &&
      !next.label &&
      (next.headingLike || (!isSentenceEnd(next.last) && !next.verb)) &&
      !next.adoption &&
      !next.attachment
    ) {
      heading = wholeP(next).children
      taken = 1
    }
    if (heading.length > 0) node.children.push({type: 'heading', children: heading})
    const container = createContainer(node.children, node)
    while (this.sections.length > 0 && this.sections[this.sections.length - 1]!.depth >= depth)
      this.sections.pop()
    const parent = this.sections[this.sections.length - 1]?.container ?? this.main
    parent.children.push(node)
    this.sections.push({depth, container})
    this.container = container
    return taken
  }

  /**
   * Open a group of operative clauses under the opener printed alone above them (`resolves`,
   * `instructs the Secretary-General`; see ./group-headings.ts): an `hcontainer` with the opener as its
   * heading, beside the other groups, that holds the clauses until the next group.
   */
  openGroup(reading: Reading): number {
    const node: Hcontainer = {
      type: 'hcontainer',
      eId: '',
      name: operativeGroup,
      children: [{type: 'heading', children: wholeP(reading).children}],
    }
    if (reading.block.position) node.position = reading.block.position
    // A group stands where a section would: in the resolution part it is read in, if any.
    while (this.sections.length > 0 && this.sections[this.sections.length - 1]!.depth >= 1)
      this.sections.pop()
    const parent = this.sections[this.sections.length - 1]?.container ?? this.main
    parent.children.push(node)
    const container = createContainer(node.children, node)
    this.sections.push({depth: 1, container})
    this.container = container
    return 0
  }

  /**
   * Close the group of operative clauses open before a numbered block that is no clause of it: the
   * group's clauses open in lower case, numbered without a stop (`1 to …`, `2 that …`), while a
   * paragraph numbered with its stop and opened by an operative verb in a capital (`3. Decides …`,
   * `4. REQUESTS …`) is one of the body's, after the groups.
   */
  leaveGroup(reading: Reading): void {
    const printed = reading.label!.printed
    const last = printed[printed.length - 1]
    if (last !== '.' && last !== ')') return
    if (!isUpper(reading.rest.trimStart()[0]) || !reading.verb) return
    this.sections.pop()
    this.container = this.sections[this.sections.length - 1]?.container ?? this.main
  }

  /**
   * An unlabelled block in a group of operative clauses: a clause numbered without a stop (`1 to
   * …`), or the group's first clause when it has no number (`to participate …`). Whether it was one.
   */
  groupClause(reading: Reading): boolean {
    const container = this.container
    const number = bareNumberOf(reading)
    if (number) {
      const p = pAfter(reading, reading.text.length - reading.bare.length + number.length)
      addParagraph(container, number.value, p, this.report)
      return true
    }
    if (container.paragraphs > 0) return false
    addParagraph(container, undefined, wholeP(reading), this.report)
    return true
  }

  /**
   * Open a unit of an act: an article holds its text or paragraphs; a part, title, chapter or
   * section holds the units after it (`Chapter I` / `General provisions` / `Article 1`).
   */
  openArticle(reading: Reading): number {
    const name = reading.label?.unit ?? 'article'
    // A closing provision of a Spanish act (`Disposición final primera`) stands after the titles
    // and chapters, outside them.
    if (reading.label?.topLevel) this.sections.length = 0
    const node: Hcontainer = {
      type: 'hcontainer',
      eId: '',
      name,
      children: [{type: 'num', value: reading.label!.printed}],
    }
    if (reading.block.position) node.position = reading.block.position
    const depth = unitDepth[name] ?? 4
    if (name !== 'article') {
      while (this.sections.length > 0 && this.sections[this.sections.length - 1]!.depth >= depth)
        this.sections.pop()
    }
    const parent = this.sections[this.sections.length - 1]?.container ?? this.main
    parent.children.push(node)
    const container = createContainer(node.children, node)
    this.container = container
    let taken = 0
    const rest = contentOf(reading)
    const next = this.readings[reading.index + 1]
    const headed = rest.length > 0 ? this.inlineHeading(reading, rest) : undefined
    if (headed) {
      node.children.push({type: 'heading', children: headed[0]})
      this.articleText(container, {type: 'p', children: headed[1], ...position(reading)})
    } else if (rest.length > 0) {
      if ((reading.headingLike && reading.words <= 12) || this.stopHeading(reading, next))
        node.children.push({type: 'heading', children: rest})
      else this.articleText(container, {type: 'p', children: rest, ...position(reading)})
    } else if (
      // A heading of a block of its own after the unit's number may be long (`Section 11` /
      // `United Nations system support for the African Union’s Agenda 2063: The Africa We Want`):
      // it has no sentence's end, which the unit's text has.
      next &&
      !next.label &&
      next.headingLike &&
      !next.attachment &&
      !next.adoption
    ) {
      node.children.push({type: 'heading', children: wholeP(next).children})
      // The unit's place runs to its heading's end, as when both stand in one block.
      if (node.position && next.block.position)
        node.position = {...node.position, end: next.block.position.end}
      taken = 1
    }
    if (name === 'article') {
      // An article is one operative unit, counted like a paragraph of its parent.
      parent.paragraphs++
    } else this.sections.push({depth, container})
    return taken
  }

  /**
   * The heading and the text of an article whose line prints both (`Artículo 1.- Objeto. La presente
   * Decisión …`), where the document heads its articles so (see ./inline-headings.ts).
   */
  inlineHeading(reading: Reading, rest: P['children']): [P['children'], P['children']] | undefined {
    this.headsInline ??= headsArticlesInline(this.readings, this.lexicon)
    if (!this.headsInline) return undefined
    const length = inlineHeadingLength(reading)
    return length === undefined ? undefined : splitAt(rest, length)
  }

  /**
   * Whether the text after a unit's number is its heading, a full stop included, as Spanish acts
   * print it (`Artículo 1. Objeto.`, `Disposición final segunda. Entrada en vigor.`): where the
   * profile says headings end so, or the heading is in capitals, a short line after a number with its stop, without an operative
   * verb or a colon, and text of the unit's own (no unit, no adoption or closing line) after it.
   */
  stopHeading(reading: Reading, next: Reading | undefined): boolean {
    // A heading in capitals ends so in any language (`SECTION 1. SHORT TITLE.`, as United States
    // bills print their sections' headings).
    if (!(this.lexicon.profile.headingsEndWithStop || reading.capitals)) return false
    if (reading.last !== '.' || reading.words > 60) return false
    // A heading that names an act runs as long as the act's title (`Disposición final primera.
    // Modificación del Real Decreto 209/2031, de 22 de febrero, por el que se establecen …`).
    if (reading.words > 16 && !namesActEarly(reading.rest, this.lexicon)) return false
    // The number ends with its own stop (`Artículo 1.`): `Art. 3 - Esta Decisión …` is a sentence.
    if (!reading.label?.printed.endsWith('.') || reading.verb || reading.rest.includes(': ')) return false
    if (!next || next.label?.kind === 'unit' || next.adoption || next.closing || next.attachment) return false
    return !isLower(next.bare[0])
  }

  /** Text of an article without paragraphs: its `content`. */
  articleText(container: Container, p: P): void {
    const content = container.children.find((child) => child.type === 'content')
    if (content?.type === 'content') content.children.push(p)
    else container.children.push({type: 'content', children: [p]})
  }

  /** Text a section or article opens with before its paragraphs: its `intro`. */
  intro(container: Container, p: P): void {
    const intro = container.children.find((child) => child.type === 'intro')
    if (intro?.type === 'intro') intro.children.push(p)
    else container.children.push({type: 'intro', children: [p]})
  }

  /**
   * Whether a block goes on with the sentence of the block before, which it cut inside an
   * attachment's name (`… set out in the First` / `Schedule.`): the last word before and the first
   * here make one of the profile's headings of two words.
   */
  namesAcross(reading: Reading): boolean {
    const previous = this.readings[reading.index - 1]
    if (!previous || !isLetter(previous.last) || !isUpper(reading.bare[0])) return false
    const text = previous.text.length < headLength ? previous.text : fullText(previous.block.children)
    const word = text.trimEnd().slice(text.trimEnd().lastIndexOf(' ') + 1)
    const first = /^\p{L}{1,30}/u.exec(reading.bare)?.[0]
    if (!first || word === '' || word.length > 30) return false
    const joined = `${word} ${first}`.toUpperCase()
    return this.lexicon.attachmentHeads.includes(joined)
  }

  /**
   * Whether a block is the first word of an attachment's heading set over two lines, the rest the
   * next block's heading (`FIRST` / `SCHEDULE`): one word in capitals that, with the next block,
   * makes one of the profile's headings of two words.
   */
  wrapsHeading(reading: Reading): boolean {
    // The cheap tests first: most blocks are long, or labelled.
    if (reading.bare.length > 20 || reading.label || !reading.capitals || reading.words !== 1) return false
    const next = this.readings[reading.index + 1]
    if (!next?.attachment) return false
    const joined = `${reading.bare} ${next.bare}`.toUpperCase()
    return this.lexicon.attachmentHeads.some(
      (head) => head.startsWith(`${reading.bare.toUpperCase()} `) && joined.startsWith(head),
    )
  }

  openAttachment(reading: Reading): number {
    // A heading's first word alone (`FIRST` / `SCHEDULE`, see `wrapsHeading`) opens the next one's.
    let rule = reading.attachment ?? this.readings[reading.index + 1]!.attachment!
    const title = wholeP(reading)
    let taken = 0
    let last = reading
    let next = this.readings[reading.index + 1]
    const take = (line: Reading): void => {
      const more = wholeP(line)
      title.children = joinedBySpace(title.children, more.children)
      if (title.position && more.position) title.position = {...title.position, end: more.position.end}
      taken++
      last = line
      next = this.readings[reading.index + taken + 1]
    }
    // A line of a heading: unlabelled, ending no sentence, no adoption line.
    const headingLine = (line: Reading | undefined): line is Reading =>
      line !== undefined && !line.label && line.headingLike && !line.adoption
    // A heading word alone (`Attachment`, `Annex 2`) over the attachment's own heading
    // (`INTERPRETATIVE STATEMENT …`): one attachment, named by the heading under it.
    if (reading.words <= 4 && next?.attachment && headingLine(next)) {
      rule = next.attachment
      take(next)
    }
    if (rule.stamp) return this.openStamped(reading, rule)
    // The provision a schedule belongs to, on its heading's line (`SCHEDULE 1   Regulation 3`) or under
    // it (`SCHEDULE 1` / `Regulation 3`): a line of the preface after the title, not the title, nor a
    // unit (`Article 2`) of the schedule.
    let reference = rule.alone ? referenceOnLine(reading, title, this.lexicon) : undefined
    // A heading that prints its title after a dash (`Schedule 1—Amendments`) takes none under it.
    const short = (reference !== undefined || last.words <= 4) && !titledAfterDash(reading)
    if (
      reference === undefined &&
      last.words <= 3 &&
      next !== undefined &&
      next.words <= 16 &&
      (this.lexicon.profile.attachmentReferences ?? []).some((pattern) => pattern.test(next!.text))
    ) {
      reference = wholeP(next)
      taken++
      next = this.readings[reading.index + taken + 1]
    }
    // A short heading's title line under it (`ANNEX` / `List of participants`).
    if (short && headingLine(next) && !next.attachment) take(next)
    // A heading in capitals goes on over the lines in capitals under it, as a page breaks it
    // (`… OF THE RULES OF PROCEDURE` / `OF THE ORGANIZATION FOR …`).
    while (
      taken < maximumTitleLines &&
      last.capitals &&
      headingLine(next) &&
      next.capitals &&
      !next.attachment
    )
      take(next)
    title.children = [{type: 'docTitle', children: title.children}]
    const preface: Preface = {type: 'preface', children: reference ? [title, reference] : [title]}
    this.startAttachment(reading, rule, preface, title.position)
    return taken
  }

  /** Open an attachment of a rule with its preface: the blocks after it are its body. */
  startAttachment(reading: Reading, rule: AttachmentRule, preface: Preface, position: P['position']): void {
    const mainBody: MainBody = {type: 'mainBody', children: []}
    const attachment: Attachment = {
      type: 'attachment',
      eId: '',
      name: rule.name,
      children: [preface, mainBody],
    }
    if (position) attachment.position = position
    this.parts.attachments.push(attachment)
    this.attachment = attachment
    this.attachmentAt = reading.index
    this.attachmentFresh = true
    this.continuing = false
    this.quoting = false
    this.quotedUnits = false
    this.phase = 'attachment'
    this.main = createContainer(mainBody.children)
    this.container = this.main
    this.sections = []
  }

  /**
   * An attachment under a stamp of approval (see `AttachmentRule.stamp`): the stamp's blocks up to
   * one that opens with a word in capitals (`УТВЕРЖДЕНЫ` / `постановлением Правительства` / `от …
   * № 312`, as web text parts its lines), then that block, the title, with the blocks in lower case
   * that wrap it (`ПРАВИЛА` / `предоставления субсидий …`). Returns how many blocks it took along.
   */
  openStamped(reading: Reading, rule: AttachmentRule): number {
    const stamp = wholeP(reading)
    let taken = 0
    const join = (p: P, line: Reading): void => {
      const more = wholeP(line)
      p.children = joinedBySpace(p.children, more.children)
      if (p.position && more.position) p.position = {...p.position, end: more.position.end}
      taken++
    }
    // The stamp's lines may date it (`от 14 марта 2031 г. № 412`); the title's do not.
    const plain = (line: Reading | undefined): line is Reading =>
      line !== undefined && !line.label && !line.attachment && line.words <= 16
    let next = this.readings[reading.index + 1]
    while (taken < maximumTitleLines && plain(next) && !opensWithCapitalWord(next.bare)) {
      join(stamp, next)
      next = this.readings[reading.index + taken + 1]
    }
    const children: Preface['children'] = [stamp]
    if (plain(next) && !next.adoption && next.headingLike && opensWithCapitalWord(next.bare)) {
      const title = wholeP(next)
      taken++
      // The title's words wrapped over lines in lower case (`ПРАВИЛА` / `предоставления субсидий …`).
      const wraps = (line: Reading | undefined): line is Reading =>
        plain(line) && !line.adoption && line.headingLike && isLower(line.bare[0])
      for (let lines = 1; lines < maximumTitleLines; lines++) {
        const more = this.readings[reading.index + taken + 1]
        if (!wraps(more)) break
        join(title, more)
      }
      title.children = [{type: 'docTitle', children: title.children}]
      children.push(title)
    }
    this.startAttachment(reading, rule, {type: 'preface', children}, stamp.position)
    return taken
  }

  inAttachment(reading: Reading): number {
    if (this.attachmentFresh && this.attachment) {
      this.attachmentFresh = false
      const p = wholeP(reading)
      const delegation = delegationOf(p, this.lexicon.profile, this.country)
      if (delegation) {
        const preface = this.attachment.children[0]
        if (preface?.type === 'preface') preface.children.push(p)
        this.attachment.author = delegation.eId
        if (!this.persons.has(delegation.eId)) {
          this.persons.set(delegation.eId, delegation)
          this.parts.persons.push(delegation)
        }
        return 0
      }
    }
    const kind = reading.label?.kind
    if (!kind && !reading.verb) {
      if (this.container.node?.name === 'article' && this.container.paragraphs === 0) {
        this.articleText(this.container, wholeP(reading))
      } else if (this.container.last && isContinuation(reading))
        continueParagraph(this.container, wholeP(reading))
      else addParagraph(this.container, undefined, wholeP(reading), this.report)
      return 0
    }
    return this.body(reading)
  }
}

/**
 * The provision an attachment belongs to, printed on its heading's line (`SCHEDULE 1   Regulation 3`):
 * taken out of the title (left `SCHEDULE 1`), as a `p` of its own.
 */
function referenceOnLine(reading: Reading, title: P, lexicon: Lexicon): P | undefined {
  const head = reading.attachment?.startsWith.length ?? 0
  const rest = reading.bare.slice(head)
  if (!/^\s/.test(rest)) return undefined
  const start = referenceStart(rest.trimStart(), lexicon)
  if (start === undefined) return undefined
  // The title keeps the word and its number: the characters up to the reference, spaces aside.
  const cut = head + rest.length - rest.trimStart().length + start
  const kept = reading.bare.slice(0, cut).trimEnd()
  const split = splitAt(title.children, reading.text.length - reading.bare.length + cut)
  if (!split || split[1].length === 0 || fullText(split[0]).trim() !== kept) return undefined
  title.children = split[0]
  const p: P = {type: 'p', children: split[1]}
  if (reading.block.position) p.position = reading.block.position
  return p
}

function position(reading: Reading): {position?: NonNullable<Reading['block']['position']>} {
  return reading.block.position ? {position: reading.block.position} : {}
}

/** Text that goes on from the block before: it opens in lower case or with an opening quotation mark. */
function isContinuation(reading: Reading): boolean {
  const first = reading.text[0]
  return (
    isLower(first) ||
    (first !== undefined && quotes.includes(first) && reading.bare !== reading.text && !reading.verb)
  )
}

/**
 * Whether an act's title (the profile's `actTitles`) starts among a text's first sixteen words, at a
 * capital (`Modificación del Real Decreto 209/2031, de 22 de febrero, …`).
 */
function namesActEarly(text: string, lexicon: Lexicon): boolean {
  if (!lexicon.profile.actTitles) return false
  let words = 0
  for (let at = 0; at < text.length && words < 16; at++) {
    if (text[at] !== ' ') continue
    words++
    if (isUpper(text[at + 1]) && actTitleOf(text.slice(at + 1), lexicon.profile)) return true
  }
  return false
}

/**
 * Whether a block is one of the profile's enacting terms alone, with no colon (`Emana`, `Promulga`,
 * `DECRETA`): the first line of an enacting formula whose words go on under it.
 */
function enactingAlone(reading: Reading, lexicon: Lexicon): boolean {
  const text = reading.bare
  // Most blocks are longer than a term alone, or end with a sign: told before any lowering.
  if (text.length > 24 || !isLetter(text[text.length - 1])) return false
  return lexicon.enacting.includes(text.toLowerCase())
}

/** Opening minus closing quotation marks (`«` `»`, `“` `”`) of a block's text. */
function quoteBalance(reading: Reading): number {
  return quotationBalance(fullText(reading.block.children), 'double')
}

/** The text of a unit without paragraphs (its `content` or `intro`, last), if any. */
function unitText(container: Container): {children: Flow[]} | undefined {
  if (!container.node || container.paragraphs > 0) return undefined
  const last = container.children[container.children.length - 1]
  return last && (last.type === 'content' || last.type === 'intro') ? (last as {children: Flow[]}) : undefined
}

/** Whether a recital has a label of its own (`a)`, `(b)`): lettered as its siblings may be. */
function isLettered(recital: Recital): boolean {
  return recital.children[0]?.type === 'num'
}

/** Whether a recital's own text (its first block) ends with `:`: the lettered blocks after it are its points. */
function introducesPoints(recital: Recital): boolean {
  const own = recital.children.find((child) => child.type === 'p')
  return own?.type === 'p' && lastP([own]) === ':'
}

/**
 * Where the text starts after a figure `number` and a space that open a block before a capital
 * (`2 Der Bundesrat …`), or -1.
 */
function figureOpening(text: string, number: number): number {
  const figure = String(number)
  if (!text.startsWith(figure) || text[figure.length] !== ' ') return -1
  let start = figure.length + 1
  while (text[start] === ' ') start++
  return isUpper(text[start]) ? start : -1
}

/** Whether a block opens with a quotation mark before a letter, a digit or a label. */
function opensQuotation(reading: Reading): boolean {
  const first = reading.text[0]
  return first !== undefined && quotes.includes(first) && reading.bare !== reading.text
}

/**
 * Whether a block closes a quotation: it ends with a closing quotation mark, then at most a
 * clause's punctuation (`…calendar year;’;`, `…three years.'.`, `…»,`).
 */
function closesQuotation(reading: Reading): boolean {
  const text = fullText(reading.block.children).trimEnd()
  let end = text.length
  while (end > 0 && '.;,'.includes(text[end - 1]!)) end--
  return end > 0 && '’\'”"»'.includes(text[end - 1]!)
}

/** Whether a block may be an item of an enumeration without labels: in lower case, ending with `;` or `.`. */
function isUnmarkedItem(reading: Reading): boolean {
  return !reading.label && isLower(reading.bare[0]) && (reading.last === ';' || reading.last === '.')
}

/** Whether a paragraph's text (its content or intro) ends with `:`. */
function endsWithColon(paragraph: Paragraph | Point): boolean {
  const last = paragraph.children[paragraph.children.length - 1]
  if (!last || (last.type !== 'content' && last.type !== 'intro')) return false
  return lastP(last.children) === ':'
}

/**
 * The last block from `from` on that is an operative clause before the first attachment heading or
 * adoption line: what comes after it, unlabelled, is end matter (a site's footer, a press release's
 * trailer), not operative text.
 */
function lastClauseFrom(readings: Reading[], from: number, lexicon: Lexicon): number {
  let last = -1
  // After an operative group's opener (`resolves`), its clauses: numbered without a stop, or the
  // one block after it.
  let group = -2
  for (let index = from; index < readings.length; index++) {
    const reading = readings[index]!
    if (reading.attachment || reading.adoption || reading.closing) break
    const kind = reading.label?.kind
    if (!kind) {
      if (groupHeadingOf(reading, readings[index + 1], lexicon, readings[index - 1]) === 'operative') {
        last = group = index
        continue
      }
      if (index === group + 1 || (group >= 0 && bareNumberOf(reading))) {
        last = index
        continue
      }
    }
    if (
      kind === 'number' ||
      kind === 'bracketed' ||
      kind === 'point' ||
      kind === 'unit' ||
      kind === 'dash' ||
      reading.verb
    )
      last = index
  }
  return last
}

/** The length of the longest of some words. */
function longestOf(words: readonly string[]): number {
  let longest = 0
  for (const word of words) if (word.length > longest) longest = word.length
  return longest
}

/** A heading that groups the numbered paragraphs after it without numbering them: a cross-heading. */
/** A section's number as an act prints it: `1.`, `12A.`. */
const sectionNumber = /^\d{1,3}[A-Z]{0,2}\.$/

/**
 * Whether the block at `index` is shaped as a section's margin note on its own line over the
 * section's number (`Short title.` / `1. This Act …`): a few words with a capital and a final stop,
 * one sentence, no operative verb nor recital opener, after a clause's end (or the enacting
 * formula, or nothing), before a numbered section whose text opens with a capital or a bracket.
 */
function mayBeMarginNote(readings: Reading[], index: number): boolean {
  const reading = readings[index]!
  // The cheap tests first (the length, the last character, the next block's number): the words and
  // capitals are counted last.
  if (reading.label || reading.last !== '.' || reading.text.length > 90 || !isUpper(reading.bare[0]))
    return false
  const next = readings[index + 1]
  if (next?.label?.kind !== 'number' || !next.printed || !sectionNumber.test(next.label.printed)) return false
  if (!isUpper(next.rest[0]) && next.rest[0] !== '(') return false
  if (reading.words > 8 || reading.capitals) return false
  // One sentence only: a stop inside (`Fees. The Board …`) makes it text.
  if (reading.bare.slice(0, -1).includes('. ')) return false
  const previous = readings[index - 1]
  if (previous !== undefined && previous.enacting === undefined && !isSentenceEnd(previous.last)) return false
  return !reading.verb && !reading.recital
}

/**
 * The blocks shaped as margin notes (see `mayBeMarginNote`) of the part that starts at `from` (up to
 * the next attachment's heading), where they stand over half its numbered sections or more; else 0.
 */
function countMarginNotes(readings: Reading[], from: number): number {
  let notes = 0
  let sections = 0
  for (let index = from; index < readings.length; index++) {
    const reading = readings[index]!
    if (index > from && reading.attachment) break
    if (reading.label?.kind === 'number' && reading.printed && sectionNumber.test(reading.label.printed))
      sections++
    else if (mayBeMarginNote(readings, index)) notes++
  }
  return notes * 2 >= sections ? notes : 0
}

/** Give a clause the heading a margin note printed for it, after its number, its place from the note's start. */
function headed(clause: Paragraph, note: Reading): void {
  const at = clause.children[0]?.type === 'num' ? 1 : 0
  clause.children.splice(at, 0, {type: 'heading', children: wholeP(note).children})
  const start = note.block.position?.start
  if (start && clause.position) clause.position = {...clause.position, start}
}

function crossHeading(reading: Reading, container: Container): void {
  const node: Hcontainer = {
    type: 'hcontainer',
    eId: '',
    name: 'crossHeading',
    children: [{type: 'heading', children: wholeP(reading).children}],
  }
  if (reading.block.position) node.position = reading.block.position
  container.children.push(node)
  container.last = undefined
}
