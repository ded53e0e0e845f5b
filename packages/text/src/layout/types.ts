/** A piece of a repaired line: text, a superscript, or a footnote marker, with its source offsets. */
export interface Segment {
  kind: 'text' | 'sup' | 'marker'
  /** Text with runs of white space made single, ends trimmed (a text segment may open with a space). */
  text: string
  /** Source offset of the first character. */
  start: number
  /** Source offset just past the last character. */
  end: number
}

/** A logical line: one printed line, with superscripts and footnote markers that fell out of it rejoined. */
export interface Line {
  kind: 'line'
  segments: Segment[]
  /** The line's text for matching: text and superscripts, without markers, trimmed. */
  flat: string
  /** Whether the printed line began with white space (a page's or a paragraph's first line). */
  indented: boolean
  start: number
  end: number
}

/** A paragraph break: a line holding white space only (or an empty line, in single-spaced text). */
export interface Break {
  kind: 'break'
  start: number
  end: number
}

/** What stage one yields, in order. */
export type Item = Line | Break

/** A footnote lifted out of the flow. */
export interface LiftedNote {
  /** The marker printed before the note, e.g. `1`. */
  marker: string
  /** The note's lines, the marker taken off the first. */
  lines: Line[]
  start: number
  end: number
  /** Index in the items where the note stood (the item before which it was printed). */
  at: number
  /** The marker segment in the text, once matched. */
  anchor?: Segment | undefined
}
