import {
  type AuthorialNote,
  assignEIds,
  ClausewiseError,
  type Document,
  type LongTitle,
  type P,
  type Preamble,
  type Preface,
  type ReadResult,
  type Recitals,
  resolveLimits,
} from '@clausewise/model'
import {actDateOf} from './act-dates.js'
import {readParts} from './body.js'
import {isLower} from './characters.js'
import {chooseProfile} from './choose-profile.js'
import {enactingOpenerOf} from './enacting.js'
import {outline} from './front.js'
import {fullText} from './inline.js'
import {type Lexicon, lexiconOf} from './lexicon.js'
import {buildMeta} from './meta.js'
import type {RecognizeOptions} from './options.js'
import type {Parts} from './parts.js'
import {readPreface} from './preface.js'
import type {BodyProfile, Profile} from './profile.js'
import {type Reading, readBlock} from './reading.js'
import {clip, createReport, type Report} from './report.js'
import type {SourceBlock} from './source-block.js'
import {type FoundSymbol, symbolIn} from './symbols.js'

/**
 * The one clause recognition of every reader: from the blocks of a source, in reading order, to a
 * document of the model. It finds the preface (number, title, cover lines), the formula, recitals
 * (numbered or not, told from operative paragraphs by their opening words), the operative part
 * (numbered or unnumbered paragraphs recognised by their verbs, points `(a)`/`a)`/`(i)`/`- `,
 * sections `I.`/`A.` with headings whose numbering may restart, EU articles), annexes and statements
 * as attachments, the meeting and adoption line as metadata, and the document's symbol. Every
 * document it returns is valid AKN: a text with no operative part gets a body and a warning.
 *
 * @param blocks The source's blocks, in reading order.
 * @param options Profile or language, the diagnostics' `source`, meetings the caller knows,
 *   footnotes without a marker, symbol candidates.
 * @returns `{document, diagnostics}`.
 * @throws `ClausewiseError` `too-many-nodes` when there are more blocks than `maxNodes`.
 * @example recognize([{children: [{type: 'text', value: 'The General Assembly,'}]}, {children: [{type: 'text', value: '1. Decides to act.'}]}]).document.children.map((node) => node.type) // ['preamble', 'mainBody']
 */
export function recognize(blocks: readonly SourceBlock[], options: RecognizeOptions = {}): ReadResult {
  const {maxNodes} = resolveLimits(options)
  if (blocks.length > maxNodes) {
    throw new ClausewiseError(
      'too-many-nodes',
      `${blocks.length} blocks are more than maxNodes (${maxNodes})`,
    )
  }
  const report = createReport(options.source ?? '@clausewise/recognize')
  const {profile, language} = profileOfBlocks(blocks, options, report)
  const lexicon = lexiconOf(profile)
  const readings = blocks.map((block, index) => readBlock(block, index, lexicon))
  const shape = outline(readings, lexicon)
  const prefaceEnd = shape.formula >= 0 ? Math.min(shape.formula, shape.start) : shape.start
  const front = readPreface(readings, prefaceEnd, lexicon)
  const country = shape.body?.country ?? 'unknown'
  const parts = readParts(readings, shape, lexicon, report, country)

  placeNotes(options.notes ?? [], front, report)
  const preface = front.preface

  const symbol = findSymbol(front.preface, options.symbols ?? [])
  const body = bodyOf(shape.body, symbol, report)

  const document: Document = {
    type: 'document',
    documentType: 'statement',
    name: body?.subtype ?? 'decision',
    meta: {} as Document['meta'],
    children: [],
  }
  if (preface.length > 0) {
    const longTitles = front.longTitles
    const children: Preface['children'] = []
    for (const p of preface) {
      if (!longTitles?.has(p)) children.push(p)
      // A long title over two blocks (`AN ACT` / `To provide for …`) is one, of two lines.
      else if (children.at(-1)?.type === 'longTitle') (children.at(-1) as LongTitle).children.push(p)
      else children.push({type: 'longTitle', children: [p]})
    }
    document.children.push({type: 'preface', children})
  }
  if (parts.preamble.length > 0) {
    const preamble: Preamble = {type: 'preamble', children: []}
    // Recitals one after the other are one `recitals`, with the words that introduce them, if any,
    // as its `intro`; such words with no recital after them stay a `p` of the preamble.
    let recitals: Recitals | undefined
    let lead: P | undefined
    for (const item of parts.preamble) {
      if (item.type === 'recital') {
        if (!recitals) {
          recitals = {type: 'recitals', eId: '', children: lead ? [{type: 'intro', children: [lead]}] : []}
          preamble.children.push(recitals)
          lead = undefined
        }
        recitals.children.push(item.recital)
        continue
      }
      recitals = undefined
      if (lead) preamble.children.push(lead)
      lead = undefined
      if (item.type === 'intro') lead = item.p
      else if (item.type === 'formula') {
        preamble.children.push({
          type: 'formula',
          eId: '',
          name: 'enactingFormula',
          children: [item.p, ...(item.more ?? [])],
        })
      } else if (item.type === 'group') {
        recitals = {type: 'recitals', eId: '', children: [{type: 'num', value: item.num}]}
        preamble.children.push(recitals)
      } else preamble.children.push(item.p)
    }
    if (lead) preamble.children.push(lead)
    document.children.push(preamble)
  }
  const placeholder = options.placeholderBody !== false
  if (parts.body.length === 0 && placeholder) {
    if (blocks.length === 0) report.warn('empty-input', 'Nothing to read: the document is empty')
    else {
      report.warn(
        'operative-part-missing',
        'No operative part found: the body holds an empty block so that the document stays valid',
        blocks[blocks.length - 1]?.position,
      )
    }
    parts.body.push({type: 'blockContainer', eId: '', children: [{type: 'p', children: []}]})
  }
  if (parts.body.length > 0) document.children.push({type: 'mainBody', children: parts.body})
  if (parts.conclusions.length > 0) document.children.push({type: 'conclusions', children: parts.conclusions})
  for (const attachment of parts.attachments) {
    // An attachment that is a title only (`Segue allegato`) still needs a body to be valid AKN.
    const body = attachment.children.find((child) => child.type === 'mainBody')
    if (body?.type === 'mainBody' && body.children.length === 0) {
      body.children.push({type: 'blockContainer', eId: '', children: [{type: 'p', children: []}]})
    }
  }
  if (parts.attachments.length > 0) document.children.push({type: 'attachments', children: parts.attachments})

  const number = front.number ?? closingNumber(parts.conclusions, lexicon)
  document.meta = buildMeta(
    {
      language,
      body,
      number,
      titleDate: front.date,
      coverDate: front.coverDate,
      titleCountry: front.country,
      meeting: front.meeting,
      adoptionLines: adoptionLinesOf(readings, prefaceEnd, front, parts, lexicon),
      notes: notesOf(document),
      persons: parts.persons,
      symbol,
      meetings: options.meetings ?? {},
      numberPlace: front.numberParagraph?.position,
      meetingPlace: front.meetingPlace,
    },
    lexicon,
    report,
  )
  if (!number && !symbol && blocks.length > 0) report.warn('number-not-found', 'No document number found')
  assignEIds(document)
  return {document, diagnostics: report.diagnostics}
}

/** The profile of the blocks (their first 400 read for the language), its notes reported. */
function profileOfBlocks(
  blocks: readonly SourceBlock[],
  options: RecognizeOptions,
  report: Report,
): {profile: Profile; language: string} {
  const choice = chooseProfile(
    () =>
      blocks
        .slice(0, 400)
        .map((block) => fullText(block.children))
        .join('\n'),
    options,
  )
  for (const note of choice.notes)
    report[note.severity === 'info' ? 'info' : 'warn'](note.ruleId, note.reason)
  return choice
}

/**
 * Meeting and adoption lines: those of the preface, then every block of the conclusions, then an
 * enacting formula that opens with a profile's `enactingOpeners` (the ILO's `adopts this nineteenth
 * day of June of the year …` dates the adoption).
 */
function adoptionLinesOf(
  readings: Reading[],
  prefaceEnd: number,
  front: {preface: P[]},
  parts: Pick<Parts, 'preamble' | 'conclusions'>,
  lexicon: Lexicon,
): P[] {
  const lines: P[] = []
  for (let index = 0; index < prefaceEnd; index++) {
    const reading = readings[index]!
    // An act's commencement is no adoption: its date is not the act's.
    if (
      reading.adoption &&
      front.preface[index] &&
      actDateOf(reading.bare, lexicon.profile)?.event !== 'commencement'
    )
      lines.push(front.preface[index]!)
  }
  for (const p of parts.conclusions) lines.push(p)
  if (lexicon.profile.enactingOpeners) {
    for (const item of parts.preamble) {
      if (item.type === 'formula' && enactingOpenerOf(fullText(item.p.children), lexicon)) lines.push(item.p)
    }
  }
  return lines
}

/** The number the last line of the conclusions prints (the profile's `closingNumbers`: `№ 248`). */
function closingNumber(conclusions: P[], lexicon: Lexicon): string | undefined {
  const patterns = lexicon.profile.closingNumbers
  const last = conclusions.at(-1)
  if (!patterns || !last) return undefined
  const text = fullText(last.children)
  const line = text.slice(text.lastIndexOf('\n') + 1).trim()
  if (line.length > 40) return undefined
  for (const pattern of patterns) {
    const match = pattern.exec(line)
    if (match?.[1]) return match[1]
  }
  return undefined
}

function findSymbol(preface: P[], candidates: string[]): FoundSymbol | undefined {
  let first: FoundSymbol | undefined
  for (const p of preface) {
    const text = fullText(p.children)
    const found = symbolIn(text)
    if (found?.alone) return found
    if (found && !cited(text, found.symbol)) first ??= found
  }
  if (first) return first
  for (const candidate of candidates) {
    const found = symbolIn(candidate)
    if (found) return found
  }
  return undefined
}

/**
 * Whether a symbol stands in a line's running text, after a word in lower case (`Implementation of
 * resolution MSC.123(45)`, `implementing WT/L/1234`, `Improvements to the A41-3 junction`): a text
 * the document cites, not its own symbol, which a masthead or a title prints alone, at the line's
 * start, after capitalised words (`United Nations A/RES/79/1`, `Resolution A41-3: Safety`), or after
 * a colon or a bracket (`Decision of the Committee: 7.COM 13`, `[S. Res. 712 Introduced in Senate]`).
 */
function cited(text: string, symbol: string): boolean {
  const at = text.indexOf(symbol)
  if (at <= 0) return false
  // What a colon introduces is named by the words before it (`Decision of the Committee: 7.COM 13`);
  // a bracket opens a line of its own run together with others (`[From the … Office] [S. Res. 712 …]`).
  const before = text.slice(0, at)
  const start = Math.max(before.lastIndexOf(':'), before.lastIndexOf('['), before.lastIndexOf(']')) + 1
  for (const word of before.slice(start).split(' ')) if (isLower(word[0])) return true
  return false
}

/** Notes without a marker go to the number, else the title, else the preface; each is reported. */
function placeNotes(notes: AuthorialNote[], front: ReturnType<typeof readPreface>, report: Report): void {
  for (const note of notes) {
    const holder = front.numberParagraph ?? front.titleParagraph ?? front.preface[0]
    const where = front.numberParagraph
      ? 'the document number'
      : front.titleParagraph
        ? 'the title'
        : 'the preface'
    if (holder) holder.children.push(note)
    else front.preface.push({type: 'p', children: [note]})
    report.warn(
      'footnote-reattached',
      `Footnote ${note.marker} attached to ${where}: the extraction lost its marker`,
      note.position,
    )
  }
}

function notesOf(document: Document): AuthorialNote[] {
  const found: AuthorialNote[] = []
  const stack: unknown[] = [document]
  while (stack.length > 0) {
    const node = stack.pop() as {type?: string; children?: unknown[]}
    if (node.type === 'authorialNote') found.push(node as AuthorialNote)
    if (Array.isArray(node.children))
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index])
  }
  return found
}

/**
 * The body the formula names, unless the symbol is of another organisation's: bodies share names
 * (`LA ASAMBLEA GENERAL` of the OAS under `AG/RES. 3001 (LIV-O/24)`, not the United Nations'), and
 * the symbol, each organisation's own, is the surer sign.
 */
function bodyOf(
  body: BodyProfile | undefined,
  symbol: FoundSymbol | undefined,
  report: Report,
): BodyProfile | undefined {
  if (!body || !symbol || symbol.convention.country === body.country) return body
  report.info(
    'body-from-symbol',
    `The formula \`${clip(body.formula)}\` names a body of \`${body.country}\`, but the symbol \`${clip(symbol.symbol)}\` is of \`${symbol.convention.country}\`: the symbol's organisation is kept`,
  )
  return undefined
}
