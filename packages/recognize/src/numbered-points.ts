import type {Paragraph, Point} from '@clausewise/model'
import {type Container, unitTextIntroduces} from './clauses.js'
import {lastP} from './content.js'
import type {Label} from './labels.js'
import type {Lexicon} from './lexicon.js'
import {opensWithVerb} from './phrases.js'
import {isSentenceEnd, type Reading} from './reading.js'

/**
 * The style of a printed number: its digits as `1`, a roman numeral as `I`, its marks kept
 * (`1.`, `(1)`, `1)`, `I.`). Two numbers of one style number the same level.
 */
export function numberStyle(printed: string): string {
  let style = ''
  for (const character of printed) {
    const mark = character >= '0' && character <= '9' ? '1' : 'IVXLC'.includes(character) ? 'I' : character
    if (mark !== style[style.length - 1] || (mark !== '1' && mark !== 'I')) style += mark
  }
  return style
}

/**
 * Whether a numbered block is a point of the paragraph before it rather than a paragraph of its own:
 * bodies number a paragraph's points with numbers of another style than the paragraphs' (the World
 * Health Assembly's `1. URGES Member States:` then `(1) to …`, `(2) to …`; the Bundestag's
 * `II. … fordert die Bundesregierung auf,` then `1. …`, `2. …`). The first such number is `1` and
 * follows a paragraph ending with `:` or `,` that has no points yet; the next ones follow a point of
 * their style.
 */
export function isNumberedPoint(container: Container, label: Label): boolean {
  if (label.kind !== 'number' && label.kind !== 'bracketed') return false
  const paragraph = container.last
  if (!paragraph) return false
  const own = numberOf(paragraph)
  // An unnumbered paragraph takes numbered points only where it has some (a unit text's: see
  // `isIntroducedPoint`), looked for before the number's style is worked out.
  if (own === undefined && !paragraph.children.some((child) => child.type === 'list')) return false
  const style = numberStyle(label.printed)
  if (own !== undefined && numberStyle(own) === style) return false
  // The next points of a list (an unnumbered paragraph's too: a unit text's, see `isIntroducedPoint`).
  const list = paragraph.children.find((child) => child.type === 'list')
  if (list?.type === 'list') {
    const last = container.lastPoint ?? (list.children[list.children.length - 1] as Point | undefined)
    const previous = last ? numberOf(last) : undefined
    return previous !== undefined && numberStyle(previous) === style
  }
  if (own === undefined || label.value !== '1') return false
  const text = paragraph.children[paragraph.children.length - 1]
  if (!text || (text.type !== 'content' && text.type !== 'intro')) return false
  const end = lastP(text.children)
  return end === ':' || end === ','
}

/**
 * Whether a numbered block opens the points of a unit's own text rather than the unit's paragraphs:
 * statutes number a definition's or an enumeration's items in another style than their paragraphs
 * (a German law's `§ 2` / `Im Sinne dieses Gesetzes sind:` / `1. …`, its paragraphs `(1)`, `(2)`; a
 * Russian law's `1)` under `… понятия:`, its parts `1.`; an EU act's `(1)` definitions, its
 * paragraphs `1.`). The unit has no paragraph yet, its text ends with `:` or a dash, the number is
 * `1`, and the units' paragraphs so far were numbered, none in its style. (With no paragraph numbered
 * before it, the reading cannot tell, and the numbers are the unit's paragraphs.)
 */
export function isIntroducedPoint(
  container: Container,
  label: Label,
  paragraphStyles: ReadonlySet<string>,
): boolean {
  if (label.kind !== 'number' && label.kind !== 'bracketed') return false
  if (label.value !== '1' || container.last || paragraphStyles.size === 0) return false
  if (paragraphStyles.has(numberStyle(label.printed))) return false
  return unitTextIntroduces(container)
}

function numberOf(clause: Paragraph | Point): string | undefined {
  const num = clause.children[0]
  return num?.type === 'num' ? num.value : undefined
}

/**
 * Whether an unlabelled block of the preamble opens the operative part as the introduction of the
 * numbered paragraphs right after it, its operative verb in lower case (`impegna la Giunta regionale`
 * or `invita il Governo:` above `1. a …`), as council motions print it: it ends with a colon or with
 * nothing, never like a recital.
 */
export function opensNumberedParagraphs(
  reading: Reading,
  next: Reading | undefined,
  lexicon: Lexicon,
): boolean {
  if (reading.label || (reading.last !== ':' && isSentenceEnd(reading.last))) return false
  const kind = next?.label?.kind
  if (kind !== 'number' && kind !== 'bracketed') return false
  return opensWithVerb(reading.bare, lexicon, true)
}
