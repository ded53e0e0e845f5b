import {type Nodes, type P, plainText} from '@clausewise/model'

const p = (value: string): P => ({type: 'p', children: value ? [{type: 'text', value}] : []})

/**
 * A block the convention writes, or paragraphs of its text (a note's blocks of other kinds).
 *
 * @example paragraphs({type: 'p', children: []}) // [{type: 'p', children: []}]
 */
export function paragraphs(node: Nodes): P[] {
  if (node.type === 'p') return [node]
  const text = plainText(node)
  return text ? text.split('\n').filter(Boolean).map(p) : []
}
