import {ClausewiseError, plainText} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromAkn, toAkn} from '../src/index.js'
import {parseXml} from '../src/xml/parse.js'

function thrown(run: () => unknown): ClausewiseError {
  try {
    run()
  } catch (error) {
    if (error instanceof ClausewiseError) return error
    throw error
  }
  throw new Error('Expected a ClausewiseError')
}

const akn = (body: string) =>
  `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="decision"><mainBody>${body}</mainBody></statement></akomaNtoso>`

describe('parseXml (hostile input)', () => {
  it('rejects a DOCTYPE with an internal subset, with its place', () => {
    const error = thrown(() => parseXml('<?xml version="1.0"?>\n<!DOCTYPE a [\n]>\n<a/>'))
    expect(error.code).toBe('xml-doctype')
    expect(error.place).toEqual({line: 2, column: 1, offset: 22})
  })

  it('skips a DOCTYPE that only names the root or an external DTD, with a warning', () => {
    expect(parseXml('<?xml version="1.0"?>\n<!DOCTYPE a>\n<a/>').doctype).toEqual({start: 22, end: 34})
    const external = '<!DOCTYPE akomaNtoso SYSTEM "akomantoso30.dtd">\n' + akn('<p>Text</p>')
    const {document, diagnostics} = fromAkn(external)
    expect(plainText(document)).toBe('Text')
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ruleId: 'xml-doctype-skipped', fatal: false, place: expect.anything()}),
    )
    // An entity an external DTD would declare is still never expanded.
    expect(thrown(() => fromAkn('<!DOCTYPE a SYSTEM "x.dtd"><a>&x;</a>')).code).toBe('xml-malformed')
    // One DOCTYPE at most, before the root; a `[` inside a quoted literal opens no subset.
    expect(thrown(() => parseXml('<!DOCTYPE a><!DOCTYPE a><a/>')).code).toBe('xml-doctype')
    expect(thrown(() => parseXml('<a/><!DOCTYPE a>')).code).toBe('xml-malformed')
    expect(parseXml('<!DOCTYPE a SYSTEM "x[1].dtd"><a/>').doctype).toBeDefined()
    expect(thrown(() => parseXml('<!DOCTYPE a SYSTEM "x.dtd" [<!ENTITY x "y">]><a/>')).code).toBe(
      'xml-doctype',
    )
  })

  it('rejects billion laughs before any entity is expanded', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({length: 9}, (_, index) => `<!ENTITY lol${index + 1} "${`&lol${index || ''};`.repeat(10)}">`).join('')}]><lolz>&lol9;</lolz>`
    expect(thrown(() => fromAkn(laughs)).code).toBe('xml-doctype')
  })

  it('rejects an external entity', () => {
    const xml = '<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>'
    const error = thrown(() => fromAkn(xml))
    expect(error.code).toBe('xml-doctype')
    expect(error.message).not.toContain('root:')
  })

  it('rejects a stray entity declaration', () => {
    expect(thrown(() => parseXml('<!ENTITY x "y"><a/>')).code).toBe('xml-doctype')
  })

  it('decodes numeric references such as the non-breaking spaces of French typography', () => {
    const {root} = parseXml('<a>&amp; &#160;&#x202F;</a>')
    expect(root.children).toEqual([{type: 'text', value: '& \u00a0\u202f'}])
    // HTML's named entities are not XML's: `&nbsp;` is undefined without a DTD.
    expect(thrown(() => parseXml('<a>&nbsp;</a>')).code).toBe('xml-malformed')
  })

  it('reports truncated and mis-nested XML as malformed, with a place', () => {
    for (const xml of [akn('<paragraph>').slice(0, -20), '<a><b></a>', '<a x="1" x="2"/>', 'text', '']) {
      const error = thrown(() => parseXml(xml))
      expect(error.code, xml).toBe('xml-malformed')
    }
    expect(thrown(() => parseXml('<a>\n<b></a>')).place).toEqual({line: 2, column: 4, offset: 7})
  })

  it('keeps __proto__, constructor and prototype as plain names, polluting nothing', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort()
    const xml =
      '<a __proto__="x" constructor="y" prototype="z" toString="t"><__proto__ polluted="yes">p</__proto__><constructor/><prototype/></a>'
    const {root} = parseXml(xml)
    expect(Object.getPrototypeOf(root.attributes)).toBe(null)
    expect(Object.entries(root.attributes)).toEqual([
      ['__proto__', 'x'],
      ['constructor', 'y'],
      ['prototype', 'z'],
      ['toString', 't'],
    ])
    expect(root.children.map((child) => (child.type === 'element' ? child.name : child.value))).toEqual([
      '__proto__',
      'constructor',
      'prototype',
    ])
    expect(({} as {polluted?: unknown}).polluted).toBe(undefined)
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before)
  })

  it('reads AKN with hostile element names as unknown elements, keeping them as they came', () => {
    const result = fromAkn(
      akn(
        '<paragraph><content><p>a <__proto__>b</__proto__> <constructor polluted="1">c</constructor></p></content></paragraph>',
      ),
    )
    expect(plainText(result.document).replace(/\s+/g, ' ')).toBe('a b c')
    expect(toAkn(result.document)).toContain(
      '<p>a <__proto__>b</__proto__> <constructor polluted="1">c</constructor></p>',
    )
    expect(result.diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual([
      'not-akn-element',
      'not-akn-element',
    ])
    expect(({} as {polluted?: unknown}).polluted).toBe(undefined)
  })

  it('accepts nesting at the depth limit and rejects one more', () => {
    const nest = (depth: number) => '<a>'.repeat(depth) + '</a>'.repeat(depth)
    expect(parseXml(nest(500)).root.name).toBe('a')
    const error = thrown(() => parseXml(nest(501)))
    expect(error.code).toBe('too-deep')
    expect(error.place).toEqual({line: 1, column: 1501, offset: 1500})
    expect(thrown(() => parseXml(nest(20), {maxDepth: 10})).code).toBe('too-deep')
  })

  it('gives a typed error, not a stack overflow, for 50,000 nested elements', () => {
    expect(
      thrown(() => fromAkn(akn('<hcontainer name="x">'.repeat(50_000) + '</hcontainer>'.repeat(50_000))))
        .code,
    ).toBe('too-deep')
  })

  it('reads AKN at the depth limit without overflowing the stack, and writes it back', () => {
    // akomaNtoso, statement, mainBody, then the units: the deepest content sits at the limit.
    const depth = 490
    const result = fromAkn(
      akn(
        `${'<hcontainer name="x">'.repeat(depth)}<content><p>deep</p></content>${'</hcontainer>'.repeat(depth)}`,
      ),
    )
    expect(JSON.stringify(result.document)).toContain('"deep"')
    expect(fromAkn(toAkn(result.document)).document).toBeDefined()
  })

  it('does not count markup inside comments, CDATA or attribute values as nesting', () => {
    const xml = `<a><!-- ${'<b>'.repeat(10)} --><![CDATA[${'<c>'.repeat(10)}]]><d x="${'&lt;e&gt;'.repeat(3)}" y='>'/></a>`
    expect(parseXml(xml, {maxDepth: 2}).root.children).toHaveLength(2)
  })

  it('rejects input over the size limit, and more nodes than allowed', () => {
    expect(thrown(() => parseXml('<a>xxxx</a>', {maxLength: 10})).code).toBe('input-too-large')
    expect(parseXml('<a>xxx</a>', {maxLength: 10}).root.name).toBe('a')
    expect(thrown(() => parseXml(`<a>${'<b/>'.repeat(100)}</a>`, {maxNodes: 50})).code).toBe('too-many-nodes')
  })

  it('looks at each character a bounded number of times, whatever the shape', () => {
    // Shapes that were quadratic or worse: many text runs each checked for entities to the end of
    // the document, a long run of `&`-free text, references at the very end without their `;`.
    const shapes = [
      akn(`<paragraph><content>${'<p>a b c &amp; d</p>'.repeat(20_000)}</content></paragraph>`),
      akn(`<paragraph><content><p>${'x'.repeat(500_000)}</p></content></paragraph>`),
      `<a b="${'y'.repeat(100_000)}">${'<c d="1" e=\'2\'>z</c>'.repeat(20_000)}</a>`,
    ]
    for (const xml of shapes) {
      const {work} = parseXml(xml)
      expect(work).toBeLessThan(3 * xml.length)
    }
    expect(thrown(() => parseXml(`<a>${'b'.repeat(100_000)}&amp${'c'.repeat(100_000)}</a>`)).code).toBe(
      'xml-malformed',
    )
  })
})

describe('references', () => {
  it('decodes the predefined entities and character references to allowed characters', () => {
    const root = parseXml('<p>&lt;&amp;&gt;&apos;&quot;&#233;&#x1F600;</p>').root
    expect(root.children).toEqual([{type: 'text', value: '<&>\'"é😀'}])
  })

  it('rejects what XML without a DTD does not define, with its place', () => {
    for (const [xml, column] of [
      ['<p>&foo;</p>', 4],
      ['<p>a & b</p>', 6],
      ['<p>&#0;</p>', 4],
      ['<p>&#xD800;</p>', 4],
      ['<p>&#x0B;</p>', 4],
      ['<p>&#xFFFE;</p>', 4],
      ['<p a="&eacute;"/>', 7],
    ] as const) {
      const error = thrown(() => parseXml(xml))
      expect(error.code, xml).toBe('xml-malformed')
      expect(error.place, xml).toMatchObject({line: 1, column})
    }
  })

  it('leaves references inside comments and CDATA alone', () => {
    expect(parseXml('<p><!-- &foo; --><![CDATA[a & b]]></p>').root.name).toBe('p')
  })
})
