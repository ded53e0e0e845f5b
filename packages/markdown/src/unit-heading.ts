import type {Inline} from '@clausewise/model'

/** A word that heads a unit (`Article`), and the AKN element it stands for. */
export interface HierarchyWord {
  word: string
  name: 'article' | 'chapter' | 'part' | 'section' | 'title' | 'book' | 'rule' | 'clause' | 'division'
}

/**
 * Words heading the units of acts in the languages the profiles cover, for a document whose profile
 * has none. Compared without case; a final `.` is optional (`Art` and `Art.`).
 */
export const defaultHierarchyWords: HierarchyWord[] = [
  // `§` numbers the basic unit of German, Austrian and Nordic statutes: an article in LegalDocML.de,
  // as the German profile of `@clausewise/recognize` has it.
  ...['Article', 'Art', 'Artikel', 'Artículo', 'Art', 'Articolo', 'Artigo', 'Статья', 'Ст', '§'].map(
    (word) => ({word, name: 'article' as const}),
  ),
  ...['Chapter', 'Chapitre', 'Kapitel', 'Capítulo', 'Capitolo', 'Глава'].map((word) => ({
    word,
    name: 'chapter' as const,
  })),
  ...['Part', 'Partie', 'Teil', 'Parte', 'Часть'].map((word) => ({word, name: 'part' as const})),
  ...['Section', 'Abschnitt', 'Sección', 'Sezione', 'Seção', 'Раздел'].map((word) => ({
    word,
    name: 'section' as const,
  })),
  ...['Title', 'Titre', 'Titel', 'Título', 'Titolo'].map((word) => ({word, name: 'title' as const})),
  ...['Book', 'Livre', 'Buch', 'Libro', 'Livro'].map((word) => ({word, name: 'book' as const})),
  // Rules of procedure number rules (`Rule 12`), contracts and charters clauses, codes divisions.
  {word: 'Rule', name: 'rule'},
  {word: 'Clause', name: 'clause'},
  {word: 'Division', name: 'division'},
]

/** What a heading says of the unit it opens. */
export interface UnitHeading {
  /** The AKN element: from the heading's word, `section` for a bare number (`1. Mission`). */
  name: HierarchyWord['name']
  /** The number as printed, word included: `Art 45d`, `Article I.`, `1.`. */
  num: string
  /** The number without word or final punctuation, for the eId: `45d`, `I`, `1`. */
  numeral: string
  /** The rest of the heading after the number and a separator (` - `, ` — `, `: `, `. `). */
  heading: Inline[]
}

const numberPattern =
  /^(?:\d{1,4}[a-z]{0,3}(?:[-.]\d{1,4}[a-z]{0,3}){0,3}|[IVXLC]{1,7}(?: ?[a-z])?|[ivxlc]{1,7})/u

/**
 * Numbers written as words after a unit's word, by the drafting rules of French (`Article premier`,
 * `Article unique`), Spanish (`Artículo primero.-`, `Artículo único`), Italian and Portuguese
 * (`Articolo unico`, `Artigo único`) legislation, with the numeral their eId takes.
 */
const numberWords: ReadonlyMap<string, string> = new Map([
  ...['premier', 'première', 'primero', 'primera', 'primeiro'].map((word) => [word, '1'] as const),
  ...[
    ['segundo', 'segunda'],
    ['tercero', 'tercera', 'terceiro'],
    ['cuarto', 'cuarta', 'quarto'],
    ['quinto', 'quinta'],
    ['sexto', 'sexta'],
    ['séptimo', 'séptima', 'sétimo'],
    ['octavo', 'octava', 'oitavo'],
    ['noveno', 'novena', 'nono'],
    ['décimo', 'décima'],
  ].flatMap((words, index) => words.map((word) => [word, String(index + 2)] as const)),
  // A sole unit is unit 1, as `eIdNumber` numbers it: it keeps its eId when a later version adds a second.
  ...['unique', 'único', 'única', 'unico'].map((word) => [word, '1'] as const),
])

/** The number word a text opens with (followed by white space, `.`, `-`, `:` or its end), if any. */
function numberWordAt(text: string): {word: string; numeral: string} | undefined {
  let end = 0
  while (end < text.length && end < 12 && /\p{L}/u.test(text[end]!)) end++
  const word = text.slice(0, end)
  const numeral = numberWords.get(word.toLowerCase())
  return numeral === undefined ? undefined : {word, numeral}
}

/** Length of the separator between a unit's number and its heading at `index`, or -1 if none. */
function separatorAt(text: string, index: number): number {
  if (index >= text.length) return 0
  let at = index
  while (at < text.length && (text[at] === ' ' || text[at] === '\t')) at++
  if (at === index) {
    if (text[at] === ':') return 1 + (text[at + 1] === ' ' ? 1 : 0)
    // `Artículo 1o.- Texto`, `Art. 5.– …`: a dash right after the number's point.
    if (text[at - 1] === '.' && '-–—'.includes(text[at] ?? '') && text[at + 1] === ' ') return 2
    return -1
  }
  if ('-–—:'.includes(text[at] ?? '') && (text[at + 1] === ' ' || at + 1 === text.length)) {
    at++
    while (at < text.length && text[at] === ' ') at++
  }
  return at - index
}

/**
 * The unit a heading opens, read from its first words: a hierarchy word and a number (`Article 5 —
 * Scope`, `Art 45d`, `§ 3`), or a number with its `.` or `)` (`1. Mission`, `I. - Die Grundrechte`,
 * `IV a. - Gemeinsamer Ausschuß`). `undefined` when the heading is plain text (`Annex`, `Präambel`).
 *
 * @example implicitUnit([{type: 'text', value: 'Art 1'}], defaultHierarchyWords)?.num // 'Art 1'
 */
export function implicitUnit(content: Inline[], words: readonly HierarchyWord[]): UnitHeading | undefined {
  const first = content[0]
  if (first?.type !== 'text') return undefined
  const text = first.value
  let index = 0
  let name: HierarchyWord['name'] = 'section'
  let word = false
  const space = text.search(/[ \t]/)
  if (space > 0 && space <= 24) {
    const candidate = text.slice(0, space).replace(/\.$/, '').toLowerCase()
    const found = words.find((entry) => entry.word.replace(/\.$/, '').toLowerCase() === candidate)
    if (found) {
      name = found.name
      word = true
      index = space
      while (text[index] === ' ' || text[index] === '\t') index++
    }
  }
  // A number word first: `cuarto` is no roman `c`.
  const spelt = word ? numberWordAt(text.slice(index, index + 13)) : undefined
  const match = spelt ? null : numberPattern.exec(text.slice(index, index + 40))
  if (!match && !spelt) return undefined
  let end = index + (match ? match[0].length : spelt!.word.length)
  // An ordinal indicator after the digits (`Art. 1º`, `Artículo 2.º`) belongs to the number.
  if (match && 'ºª°'.includes(text[end] || '-')) end++
  const punctuation = text[end] === '.' || text[end] === ')'
  if (punctuation) end++
  if (match && text[end - 1] === '.' && 'ºª'.includes(text[end] || '-')) end++
  if (!word && !punctuation) return undefined
  const separator = separatorAt(text, end)
  if (separator < 0) return undefined
  const numeral = match ? match[0] : spelt!.numeral
  const rest = text.slice(end + separator)
  const heading: Inline[] = rest ? [{...first, value: rest}, ...content.slice(1)] : content.slice(1)
  if (heading[0] && 'position' in heading[0]) delete heading[0].position
  return {name, num: text.slice(0, end), numeral, heading}
}

/**
 * The content of a heading line whose unit number is written in bold or italics (`**Article 1 —
 * Name**`, `## **§ 3** Frist`): the emphasis taken off when the words inside open a unit by a
 * hierarchy word, so that the number leaves the text as any heading's does (the emphasis is how the
 * line shows a heading); the content as it is otherwise.
 *
 * @example unitLineContent([{type: 'b', children: [{type: 'text', value: 'Article 1'}]}], defaultHierarchyWords) // [{type: 'text', value: 'Article 1'}]
 */
export function unitLineContent(content: Inline[], words: readonly HierarchyWord[]): Inline[] {
  const [first, ...rest] = content
  if (!first || (first.type !== 'b' && first.type !== 'i')) return content
  const inner = first.children as Inline[]
  const found = implicitUnit(inner, words)
  // A bare number (`**1. Scope**`) stays as written: a bold numbered line is as often a paragraph.
  if (!found || !/\s/u.test(found.num)) return content
  const last = inner[inner.length - 1]
  const next = rest[0]
  if (last?.type === 'text' && next?.type === 'text') {
    // `**Article 2** — Objects`: one text, as the line reads.
    const joined: Inline = {type: 'text', value: last.value + next.value}
    return [...inner.slice(0, -1), joined, ...rest.slice(1)]
  }
  return [...inner, ...rest]
}
