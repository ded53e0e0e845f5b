import {clauses, ownText, plainText, titleOf} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {document as read} from './support.js'

// Probes of the genre (see genre-support.ts): expectations written by hand from each text.

describe('a United States Senate resolution in the Government Publishing Office’s text', () => {
  // Written for this test in the GPO's layout: bracketed header lines, `<DOC>`, the Congress and
  // session, `S. RES. 712`, the title, the chamber, the date, the sponsors' line, `RESOLUTION` and the
  // title again, then the `Whereas` recitals and the resolving clause.
  const {document, diagnostics} = fromText(read('us-senate-resolution-gpo.en.txt'))

  it('takes the Senate’s symbol for the number and the title under `RESOLUTION`, its final stop kept', () => {
    expect(document.meta.symbol).toBe('S. RES. 712')
    expect(titleOf(document).title).toBe(
      'Expressing support for the designation of May 2031 as "National Water Safety Month".',
    )
  })

  it('keeps the cover, the sponsors’ line included, in the preface: no recital is guessed', () => {
    const preface = document.children.find((child) => child.type === 'preface')
    expect(plainText(preface!)).toContain('Ms. Smith (for herself and Mr. Jones) submitted the following')
    expect(diagnostics.filter((diagnostic) => diagnostic.ruleId === 'recital-guessed')).toEqual([])
  })

  it('reads the resolving clause as the operative introduction and its items (1) to (3) as paragraphs', () => {
    const body = clauses(document).filter(
      (node) => node.type === 'paragraph' || node.type === 'blockContainer',
    )
    expect(body.map((node) => ownText(node).replace(/\s+/g, ' '))).toEqual([
      'Resolved, That the Senate--',
      "supports the designation of May 2031 as ``National Water Safety Month'';",
      'encourages the people of the United States to learn about water safety; and',
      'recognizes the work of lifeguards and water safety instructors.',
    ])
  })

  it('takes the markup tags alone on their lines (`<DOC>`, `<all>`) out as furniture', () => {
    const furniture = diagnostics
      .filter((diagnostic) => diagnostic.ruleId === 'page-furniture')
      .map((diagnostic) => diagnostic.text?.trim())
    expect(furniture).toEqual(['<DOC>', '<all>'])
  })

  it('reads the three `Whereas` recitals, the second ending `; and`', () => {
    const recitals = clauses(document).filter((node) => node.type === 'recital')
    expect(recitals.map((node) => ownText(node).slice(0, 30))).toEqual([
      'Whereas drowning is a leading ',
      'Whereas water safety education',
      'Whereas community organization',
    ])
  })
})

describe('a Brazilian federal act, web text: number and date line, its `ementa`, the enacting clause', () => {
  const text = [
    'LEI Nº 15.321, DE 14 DE MARÇO DE 2031',
    '',
    'Dispõe sobre a proteção de nascentes e dá outras providências.',
    '',
    'O PRESIDENTE DA REPÚBLICA Faço saber que o Congresso Nacional decreta e eu sanciono a seguinte Lei:',
    '',
    'Art. 1º Esta Lei dispõe sobre a proteção de nascentes.',
    '',
    'Art. 2º Compete aos Municípios:',
    '',
    'I - cadastrar as nascentes de seu território;',
    '',
    'II - fiscalizar as áreas de preservação.',
    '',
    'Art. 3º Esta Lei entra em vigor na data de sua publicação.',
    '',
    'Brasília, 14 de março de 2031; 210º da Independência e 143º da República.',
  ].join('\n')
  const {document} = fromText(text)

  it('reads the number line whole, the `ementa` under it as the title (its stop kept), and the date of signature', () => {
    expect(document.meta.frbr.number).toBe('15.321')
    expect(titleOf(document)).toEqual({
      number: 'LEI Nº 15.321, DE 14 DE MARÇO DE 2031',
      title: 'Dispõe sobre a proteção de nascentes e dá outras providências.',
    })
    expect(document.meta.frbr.date).toBe('2031-03-14')
  })

  it('reads `… decreta e eu sanciono a seguinte Lei:` as the enacting formula, then three articles, and the signature line as the conclusions', () => {
    expect(clauses(document).map((node) => node.eId)).toEqual([
      'preamble__formula_1',
      'art_1',
      'art_2',
      'art_2__para_I',
      'art_2__para_II',
      'art_3',
    ])
    const conclusions = document.children.find((child) => child.type === 'conclusions')
    expect(plainText(conclusions!)).toBe(
      'Brasília, 14 de março de 2031; 210º da Independência e 143º da República.',
    )
  })
})
