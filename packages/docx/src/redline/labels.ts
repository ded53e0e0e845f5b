import {
  type ChangeKind,
  type ClauseChange,
  type ClauseKind,
  type ComparisonWords,
  comparisonWords,
} from '@clausewise/model'

/** The words of a redline's summary page, in one language. */
export interface Labels {
  summary: string
  from: string
  to: string
  /** `': '` in English, `' : '` in French. */
  colon: string
  clauses: string
  wordChanges: string
  kindOfChange: string
  count: string
  changedClauses: string
  noChanges: string
  legend: string
  inOldText: (label: string) => string
  movedFrom: (where: string) => string
  movedTo: (where: string) => string
  renumbered: (from: string, to: string) => string
  clauseChange: Record<ClauseChange | 'moved' | 'renumbered', string>
  changeKind: Record<ChangeKind, string>
  clauseKind: Record<ClauseKind, string>
  field: ComparisonWords['field']
  statement: (index: number) => string
}

const en: Labels = {
  summary: 'Summary of changes',
  from: 'From',
  to: 'To',
  colon: ': ',
  clauses: 'Clauses',
  wordChanges: 'Word changes',
  kindOfChange: 'Kind of change',
  count: 'Count',
  changedClauses: 'Changed clauses',
  noChanges: 'No changes.',
  legend:
    'The changes that follow are Word tracked changes: accepting them all gives the new text, rejecting them all the old one. This summary page is not part of either.',
  inOldText: (label) => `${label} (old text)`,
  movedFrom: (where) => `moved from ${where}`,
  movedTo: (where) => `moved to ${where}`,
  renumbered: (from, to) => `renumbered ${from} → ${to}`,
  clauseChange: comparisonWords('en').clauseChange,
  changeKind: comparisonWords('en').changeKind,
  clauseKind: comparisonWords('en').clauseKind,
  field: comparisonWords('en').field,
  statement: (index) => `${comparisonWords('en').statement} ${index}`,
}

const fr: Labels = {
  summary: 'Résumé des modifications',
  from: 'De',
  to: 'À',
  colon: '\u00a0: ',
  clauses: 'Clauses',
  wordChanges: 'Modifications de mots',
  kindOfChange: 'Nature de la modification',
  count: 'Nombre',
  changedClauses: 'Clauses modifiées',
  noChanges: 'Aucune modification.',
  legend:
    'Les modifications qui suivent sont des marques de révision de Word : les accepter toutes donne le nouveau texte, les refuser toutes l’ancien. Cette page de résumé ne fait partie ni de l’un ni de l’autre.',
  inOldText: (label) => `${label} (ancien texte)`,
  movedFrom: (where) => `déplacé depuis ${where}`,
  movedTo: (where) => `déplacé vers ${where}`,
  renumbered: (from, to) => `renuméroté ${from} → ${to}`,
  clauseChange: comparisonWords('fr').clauseChange,
  changeKind: comparisonWords('fr').changeKind,
  clauseKind: comparisonWords('fr').clauseKind,
  field: comparisonWords('fr').field,
  statement: (index) => `${comparisonWords('fr').statement} ${index}`,
}

/** The labels for a language tag: French for `fr…`, English otherwise. */
export function labelsFor(language: string | undefined): Labels {
  return language?.toLowerCase().startsWith('fr') ? fr : en
}
