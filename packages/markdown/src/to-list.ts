import type {ClauseChild, P, Paragraph, Point} from '@clausewise/model'
import {encodeValue, escapeText} from './escape.js'
import {labelPattern} from './from-list.js'
import {type InlineState, inlineToMarkdown} from './to-inline.js'

const ordered = /^\d{1,9}[.)]$/

/** Indent every line but the first by `width` spaces (blank lines stay empty). */
export function indent(text: string, width: number): string {
  const pad = ' '.repeat(width)
  return text
    .split('\n')
    .map((line, index) => (index === 0 || line === '' ? line : pad + line))
    .join('\n')
}

/**
 * A paragraph's inline content as the first paragraph of a bullet item: a label at its start would
 * be read as the clause's number, so its final `)` or `.` is escaped.
 */
function unlabel(text: string): string {
  const space = text.indexOf(' ')
  const token = space === -1 ? text : text.slice(0, space)
  if (!labelPattern.test(token)) return text
  return `${token.slice(0, -1)}\\${token.slice(-1)}${text.slice(token.length)}`
}

/** One paragraph or point as a list item: marker, number, then its blocks, indented under it. */
export function clauseToMarkdown(clause: Paragraph | Point, state: InlineState): string {
  const num = clause.children.find((child) => child.type === 'num')
  let marker = '-'
  let label = ''
  if (num && ordered.test(num.value)) marker = num.value
  else if (num && labelPattern.test(num.value)) label = num.value
  else if (num) label = `[${escapeText(num.value)}](<clausewise:num>)`
  void encodeValue
  const width = marker.length + 1
  const blocks: {kind: 'p' | 'list'; text: string}[] = []
  for (const child of clause.children as ClauseChild[]) {
    switch (child.type) {
      case 'num':
        break
      case 'content':
      case 'intro':
      case 'wrapUp':
      case 'heading': {
        const paragraphs =
          child.type === 'heading'
            ? [{type: 'p' as const, children: child.children}]
            : (child.children as P[])
        for (const paragraph of paragraphs)
          blocks.push({
            kind: 'p',
            text: inlineToMarkdown(paragraph.children, state, {atStart: true, atEnd: true}),
          })
        break
      }
      case 'list':
        blocks.push({
          kind: 'list',
          text: (child.children as Point[]).map((point) => clauseToMarkdown(point, state)).join('\n\n'),
        })
        break
    }
  }
  const first = blocks[0]
  let head = marker
  let rest = blocks
  if (first?.kind === 'p') {
    const text = label ? `${label} ${first.text}` : marker === '-' ? unlabel(first.text) : first.text
    head = `${marker} ${text}`
    rest = blocks.slice(1)
  } else if (label) head = `${marker} ${label}`
  if (rest.length === 0) return indent(head, width)
  // A clause that opens with a list puts it on the next line, indented: a blank line would end the item.
  const separator = first?.kind === 'p' || label ? '\n\n' : '\n'
  return indent(`${head}${separator}${rest.map((block) => block.text).join('\n\n')}`, width)
}
