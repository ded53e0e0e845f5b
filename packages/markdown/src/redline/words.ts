import type {ClauseKind} from '@clausewise/model'

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
  kinds: {
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
    block: 'block',
  },
  movedTo: (where) => `moved to ${where}`,
  movedFrom: (where) => `moved from ${where}`,
  renumbered: (from, to) => `renumbered ${from} → ${to}`,
  split: (count) => `split into ${count} clauses`,
  merged: (count) => `merged from ${count} clauses`,
}

const french: RedlineWords = {
  kinds: {
    formula: 'formule',
    recital: 'considérant',
    paragraph: 'paragraphe',
    point: 'alinéa',
    blockContainer: 'introduction',
    hcontainer: 'partie',
    authorialNote: 'note',
    heading: 'titre',
    citation: 'citation',
    item: 'élément',
    row: 'ligne',
    speech: 'intervention',
    note: 'note',
    block: 'bloc',
  },
  movedTo: (where) => `déplacé au ${where}`,
  movedFrom: (where) => `déplacé du ${where}`,
  renumbered: (from, to) => `renuméroté ${from} → ${to}`,
  split: (count) => `scindé en ${count} dispositions`,
  merged: (count) => `fusion de ${count} dispositions`,
}

const spanish: RedlineWords = {
  kinds: {
    formula: 'fórmula',
    recital: 'considerando',
    paragraph: 'párrafo',
    point: 'apartado',
    blockContainer: 'introducción',
    hcontainer: 'parte',
    authorialNote: 'nota',
    heading: 'título',
    citation: 'cita',
    item: 'elemento',
    row: 'fila',
    speech: 'intervención',
    note: 'nota',
    block: 'bloque',
  },
  movedTo: (where) => `trasladado al ${where}`,
  movedFrom: (where) => `trasladado del ${where}`,
  renumbered: (from, to) => `renumerado ${from} → ${to}`,
  split: (count) => `dividido en ${count} disposiciones`,
  merged: (count) => `fusión de ${count} disposiciones`,
}

const german: RedlineWords = {
  kinds: {
    formula: 'Eingangsformel',
    recital: 'Erwägungsgrund',
    paragraph: 'Absatz',
    point: 'Punkt',
    blockContainer: 'Einleitung',
    hcontainer: 'Teil',
    authorialNote: 'Fußnote',
    heading: 'Überschrift',
    citation: 'Zitat',
    item: 'Element',
    row: 'Zeile',
    speech: 'Redebeitrag',
    note: 'Anmerkung',
    block: 'Block',
  },
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
