import {mixedBlocks, mixedElements} from '../src/schema/elements.js'
import {parseXml, type XmlElement} from '../src/xml/parse.js'

const breaks = new Set(['eol', 'eop', 'br'])
const local = (name: string): string => name.slice(name.indexOf(':') + 1)

/**
 * The words of an AKN file's text, read with the XML parser alone, independently of the model: text
 * runs in order, boundaries of blocks (`p` and `num` included) and line ends (`eol`, `eop`, `br`) as spaces, inline
 * element boundaries as nothing (so `w<span>as</span>` is one word and `della<eol/>Camera` two).
 * `meta` is left out but for its notes, whose words are text of the document.
 */
export function wordsOf(xml: string): string[] {
  const parts: string[] = []
  const walk = (element: XmlElement, counted: boolean): void => {
    const name = local(element.name)
    const inside = name === 'meta' ? false : name === 'note' ? true : counted
    const spaced = !mixedElements.has(name) || mixedBlocks.has(name) || breaks.has(name)
    if (spaced) parts.push(' ')
    for (const child of element.children) {
      if (child.type === 'element') walk(child, inside)
      else if (inside) parts.push(child.value)
    }
    if (spaced) parts.push(' ')
  }
  walk(parseXml(xml).root, true)
  return parts.join('').split(/\s+/).filter(Boolean)
}
