import {diff} from '@clausewise/diff'
import {
  type Document,
  type MainBody,
  type Nodes,
  type Preamble,
  plainText,
  removePositions,
} from '@clausewise/model'
import {type Profile, profiles} from '@clausewise/recognize'
import {describe, expect, test} from 'vitest'
import {
  acceptCriticMarkup,
  fromMarkdown,
  rejectCriticMarkup,
  toMarkdown,
  toMarkdownRedline,
} from '../src/index.js'
import {partHeadingOf} from '../src/part-heading.js'

/** The document's outline: one line per part and clause, with number and opening words. */
function outline(document: Document): string[] {
  const lines: string[] = []
  const walk = (node: Nodes, depth: number) => {
    if (!('children' in node)) return
    for (const child of node.children as Nodes[]) {
      if (
        !('children' in child) ||
        ['p', 'content', 'intro', 'wrapUp', 'heading', 'num'].includes(child.type)
      )
        continue
      const parts = child.children as Nodes[]
      const num = parts.find((part) => part.type === 'num')
      const heading = parts.find((part) => part.type === 'heading')
      const words = plainText((heading ?? child) as Nodes, {numbers: false})
        .split(/\s+/)
        .slice(0, 3)
        .join(' ')
      const name = child.type === 'hcontainer' ? `[${child.name}]` : ''
      const label = num?.type === 'num' ? ` ${num.value}` : ''
      if (['preface', 'preamble', 'mainBody', 'recitals', 'list'].includes(child.type))
        lines.push(`${'  '.repeat(depth)}${child.type}`)
      else lines.push(`${'  '.repeat(depth)}${child.type}${name}${label}: ${words}`)
      if (child.type !== 'authorialNote') walk(child, depth + 1)
    }
  }
  walk(document, 0)
  return lines
}

/** Read, and check that writing and reading again gives the same model. */
function read(markdown: string) {
  const result = fromMarkdown(markdown)
  expect(removePositions(fromMarkdown(toMarkdown(result.document)).document)).toEqual(
    removePositions(result.document),
  )
  return result
}

describe('fromMarkdown on Markdown others write', () => {
  test('reads a draft resolution: version line, title, formula, recitals, unnumbered operative paragraphs', () => {
    const {document, diagnostics} = read(
      [
        'Draft 2 — 14 March 2024, submitted by the Chair',
        '',
        '# Strengthening cooperation on the protection of children online',
        '',
        'The General Assembly,',
        '',
        'Recalling its resolution 70/1 of 25 September 2015,',
        '',
        'Deeply concerned by the growing risks that children face online,',
        '',
        'Welcoming the efforts of Member States and of civil society,',
        '',
        'Urges all States to protect children from every form of exploitation online;',
        '',
        'Requests the Secretary-General to report on the implementation of the present resolution;',
        '',
        'Decides to remain seized of the matter.',
        '',
      ].join('\n'),
    )
    expect(diagnostics).toEqual([])
    expect(document.meta.language).toBe('en')
    expect(outline(document)).toEqual([
      'preface',
      'preamble',
      '  formula: The General Assembly,',
      '  recitals',
      '    recital: Recalling its resolution',
      '    recital: Deeply concerned by',
      '    recital: Welcoming the efforts',
      'mainBody',
      '  paragraph: Urges all States',
      '  paragraph: Requests the Secretary-General',
      '  paragraph: Decides to remain',
    ])
    const preface = document.children[0]
    expect(preface?.type === 'preface' && preface.children.map((p) => removePositions(p))).toEqual([
      {type: 'p', children: [{type: 'text', value: 'Draft 2 — 14 March 2024, submitted by the Chair'}]},
      {
        type: 'p',
        children: [
          {
            type: 'docTitle',
            children: [
              {type: 'text', value: 'Strengthening cooperation on the protection of children online'},
            ],
          },
        ],
      },
    ])
  })

  test('reads numbered paragraphs, nested lists as points, an annex and a note through the one recognition', () => {
    const markdown = [
      'Draft 3 — 2 May 2024',
      '',
      '# Protecting children online',
      '',
      'The General Assembly,',
      '',
      'Recalling its resolution 70/1[^1],',
      '',
      '*Deeply concerned* by the risks,',
      '',
      '1. Urges all States:',
      '',
      '   (a) To protect children;',
      '',
      '   (b) To cooperate with [UNICEF](https://unicef.org);',
      '',
      '2. Requests the Secretary-General to report, including on:',
      '   1. progress made;',
      '      - in the field;',
      '   2. obstacles;',
      '',
      '3. Decides to remain seized of the matter.',
      '',
      '## Annex',
      '',
      'Guidelines on child protection',
      '',
      '1. States should act.',
      '',
      '[^1]: Of 25 September 2015.',
      '',
    ].join('\n')
    const {document, diagnostics} = read(markdown)
    expect(diagnostics).toEqual([])
    expect(outline(document)).toEqual([
      'preface',
      'preamble',
      '  formula: The General Assembly,',
      '  recitals',
      '    recital: Recalling its resolution',
      '    recital: Deeply concerned by',
      'mainBody',
      '  paragraph 1.: Urges all States:',
      '    list',
      '      point (a): To protect children;',
      '      point (b): To cooperate with',
      '  paragraph 2.: Requests the Secretary-General',
      '    list',
      '      point 1.: progress made; in',
      '        list',
      '          point -: in the field;',
      '      point 2.: obstacles;',
      '  paragraph 3.: Decides to remain',
      'attachments: Annex Guidelines on',
      '  attachment: Annex Guidelines on',
      '    preface',
      '    mainBody',
      '      paragraph 1.: States should act.',
    ])
    // The recognition keeps what the Markdown says inline, and where each label stands.
    const json = JSON.stringify(removePositions(document))
    expect(json).toContain('{"type":"i","children":[{"type":"text","value":"Deeply concerned"}]}')
    expect(json).toContain('{"type":"ref","href":"https://unicef.org"')
    expect(json).toContain('"type":"authorialNote"')
    const body = document.children.find((child) => child.type === 'mainBody')!
    const point = JSON.parse(JSON.stringify(body)).children[1].children[2].children[0]
    expect(markdown.split('\n')[point.children[0].position.start.line - 1]).toBe('   1. progress made;')
    expect(point.children[0]).toMatchObject({type: 'num', value: '1.', position: {start: {column: 4}}})
  })

  test('redlines two versions of such a draft: accepting gives the new one, rejecting the old', () => {
    const old = [
      'Draft 1',
      '',
      '# Protecting children online',
      '',
      'The General Assembly,',
      '',
      '**Recalling** its resolution 70/1,',
      '',
      '- *Noting* the report of the Secretary-General,',
      '',
      'and *welcoming* its recommendations,',
      '',
      'Urges all States to protect children;',
      '',
      'Requests the Secretary-General to report;',
      '',
      'Decides to remain seized of the matter.',
      '',
    ].join('\n')
    const next = [
      'Draft 2',
      '',
      '# Protecting children online everywhere',
      '',
      'The General Assembly,',
      '',
      '**Recalling** its resolution 70/1 and [78/2](https://un.org),',
      '',
      'Urges all States to protect *all* children;',
      '',
      'Also urges all States to cooperate:',
      '',
      '- in the field;',
      '- at headquarters;',
      '',
      'Decides to remain seized of the matter.',
      '',
    ].join('\n')
    const before = read(old).document
    const after = read(next).document
    // A bullet that opens like a recital is a recital of its own, as each paragraph ending with a comma.
    expect(outline(before).slice(0, 8)).toEqual([
      'preface',
      'preamble',
      '  formula: The General Assembly,',
      '  recitals',
      '    recital: Recalling its resolution',
      '    recital: Noting the report',
      '    recital: and welcoming its',
      'mainBody',
    ])
    expect(outline(after).slice(-6)).toEqual([
      '  paragraph: Urges all States',
      '  paragraph: Also urges all',
      '    list',
      '      point -: in the field;',
      '      point -: at headquarters;',
      '  paragraph: Decides to remain',
    ])
    const redline = toMarkdownRedline(diff(before, after), before, after)
    expect(redline).toContain('## Protecting children online{++ everywhere++}')
    expect(redline).toContain('protect {++*all* ++}children;')
    expect(removePositions(fromMarkdown(acceptCriticMarkup(redline)).document)).toEqual(
      removePositions(after),
    )
    expect(removePositions(fromMarkdown(rejectCriticMarkup(redline)).document)).toEqual(
      removePositions(before),
    )
  })

  test('a draft in the convention’s shape reads the same through the recognition as through the convention', () => {
    const draft = [
      '# Décision n^o^ 7/17[^1]',
      '',
      '## Renforcement des efforts visant à lutter contre la traite des enfants',
      '',
      'Le Conseil ministériel,',
      '',
      'Réaffirmant le Document de Copenhague (1990),',
      '',
      'Demande aux États participants :',
      '',
      '5. De renforcer la coopération, notamment par des mesures telles que :',
      '',
      '   - a) L’adoption de mesures administratives supplémentaires ;',
      '',
      '   - b) Un moyen d’échanger des informations ;',
      '',
      '6. De poursuivre les trafiquants ;',
      '',
      '[^1]: Comprend une correction apportée à la décision.',
      '',
    ].join('\n')
    // Front matter makes it the convention's; without, nothing of the convention: the recognition's.
    const convention = fromMarkdown(`---\nlanguage: fr\n---\n${draft}`).document
    const recognized = read(draft).document
    expect(removePositions(recognized).children).toEqual(removePositions(convention).children)
    // The recognition also reads what the formula and the number say of the document.
    expect(recognized.meta).toMatchObject({symbol: 'MC.DEC/7/17', frbr: {country: 'osce', number: '7/17'}})
  })

  test('reads bulleted recitals and operative paragraphs, with their nested points, under headings of their own', () => {
    const {document} = read(
      [
        '**DRAFT** — for consultation',
        '',
        '# Resolution on the Protection of Journalists',
        '',
        '## Preamble',
        '',
        'The Human Rights Council,',
        '',
        '- **Guided by** the purposes of the Charter,',
        '- *Recalling* all previous resolutions,',
        '- Deeply concerned by attacks on journalists,',
        '',
        '## Operative part',
        '',
        '- **Condemns** all attacks against journalists;',
        '- **Calls upon** States:',
        '  - to investigate;',
        '  - to prosecute;',
        '- **Decides** to remain seized.',
        '',
        '# Annex I',
        '',
        '1. States should adopt laws.',
        '2. States should train police.',
        '',
      ].join('\n'),
    )
    expect(outline(document)).toEqual([
      'preface',
      'preamble',
      '  formula: The Human Rights',
      '  recitals',
      '    recital: Guided by the',
      '    recital: Recalling all previous',
      '    recital: Deeply concerned by',
      'mainBody',
      '  blockContainer: Operative part',
      '  paragraph: Condemns all attacks',
      '  paragraph: Calls upon States:',
      '    list',
      '      point -: to investigate;',
      '      point -: to prosecute;',
      '  paragraph: Decides to remain',
      'attachments: Annex I States',
      '  attachment: Annex I States',
      '    preface',
      '    mainBody',
      '      paragraph 1.: States should adopt',
      '      paragraph 2.: States should train',
    ])
    const preface = document.children[0]!
    expect(plainText(preface)).toBe('DRAFT — for consultation\nResolution on the Protection of Journalists')
    expect(plainText(document.children[1]!).split('\n')[0]).toBe('Preamble')
  })

  test('a static site’s front matter says nothing of the convention: the draft goes to the recognition', () => {
    const {document, diagnostics} = read(
      [
        '---',
        'layout: draft',
        'title: Protecting children online',
        'tags: [children, online]',
        '---',
        '',
        'The General Assembly,',
        '',
        'Recalling its resolution 70/1,',
        '',
        'Urges all States to protect children online;',
        '',
        'Decides to remain seized of the matter.',
        '',
      ].join('\n'),
    )
    expect(outline(document)).toEqual([
      'preface',
      'preamble',
      '  formula: The General Assembly,',
      '  recitals',
      '    recital: Recalling its resolution',
      'mainBody',
      '  paragraph: Urges all States',
      '  paragraph: Decides to remain',
    ])
    expect(plainText(document.children[0]!)).toBe('Protecting children online')
    // The recognition reads the body its formula names.
    expect(document.name).toBe('resolution')
    expect(document.meta.body?.eId).toBe('un-ga')
    expect(diagnostics.map((diagnostic) => diagnostic.reason)).toEqual([
      'Unknown front matter key `layout`: ignored',
      'Unknown front matter key `tags`: ignored',
    ])
  })

  test('reads the same shape in French', () => {
    const {document} = read(
      '# Renforcer la coopération\n\nLe Conseil ministériel,\n\nRappelant sa décision 7/17,\n\nDemande aux États participants de coopérer ;\n\nDécide de rester saisi de la question.\n',
    )
    expect(outline(document)).toEqual([
      'preface',
      'preamble',
      '  formula: Le Conseil ministériel,',
      '  recitals',
      '    recital: Rappelant sa décision',
      'mainBody',
      '  paragraph: Demande aux États',
      '  paragraph: Décide de rester',
    ])
  })

  test('reads headings as units, Pandoc `#.` lists as numbered items, and labelled paragraphs as clauses', () => {
    const {document} = read(
      [
        '# Article I. Purpose.',
        '',
        'A.  The purpose of these bylaws is to set rules:',
        '    1.  for meetings;',
        '    #.  for votes.',
        '#.  These bylaws prevail.',
        '',
        '# Article II. Terms.',
        '',
        '(1) The court decides:',
        '',
        '1.  on disputes;',
        '',
        '2a. on complaints;',
        '',
        '(2) It sits in public.',
        '',
      ].join('\n'),
    )
    expect(outline(document)).toEqual([
      'mainBody',
      '  hcontainer[article] Article I.: Purpose.',
      '    paragraph A.: The purpose of',
      '      list',
      '        point 1.: for meetings;',
      '        point 2.: for votes.',
      '    paragraph B.: These bylaws prevail.',
      '  hcontainer[article] Article II.: Terms.',
      '    paragraph (1): The court decides:',
      '      list',
      '        point 1.: on disputes;',
      '        point 2a.: on complaints;',
      '    paragraph (2): It sits in',
    ])
    const body = document.children[0]
    expect(body?.type === 'mainBody' && body.children.map((unit) => ('eId' in unit ? unit.eId : ''))).toEqual(
      ['art_I', 'art_II'],
    )
  })

  test('reads soft line breaks as spaces and keeps emphasis, strong and links as inline elements', () => {
    const {document} = read(
      '#### 1. Mission\n\nThe *Foundation’s* mission\nis to **drive** [adoption](https://example.org).\n',
    )
    const body = document.children[0]
    const paragraph =
      body?.type === 'mainBody' && body.children[0]?.type === 'hcontainer'
        ? body.children[0].children[2]
        : undefined
    expect(paragraph && removePositions(paragraph)).toEqual({
      type: 'paragraph',
      eId: 'sec_1__para_1',
      children: [
        {
          type: 'content',
          children: [
            {
              type: 'p',
              children: [
                {type: 'text', value: 'The '},
                {type: 'i', children: [{type: 'text', value: 'Foundation’s'}]},
                {type: 'text', value: ' mission is to '},
                {type: 'b', children: [{type: 'text', value: 'drive'}]},
                {type: 'text', value: ' '},
                {type: 'ref', href: 'https://example.org', children: [{type: 'text', value: 'adoption'}]},
                {type: 'text', value: '.'},
              ],
            },
          ],
        },
      ],
    })
  })

  test('reads Pandoc’s title page from the front matter, closed by `...`', () => {
    const {document, diagnostics} = read(
      '---\ntitle: Bylaws\nsubtitle: Student Senate\ndate: "Adopted: 2010"\n...\n\n# Article 1. Scope.\n\nA.  Text.\n',
    )
    expect(diagnostics).toEqual([])
    expect(outline(document).slice(0, 2)).toEqual(['preface', 'mainBody'])
    expect(plainText(document.children[0]!)).toBe('Bylaws\nStudent Senate\nAdopted: 2010')
  })
})

describe('fromMarkdown on part headings', () => {
  /** A draft headed `Preamble` and `Operative part` at a depth, under a title or not, with front matter or not. */
  const draft = (title: string, depth: number, frontMatter = '') =>
    [
      frontMatter,
      title,
      `${'#'.repeat(depth)} Preamble`,
      'The Human Rights Council,',
      'Recalling its resolution 12/16,',
      `${'#'.repeat(depth)} Operative part`,
      '1. Condemns all attacks against journalists;',
      '2. Decides to remain seized of the matter.',
      '',
    ]
      .filter(Boolean)
      .join('\n\n')

  test('reads `Preamble` and `Operative part` as the parts they head, at any depth under the title', () => {
    const read = (markdown: string) => removePositions(fromMarkdown(markdown).document)
    const canonical = read(draft('# Protection of journalists', 2))
    expect(outline(canonical)).toEqual([
      'preface',
      'preamble',
      '  formula: The Human Rights',
      '  recitals',
      '    recital: Recalling its resolution',
      'mainBody',
      '  blockContainer: Operative part',
      '  paragraph 1.: Condemns all attacks',
      '  paragraph 2.: Decides to remain',
    ])
    const [preface, preamble, body] = canonical.children
    expect(plainText(preface!)).toBe('Protection of journalists')
    expect((preamble as Preamble).children[0]).toEqual({
      type: 'p',
      children: [{type: 'text', value: 'Preamble'}],
    })
    const clauses = (body as MainBody).children.map((child) => ('eId' in child ? child.eId : undefined))
    expect(clauses).toEqual(['mainBody__blockContainer_1', 'para_1', 'para_2'])
    for (const depth of [1, 3, 6])
      expect(read(draft('# Protection of journalists', depth))).toEqual(canonical)
    // With the convention's front matter, the convention's reader reads the same parts.
    const convention = read(draft('# Protection of journalists', 2, '---\nsymbol: HRC/RES/1\n---'))
    expect(convention.children).toEqual(canonical.children)
    for (const depth of [1, 3])
      expect(read(draft('# Protection of journalists', depth, '---\nsymbol: HRC/RES/1\n---'))).toEqual(
        convention,
      )
  })

  test('reads part headings without a title, and writes them back to the same model', () => {
    const {document, diagnostics} = read(draft('', 1))
    expect(diagnostics).toEqual([])
    expect(outline(document)).toEqual([
      'preamble',
      '  formula: The Human Rights',
      '  recitals',
      '    recital: Recalling its resolution',
      'mainBody',
      '  blockContainer: Operative part',
      '  paragraph 1.: Condemns all attacks',
      '  paragraph 2.: Decides to remain',
    ])
  })

  test('takes the words of part headings from the language profiles, a new language’s too', () => {
    expect(partHeadingOf('PRÉAMBULE :')).toBe('preamble')
    expect(partHeadingOf('Постановляющая часть')).toBe('body')
    const dutch: Profile = {...profiles.en, language: 'nl', partHeadings: {operative: ['Dispositief']}}
    expect(partHeadingOf('Dispositief')).toBeUndefined()
    expect(partHeadingOf('Dispositief.', dutch)).toBe('body')
    for (const profile of Object.values(profiles)) {
      expect(profile.partHeadings?.preamble?.length, profile.language).toBeGreaterThan(0)
      expect(profile.partHeadings?.operative?.length, profile.language).toBeGreaterThan(0)
    }
  })

  test('a heading that says more than a part’s name is no part heading', () => {
    const {document} = fromMarkdown(
      '# Protection of journalists\n\n## Preamble to the resolution\n\nThe Human Rights Council,\n\n1. Condemns all attacks.\n',
    )
    expect(document.children.map((part) => part.type)).toEqual(['preface', 'preamble', 'mainBody'])
    expect(plainText(document.children[0]!)).toBe('Protection of journalists\nPreamble to the resolution')
    expect(plainText(document.children[1]!)).toBe('The Human Rights Council,')
  })
})
