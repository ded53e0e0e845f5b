import {type Nodes, plainText} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromMarkdown} from '../src/index.js'

// An attachment's heading and its title line under it, two blocks of the source, make one title.

describe('fromMarkdown: an attachment heading over its title line', () => {
  it('makes one text of both, placed from the heading to the end of the title', () => {
    const source =
      'Le Conseil,\n\n1. Décide.\n\n## Annexe\n\nMandat du groupe\n\nLe groupe examine les données.\n'
    const {document} = fromMarkdown(source)
    const title = JSON.parse(JSON.stringify(document)).children.find(
      (child: Nodes) => child.type === 'attachments',
    ).children[0].children[0].children[0].children[0] as Nodes & {children: Nodes[]}
    expect(title.type).toBe('docTitle')
    expect(title.children).toHaveLength(1)
    expect(plainText(title)).toBe('Annexe Mandat du groupe')
    const text = title.children[0]!
    const place = text?.position
    expect(source.slice(place?.start.offset, place?.end.offset)).toBe('Annexe\n\nMandat du groupe')
  })
})
