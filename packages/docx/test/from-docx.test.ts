import {type AuthorialNote, clauses, plainText, removePositions, visit} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromDocx} from '../src/index.js'
import {readDocxBlocks} from '../src/read/read-docx.js'
import {buildDocx, lvl, numPr, p} from './support/build-docx.js'

/** Each block as `label|text` (the label automatic numbering prints, `-` for none). */
function labelled(bytes: Uint8Array): string[] {
  return readDocxBlocks(bytes, {}).blocks.map(
    (block) => `${block.label ?? '-'}|${block.children.map((child) => plainText(child)).join('')}`,
  )
}

const abstract = (id: number, levels: string, extra = ''): string =>
  `<w:abstractNum w:abstractNumId="${id}">${extra}${levels}</w:abstractNum>`
const num = (id: number, abstractId: number, overrides = ''): string =>
  `<w:num w:numId="${id}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`

describe('fromDocx: automatic numbering', () => {
  it('prints decimal, letter and Roman labels with their punctuation, level by level', () => {
    const numbering =
      abstract(0, lvl(0, 'decimal', '%1.') + lvl(1, 'lowerLetter', '(%2)') + lvl(2, 'lowerRoman', '%3)')) +
      abstract(1, lvl(0, 'upperRoman', '%1.')) +
      num(1, 0) +
      num(2, 1)
    const body = [
      p('Chapter', numPr(2)),
      p('First', numPr(1)),
      p('point', numPr(1, 1)),
      p('point', numPr(1, 1)),
      p('sub', numPr(1, 2)),
      p('sub', numPr(1, 2)),
      p('point', numPr(1, 1)),
      p('Second', numPr(1)),
      p('point again', numPr(1, 1)),
      p('Chapter', numPr(2)),
      p('Unnumbered'),
    ].join('')
    expect(labelled(buildDocx({body, numbering}))).toEqual([
      'I.|Chapter',
      '1.|First',
      '(a)|point',
      '(b)|point',
      'i)|sub',
      'ii)|sub',
      '(c)|point',
      '2.|Second',
      '(a)|point again',
      'II.|Chapter',
      '-|Unnumbered',
    ])
  })

  it('combines levels in one label (%1.%2), legal numbering, letters past z and zero-padded decimals', () => {
    const numbering =
      abstract(0, lvl(0, 'upperRoman', '%1.') + lvl(1, 'decimal', '%1.%2')) +
      abstract(1, lvl(0, 'upperRoman', '%1') + lvl(1, 'decimal', '%1.%2', '<w:isLgl/>')) +
      abstract(2, lvl(0, 'lowerLetter', '%1)')) +
      abstract(3, lvl(0, 'decimalZero', '%1.')) +
      num(1, 0) +
      num(2, 1) +
      num(3, 2, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="26"/></w:lvlOverride>') +
      num(4, 3)
    const body = [
      p('a', numPr(1)),
      p('b', numPr(1, 1)),
      p('c', numPr(1, 1)),
      p('d', numPr(2)),
      p('e', numPr(2, 1)),
      p('f', numPr(3)),
      p('g', numPr(3)),
      p('h', numPr(3)),
      p('i', numPr(4)),
    ].join('')
    expect(labelled(buildDocx({body, numbering}))).toEqual([
      'I.|a',
      'I.1|b',
      'I.2|c',
      'I|d',
      '1.1|e',
      'z)|f',
      'aa)|g',
      'bb)|h',
      '01.|i',
    ])
  })

  it('restarts a list where an instance that overrides its start is first used, and goes on in the instances that share its definition', () => {
    const numbering =
      abstract(0, lvl(0, 'decimal', '%1.')) +
      num(1, 0) +
      num(2, 0) +
      num(3, 0, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>') +
      num(4, 0, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride>')
    const body = [
      p('a', numPr(1)),
      p('b', numPr(1)),
      p('c', numPr(2)),
      p('d', numPr(3)),
      p('e', numPr(3)),
      p('f', numPr(4)),
      p('g', numPr(0)),
    ].join('')
    expect(labelled(buildDocx({body, numbering}))).toEqual([
      '1.|a',
      '2.|b',
      '3.|c',
      '1.|d',
      '2.|e',
      '5.|f',
      '-|g',
    ])
  })

  it('keeps deeper levels counting when lvlRestart is 0, and numbers paragraphs through their style', () => {
    const numbering =
      abstract(0, lvl(0, 'decimal', '%1.') + lvl(1, 'lowerLetter', '%2)', '<w:lvlRestart w:val="0"/>')) +
      abstract(1, lvl(0, 'decimal', 'Article %1', '<w:pStyle w:val="ArticleHeading"/>')) +
      num(1, 0) +
      num(2, 1)
    const styles =
      '<w:style w:type="paragraph" w:styleId="ArticleHeading"><w:name w:val="Article Heading"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Derived"><w:name w:val="Derived"/><w:basedOn w:val="ArticleHeading"/></w:style>'
    const body = [
      p('a', numPr(1)),
      p('b', numPr(1, 1)),
      p('c', numPr(1)),
      p('d', numPr(1, 1)),
      p('Scope', '<w:pStyle w:val="ArticleHeading"/>'),
      p('Definitions', '<w:pStyle w:val="Derived"/>'),
    ].join('')
    expect(labelled(buildDocx({body, numbering, styles}))).toEqual([
      '1.|a',
      'a)|b',
      '2.|c',
      'b)|d',
      'Article 1|Scope',
      'Article 2|Definitions',
    ])
  })

  it('marks bullets as such', () => {
    const numbering = abstract(0, lvl(0, 'bullet', '•')) + num(1, 0)
    const {blocks} = readDocxBlocks(buildDocx({body: p('item', numPr(1)), numbering}), {})
    expect(blocks[0]).toMatchObject({label: '•', bullet: true, level: 0})
  })
})

describe('fromDocx: notes', () => {
  const footnotes =
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>' +
    '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> First note.</w:t></w:r></w:p></w:footnote>' +
    '<w:footnote w:id="2"><w:p><w:r><w:t>* </w:t></w:r><w:r><w:t>Starred note.</w:t></w:r></w:p></w:footnote>' +
    '<w:footnote w:id="3"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Second note, </w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>italic</w:t></w:r></w:p></w:footnote>'
  const endnotes =
    '<w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t xml:space="preserve"> An endnote.</w:t></w:r></w:p></w:endnote>'
  const body =
    '<w:p><w:r><w:t>Decides</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>' +
    '<w:r><w:t xml:space="preserve"> to act</w:t></w:r><w:r><w:footnoteReference w:customMarkFollows="1" w:id="2"/><w:t>*</w:t></w:r>' +
    '<w:r><w:t xml:space="preserve"> now</w:t></w:r><w:r><w:footnoteReference w:id="3"/></w:r><w:r><w:endnoteReference w:id="1"/></w:r></w:p>'

  it('anchors footnotes and endnotes at their references, with the markers Word prints', () => {
    const {document} = fromDocx(buildDocx({body, footnotes, endnotes}))
    const notes: {marker: string; text: string}[] = []
    let paragraphText = ''
    visit(document, (node) => {
      if (node.type === 'authorialNote') notes.push({marker: node.marker, text: plainText(node)})
      if (node.type === 'p' && paragraphText === '') paragraphText = plainText(node)
      return undefined
    })
    expect(notes).toEqual([
      {marker: '1', text: 'First note.'},
      {marker: '*', text: 'Starred note.'},
      {marker: '2', text: 'Second note, italic'},
      {marker: 'i', text: 'An endnote.'},
    ])
    expect(paragraphText).toBe('Decides to act now')
  })

  it('leaves out a custom mark typed in superscript at the start of its note, and keeps other superscripts', () => {
    const sup = '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
    const starred =
      `<w:footnote w:id="1"><w:p><w:r>${sup}<w:t>**</w:t></w:r><w:r><w:t xml:space="preserve"> Starred note.</w:t></w:r></w:p></w:footnote>` +
      `<w:footnote w:id="2"><w:p><w:r>${sup}<w:t>a</w:t></w:r><w:r><w:t xml:space="preserve"> note.</w:t></w:r></w:p></w:footnote>`
    const {document} = fromDocx(
      buildDocx({
        body:
          '<w:p><w:r><w:t>Decides</w:t></w:r><w:r><w:footnoteReference w:customMarkFollows="1" w:id="1"/><w:t>**</w:t></w:r>' +
          '<w:r><w:footnoteReference w:customMarkFollows="1" w:id="2"/><w:t>†</w:t></w:r></w:p>',
        footnotes: starred,
      }),
    )
    const notes: AuthorialNote[] = []
    visit(document, (node) => {
      if (node.type === 'authorialNote') notes.push(node)
      return undefined
    })
    expect(notes.map((note) => [note.marker, plainText(note)])).toEqual([
      ['**', 'Starred note.'],
      ['†', 'a note.'],
    ])
    expect(notes[1]!.children[0]).toMatchObject({children: [{type: 'sup'}, {type: 'text', value: ' note.'}]})
  })

  it('numbers notes in the format the settings give', () => {
    const settings = '<w:footnotePr><w:numFmt w:val="lowerLetter"/><w:numStart w:val="3"/></w:footnotePr>'
    const {document} = fromDocx(buildDocx({body, footnotes, endnotes, settings}))
    const markers: string[] = []
    visit(document, (node) => {
      if (node.type === 'authorialNote') markers.push(node.marker)
      return undefined
    })
    expect(markers).toEqual(['c', '*', 'd', 'i'])
  })

  it('says when a note’s text is missing', () => {
    const {diagnostics} = fromDocx(
      buildDocx({body: '<w:p><w:r><w:footnoteReference w:id="9"/></w:r></w:p>', footnotes}),
    )
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('note-missing')
  })
})

describe('fromDocx: runs, fields, links and tables', () => {
  it('keeps superscripts, bold and italics, a field’s shown text and safe links', () => {
    const body =
      '<w:p><w:r><w:t>N</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>o</w:t></w:r>' +
      '<w:r><w:t xml:space="preserve"> 7/17, see </w:t></w:r>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> REF note1 \\h </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>page 3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      '<w:fldSimple w:instr=" DATE "><w:r><w:t xml:space="preserve"> today</w:t></w:r></w:fldSimple>' +
      '<w:r><w:t xml:space="preserve"> and </w:t></w:r><w:hyperlink r:id="rIdLink"><w:r><w:rPr><w:b/></w:rPr><w:t>the site</w:t></w:r></w:hyperlink>' +
      '<w:hyperlink r:id="rIdBad"><w:r><w:t xml:space="preserve"> (script)</w:t></w:r></w:hyperlink></w:p>'
    const {document, diagnostics} = fromDocx(
      buildDocx({
        body,
        relationships: [
          ['rIdLink', 'hyperlink', 'https://www.osce.org/', true],
          ['rIdBad', 'hyperlink', 'javascript:alert(1)', true],
        ],
      }),
    )
    const p = JSON.stringify(removePositions(document))
    expect(p).toContain('{"type":"sup","children":[{"type":"text","value":"o"}]}')
    expect(p).toContain(
      '{"type":"ref","href":"https://www.osce.org/","children":[{"type":"b","children":[{"type":"text","value":"the site"}]}]}',
    )
    expect(p).not.toContain('javascript')
    expect(p).not.toContain('REF note1')
    expect(plainText(document)).toContain('No 7/17, see page 3 today and the site (script)')
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('unsafe-link')
  })

  it('reads a table row by row, cell by cell, and says so', () => {
    const cell = (text: string): string => `<w:tc>${p(text)}</w:tc>`
    const body = `${p('Before')}<w:tbl><w:tr>${cell('A1')}${cell('B1')}</w:tr><w:tr>${cell('A2')}${cell('B2')}</w:tr></w:tbl>${p('After')}`
    const bytes = buildDocx({body})
    expect(labelled(bytes).map((entry) => entry.slice(2))).toEqual([
      'Before',
      'A1',
      'B1',
      'A2',
      'B2',
      'After',
    ])
    expect(fromDocx(bytes).diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('table-flattened')
  })

  it('reads parts whose namespace prefix is not w', () => {
    const bytes = buildDocx({
      body: '',
      extra: {
        'word/document.xml':
          '<ns0:document xmlns:ns0="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><ns0:body><ns0:p><ns0:r><ns0:t>Hello</ns0:t></ns0:r></ns0:p></ns0:body></ns0:document>',
      },
    })
    expect(plainText(fromDocx(bytes).document)).toBe('Hello')
  })

  it('leaves hidden text out and reports it with the text', () => {
    const body =
      '<w:p><w:r><w:t xml:space="preserve">Shown </w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>secret</w:t></w:r></w:p>'
    const {document, diagnostics} = fromDocx(buildDocx({body}))
    expect(plainText(document)).toBe('Shown ')
    expect(diagnostics.find((diagnostic) => diagnostic.ruleId === 'hidden-text')?.text).toBe('secret')
  })
})

describe('fromDocx: tracked changes', () => {
  const body =
    '<w:p><w:r><w:t xml:space="preserve">Decides </w:t></w:r>' +
    '<w:del w:id="1" w:author="A"><w:r><w:delText xml:space="preserve">quickly </w:delText></w:r></w:del>' +
    '<w:ins w:id="2" w:author="A"><w:r><w:t xml:space="preserve">firmly </w:t></w:r></w:ins>' +
    '<w:r><w:t>to act</w:t></w:r></w:p>' +
    // A whole paragraph deleted, its mark too.
    '<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="A"/></w:rPr></w:pPr><w:del w:id="4" w:author="A"><w:r><w:delText>Gone.</w:delText></w:r></w:del></w:p>' +
    // A paragraph inserted, its mark too.
    '<w:p><w:pPr><w:rPr><w:ins w:id="5" w:author="A"/></w:rPr></w:pPr><w:ins w:id="6" w:author="A"><w:r><w:t>New.</w:t></w:r></w:ins></w:p>' +
    '<w:p><w:r><w:rPr><w:b/><w:rPrChange w:id="7" w:author="A"><w:rPr/></w:rPrChange></w:rPr><w:t>Last</w:t></w:r></w:p>'
  const texts = (changes: 'accept' | 'reject'): string[] =>
    readDocxBlocks(buildDocx({body}), {trackedChanges: changes}).blocks.map((block) =>
      JSON.stringify(removePositions({type: 'p', children: block.children})),
    )

  it('reads the document with every change accepted by default, and warns', () => {
    const {document, diagnostics} = fromDocx(buildDocx({body}))
    expect(clauses(document).length + document.children.length).toBeGreaterThan(0)
    expect(texts('accept')).toEqual([
      '{"type":"p","children":[{"type":"text","value":"Decides firmly to act"}]}',
      '{"type":"p","children":[{"type":"text","value":"New."}]}',
      '{"type":"p","children":[{"type":"b","children":[{"type":"text","value":"Last"}]}]}',
    ])
    const warning = diagnostics.find((diagnostic) => diagnostic.ruleId === 'tracked-changes')
    expect(warning?.fatal).toBe(false)
    expect(warning?.reason).toMatch(/7 tracked changes: read with every change accepted/)
  })

  it('reads the document with every change rejected on request', () => {
    expect(texts('reject')).toEqual([
      '{"type":"p","children":[{"type":"text","value":"Decides quickly to act"}]}',
      '{"type":"p","children":[{"type":"text","value":"Gone."}]}',
      '{"type":"p","children":[{"type":"text","value":"Last"}]}',
    ])
  })
})
