/**
 * The part of a decision a heading names by its words alone: `Preamble`, `Operative part`. Authors
 * head the parts of a draft this way at whatever depth their title leaves them (`# Preamble` without
 * a title, `## Preamble` under a `#` title, `###` under a `##` one); the words say what the heading
 * is, its depth does not. Annexes and statements are the language profiles' `attachments`.
 */
export type PartHeading = 'preamble' | 'body'

/**
 * The words of a part heading in the languages the profiles cover, compared with the whole heading
 * without case and without a final `:` or `.`. A heading that says more (`Preamble to the Charter`)
 * is not a part heading.
 */
const partWords: Record<PartHeading, readonly string[]> = {
  preamble: ['Preamble', 'Préambule', 'Preámbulo', 'Präambel', 'Preambolo', 'Preâmbulo', 'Преамбула'],
  body: [
    'Operative part',
    'Operative paragraphs',
    'Operative provisions',
    'Dispositif',
    'Partie dispositive',
    'Parte dispositiva',
    'Dispositivo',
    'Verfügender Teil',
    'Постановляющая часть',
  ],
}

const partOf = new Map<string, PartHeading>(
  (Object.entries(partWords) as [PartHeading, readonly string[]][]).flatMap(([part, words]) =>
    words.map((word): [string, PartHeading] => [word.toLowerCase(), part]),
  ),
)

/**
 * The part a heading's plain text names (`Operative part`, `PRÉAMBULE :`), or `undefined`.
 *
 * @example partHeadingOf('OPERATIVE PART') // 'body'
 */
export function partHeadingOf(text: string): PartHeading | undefined {
  if (text.length > 40) return undefined
  const words = text
    .trim()
    .replace(/\s*[:.]$/u, '')
    .replace(/\s+/gu, ' ')
    .toLowerCase()
  return partOf.get(words)
}
