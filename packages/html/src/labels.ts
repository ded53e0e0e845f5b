import type {ChangeKind, ClauseChange, ClauseKind} from '@clausewise/model'

/** Words a page shows or announces, in one language. */
export interface Labels {
  skipToChanges: string
  skipToContent: string
  changes: string
  summary: string
  changedClauses: string
  noChanges: string
  legend: string
  keyboard: string
  deleted: string
  inserted: string
  movedFrom: (where: string) => string
  /** A clause named by the old document's numbering, e.g. `recital 1 (old text)`. */
  inOldText: (label: string) => string
  movedTo: (where: string) => string
  renumbered: (from: string, to: string) => string
  splitFrom: (where: string) => string
  mergedFrom: (where: string) => string
  clauseChange: Record<ClauseChange | 'moved' | 'renumbered', string>
  changeKind: Record<ChangeKind, string>
  clauseKind: Record<ClauseKind | 'title' | 'number', string>
  kindOfChange: string
  fieldHeading: string
  /** `': '` in English, `' : '` in French. */
  colon: string
  count: string
  wordChanges: string
  old: string
  new: string
  clause: string
  document: string
  field: Record<'number' | 'title' | 'symbol' | 'language' | 'lifecycle' | 'date', string>
  preface: string
  preamble: string
  operative: string
  conclusions: string
  notes: string
  statement: (index: number) => string
  backToText: string
  author: string
  redline: (from: string, to: string) => string
  comparison: (count: number) => string
  same: string
  reworded: string
  reference: string
  lacks: string
  shared: string
  unique: string
  groups: string
  note: string
}

const en: Labels = {
  skipToChanges: 'Skip to changes',
  skipToContent: 'Skip to content',
  changes: 'Changes',
  summary: 'Summary',
  changedClauses: 'Changed clauses',
  noChanges: 'No changes.',
  legend: 'Deleted text is struck through, inserted text is underlined, moved clauses are double underlined.',
  keyboard: 'Keyboard: n or j for the next change, p or k for the previous one.',
  deleted: 'deleted: ',
  inserted: 'inserted: ',
  movedFrom: (where) => `moved from ${where}`,
  inOldText: (label) => `${label} (old text)`,
  movedTo: (where) => `moved to ${where}`,
  renumbered: (from, to) => `renumbered ${from} → ${to}`,
  splitFrom: (where) => `split from ${where}`,
  mergedFrom: (where) => `merged from ${where}`,
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
  },
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
    title: 'title',
    number: 'number',
  },
  kindOfChange: 'Kind of change',
  fieldHeading: 'Field',
  colon: ': ',
  count: 'Count',
  wordChanges: 'Word changes',
  old: 'Old',
  new: 'New',
  clause: 'Clause',
  document: 'Document',
  field: {
    number: 'Number',
    title: 'Title',
    symbol: 'Symbol',
    language: 'Language',
    lifecycle: 'Corrigendum',
    date: 'Date',
  },
  preface: 'Title',
  preamble: 'Preamble',
  operative: 'Operative part',
  conclusions: 'Conclusions',
  notes: 'Notes',
  statement: (index) => `Statement ${index}`,
  backToText: 'Back to the text',
  author: 'Author: ',
  redline: (from, to) => `Changes from ${from} to ${to}`,
  comparison: (count) => `Comparison of ${count} documents`,
  same: 'same',
  reworded: 'reworded',
  reference: 'reference',
  lacks: 'lacks',
  shared: 'Shared by all',
  unique: 'In one only',
  groups: 'Clauses',
  note: 'note',
}

const fr: Labels = {
  skipToChanges: 'Aller aux modifications',
  skipToContent: 'Aller au texte',
  changes: 'Modifications',
  summary: 'Résumé',
  changedClauses: 'Dispositions modifiées',
  noChanges: 'Aucune modification.',
  legend:
    'Le texte supprimé est barré, le texte inséré est souligné, les dispositions déplacées sont doublement soulignées.',
  keyboard: 'Clavier : n ou j pour la modification suivante, p ou k pour la précédente.',
  deleted: 'supprimé : ',
  inserted: 'inséré : ',
  movedFrom: (where) => `déplacé depuis ${where}`,
  inOldText: (label) => `${label} (ancien texte)`,
  movedTo: (where) => `déplacé vers ${where}`,
  renumbered: (from, to) => `renuméroté ${from} → ${to}`,
  splitFrom: (where) => `scindé depuis ${where}`,
  mergedFrom: (where) => `fusionné depuis ${where}`,
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
  },
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
    title: 'titre',
    number: 'numéro',
  },
  kindOfChange: 'Type de modification',
  fieldHeading: 'Champ',
  colon: ' : ',
  count: 'Nombre',
  wordChanges: 'Modifications de mots',
  old: 'Ancien',
  new: 'Nouveau',
  clause: 'Disposition',
  document: 'Document',
  field: {
    number: 'Numéro',
    title: 'Titre',
    symbol: 'Cote',
    language: 'Langue',
    lifecycle: 'Rectificatif',
    date: 'Date',
  },
  preface: 'Titre',
  preamble: 'Préambule',
  operative: 'Dispositif',
  conclusions: 'Conclusions',
  notes: 'Notes',
  statement: (index) => `Déclaration ${index}`,
  backToText: 'Retour au texte',
  author: 'Auteur : ',
  redline: (from, to) => `Modifications de ${from} à ${to}`,
  comparison: (count) => `Comparaison de ${count} documents`,
  same: 'identique',
  reworded: 'reformulé',
  reference: 'référence',
  lacks: 'absent',
  shared: 'Communs à tous',
  unique: 'Dans un seul',
  groups: 'Dispositions',
  note: 'note',
}

/**
 * The labels for a BCP 47 language tag: French for `fr…`, English otherwise.
 *
 * @example labelsFor('fr-CH').deleted // 'supprimé : '
 */
export function labelsFor(language: string | undefined): Labels {
  return (language ?? '').toLowerCase().startsWith('fr') ? fr : en
}

/**
 * A valid `lang` value from a tag that came with the input, or `undefined`.
 *
 * @example langAttribute('fr') // 'fr'
 */
export function langAttribute(language: string | undefined): string | undefined {
  if (!language || language === 'und') return undefined
  return /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,6}$/.test(language) ? language : undefined
}

/**
 * A label from one of the tables above for a key that came with the input: own keys only, so that
 * `constructor` or `__proto__` in a comparison cannot reach `Object.prototype`.
 *
 * @example own(labels.clauseChange, 'modified', 'modified') // 'modified'
 */
export function own<T extends string>(
  table: Readonly<Record<string, T>>,
  key: unknown,
  fallback: string,
): string {
  return typeof key === 'string' && Object.hasOwn(table, key) ? (table[key] as T) : fallback
}
