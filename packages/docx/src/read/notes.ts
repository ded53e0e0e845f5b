import {type P, plainText, type Text} from '@clausewise/model'
import {formatCounter} from '../numbering/format.js'
import {attribute, elements, first} from '../xml/names.js'
import type {XmlElement} from '../xml/parse.js'
import {type Cursor, finishBlocks, joinParagraphs, readBlocks} from './body.js'
import type {Relationship} from './package.js'
import type {RawParagraph, ReadState} from './state.js'

/** How a kind of note is numbered (`w:footnotePr` / `w:endnotePr`). */
export interface NoteNumbering {
  format: string
  start: number
}

/**
 * How notes are numbered: the last section's properties, else the settings', else Word's defaults
 * (footnotes 1, 2, 3…; endnotes i, ii, iii…).
 */
export function noteNumbering(
  kind: 'footnote' | 'endnote',
  settings: XmlElement | undefined,
  body: XmlElement | undefined,
): NoteNumbering {
  const name = kind === 'footnote' ? 'w:footnotePr' : 'w:endnotePr'
  const result: NoteNumbering = {format: kind === 'footnote' ? 'decimal' : 'lowerRoman', start: 1}
  for (const properties of [first(settings, name), first(first(body, 'w:sectPr'), name)]) {
    const format = attribute(first(properties, 'w:numFmt'))
    const start = Number.parseInt(attribute(first(properties, 'w:numStart')) ?? '', 10)
    if (format) result.format = format
    if (Number.isInteger(start) && start >= 0) result.start = start
  }
  return result
}

/** The notes of a part by id (`w:footnote` / `w:endnote`), separators left out. */
export function notesById(
  root: XmlElement | undefined,
  kind: 'footnote' | 'endnote',
): Map<string, XmlElement> {
  const result = new Map<string, XmlElement>()
  for (const element of root ? elements(root, `w:${kind}`) : []) {
    const type = attribute(element, 'w:type')
    const id = attribute(element, 'w:id')
    if (id === undefined || (type !== undefined && type !== 'normal')) continue
    if (!result.has(id)) result.set(id, element)
  }
  return result
}

/** What the notes of one kind need: their elements, numbering and the relationships of their part. */
export interface NoteSource {
  byId: Map<string, XmlElement>
  numbering: NoteNumbering
  relationships: Map<string, Relationship>
}

/**
 * Fill every note referenced in the body, in order: its marker (counted, or the custom mark that
 * followed the reference) and its paragraphs, whose lines follow the body's.
 */
export function fillNotes(
  state: ReadState,
  sources: {footnote: NoteSource; endnote: NoteSource},
  cursor: Cursor,
): void {
  const counters = {footnote: sources.footnote.numbering.start, endnote: sources.endnote.numbering.start}
  const pending = state.notes
  state.notes = []
  state.notesAllowed = false
  for (const {note, kind, id, custom} of pending) {
    const source = sources[kind]
    if (custom) note.marker = note.marker.trim()
    else note.marker = formatCounter(counters[kind]++, source.numbering.format) || String(counters[kind] - 1)
    const element = source.byId.get(id)
    if (!element) {
      state.diagnostics.push({
        reason: `The text of ${kind} ${note.marker} is missing`,
        ruleId: 'note-missing',
        source: '@clausewise/docx',
        fatal: false,
      })
      continue
    }
    const raw: RawParagraph[] = []
    const saved = state.relationships
    state.relationships = source.relationships
    state.fields = []
    readBlocks(element, state, raw)
    state.relationships = saved
    const blocks = finishBlocks(joinParagraphs(raw), state, cursor)
    const paragraphs = blocks.map(
      (block): P => ({type: 'p', children: block.children, position: block.position}),
    )
    note.children = paragraphs
    // Word writes the note's own mark then a space before its text; a note with a custom mark has
    // that mark typed at the start of its text, in the note reference style (so superscript) or not.
    const leading = paragraphs[0]?.children[0]
    if (custom && note.marker && leading?.type === 'sup' && plainText(leading).trim() === note.marker) {
      paragraphs[0]!.children.shift()
    }
    const firstText = paragraphs[0]?.children[0]
    if (firstText && firstText.type === 'text') {
      if (custom && note.marker && firstText.value.startsWith(note.marker)) {
        trimStart(firstText, note.marker.length)
      }
      trimStart(firstText)
      if (firstText.value === '') paragraphs[0]!.children.shift()
    }
  }
}

function trimStart(text: Text, length?: number): void {
  const trimmed = length === undefined ? text.value.replace(/^[ \t]+/, '') : text.value.slice(length)
  const removed = text.value.length - trimmed.length
  if (removed === 0) return
  text.value = trimmed
  if (text.position) {
    text.position.start = {
      line: text.position.start.line,
      column: text.position.start.column + removed,
      offset: (text.position.start.offset ?? 0) + removed,
    }
  }
}
