import {plainText} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {eIds, furniture, textOf} from './genre-support.js'

// Probes of the genre (see genre-support.ts): resolutions of specialized agencies as `pdftotext`
// prints them. Expectations written by hand.

describe('an IMO Assembly resolution: operative paragraphs numbered with no stop (`1 ADOPTS …`)', () => {
  // The IMO sets a tab between a paragraph's number and its verb in capitals; an extraction leaves a
  // space.
  const text = [
    'THE ASSEMBLY,',
    'RECALLING Article 15(j) of the Convention on the International Maritime Organization concerning the',
    'functions of the Assembly,',
    'HAVING CONSIDERED the recommendations made by the Maritime Safety Committee at its 117th',
    'session,',
    '1 ADOPTS the Guidelines on the implementation of the Code, set out in the annex to the present',
    'resolution;',
    '2 URGES Governments to apply the Guidelines when implementing the instruments to which they',
    'are party;',
    '3 REQUESTS the Council to keep the Guidelines under review.',
    '',
    '***',
  ].join('\n')
  const {document, diagnostics} = fromText(text, {language: 'en'})

  it('reads the three numbered paragraphs, each with its number', () => {
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_2',
      'para_1',
      'para_2',
      'para_3',
    ])
    expect(textOf(document, 'para_2')).toBe(
      'URGES Governments to apply the Guidelines when implementing the instruments to which they are party;',
    )
  })

  it('takes the end mark `***` as page furniture', () => {
    expect(furniture(diagnostics)).toContain('***')
    expect(plainText(document)).not.toContain('*')
  })

  it('reads a number before anything but an operative verb in capitals as the text’s', () => {
    const {document: other} = fromText(
      [
        'The Assembly,',
        '1. Decides that the contributions of',
        '15 Member States shall be reviewed;',
        '2. Requests the Council to report.',
      ].join('\n'),
      {language: 'en'},
    )
    expect(eIds(other)).toEqual(['preamble__formula_1', 'para_1', 'para_2'])
  })
})

describe('an ICAO Assembly resolution’s end mark `— END —`', () => {
  it('is page furniture, not a paragraph', () => {
    const {document, diagnostics} = fromText(
      [
        'The Assembly:',
        '1. Urges all Contracting States to act;',
        '2. Declares that this resolution supersedes Resolution A41-19.',
        '— END —',
      ].join('\n'),
      {language: 'en'},
    )
    expect(eIds(document)).toEqual(['preamble__formula_1', 'para_1', 'para_2'])
    expect(furniture(diagnostics)).toContain('— END —')
  })
})

describe('an IMO resolution’s first page: the language’s letter, the cover, then the title', () => {
  const text = [
    'E',
    '',
    'ASSEMBLY',
    '35th session',
    'Agenda item 10',
    '',
    'A 35/Res.1301',
    '12 December 2031',
    'Original: ENGLISH',
    '',
    '',
    'Resolution A.1301(35)',
    'Adopted on 6 December 2031',
    '(Agenda item 10)',
    'GUIDELINES ON THE IMPLEMENTATION OF THE',
    'INSTRUMENTS IMPLEMENTATION CODE',
    'THE ASSEMBLY,',
    'RECALLING Article 15(j) of the Convention on the International Maritime Organization',
    'concerning the functions of the Assembly in relation to regulations and guidelines concerning',
    'maritime safety and the prevention and control of marine pollution from ships,',
    'HAVING CONSIDERED the recommendations made by the Maritime Safety Committee at its',
    '117th session and by the Marine Environment Protection Committee at its 90th session,',
    '1 ADOPTS the Guidelines on the implementation of the Code, set out in the annex to the',
    'present resolution;',
    '2 REQUESTS the Council to keep the Guidelines under review.',
  ].join('\n')
  const {document, diagnostics} = fromText(text, {language: 'en'})

  it('takes the letter and the cover blocks (a session in figures too) as furniture, out of the preface', () => {
    // One run of furniture, blank lines and all.
    expect(furniture(diagnostics)[0]).toBe(
      'E\n\nASSEMBLY\n35th session\nAgenda item 10\n\nA 35/Res.1301\n12 December 2031\nOriginal: ENGLISH',
    )
    const preface = document.children.find((child) => child.type === 'preface')!
    expect(plainText(preface)).not.toContain('ASSEMBLY')
  })
})

describe('guidelines annexed to a resolution, their paragraphs numbered by section (`1.1`, `1.2`, `2.1`)', () => {
  const text = [
    'The Assembly,',
    '1. Adopts the Guidelines set out in the annex to the present resolution.',
    'ANNEX',
    'GUIDELINES ON THE IMPLEMENTATION OF THE CODE',
    '1.1 These Guidelines provide guidance to Member States on the implementation of the Code.',
    '1.2 The Guidelines should be read in conjunction with the Code.',
    '2.1 The Guidelines apply to flag, coastal and port States.',
    '2.1.1 Flag States should report every year.',
  ].join('\n')

  it('numbers each paragraph with its decimal number', () => {
    const {document} = fromText(text, {language: 'en'})
    expect(eIds(document).filter((id) => id.startsWith('att_'))).toEqual([
      'att_1__para_1-1',
      'att_1__para_1-2',
      'att_1__para_2-1',
      'att_1__para_2-1-1',
    ])
    expect(textOf(document, 'att_1__para_1-2')).toBe(
      'The Guidelines should be read in conjunction with the Code.',
    )
  })

  it('leaves a decimal figure before a word in lower case, or a date, in the text', () => {
    const {document} = fromText(
      [
        'The Assembly,',
        '1. Notes that',
        '1.5 million people were displaced;',
        '2. Decides to meet on',
        '12.3.2031 in Geneva.',
      ].join('\n'),
      {language: 'en'},
    )
    expect(eIds(document)).toEqual(['preamble__formula_1', 'para_1', 'para_2'])
  })
})
