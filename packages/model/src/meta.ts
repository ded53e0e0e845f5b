import type {Document, Frbr, Meta} from './types.js'

/** ISO 639-2/B codes AKN wants in `FRBRlanguage`, by BCP 47 primary language. */
const iso6392: Record<string, string> = {
  de: 'deu',
  en: 'eng',
  es: 'spa',
  fr: 'fra',
  it: 'ita',
  nl: 'nld',
  pt: 'por',
  ru: 'rus',
  ar: 'ara',
  zh: 'zho',
}

/**
 * The three-letter language code AKN uses (`fra`, `eng`, …) for a BCP 47 tag (`fr`, `en-GB`, …).
 * Unknown languages give `und`.
 *
 * @example aknLanguage('fr') // 'fra'
 */
export function aknLanguage(tag: string): string {
  const primary = tag.toLowerCase().split('-')[0] ?? ''
  if (primary.length === 3) return primary
  return iso6392[primary] ?? 'und'
}

/**
 * The BCP 47 tag (`fr`) for an AKN three-letter language code (`fra`); unknown codes are returned as is.
 *
 * @example bcp47Language('eng') // 'en'
 */
export function bcp47Language(code: string): string {
  const lower = code.toLowerCase()
  for (const [tag, three] of Object.entries(iso6392)) if (three === lower) return tag
  return lower
}

/**
 * The number part of an FRBR URI: `frbr.uriName`-like slug built from the number, e.g. `7/17` → `7-17`.
 *
 * @example uriNumber('7/17') // '7-17'
 */
export function uriNumber(number: string): string {
  let slug = ''
  for (const character of number.normalize('NFC')) {
    if (/[\p{L}\p{N}]/u.test(character)) slug += character.toLowerCase()
    else if (slug && !slug.endsWith('-')) slug += '-'
  }
  while (slug.endsWith('-')) slug = slug.slice(0, -1)
  return slug || 'nn'
}

/**
 * The FRBR work and expression URIs of a document, derived by the AKN naming convention
 * (`/akn/{country}/{type}/{subtype}/{date}/{number}` and `…/{language}@{expressionDate}`) unless the
 * metadata carries its own.
 *
 * @example frbrUris(document).work // '/akn/osce/statement/decision/2017-12-08/mc-7-17'
 */
export function frbrUris(document: Pick<Document, 'documentType' | 'meta'>): {
  work: string
  expression: string
} {
  const {frbr} = document.meta
  const work = frbr.workUri ?? defaultWorkUri(document.documentType, frbr)
  const expression = frbr.expressionUri ?? `${work}/${frbr.language}@${frbr.expressionDate}`
  return {work, expression}
}

function defaultWorkUri(documentType: string, frbr: Frbr): string {
  const parts = ['', 'akn', frbr.country || 'unknown', documentType]
  if (frbr.subtype) parts.push(frbr.subtype)
  parts.push(frbr.date || 'unknown', uriNumber(frbr.number))
  return parts.join('/')
}

/**
 * Empty metadata for a document read without any: language `und`, no dates, no references. Readers
 * fill in what they find.
 *
 * @example emptyMeta('fr').frbr.language // 'fra'
 */
export function emptyMeta(language = 'und'): Meta {
  return {
    frbr: {
      country: 'unknown',
      date: '',
      number: '',
      language: aknLanguage(language),
      expressionDate: '',
    },
    language,
    lifecycle: [],
    references: [],
    notes: [],
  }
}
