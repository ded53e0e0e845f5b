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

/**
 * A logical line: one printed line, with what the extraction split off it put back — superscripts
 * and footnote markers that fell onto lines of their own, a paragraph label printed alone in the
 * margin (`1.` / `Reaffirms…`), and the rest of a word broken by a line-end hyphen (the lines are
 * then one line, joined as the hyphen decision says).
 */
export interface Line {
  kind: 'line'
  segments: Segment[]
  /** The line's text for matching: text and superscripts, without markers, trimmed. */
  flat: string
  /**
   * Whether the printed line began with white space, in double spacing (where that marks a page's
   * first line); elsewhere indentation is the page's layout (a first-line or hanging indent of
   * `pdftotext -layout`, a table's cell) and says nothing of pages.
   */
  indented: boolean
  /**
   * Whether the line is the first of the text after a page boundary: a page break, page furniture
   * or a footnote block was taken out just before it. No `Break` is emitted at a page boundary: the
   * sentence before may go on here, and whether it does is the structure's decision.
   */
  pageStart?: boolean | undefined
  /** Whether a footnote block was lifted out just before this line. */
  afterNotes?: boolean | undefined
  /**
   * In single spacing, where the printed line's text starts, if past the line's start: a first-line
   * indent, a hanging paragraph's text, a centred line, as `pdftotext -layout` keeps them in spaces.
   */
  indent?: number | undefined
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
  /** The marker printed before the note, e.g. `1`, `*`. */
  marker: string
  /** The note's lines, the marker taken off the first. */
  lines: Line[]
  start: number
  end: number
  /** Index in the items where the note stood (the item before which it was printed). */
  at: number
  /** The marker segment in the text, once matched (a segment of kind `marker` in some line). */
  anchor?: Segment | undefined
}

/**
 * How the text was produced, which decides what its blank lines and line ends mean:
 * - `double-spaced`: a PDF extraction that puts an empty line after every printed line (a line of
 *   white space marks a paragraph; the OSCE texts);
 * - `single-spaced`: a PDF extraction with printed lines one after the other, a paragraph marked by
 *   a blank line, pages by form feeds or (PyMuPDF) an empty line where blank lines hold a space;
 * - `web`: text copied from a web page, one paragraph per line;
 * - `one-line`: a dump with most of the text on one line (sentences are then the lines).
 */
export type LayoutKind = 'double-spaced' | 'single-spaced' | 'web' | 'one-line'
