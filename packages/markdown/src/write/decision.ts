import type {Nodes, P, Paragraph, Point} from '@clausewise/model'

// The writer takes documents in the decision shape (`decisionShape`, decision-shape.ts): every
// block of text is a `p`, every list holds clauses, every unit child is a clause, a unit, or text.
// These narrow the model's wider types to that shape.

/** The paragraphs among a block's children. */
export const paragraphsOf = (children: readonly Nodes[]): P[] =>
  children.filter((child): child is P => child.type === 'p')

/** The clauses among a list's or a unit's children. */
export const clausesOf = (children: readonly Nodes[]): (Paragraph | Point)[] =>
  children.filter((child): child is Paragraph | Point => child.type === 'paragraph' || child.type === 'point')
