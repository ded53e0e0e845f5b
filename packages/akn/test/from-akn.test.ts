import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {ClausewiseError, clauses, plainText, removePositions, titleOf} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromAkn, toAkn} from '../src/index.js'
import {examplesFolder, writeAndValidate} from './xmllint.js'

const example = (name: string) => readFileSync(join(examplesFolder, name), 'utf8')
const akn = (body: string, meta = '') =>
  `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="decision">${meta}<mainBody>${body}</mainBody></statement></akomaNtoso>`

describe('fromAkn', () => {
  for (const name of readdirSync(examplesFolder).filter((file) => file.endsWith('.xml'))) {
    it(`reads ${name}, writes it back valid, and reads that back the same`, () => {
      const first = fromAkn(example(name))
      expect(first.diagnostics).toEqual([])
      const xml = toAkn(first.document)
      expect(writeAndValidate(`example-${name}`, xml)).toBe('')
      expect(removePositions(fromAkn(xml).document)).toEqual(removePositions(first.document))
    })
  }

  it('reads the decision skeleton: title, note, clauses and metadata', () => {
    const {document} = fromAkn(example('decision-skeleton.xml'))
    expect(titleOf(document)).toEqual({
      number: 'Décision no 7/17',
      title: 'Renforcement des efforts visant à lutter contre toutes les formes de traite des enfants',
    })
    expect(clauses(document).map((clause) => clause.eId)).toEqual([
      'preface__authorialNote_1',
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_2',
      'para_1',
      'para_5',
      'para_5__list_1__point_a',
      'para_5__list_1__point_b',
      'att_1__para_1',
      'att_1__para_2',
    ])
    const {meta} = document
    expect(meta.lifecycle.map((event) => [event.type, event.refersTo, event.symbol])).toEqual([
      ['generation', 'adoption', 'MC.DEC/7/17'],
      ['amendment', 'linguisticConformity', 'MC.DEC/7/17/Corr.1'],
    ])
    expect(meta.body?.eId).toBe('osce-mc')
    expect(meta.originalSymbol).toBe('MC.DEC/7/17')
    expect(meta.language).toBe('fr')
    const attachment = document.children.find((child) => child.type === 'attachments')?.children[0]
    expect(attachment?.name).toBe('interpretativeStatement')
    expect(attachment?.author).toBe('delegation-ru')
  })

  it('reads a third-party act: hierarchy, headings, notes and eIds as given', () => {
    const {document} = fromAkn(example('act-au-wet-tropics.xml'))
    expect(document.documentType).toBe('act')
    expect(
      clauses(document).map((clause) => [
        clause.type,
        clause.type === 'hcontainer' ? clause.name : '',
        clause.eId,
      ]),
    ).toEqual([
      ['hcontainer', 'chapter', 'chp_seq1'],
      ['hcontainer', 'part', 'chp_seq1_pt_1'],
      ['hcontainer', 'section', 'chp_seq1_pt_1_sec_seq1'],
      ['hcontainer', 'subsection', 'chp_seq1_pt_1_sec_seq1_subsec_seq1'],
      ['hcontainer', 'chapter', 'chp_seq2'],
      ['hcontainer', 'part', 'chp_seq2_pt_2'],
      ['hcontainer', 'section', 'chp_seq2_pt_2_sec_seq1'],
      ['hcontainer', 'subsection', 'chp_seq2_pt_2_sec_seq1_subsec_seq1'],
    ])
    expect(document.meta.notes.map((note) => note.eId)).toEqual(['note_1', 'note_2'])
    const preface = document.children[0]!
    expect(preface.type === 'preface' && preface.children.map((child) => child.type)).toEqual([
      'p',
      'longTitle',
    ])
    const subsection = clauses(document)[3]!
    // Line breaks and indentation around the text are dropped; the break before the note is one space.
    expect(JSON.stringify(removePositions(subsection))).toContain(
      '"children":[{"type":"text","value":"Never forget a part. "},{"type":"noteRef","href":"note_2"}]',
    )
  })

  it('applies the whitespace policy: breaks collapse, other spacing is verbatim', () => {
    const {document} = fromAkn(
      akn('<paragraph><content><p>\n   a  b\u00a0c\u202f;\n   d <b> e </b>\n</p></content></paragraph>'),
    )
    const paragraph = clauses(document)[0]!
    expect(plainText(paragraph)).toBe('a  b\u00a0c\u202f; d  e ')
  })

  it('keeps what it does not model as it came, with a warning and a place when it is no AKN 3.0 element', () => {
    const input = akn(
      '<paragraph><content><p>See <term refersTo="#t">this</term>.</p></content></paragraph><foo a="1">bar <b>baz</b></foo>',
    )
    const result = fromAkn(input)
    expect(plainText(result.document)).toContain('See this.')
    expect(plainText(result.document)).toContain('bar baz')
    expect(result.diagnostics.map((diagnostic) => [diagnostic.ruleId, diagnostic.fatal])).toEqual([
      ['not-akn-element', false],
    ])
    expect(result.diagnostics[0]?.place).toMatchObject({start: {line: 1, column: 192, offset: 191}})
    const output = toAkn(result.document)
    expect(output).toContain('<p>See <term refersTo="#t">this</term>.</p>')
    expect(output).toContain('<foo a="1">bar <b>baz</b></foo>')
  })

  it('keeps words apart at line ends and together across inline markup, reading and writing', () => {
    const input = akn(
      '<paragraph><content><p>della<eol/>Camera, w<span>as</span> <b>here</b><i>now</i></p><block name="sign"><span>Si</span><span>gned</span></block></content></paragraph>',
    )
    const {document} = fromAkn(input)
    const text = plainText(document)
    expect(text.split(/\s+/)).toEqual(['della', 'Camera,', 'was', 'herenow', 'Signed'])
    const output = toAkn(document)
    expect(output).toContain('<p>della<eol/>Camera, w<span>as</span> <b>here</b><i>now</i></p>')
    expect(output).toContain('<block name="sign"><span>Si</span><span>gned</span></block>')
    expect(plainText(fromAkn(output).document)).toBe(text)
  })

  it('gives nodes the position of their element', () => {
    const {document} = fromAkn(
      '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">\n<statement name="d">\n<mainBody>\n  <paragraph eId="para_1"><num>1.</num><content><p>x</p></content></paragraph>\n</mainBody></statement></akomaNtoso>',
    )
    const paragraph = clauses(document)[0]!
    expect(paragraph.position).toEqual({
      start: {line: 4, column: 3, offset: 104},
      end: {line: 4, column: 79, offset: 180},
    })
  })

  it('gives eIds to clauses that have none', () => {
    const {document} = fromAkn(
      akn(
        '<paragraph><num>3.</num><content><p>x</p></content></paragraph><paragraph eId="kept"><content><p>y</p></content></paragraph>',
      ),
    )
    expect(clauses(document).map((clause) => clause.eId)).toEqual(['para_3', 'kept'])
  })

  it('throws akn-not-akn for XML that is not AKN', () => {
    expect(() => fromAkn('<html><body/></html>')).toThrow(ClausewiseError)
    expect(() => fromAkn('<akomaNtoso/>')).toThrowError(/holds no document/)
  })
})

describe('fromAkn on invisible characters', () => {
  it('reports each, written as it is or as a character reference, where it stands', () => {
    const xml = akn(
      '<paragraph eId="para_1"><num>1.</num><content><p>A budget of \u202E0001 and &#x200B;x &#8238;y.</p></content></paragraph>',
    )
    const found = fromAkn(xml).diagnostics.filter((diagnostic) => diagnostic.ruleId === 'invisible-character')
    expect(found.map((diagnostic) => diagnostic.text)).toEqual(['U+202E', 'U+200B', 'U+202E'])
    for (const diagnostic of found) {
      const place = diagnostic.place as {start: {offset: number}; end: {offset: number}}
      const written = xml.slice(place.start.offset, place.end.offset)
      expect(['\u202E', '&#x200B;', '&#8238;']).toContain(written)
    }
    expect(found[0]!.fatal).toBe(false)
  })

  it('leaves a byte-order mark before the document alone', () => {
    const found = fromAkn(`\uFEFF${akn('<p>Text.</p>')}`).diagnostics
    expect(found.filter((diagnostic) => diagnostic.ruleId === 'invisible-character')).toEqual([])
  })
})
