import type {Inline, Position} from '@clausewise/model'

/**
 * A list item as the source marks it (a Markdown list item, a Word numbered paragraph).
 */
export interface SourceItem {
  /** The label as printed or as the source numbers it (`1.`, `a)`, `(iv)`, `-`), if any. */
  label?: string | undefined
  /** Nesting depth: 1 for an item of a top-level list, 2 inside it, … */
  depth: number
  /** Whether the list is ordered (numbered), if the source says. */
  ordered?: boolean | undefined
  /** Where the label is written in the source, when it is (a Markdown item's `5.` or `a)`). */
  labelPosition?: Position | undefined
}

/**
 * One block of a source, in reading order, as every reader hands it to {@link recognize}: its inline
 * content with positions, and what the source itself says of the block when it says something.
 *
 * A plain-text reader gives plain paragraphs (the number, if any, is part of the text: `1. Decides…`);
 * a Markdown or Word reader also gives headings, list items with their labels and depths, and
 * explicit numbers. What the source says wins over what the text looks like.
 */
export interface SourceBlock {
  /** The block's inline content (`text`, `sup`, `i`, `b`, `ref`, `authorialNote` …), positions kept. */
  children: Inline[]
  /** Where the block stands in the source. */
  position?: Position | undefined
  /** Heading level (1 = top) when the source marks the block as a heading (`#`, a heading style). */
  heading?: number | undefined
  /** The list item the block is, when the source marks it as one. */
  item?: SourceItem | undefined
  /** A number the source gives the block outside its text (automatic numbering), as printed (`3.`). */
  number?: string | undefined
  /**
   * Whether the block is the cells of a table laid out as text, one cell a line (a PDF table as text
   * extraction gives it: `Action` / `Title of post` / `P-4` / `1`), as a plain-text reader tells:
   * no clause, but text of the clause that introduces the table.
   */
  cells?: boolean | undefined
  /**
   * Whether the source marks the block as quoted (a Markdown block quote after a clause): text the
   * clause before it quotes, which opens no unit and numbers no clause, whatever its label says.
   */
  quoted?: boolean | undefined
}
