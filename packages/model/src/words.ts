import type {ChangeKind, ClauseChange, ClauseKind, MetadataChange} from './comparison.js'

/**
 * The comparison's own vocabulary in one language: what each clause kind, clause change, word
 * change kind and metadata field is called. Every renderer (HTML page, Markdown comments, Word summary) takes its nouns
 * from here, so that adding a language is one entry here and its renderers' sentences.
 */
export interface ComparisonWords {
  /** BCP 47 primary language subtag, e.g. `fr`. */
  language: string
  clauseKind: Record<ClauseKind, string>
  clauseChange: Record<ClauseChange | 'moved' | 'renumbered', string>
  changeKind: Record<ChangeKind, string>
  /** What each field of a metadata change is called (`Adoption and corrigenda` for `lifecycle`: its events). (Added in 0.3.0.) */
  field: Record<MetadataChange['field'], string>
  /** What an attached statement is called, before its number (`Statement 2`). (Added in 0.3.0.) */
  statement: string
}

const en: ComparisonWords = {
  language: 'en',
  clauseKind: {
    formula: 'formula',
    recital: 'recital',
    paragraph: 'paragraph',
    point: 'point',
    blockContainer: 'introduction',
    hcontainer: 'part',
    authorialNote: 'note',
    heading: 'heading',
    citation: 'citation',
    item: 'item',
    row: 'row',
    speech: 'speech',
    note: 'note',
    block: 'text',
  },
  clauseChange: {
    unchanged: 'unchanged',
    modified: 'modified',
    inserted: 'inserted',
    deleted: 'deleted',
    split: 'split',
    merged: 'merged',
    moved: 'moved',
    renumbered: 'renumbered',
  },
  changeKind: {
    wording: 'wording',
    punctuation: 'punctuation',
    case: 'case',
    typography: 'typography',
    whitespace: 'whitespace',
    number: 'number or reference',
    formatting: 'formatting',
  },
  field: {
    number: 'Number',
    title: 'Title',
    symbol: 'Symbol',
    language: 'Language',
    lifecycle: 'Adoption and corrigenda',
    date: 'Date',
    heading: 'Statement heading',
  },
  statement: 'Statement',
}

const fr: ComparisonWords = {
  language: 'fr',
  clauseKind: {
    formula: 'formule',
    recital: 'considérant',
    paragraph: 'paragraphe',
    point: 'alinéa',
    blockContainer: 'introduction',
    hcontainer: 'partie',
    authorialNote: 'note',
    heading: 'intitulé',
    citation: 'visa',
    item: 'élément',
    row: 'ligne',
    speech: 'intervention',
    note: 'note',
    block: 'texte',
  },
  clauseChange: {
    unchanged: 'inchangé',
    modified: 'modifié',
    inserted: 'inséré',
    deleted: 'supprimé',
    split: 'scindé',
    merged: 'fusionné',
    moved: 'déplacé',
    renumbered: 'renuméroté',
  },
  changeKind: {
    wording: 'rédaction',
    punctuation: 'ponctuation',
    case: 'casse',
    typography: 'typographie',
    whitespace: 'espaces',
    number: 'numéro ou renvoi',
    formatting: 'mise en forme',
  },
  field: {
    number: 'Numéro',
    title: 'Titre',
    symbol: 'Cote',
    language: 'Langue',
    lifecycle: 'Adoption et rectificatifs',
    date: 'Date',
    heading: 'Intitulé de la déclaration',
  },
  statement: 'Déclaration',
}

const es: ComparisonWords = {
  language: 'es',
  clauseKind: {
    formula: 'fórmula',
    recital: 'considerando',
    paragraph: 'párrafo',
    point: 'apartado',
    blockContainer: 'introducción',
    hcontainer: 'parte',
    authorialNote: 'nota',
    heading: 'título',
    citation: 'visto',
    item: 'elemento',
    row: 'fila',
    speech: 'intervención',
    note: 'nota',
    block: 'texto',
  },
  clauseChange: {
    unchanged: 'sin cambios',
    modified: 'modificado',
    inserted: 'insertado',
    deleted: 'suprimido',
    split: 'dividido',
    merged: 'fusionado',
    moved: 'trasladado',
    renumbered: 'renumerado',
  },
  changeKind: {
    wording: 'redacción',
    punctuation: 'puntuación',
    case: 'mayúsculas',
    typography: 'tipografía',
    whitespace: 'espacios',
    number: 'número o referencia',
    formatting: 'formato',
  },
  field: {
    number: 'Número',
    title: 'Título',
    symbol: 'Signatura',
    language: 'Idioma',
    lifecycle: 'Adopción y correcciones',
    date: 'Fecha',
    heading: 'Título de la declaración',
  },
  statement: 'Declaración',
}

const de: ComparisonWords = {
  language: 'de',
  clauseKind: {
    formula: 'Eingangsformel',
    recital: 'Erwägungsgrund',
    paragraph: 'Absatz',
    point: 'Punkt',
    blockContainer: 'Einleitung',
    hcontainer: 'Teil',
    authorialNote: 'Fußnote',
    heading: 'Überschrift',
    citation: 'Bezugsvermerk',
    item: 'Element',
    row: 'Zeile',
    speech: 'Redebeitrag',
    note: 'Anmerkung',
    block: 'Text',
  },
  clauseChange: {
    unchanged: 'unverändert',
    modified: 'geändert',
    inserted: 'eingefügt',
    deleted: 'gestrichen',
    split: 'geteilt',
    merged: 'zusammengeführt',
    moved: 'verschoben',
    renumbered: 'umnummeriert',
  },
  changeKind: {
    wording: 'Wortlaut',
    punctuation: 'Zeichensetzung',
    case: 'Groß- und Kleinschreibung',
    typography: 'Typografie',
    whitespace: 'Leerraum',
    number: 'Nummer oder Verweis',
    formatting: 'Formatierung',
  },
  field: {
    number: 'Nummer',
    title: 'Titel',
    symbol: 'Dokumentensymbol',
    language: 'Sprache',
    lifecycle: 'Annahme und Berichtigungen',
    date: 'Datum',
    heading: 'Überschrift der Erklärung',
  },
  statement: 'Erklärung',
}

const byLanguage: Readonly<Record<string, ComparisonWords>> = {en, fr, es, de}

/**
 * The languages {@link comparisonWords} knows, by primary subtag.
 *
 * @example comparisonLanguages.includes('fr') // true
 */
export const comparisonLanguages: readonly string[] = Object.keys(byLanguage)

/**
 * The comparison's vocabulary in a language (`fr`, `fr-CH`, `fra` is not a subtag: English), English
 * for a language it does not know.
 *
 * @example comparisonWords('fr-CH').clauseKind.recital // 'considérant'
 */
export function comparisonWords(language: string | undefined): ComparisonWords {
  const primary = (language ?? '').toLowerCase().split('-')[0] ?? ''
  return Object.hasOwn(byLanguage, primary) ? byLanguage[primary]! : en
}
