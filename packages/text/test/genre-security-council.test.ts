import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {eIds} from './genre-support.js'

// Probes of the genre (see genre-support.ts): a Security Council resolution as the UN prints it in
// its languages, its number and year on the first line, the meeting and date on the second. Written
// for these tests; each expectation worked out by hand.

const texts = {
  en: [
    'Resolution 2999 (2031)',
    'Adopted by the Security Council at its 9999th meeting, on 3 March 2031',
    'The Security Council,',
    'Recalling its previous resolutions on this matter,',
    '1. Decides to extend the mandate of the Mission until 31 March 2032;',
    '2. Decides to remain actively seized of the matter.',
  ],
  fr: [
    'Résolution 2999 (2031)',
    'Adoptée par le Conseil de sécurité à sa 9999e séance, le 3 mars 2031',
    'Le Conseil de sécurité,',
    'Rappelant ses résolutions antérieures sur la question,',
    '1. Décide de proroger le mandat de la Mission jusqu’au 31 mars 2032 ;',
    '2. Décide de rester activement saisi de la question.',
  ],
  es: [
    'Resolución 2999 (2031)',
    'Aprobada por el Consejo de Seguridad en su 9999ª sesión, celebrada el 3 de marzo de 2031',
    'El Consejo de Seguridad,',
    'Recordando sus resoluciones anteriores sobre la cuestión,',
    '1. Decide prorrogar el mandato de la Misión hasta el 31 de marzo de 2032;',
    '2. Decide seguir ocupándose activamente de la cuestión.',
  ],
  ru: [
    'Резолюция 2999 (2031),',
    'принятая Советом Безопасности на его 9999-м заседании 3 марта 2031 года',
    'Совет Безопасности,',
    'ссылаясь на свои предыдущие резолюции по этому вопросу,',
    '1. постановляет продлить мандат Миссии до 31 марта 2032 года;',
    '2. постановляет продолжать активно заниматься этим вопросом.',
  ],
} as const

describe('a Security Council resolution in four languages', () => {
  it.each(Object.entries(texts))(
    'reads the %s text’s number, symbol, body, date and clauses',
    (language, lines) => {
      const {document, diagnostics} = fromText(lines.join('\n\n'), {language})
      expect(document.meta.frbr.number).toBe('2999 (2031)')
      // Derived from the number by the body's convention, and said so.
      expect(document.meta.symbol).toBe('S/RES/2999 (2031)')
      expect(diagnostics.some((diagnostic) => diagnostic.ruleId === 'symbol-derived')).toBe(true)
      expect(document.meta.body?.eId).toBe('un-sc')
      expect(document.meta.frbr.country).toBe('un')
      expect(document.meta.frbr.date).toBe('2031-03-03')
      expect(eIds(document)).toEqual([
        'preamble__formula_1',
        'preamble__recitals_1__recital_1',
        'para_1',
        'para_2',
      ])
    },
  )

  it('derives no symbol a convention does not write: a General Assembly number in a year’s shape', () => {
    const {document} = fromText(
      [
        'Resolution 2999 (2031)',
        'The General Assembly,',
        'Recalling its resolutions,',
        '1. Decides to act.',
      ].join('\n\n'),
      {language: 'en'},
    )
    expect(document.meta.frbr.number).toBe('2999 (2031)')
    expect(document.meta.symbol).toBeUndefined()
  })
})
