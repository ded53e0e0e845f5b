import type {ChangeKind} from '@clausewise/model'

/** Options of `toHtml` and `toHtmlFragment`. */
export interface Options {
  /** Page title (default: the document's number and title). */
  title?: string | undefined
  /** Language of the page's own words, `'en'` or `'fr'` (default: the document's language). */
  locale?: string | undefined
}

/** Options of `toHtmlRedline` and `toHtmlRedlineFragment`. */
export interface RedlineOptions {
  /** `'inline'`: `<del>`/`<ins>` in one text; `'side-by-side'`: old and new in two columns (default: `'inline'`). */
  layout?: 'inline' | 'side-by-side' | undefined
  /** Change classes rendered as plain new text, e.g. `['typography', 'whitespace']` (default: `[]`). */
  hide?: readonly ChangeKind[] | undefined
  /** Include unchanged clauses (default: `true`); `false` shows only changed ones. */
  unchanged?: boolean | undefined
  /** Include the keyboard-navigation script, allowed by hash in the CSP (default: `true`; pages only). */
  script?: boolean | undefined
  /** Page title (default: "Changes from {old} to {new}"). */
  title?: string | undefined
  /** Language of the page's own words, `'en'` or `'fr'` (default: the new document's language). */
  locale?: string | undefined
}

/** Options of `toHtmlMultiComparison`. */
export interface MultiOptions {
  /** Page title (default: "Comparison of N documents"). */
  title?: string | undefined
  /** Language of the page's own words (default: the first document's language). */
  locale?: string | undefined
}
