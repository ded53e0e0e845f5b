import {ClausewiseError, clauses, type Position, removePositions} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromAkn, toAkn} from '../src/index.js'
import {wordsOf} from './words.js'
import {schemaErrors} from './xmllint.js'

// Small documents written by hand in the shapes other publishers use (Laws.Africa portions, exporters
// that declare the AKN prefix on the document element, foreign elements declaring their own prefix).
const aknNamespace = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0'
const identification = (prefix: string, uri: string) =>
  `<${prefix}meta><${prefix}identification source="#x">${['FRBRWork', 'FRBRExpression', 'FRBRManifestation']
    .map(
      (level) =>
        `<${prefix}${level}><${prefix}FRBRthis value="${uri}/!main"/><${prefix}FRBRuri value="${uri}"/><${prefix}FRBRdate date="2020-01-03" name="Generation"/><${prefix}FRBRauthor href="#x"/>${
          level === 'FRBRWork'
            ? `<${prefix}FRBRcountry value="za"/>`
            : level === 'FRBRExpression'
              ? `<${prefix}FRBRlanguage language="eng"/>`
              : ''
        }</${prefix}${level}>`,
    )
    .join('')}</${prefix}identification></${prefix}meta>`

describe('fromAkn on a portion (a part of a document published alone)', () => {
  const portion = `<akomaNtoso xmlns="${aknNamespace}"><portion includedIn="/akn/za/act/1996/constitution/eng@2013-08-23/!main">${identification('', '/akn/za/act/1996/constitution')}<portionBody><chapter eId="chp_2"><num>2</num><heading>Bill of Rights</heading><section eId="sec_9"><num>9.</num><heading>Equality</heading><content><p>Everyone is equal before the law.</p></content></section></chapter></portionBody></portion></akomaNtoso>`

  it('reads it valid in, valid out: no `name`, which AKN 3.0 requires of every other document type and forbids on a portion', () => {
    expect(schemaErrors(portion)).toEqual([])
    const {document, diagnostics} = fromAkn(portion)
    expect(diagnostics).toEqual([])
    expect(document.documentType).toBe('portion')
    expect(clauses(document).map((clause) => clause.eId)).toEqual(['chp_2', 'sec_9'])
    const output = toAkn(document)
    expect(schemaErrors(output)).toEqual([])
    expect(wordsOf(output)).toEqual(wordsOf(portion))
  })

  it('still supplies the `name` other document types require', () => {
    const act = portion
      .replace('<portion includedIn="/akn/za/act/1996/constitution/eng@2013-08-23/!main">', '<act>')
      .replace('</portion>', '</act>')
      .replaceAll('portionBody', 'body')
    const {document, diagnostics} = fromAkn(act)
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(['akn-repaired'])
    expect(schemaErrors(toAkn(document))).toEqual([])
  })
})

describe('fromAkn on namespace declarations an element makes for its own name', () => {
  it('reads a document element that declares the AKN prefix it is written with', () => {
    const xml = `<akomaNtoso xmlns="${aknNamespace}"><an:act xmlns:an="${aknNamespace}" name="act">${identification('an:', '/akn/za/act/2020/1')}<an:body><an:section eId="sec_1"><an:num>1.</an:num><an:content><an:p>Text.</an:p></an:content></an:section></an:body></an:act></akomaNtoso>`
    expect(schemaErrors(xml)).toEqual([])
    const {document, diagnostics} = fromAkn(xml)
    expect(diagnostics).toEqual([])
    expect(document.documentType).toBe('act')
    expect(schemaErrors(toAkn(document))).toEqual([])
  })

  it('keeps a foreign element declaring its own prefix as foreign content, without calling the prefix undeclared', () => {
    const xml = `<akomaNtoso xmlns="${aknNamespace}"><doc name="memo">${identification('', '/akn/za/doc/2020/1')}<mainBody><p>Before.</p><uk:commentary xmlns:uk="https://www.legislation.gov.uk/namespaces/UK-AKN">Words substituted</uk:commentary><p>After.</p></mainBody></doc></akomaNtoso>`
    const {document, diagnostics} = fromAkn(xml)
    expect(
      diagnostics.map((diagnostic) => [
        diagnostic.ruleId,
        (diagnostic.place as Position | undefined)?.start.column,
      ]),
    ).toEqual([['foreign-element', xml.indexOf('<uk:commentary') + 1]])
    const output = toAkn(document)
    expect(output).toContain(
      '<uk:commentary xmlns:uk="https://www.legislation.gov.uk/namespaces/UK-AKN">Words substituted</uk:commentary>',
    )
    expect(wordsOf(output)).toEqual(wordsOf(xml))
  })
})

describe('fromAkn on text directly inside akomaNtoso', () => {
  it('keeps it in the document where it stood, with a warning at the root', () => {
    const xml = `<akomaNtoso xmlns="${aknNamespace}">Stray before<doc name="memo">${identification('', '/akn/za/doc/2020/1')}<mainBody><p>Body.</p></mainBody></doc>stray after</akomaNtoso>`
    const {document, diagnostics} = fromAkn(xml)
    expect(
      diagnostics.map((diagnostic) => [
        diagnostic.ruleId,
        (diagnostic.place as Position | undefined)?.start.offset,
      ]),
    ).toEqual([
      ['unexpected-text', 0],
      ['unexpected-text', 0],
    ])
    const output = toAkn(document)
    expect(wordsOf(output)).toEqual(['Stray', 'before', 'Body.', 'stray', 'after'])
    expect(removePositions(fromAkn(output).document)).toEqual(removePositions(document))
  })
})

describe('fromAkn diagnostics on long names', () => {
  const long = 'x'.repeat(10_000)

  it('quote an element name cut short: a diagnostic never repeats unbounded input', () => {
    const xml = `<akomaNtoso xmlns="${aknNamespace}"><doc name="memo"><mainBody><${long}>y</${long}></mainBody></doc></akomaNtoso>`
    const {diagnostics} = fromAkn(xml)
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]!.reason.length).toBeLessThan(200)
    expect(diagnostics[0]!.reason).toContain(`\`${'x'.repeat(64)}…\``)
  })

  it('and so does the error for a mismatched end tag', () => {
    const xml = `<akomaNtoso xmlns="${aknNamespace}"><${long}></y></akomaNtoso>`
    expect(() => fromAkn(xml)).toThrow(ClausewiseError)
    try {
      fromAkn(xml)
    } catch (error) {
      expect((error as ClausewiseError).message.length).toBeLessThan(200)
    }
  })
})

describe('fromAkn on AKN 3.0 that names elements by xml:id (LEOS, AKN4EU)', () => {
  it('reads them as eIds, says so without calling the document an earlier AKN, and writes valid AKN', () => {
    const xml = `<akomaNtoso xmlns="${aknNamespace}" xmlns:leos="urn:eu:europa:ec:leos"><bill name="REG">${identification('', '/akn/eu/bill/2023/1')}<body xml:id="body"><article xml:id="art_1" leos:editable="true"><num>Article premier</num><paragraph xml:id="art_1_par_1"><num>1.</num><content><p>Le présent règlement établit des règles.</p></content></paragraph></article></body></bill></akomaNtoso>`
    expect(schemaErrors(xml)).toEqual([])
    const {document, diagnostics} = fromAkn(xml)
    expect(diagnostics.map((diagnostic) => diagnostic.reason)).toEqual([
      '3 `xml:id` / `id` attributes read as `eId`, the identifier AKN 3.0 names elements by',
    ])
    expect(clauses(document).map((clause) => clause.eId)).toEqual(['art_1', 'art_1_par_1'])
    const output = toAkn(document)
    expect(output).toContain('<article eId="art_1" leos:editable="true">')
    expect(schemaErrors(output)).toEqual([])
  })
})
