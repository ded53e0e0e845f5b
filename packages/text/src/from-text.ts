import {type AuthorialNote, ClausewiseError, type ReadResult, resolveLimits} from '@clausewise/model'
import {detectLanguage, profileOf, profiles} from '@clausewise/recognize'
import {repairLayout} from './layout/repair.js'
import {splitLines} from './layout/split-lines.js'
import type {LiftedNote, Segment} from './layout/types.js'
import type {Profile} from './profile.js'
import {createReporter, type Reporter, source} from './report.js'
import {type Anchors, inlines} from './structure/inline.js'
import {readStructure} from './structure/read-structure.js'
import type {FromTextOptions} from './types.js'

/**
 * Read a decision extracted from a PDF (French, English, or any language with a profile) into the
 * clausewise model. Stage one repairs the layout (double spacing, wrapped lines, page breaks, page
 * furniture, footnotes, split superscripts, line-end hyphens); stage two recognises the structure
 * with the language's profile. Whatever the input text, it returns a document and the diagnostics
 * that say what was repaired, guessed or missing.
 *
 * @param text The extracted text.
 * @param options `language` and/or `profile` (default: language detected, built-in profile).
 * @returns `{document, diagnostics}`.
 * @throws `ClausewiseError` `input-too-large` when the text is longer than `options.maxLength`.
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
  // Any other thrown error is a bug and reaches the caller (docs/api-conventions.md): never caught.
  return read(input, options)
}

function read(text: string, options: FromTextOptions): ReadResult {
  const report = createReporter(text)
  const lines = splitLines(text)
  let normalized = text
  if (text.normalize('NFC') !== text) {
    // Per line, so that line starts stay source offsets; a column then counts in the normalised line.
    lines.texts = lines.texts.map((line) => line.normalize('NFC'))
    normalized = lines.texts.join('\n')
    report.info('text-normalized', 'Text normalised to Unicode NFC (columns count in normalised lines)', 0, 0)
  }
  const {profile, language} = choose(normalized, options, report)
  const layout = repairLayout(lines, profile, report)
  const notes = layout.notes.map((note) => ({lifted: note, node: noteNode(note, report)}))
  const anchors = anchor(
    layout.items,
    layout.notes,
    notes.map((note) => note.node),
    report,
  )
  const unplaced = notes.filter((note) => !note.lifted.anchor).map((note) => note.node)
  const furniture = report.diagnostics
    .filter((diagnostic) => diagnostic.ruleId === 'page-furniture' && diagnostic.text)
    .map((diagnostic) => diagnostic.text!.trim())
  const structure = readStructure(
    {
      items: layout.items,
      anchors,
      unplaced,
      profile,
      language,
      charAt: characterAt(lines),
      meetings: options.meetings,
      furniture,
      source,
    },
    report,
  )
  const diagnostics = report.diagnostics
  for (const diagnostic of structure.diagnostics) diagnostics.push(diagnostic)
  return {document: structure.document, diagnostics}
}

/** The character at a source offset, in the (normalised) lines. */
function characterAt(lines: {texts: string[]; starts: number[]}): (offset: number) => string {
  return (offset) => {
    let low = 0
    let high = lines.starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (lines.starts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return lines.texts[low]?.[offset - (lines.starts[low] ?? 0)] ?? '\n'
  }
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
  const guess = detectLanguage(text)
  if (guess.language === 'und') {
    report.warn(
      'language-unknown',
      'No language profile fits the text: read with the English profile; pass `language` or `profile`',
      0,
      0,
    )
    return {profile: profiles.en, language: 'und'}
  }
  const profile = profileOf(guess.language) ?? profiles.en
  report.info(
    'language-detected',
    `Language detected: ${guess.language} (confidence ${guess.confidence})`,
    0,
    0,
  )
  if (!guess.sure) {
    report.warn(
      'language-uncertain',
      `Language ${guess.language} detected with little confidence (${guess.confidence}${guess.runnerUp ? `, ${guess.runnerUp} close behind` : ''}): pass \`language\` if it is wrong`,
      0,
      0,
    )
  }
  return {profile, language: guess.language}
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

/**
 * Match footnotes with the markers found in the text (a digit line split off like a superscript):
 * each note takes the first unused marker with its number printed before it. Markers no note claims
 * were page numbers: reported as page furniture.
 */
function anchor(
  items: ReadonlyArray<{kind: string; segments?: Segment[]}>,
  lifted: LiftedNote[],
  nodes: AuthorialNote[],
  report: Reporter,
): Anchors {
  const anchors: Anchors = new Map()
  const markers = new Map<string, Segment[]>()
  for (const item of items) {
    if (!item.segments || item.segments.length < 2) continue
    for (const segment of item.segments) {
      if (segment.kind !== 'marker') continue
      const list = markers.get(segment.text)
      if (list) list.push(segment)
      else markers.set(segment.text, [segment])
    }
  }
  if (markers.size === 0) return anchors
  const used = new Set<Segment>()
  const cursors = new Map<string, number>()
  lifted.forEach((note, index) => {
    const list = markers.get(note.marker)
    const cursor = cursors.get(note.marker) ?? 0
    const candidate = list?.[cursor]
    if (!candidate || candidate.start >= note.start) return
    cursors.set(note.marker, cursor + 1)
    used.add(candidate)
    note.anchor = candidate
    report.info(
      'footnote-anchored',
      `Footnote ${note.marker} placed where its marker stood`,
      candidate.start,
      candidate.end,
      note.marker,
    )
    anchors.set(candidate, nodes[index]!)
  })
  for (const list of markers.values()) {
    for (const segment of list)
      if (!used.has(segment)) report.furniture(segment.text, segment.start, segment.end)
  }
  return anchors
}
