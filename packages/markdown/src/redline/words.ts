import {type ClauseKind, comparisonWords} from '@clausewise/model'

/** The words of a redline's comments in one language. */
export interface RedlineWords {
  kinds: Record<ClauseKind, string>
  movedTo: (where: string) => string
  movedFrom: (where: string) => string
  renumbered: (from: string, to: string) => string
  split: (count: number) => string
  merged: (count: number) => string
}

const english: RedlineWords = {
  kinds: comparisonWords('en').clauseKind,
  movedTo: (where) => `moved to ${where}`,
  movedFrom: (where) => `moved from ${where}`,
  renumbered: (from, to) => `renumbered ${from} → ${to}`,
  split: (count) => `split into ${count} clauses`,
  merged: (count) => `merged from ${count} clauses`,
}

const french: RedlineWords = {
  kinds: comparisonWords('fr').clauseKind,
  movedTo: (where) => `déplacé au ${where}`,
  movedFrom: (where) => `déplacé du ${where}`,
  renumbered: (from, to) => `renuméroté ${from} → ${to}`,
  split: (count) => `scindé en ${count} dispositions`,
  merged: (count) => `fusion de ${count} dispositions`,
}

const spanish: RedlineWords = {
  kinds: comparisonWords('es').clauseKind,
  movedTo: (where) => `trasladado al ${where}`,
  movedFrom: (where) => `trasladado del ${where}`,
  renumbered: (from, to) => `renumerado ${from} → ${to}`,
  split: (count) => `dividido en ${count} disposiciones`,
  merged: (count) => `fusión de ${count} disposiciones`,
}

const german: RedlineWords = {
  kinds: comparisonWords('de').clauseKind,
  movedTo: (where) => `verschoben nach ${where}`,
  movedFrom: (where) => `verschoben von ${where}`,
  renumbered: (from, to) => `umnummeriert ${from} → ${to}`,
  split: (count) => `aufgeteilt in ${count} Bestimmungen`,
  merged: (count) => `zusammengeführt aus ${count} Bestimmungen`,
}

const byLanguage: Record<string, RedlineWords> = {en: english, fr: french, es: spanish, de: german}

/**
 * The comment words of a language (its primary subtag: `fr-CH` is `fr`); English for a language
 * without words of its own.
 */
export function redlineWords(language: string): RedlineWords {
  const primary = language.toLowerCase().split('-')[0] ?? ''
  return Object.hasOwn(byLanguage, primary) ? byLanguage[primary]! : english
}
