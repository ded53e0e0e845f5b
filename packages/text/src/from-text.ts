import {
  type AuthorialNote,
  assignEIds,
  ClausewiseError,
  type Document,
  type Preamble,
  type ReadResult,
  resolveLimits,
} from '@clausewise/model'
import {detectLanguage, profileOf, profiles} from '@clausewise/recognize'
import {repairLayout} from './layout/repair.js'
import {splitLines} from './layout/split-lines.js'
import type {LiftedNote} from './layout/types.js'
import type {Profile} from './profile.js'
import {createReporter, type Reporter} from './report.js'
import {createWordIndex} from './structure/blocks.js'
import {readBody} from './structure/body.js'
import {createLexicon, isRecitalStart} from './structure/classify.js'
import {readFront} from './structure/front.js'
import {type Anchors, inlines, lineParagraph} from './structure/inline.js'
import {buildMeta} from './structure/meta.js'
import type {FromTextOptions} from './types.js'

/**
 * Read a decision extracted from a PDF (French, English, or any language with a profile) into the
 * clausewise model. Stage one repairs the layout (double spacing, wrapped lines, page breaks, page
 * furniture, footnotes, split superscripts, line-end hyphens); stage two recognises the structure
 * with the language's profile. Whatever the text, it returns a document and the diagnostics that
 * say what was repaired, guessed or missing; it throws only a `ClausewiseError` `input-too-large`
 * for a text longer than `options.maxLength`.
 *
 * @param text The extracted text.
 * @param options `language`, `profile`, `layout` and `maxLength` (default: language and layout
 *   detected, built-in profile, `defaultLimits.maxLength`).
 * @returns `{document, diagnostics}`.
 * @example fromText(' Le Conseil ministériel,\n\n Réaffirmant…,\n\n1. Décide…').document.children[0].type // 'preamble'
 */
export function fromText(text: string, options: FromTextOptions = {}): ReadResult {
  const input = typeof text === 'string' ? text : String(text ?? '')
  const {maxLength} = resolveLimits(options)
  if (input.length > maxLength) {
    throw new ClausewiseError(
      'input-too-large',
      `Text of ${input.length} characters is longer than maxLength (${maxLength})`,
    )
  }
  return read(input, options)
}

function read(text: string, options: FromTextOptions): ReadResult {
  const lines = splitLines(text)
  const report = createReporter(text, lines.starts)
  let normalized = text
  if (text.normalize('NFC') !== text) {
    // Per line, so that line starts stay source offsets; a column then counts in the normalised line.
    lines.texts = lines.texts.map((line) => line.normalize('NFC'))
    normalized = lines.texts.join('\n')
    report.info('text-normalized', 'Text normalised to Unicode NFC (columns count in normalised lines)', 0, 0)
  }
  const {profile, language} = choose(normalized, options, report)
  const layout = repairLayout(lines, profile, report, {layout: options.layout, text})
  const notes = layout.notes.map((note) => ({lifted: note, node: noteNode(note, report)}))
  const anchors: Anchors = new Map()
  for (const {lifted, node} of notes) if (lifted.anchor) anchors.set(lifted.anchor, node)
  const lexicon = createLexicon(profile)
  const words = createWordIndex(layout.items)
  const front = readFront(layout.items, lexicon, anchors, report)
  const next = layout.items.slice(front.end, front.end + 3).find((item) => item.kind === 'line')
  const preambleFirst = front.formula >= 0 || (next?.kind === 'line' && isRecitalStart(next.flat, lexicon))
  const country = front.body?.country ?? 'unknown'
  const body = readBody(layout.items, front.end, preambleFirst, lexicon, words, anchors, report, country)

  const preface = front.preface
  for (const {lifted, node} of notes) {
    if (lifted.anchor) continue
    const holder = front.numberParagraph ?? front.titleParagraph
    const where = front.numberParagraph
      ? 'the document number'
      : front.titleParagraph
        ? 'the title'
        : 'the preface'
    if (holder) holder.children.push(node)
    else preface.push({type: 'p', children: [node]})
    report.warn(
      'footnote-reattached',
      `Footnote ${lifted.marker} attached to ${where}: the extraction lost its marker`,
      lifted.start,
      lifted.end,
    )
  }

  const document: Document = {
    type: 'document',
    documentType: 'statement',
    name: front.body?.subtype ?? 'decision',
    meta: buildMeta(
      {
        profile,
        language,
        body: front.body,
        number: front.number,
        meeting: front.meeting,
        notes: layout.notes,
        persons: body.persons,
        meetings: options.meetings ?? {},
        at: 0,
      },
      report,
    ),
    children: [],
  }
  if (preface.length > 0) document.children.push({type: 'preface', children: preface})
  const formulaLine = front.formula >= 0 ? layout.items[front.formula] : undefined
  if (formulaLine?.kind === 'line' || body.recitals.length > 0) {
    const preamble: Preamble = {type: 'preamble', children: []}
    if (formulaLine?.kind === 'line') {
      preamble.children.push({
        type: 'formula',
        eId: '',
        name: 'enactingFormula',
        children: [lineParagraph(formulaLine, anchors, report)],
      })
    }
    if (body.recitals.length > 0) preamble.children.push({type: 'recitals', eId: '', children: body.recitals})
    document.children.push(preamble)
  }
  if (body.operative.length > 0) document.children.push({type: 'mainBody', children: body.operative})
  if (body.attachments.length > 0) document.children.push({type: 'attachments', children: body.attachments})
  if (!front.number && text.trim()) report.warn('number-not-found', 'No document number line found', 0, 0)
  assignEIds(document)
  return {document, diagnostics: report.diagnostics}
}

function choose(
  text: string,
  options: FromTextOptions,
  report: Reporter,
): {profile: Profile; language: string} {
  if (options.profile)
    return {profile: options.profile, language: options.language ?? options.profile.language}
  const given = options.language ? profileOf(options.language) : undefined
  if (given) return {profile: given, language: options.language!}
  if (options.language) {
    report.warn(
      'language-unsupported',
      `No built-in profile for \`${options.language}\`: language detected instead`,
      0,
      0,
    )
  }
  const detected = detectLanguage(text)
  const profile = profileOf(detected) ?? profiles.en
  report.info('language-detected', `Language detected: ${detected}`, 0, 0)
  return {profile, language: detected === 'und' ? profile.language : detected}
}

function noteNode(note: LiftedNote, report: Reporter): AuthorialNote {
  const p = {
    type: 'p' as const,
    children: inlines(
      note.lines,
      note.lines.slice(1).map(() => 'space'),
      new Map(),
    ),
    position: report.position(note.start, note.end),
  }
  return {
    type: 'authorialNote',
    eId: '',
    marker: note.marker,
    placement: 'bottom',
    children: [p],
    position: p.position,
  }
}
