import {type Clause, type Document, isClause, type Nodes, ownText, plainText} from '@clausewise/model'

/**
 * A document's outline, for reviewed fixtures: one line per part and clause, indented by nesting,
 * with its type (and unit name), its number as printed and its first words.
 */
export function outline(document: Document, words = 4): string[] {
  const lines: string[] = []
  const walk = (node: Nodes, depth: number) => {
    if (!('children' in node)) return
    for (const child of node.children as Nodes[]) {
      if (!('children' in child)) continue
      if (['content', 'intro', 'wrapUp', 'heading', 'num'].includes(child.type)) continue
      const parts = child.children as Nodes[]
      const num = parts.find((part) => part.type === 'num')
      const heading = parts.find((part) => part.type === 'heading')
      const indent = '  '.repeat(depth)
      if (child.type === 'p') {
        if (node.type === 'preface' || node.type === 'preamble' || node.type === 'conclusions')
          lines.push(`${indent}p: ${firstWords(plainText(child), words)}`)
        continue
      }
      const name = child.type === 'hcontainer' ? `[${child.name}]` : ''
      const label = num?.type === 'num' ? ` ${num.value}` : ''
      const text =
        child.type === 'hcontainer'
          ? heading
            ? plainText(heading)
            : ''
          : isClause(child)
            ? ownText(child as Clause)
            : plainText(child, {numbers: false})
      const structural = [
        'preface',
        'preamble',
        'mainBody',
        'body',
        'conclusions',
        'attachments',
        'recitals',
        'list',
      ]
      lines.push(
        structural.includes(child.type)
          ? `${indent}${child.type}`
          : `${indent}${child.type}${name}${label}: ${firstWords(text, words)}`.trimEnd(),
      )
      if (child.type !== 'authorialNote') walk(child, depth + 1)
    }
  }
  walk(document, 0)
  return lines
}

function firstWords(text: string, count: number): string {
  return text.trim().split(/\s+/).slice(0, count).join(' ')
}
