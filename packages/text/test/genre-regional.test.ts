import {plainText} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {eIds, textOf} from './genre-support.js'
import {all} from './support.js'

// Probes of the genre (see genre-support.ts): decisions of regional bodies in Spanish, French and
// Portuguese, written for these tests (numbers, dates and names invented). Expectations worked out by
// hand from each text.

describe('an Andean Community decision (web text): `DECISIÓN 912` over its title, `Dada en …` under its articles', () => {
  const text = [
    'DECISIÓN 912',
    'Régimen andino sobre el registro de medicamentos veterinarios',
    'LA COMISIÓN DE LA COMUNIDAD ANDINA,',
    'VISTOS: Los artículos 3 y 55 del Acuerdo de Cartagena y la Decisión 876; y,',
    'CONSIDERANDO: Que es necesario armonizar los procedimientos de registro de medicamentos veterinarios en la Subregión;',
    'Que los Países Miembros han acordado un régimen común;',
    'DECIDE:',
    'Artículo 1.- Objeto. La presente Decisión establece el régimen andino de registro de medicamentos veterinarios.',
    'Artículo 2.- Ámbito. La presente Decisión se aplica a los medicamentos veterinarios comercializados en los Países Miembros.',
    'Artículo 3.- Vigencia. La presente Decisión entrará en vigor a partir de su publicación en la Gaceta Oficial del Acuerdo de Cartagena.',
    'Dada en la ciudad de Lima, Perú, a los doce días del mes de mayo del año dos mil veintinueve.',
  ].join('\n')
  const {document} = fromText(text)

  it('numbers the decision from its line in capitals (the one series of the Commission)', () => {
    expect(document.meta.frbr.number).toBe('912')
    expect(all(document, 'docNumber').map((node) => plainText(node as never))).toEqual(['DECISIÓN 912'])
    expect(all(document, 'docTitle').map((node) => plainText(node as never))).toEqual([
      'Régimen andino sobre el registro de medicamentos veterinarios',
    ])
  })

  it('reads the body, the recitals and `DECIDE:` as the preamble, and three articles', () => {
    expect(all(document, 'formula').map((node) => plainText(node as never))).toEqual([
      'LA COMISIÓN DE LA COMUNIDAD ANDINA,',
      'DECIDE:',
    ])
    expect(all(document, 'recital')).toHaveLength(3)
    expect(eIds(document).filter((eId) => eId.startsWith('art_'))).toEqual(['art_1', 'art_2', 'art_3'])
  })

  it('reads the heading each article prints on its line, `Artículo 1.- Objeto. La presente …`', () => {
    expect(all(document, 'heading').map((node) => plainText(node as never))).toEqual([
      'Objeto.',
      'Ámbito.',
      'Vigencia.',
    ])
    expect(all(document, 'num').map((node) => String(node.value))).toEqual([
      'Artículo 1.-',
      'Artículo 2.-',
      'Artículo 3.-',
    ])
  })

  it('ends the last article at `Dada en …`: the closing is the conclusions, and dates the decision from its words', () => {
    expect(textOf(document, 'art_3')).toBe(
      'Vigencia.\nLa presente Decisión entrará en vigor a partir de su publicación en la Gaceta Oficial del Acuerdo de Cartagena.',
    )
    expect(all(document, 'conclusions').map((node) => plainText(node as never))).toEqual([
      'Dada en la ciudad de Lima, Perú, a los doce días del mes de mayo del año dos mil veintinueve.',
    ])
    expect(document.meta.frbr.date).toBe('2029-05-12')
  })
})

describe('Andean articles: a heading on the number’s line or the next, or none', () => {
  it('reads the heading under the number, and leaves an article of text without one', () => {
    const text = [
      'LA COMISIÓN DE LA COMUNIDAD ANDINA,',
      'DECIDE:',
      'Artículo 1.- Objeto. La presente Decisión establece una metodología estadística común.',
      'Artículo 2.- La Secretaría General publicará las estadísticas anualmente.',
      'Artículo 3.- Definiciones. Para efectos de la presente Decisión se entiende por servicio toda actividad económica intangible.',
      'Artículo 4.-',
      'Vigencia',
      'La presente Decisión entrará en vigor a partir de su publicación.',
    ].join('\n')
    const {document} = fromText(text)
    expect(all(document, 'heading').map((node) => plainText(node as never))).toEqual([
      'Objeto.',
      'Definiciones.',
      'Vigencia',
    ])
    expect(textOf(document, 'art_2')).toBe('La Secretaría General publicará las estadísticas anualmente.')
  })

  it('takes one short first sentence for no heading where the articles print none', () => {
    const text = [
      'LA COMISIÓN DE LA COMUNIDAD ANDINA,',
      'DECIDE:',
      'Artículo 1.- Queda derogada la norma anterior. Las solicitudes en trámite se resolverán conforme a ella.',
      'Artículo 2.- La Secretaría General velará por el cumplimiento de la presente Decisión, que entrará en vigor a partir de su publicación.',
      'Artículo 3.- Los Países Miembros informarán a la Secretaría General sobre las medidas adoptadas.',
    ].join('\n')
    const {document} = fromText(text)
    expect(all(document, 'heading')).toEqual([])
    expect(textOf(document, 'art_1')).toBe(
      'Queda derogada la norma anterior. Las solicitudes en trámite se resolverán conforme a ella.',
    )
  })
})

describe('`DECISIÓN` in capitals that numbers nothing', () => {
  it('takes no number from a decision cited in a line that goes on', () => {
    const text = [
      'LA COMISIÓN DE LA COMUNIDAD ANDINA,',
      'VISTOS: La Decisión 876;',
      'DECIDE:',
      'Artículo 1.- DECISIÓN 876 queda derogada.',
    ].join('\n')
    expect(fromText(text).document.meta.frbr.number).toBe('')
  })
})

describe('an ECOWAS supplementary act (web text): `ÉDICTE :` after the recitals', () => {
  const text = [
    'ACTE ADDITIONNEL A/SA.1/06/31 PORTANT CRÉATION D’UN FONDS RÉGIONAL POUR L’EAU',
    'LA CONFÉRENCE DES CHEFS D’ÉTAT ET DE GOUVERNEMENT,',
    'VU le Traité révisé de la CEDEAO, notamment en ses articles 7, 8 et 9 ;',
    'CONSIDÉRANT que l’accès à l’eau potable demeure insuffisant dans la région ;',
    'CONSIDÉRANT la nécessité de mobiliser des ressources communes ;',
    'ÉDICTE :',
    'Article premier',
    'Il est créé un Fonds régional pour l’eau.',
    'Article 2',
    'Le présent Acte additionnel entre en vigueur dès sa signature.',
    'FAIT À ABUJA, LE 14 JUIN 2031',
  ].join('\n')
  const {document} = fromText(text)

  it('reads `ÉDICTE :` as the enacting formula that closes the preamble, not an operative paragraph', () => {
    expect(all(document, 'formula').map((node) => plainText(node as never))).toEqual([
      'LA CONFÉRENCE DES CHEFS D’ÉTAT ET DE GOUVERNEMENT,',
      'ÉDICTE :',
    ])
    expect(all(document, 'recital')).toHaveLength(3)
    expect(eIds(document).filter((eId) => !eId.includes('__') && eId.startsWith('art_'))).toHaveLength(2)
    expect(eIds(document).some((eId) => eId.startsWith('para_'))).toBe(false)
    expect(document.meta.frbr.date).toBe('2031-06-14')
  })

  it('numbers `Article premier` as article 1 (`art_1`), its number kept as written', () => {
    expect(eIds(document).filter((eId) => eId.startsWith('art_'))).toEqual(['art_1', 'art_2'])
    expect(all(document, 'num').map((node) => String(node.value))).toEqual(['Article premier', 'Article 2'])
  })
})
