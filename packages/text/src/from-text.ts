import {type AuthorialNote, ClausewiseError, type ReadResult, resolveLimits} from '@clausewise/model'
import {chooseProfile} from '@clausewise/recognize'
import {replaceForbidden} from './layout/forbidden.js'
import {repairLayout} from './layout/repair.js'
import {lineAt, splitLines} from './layout/split-lines.js'
import {surveyText} from './layout/survey.js'
import type {Item, LiftedNote} from './layout/types.js'
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
 * @param options `language`, `profile`, `layout`, `meetings` and `maxLength` (default: language and
 *   layout detected, built-in profile, no meetings, `defaultLimits.maxLength`).
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

function read(given: string, options: FromTextOptions): ReadResult {
  // One pass over the text tells whether it holds a forbidden character (to replace) and what the
  // layout looks for; the survey stands for the text the layout reads only if nothing was replaced.
  const survey = surveyText(given)
  // The reporter takes its line starts from the lines, unless it must report forbidden characters
  // before they are split (the replacement changes no line end: the starts are the same).
  const early = survey.forbidden ? createReporter(given) : undefined
  const text = early ? replaceForbidden(given, early) : given
  const lines = splitLines(text)
  const report = early ?? createReporter(given, lines.starts)
  // Per line, so that line starts stay source offsets; a column then counts in the normalised line.
  const normalized = normalizeLines(lines, text)
  if (normalized)
    report.info('text-normalized', 'Text normalised to Unicode NFC (columns count in normalised lines)', 0, 0)
  // The text to detect the language of, made only if detection runs (the lines joined only if one
  // changed, and only the first of them: detection reads the first 16 KB).
  const sample = normalized ? () => startOf(lines.texts, sampleLength) : () => text
  const {profile, language} = choose(sample, options, report)
  // The layout reads the whole text for what its lines hold, unless normalising changed a line.
  const layout = repairLayout(lines, profile, report, {
    layout: options.layout,
    text: normalized ? undefined : text,
    survey: text === given ? survey : undefined,
  })
  // The structure stage takes the lines: nothing here keeps them, so that they can be collected as
  // soon as they are grouped, before the recognition builds the model (a lower peak of memory).
  let items: Item[] | undefined = layout.items
  layout.items = []
  const takeItems = (): Item[] => {
    const taken = items ?? []
    items = undefined
    return taken
  }
  const notes = layout.notes.map((note) => ({lifted: note, node: noteNode(note, report)}))
  // The layout stage matched each note with its marker where it found one.
  const anchors: Anchors = new Map()
  for (const {lifted, node} of notes) if (lifted.anchor) anchors.set(lifted.anchor, node)
  const unplaced = notes.filter((note) => !note.lifted.anchor).map((note) => note.node)
  const furniture = report.diagnostics
    .filter((diagnostic) => diagnostic.ruleId === 'page-furniture' && diagnostic.text)
    .map((diagnostic) => diagnostic.text!.trim())
  const structure = readStructure(
    {
      takeItems,
      anchors,
      unplaced,
      profile,
      language,
      charAt: characterAt(lines),
      meetings: options.meetings,
      furniture,
      source,
      layoutKind: layout.kind,
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
    const line = lineAt(lines.starts, offset)
    return lines.texts[line]?.[offset - (lines.starts[line] ?? 0)] ?? '\n'
  }
}

/**
 * Normalise each line of a text to Unicode NFC in place; whether any changed. A line of characters
 * below U+0300 (Latin letters and their spacing marks, none of which composes) is NFC already and is
 * not copied. The lines that may change are found in the whole `text` they are slices of: one search
 * that goes on from the next line each time it finds one (most texts hold few such lines).
 */
function normalizeLines(lines: {texts: string[]; starts: number[]}, text: string): boolean {
  const {texts, starts} = lines
  let changed = false
  let index = 0
  mayCompose.lastIndex = 0
  while (mayCompose.test(text)) {
    const at = mayCompose.lastIndex - 1
    while (index + 1 < starts.length && starts[index + 1]! <= at) index++
    const line = texts[index]!
    const normal = line.normalize('NFC')
    if (normal !== line) {
      texts[index] = normal
      changed = true
    }
    if (index + 1 >= starts.length) break
    mayCompose.lastIndex = starts[index + 1]!
  }
  mayCompose.lastIndex = 0
  return changed
}

/** More of a text than language detection reads (`detectLanguage` reads its first 16 KB). */
const sampleLength = 65_536

/**
 * The first lines, joined, up to the one that makes `length` characters (the text when shorter, or
 * when they are all blank: whether a text is blank is asked of the sample too).
 */
function startOf(texts: string[], length: number): string {
  let count = 0
  let end = 0
  while (end < texts.length && count < length) count += texts[end++]!.length + 1
  const start = texts.slice(0, end).join('\n')
  return end < texts.length && start.trim() === '' ? texts.join('\n') : start
}

/** A character from U+0300 on: only a line holding one may change under NFC. */
const mayCompose = /[^\u0000-\u02ff]/g

/** The profile to read with (`chooseProfile`), its notes reported at the text's start. */
function choose(
  sample: () => string,
  options: FromTextOptions,
  report: Reporter,
): {profile: Profile; language: string} {
  const choice = chooseProfile(sample, options)
  for (const note of choice.notes)
    report[note.severity === 'info' ? 'info' : 'warn'](note.ruleId, note.reason, 0, 0)
  return choice
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
