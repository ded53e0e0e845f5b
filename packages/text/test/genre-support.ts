import {clauses, type Document, ownText} from '@clausewise/model'

// Helpers of the genre probes (`genre-*.test.ts`): decisions of bodies and in shapes the corpus
// lacks, written for these tests (no real document is copied); each expectation is what a careful
// reader of the genre gets, worked out by hand from the text, not copied from output.

/** The eIds of a document's clauses, in order: its structure, nesting included. */
export function eIds(document: Document): string[] {
  return clauses(document).map((clause) => clause.eId)
}

/** The own text of the clause with an eId. */
export function textOf(document: Document, eId: string): string | undefined {
  const clause = clauses(document).find((node) => node.eId === eId)
  return clause && ownText(clause)
}

/** The exact texts the reader reported as page furniture, in order. */
export function furniture(
  diagnostics: {ruleId: string; text?: string | undefined}[],
): (string | undefined)[] {
  return diagnostics
    .filter((diagnostic) => diagnostic.ruleId === 'page-furniture')
    .map((diagnostic) => diagnostic.text)
}
