import {type Document, type Nodes, plainText} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromMarkdown} from '../src/index.js'

// Lettered points written under a list item's text with no blank line between (`2. Requests …:` /
// `   a) to support …;` / `   b) to report …`): CommonMark reads them as one paragraph, since `a)`
// opens no list; drafters write them so.

/** Each clause: its type, number and text, indented by depth. */
function outline(document: Document): string[] {
  const lines: string[] = []
  const walk = (node: Nodes, depth: number): void => {
    if (!('children' in node) || !Array.isArray(node.children)) return
    for (const child of node.children as Nodes[]) {
      if (child.type !== 'paragraph' && child.type !== 'point') {
        walk(child, depth)
        continue
      }
      const parts = (child as {children: Nodes[]}).children
      const num = parts.find((part) => part.type === 'num')
      const own = parts.find((part) => part.type === 'content' || part.type === 'intro')
      const label = num?.type === 'num' ? ` ${num.value}` : ''
      lines.push(`${'  '.repeat(depth)}${child.type}${label}: ${own ? plainText(own) : ''}`)
      walk(child, depth + 1)
    }
  }
  for (const child of document.children) if (child.type === 'mainBody') walk(child, 0)
  return lines
}

const decision = (item: string): string =>
  [
    'Le Conseil ministériel,',
    '',
    '*Rappelant* sa décision no 3/29,',
    '',
    '1. *Décide* de créer un groupe ;',
    item,
    '3. *Prie* les États de coopérer.',
    '',
  ].join('\n')

describe('fromMarkdown: points under an item’s text with no blank line', () => {
  it('reads the lines that open with a label after a colon as the item’s points', () => {
    const {document} = fromMarkdown(
      decision(
        '2. *Charge* le Secrétaire général :\n   a) de soutenir le groupe ;\n   b) de faire rapport ; et\n   c) de publier les données ;',
      ),
    )
    expect(outline(document)).toEqual([
      'paragraph 1.: Décide de créer un groupe ;',
      'paragraph 2.: Charge le Secrétaire général :',
      '  point a): de soutenir le groupe ;',
      '  point b): de faire rapport ; et',
      '  point c): de publier les données ;',
      'paragraph 3.: Prie les États de coopérer.',
    ])
  })

  it('reads them as it reads the same points after blank lines', () => {
    const tight = fromMarkdown(
      decision(
        '2. *Charge* le Secrétaire général :\n   a) de soutenir le groupe ;\n   b) de faire rapport ;',
      ),
    )
    const loose = fromMarkdown(
      decision(
        '2. *Charge* le Secrétaire général :\n\n   a) de soutenir le groupe ;\n\n   b) de faire rapport ;\n',
      ),
    )
    expect(outline(tight.document)).toEqual(outline(loose.document))
  })

  it('places each piece where the source writes it', () => {
    const source = decision(
      '2. *Charge* le Secrétaire général :\n   a) de soutenir le groupe ;\n   b) de faire rapport ;',
    )
    const {document} = fromMarkdown(source)
    const points: Nodes[] = []
    const walk = (node: Nodes): void => {
      if (node.type === 'point') points.push(node)
      if ('children' in node && Array.isArray(node.children))
        for (const child of node.children as Nodes[]) walk(child)
    }
    for (const child of document.children) walk(child as Nodes)
    const starts = points.map((point) => point.position?.start.offset)
    expect(starts.map((offset) => source.slice(offset, offset! + 2))).toEqual(['a)', 'b)'])
  })

  it('leaves a label that a wrapped sentence brings to a line’s start in the text', () => {
    const {document} = fromMarkdown(
      decision(
        '2. *Charge* le Secrétaire général de faire rapport sur le groupe visé au paragraphe\n   a) ci-dessus ;',
      ),
    )
    expect(outline(document)[1]).toBe(
      'paragraph 2.: Charge le Secrétaire général de faire rapport sur le groupe visé au paragraphe a) ci-dessus ;',
    )
  })
})

describe('fromMarkdown: points introduced with a comma, as German texts introduce them', () => {
  const german = (item: string): string =>
    [
      'Die Generalversammlung,',
      '',
      '*unter Hinweis auf* ihre Resolution 70/1,',
      '',
      '1. *beschließt*, eine Arbeitsgruppe einzurichten;',
      item,
      '',
    ].join('\n')

  it('cuts before the first of two or more label lines after a comma', () => {
    const {document} = fromMarkdown(
      german(
        '2. *ersucht* den Generalsekretär,\n   a) die Arbeitsgruppe zu unterstützen;\n   b) Bericht zu erstatten.',
      ),
    )
    expect(outline(document).slice(1)).toEqual([
      'paragraph 2.: ersucht den Generalsekretär,',
      '  point a): die Arbeitsgruppe zu unterstützen;',
      '  point b): Bericht zu erstatten.',
    ])
  })

  it('leaves one label after a comma in the text: a wrapped reference, not a point', () => {
    const {document} = fromMarkdown(
      german('2. *ersucht* den Generalsekretär, die unter Ziffer 3,\n   a) genannten Maßnahmen umzusetzen.'),
    )
    expect(outline(document).slice(1)).toEqual([
      'paragraph 2.: ersucht den Generalsekretär, die unter Ziffer 3, a) genannten Maßnahmen umzusetzen.',
    ])
  })
})

describe('fromMarkdown: points under an article’s numbered item with no blank line', () => {
  it('reads them as points of the item', () => {
    const {document} = fromMarkdown(
      [
        '# Ley 7/2031',
        '',
        '### Artículo 1',
        '',
        '1. Se entiende por:',
        '   a) datos, los registros;',
        '   b) costa, la franja litoral.',
        '',
      ].join('\n'),
    )
    const lines = outline(document)
    expect(lines.filter((line) => line.trimStart().startsWith('point'))).toEqual([
      '  point a): datos, los registros;',
      '  point b): costa, la franja litoral.',
    ])
  })
})

describe('fromMarkdown: a series of label lines, whatever ends the line before', () => {
  it('reads `a)`, `b)` after a line ending in a word, and items ending in commas, as points', () => {
    const {document} = fromMarkdown(
      decision(
        '2. *Prie* les États de soutenir le groupe, notamment\n   a) par des contributions,\n   b) par des services ;',
      ),
    )
    expect(outline(document).slice(1, 4)).toEqual([
      'paragraph 2.: Prie les États de soutenir le groupe, notamment',
      '  point a): par des contributions,',
      '  point b): par des services ;',
    ])
  })

  it('goes on with the series after a point that ends in a comma', () => {
    const {document} = fromMarkdown(
      decision(
        '2. *Prie* les États :\n   a) par des contributions,\n   b) par des services,\n   c) par la formation.',
      ),
    )
    expect(outline(document).slice(2, 5)).toEqual([
      '  point a): par des contributions,',
      '  point b): par des services,',
      '  point c): par la formation.',
    ])
  })

  it('nests the series under a nested item', () => {
    const {document} = fromMarkdown(
      [
        '*The Board*,',
        '',
        '1. *Calls upon* States:',
        '   1. to support, in particular',
        '      a) by funds,',
        '      b) by services;',
        '   2. to report.',
        '',
      ].join('\n'),
    )
    expect(outline(document)).toEqual([
      'paragraph 1.: Calls upon States:',
      '  point 1.: to support, in particular',
      '    point a): by funds,',
      '    point b): by services;',
      '  point 2.: to report.',
    ])
  })

  it('leaves a series that does not open its style in the text', () => {
    const {document} = fromMarkdown(
      decision('2. *Prie* les États de mettre en œuvre les points\n   c) et\n   d) du programme.'),
    )
    expect(outline(document)[1]).toBe(
      'paragraph 2.: Prie les États de mettre en œuvre les points c) et d) du programme.',
    )
  })
})

describe('fromMarkdown: label lines after a hard break', () => {
  const draft = (end: string) =>
    `*The Council*,\n\n1. *Encourages* States to cooperate, inter alia:${end}\n(a) through capacity-building.\n2. *Decides* to remain seized.\n`

  it('reads a backslash break as it reads two spaces', () => {
    const spaces = outline(fromMarkdown(draft('  ')).document)
    expect(outline(fromMarkdown(draft('\\')).document)).toEqual(spaces)
    expect(spaces).toEqual([
      'paragraph 1.: Encourages States to cooperate, inter alia:',
      '  point (a): through capacity-building.',
      'paragraph 2.: Decides to remain seized.',
    ])
  })
})
