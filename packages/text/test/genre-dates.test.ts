import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'

// Probes of the genre (see genre-support.ts): adoption dates written in words, as the closing
// formulas of treaties, decrees and some assemblies' resolutions print them. Expectations written
// by hand from each text.

describe('adoption dates written in words', () => {
  it('reads `Adopted on the fifth of December two thousand and thirty-one.` under an English resolution', () => {
    const {document, diagnostics} = fromText(
      [
        'The Assembly of States Parties,',
        'Recalling its previous resolutions,',
        '1. Decides to convene its next session in The Hague;',
        '2. Requests the Bureau to report to it.',
        'Adopted on the fifth of December two thousand and thirty-one.',
      ].join('\n'),
      {language: 'en'},
    )
    expect(document.meta.frbr.date).toBe('2031-12-05')
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('adoption-date-from-line')
  })

  it('reads an English year said in pairs, `nineteen ninety-nine` and `twenty thirty-one`', () => {
    const read = (closing: string) =>
      fromText(
        [
          'The Conference of the Parties,',
          'Recalling its previous decisions,',
          '1. Decides to meet again in two years;',
          closing,
        ].join('\n'),
        {language: 'en'},
      ).document.meta.frbr.date
    expect(read('Done at Geneva on the first day of June nineteen ninety-nine.')).toBe('1999-06-01')
    expect(read('Adopted on the twelfth of March twenty thirty-one.')).toBe('2031-03-12')
    expect(read('Adopted on the twelfth of March nineteen hundred and ninety-nine.')).toBe('1999-03-12')
    // A century and a year below ten is no way to say a year.
    expect(read('Adopted on the twelfth of March twenty five.')).toBe('')
  })

  it('reads a French closing formula, `le vingt et un mars deux mille trente-deux`', () => {
    const {document} = fromText(
      [
        "L'Assemblée des États parties,",
        'Rappelant ses résolutions antérieures,',
        '1. Décide de tenir sa prochaine session à La Haye ;',
        '2. Prie le Bureau de lui faire rapport.',
        'Fait à Paris, le vingt et un mars deux mille trente-deux.',
      ].join('\n'),
      {language: 'fr'},
    )
    expect(document.meta.frbr.date).toBe('2032-03-21')
  })

  it('reads no year from two pairs of figures in French, which says its years whole', () => {
    const {document} = fromText(
      [
        "L'Assemblée des États parties,",
        'Rappelant ses résolutions antérieures,',
        '1. Décide de tenir sa prochaine session à La Haye.',
        'Fait à Paris, le vingt et un mars vingt trente-deux.',
      ].join('\n'),
      {language: 'fr'},
    )
    expect(document.meta.frbr.date).toBe('')
  })

  it('reads a Spanish decree’s `Dado en Madrid a los cinco días del mes de diciembre de …`', () => {
    const {document} = fromText(
      [
        'REAL DECRETO 1234/2031, por el que se regula el Consejo Asesor del Acero.',
        'A propuesta del Ministro de Industria y previa deliberación del Consejo de Ministros,',
        'DISPONGO:',
        'Artículo único. Se crea el Consejo Asesor del Acero.',
        'Dado en Madrid a los cinco días del mes de diciembre de dos mil treinta y uno.',
      ].join('\n'),
      {language: 'es'},
    )
    expect(document.meta.frbr.date).toBe('2031-12-05')
  })

  it('gives no date for words that make none (30 February), and says why', () => {
    const {document, diagnostics} = fromText(
      [
        'The Assembly of States Parties,',
        '1. Decides to convene its next session in The Hague.',
        'Adopted on the thirtieth of February two thousand and thirty-one.',
      ].join('\n'),
      {language: 'en'},
    )
    expect(document.meta.frbr.date).toBe('')
    const unread = diagnostics.find((diagnostic) => diagnostic.ruleId === 'adoption-date-unread')
    expect(unread?.place).toBeDefined()
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('adoption-date-unknown')
  })
})
