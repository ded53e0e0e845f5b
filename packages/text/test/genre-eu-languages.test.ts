import {plainText} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {eIds, furniture} from './genre-support.js'
import {all} from './support.js'

// Probes of the genre (see genre-support.ts): one EU regulation in German and in Spanish, as the
// Official Journal prints each language. Expectations written by hand from each text.

/** What a careful reader gets of the regulation in every language. */
const structure = [
  'preamble__formula_1',
  'preamble__recitals_1__recital_1',
  'preamble__recitals_1__recital_2',
  'preamble__recitals_1__recital_3',
  'preamble__recitals_2__recital_1',
  'preamble__recitals_2__recital_2',
  'preamble__formula_2',
  'art_1',
  'art_2',
]

describe('an EU regulation in German: the formula ends with an em dash', () => {
  const text = [
    'VERORDNUNG (EU) 2031/417 DES EUROPÄISCHEN PARLAMENTS UND DES RATES',
    'vom 12. Juni 2031',
    'über die Kennzeichnung wiederverwendbarer Verpackungen',
    'DAS EUROPÄISCHE PARLAMENT UND DER RAT DER EUROPÄISCHEN UNION —',
    'gestützt auf den Vertrag über die Arbeitsweise der Europäischen Union, insbesondere auf Artikel 114,',
    'auf Vorschlag der Europäischen Kommission,',
    'gemäß dem ordentlichen Gesetzgebungsverfahren,',
    'in Erwägung nachstehender Gründe:',
    '(1) Verpackungsabfälle nehmen in der Union weiter zu.',
    '(2) Verbraucher sollten wiederverwendbare Verpackungen an einem gemeinsamen Kennzeichen erkennen können.',
    'HABEN FOLGENDE VERORDNUNG ERLASSEN:',
    'Artikel 1',
    'Gegenstand',
    'Diese Verordnung legt Vorschriften für die Kennzeichnung wiederverwendbarer Verpackungen fest.',
    'Artikel 2',
    'Inkrafttreten',
    'Diese Verordnung tritt am zwanzigsten Tag nach ihrer Veröffentlichung im Amtsblatt der Europäischen Union in Kraft.',
    'Geschehen zu Brüssel am 12. Juni 2031.',
  ].join('\n')
  const {document} = fromText(text)

  it('reads the formula, three citations, `in Erwägung nachstehender Gründe:` introducing two recitals, two articles', () => {
    expect(document.meta.language).toBe('de')
    expect(document.meta.symbol).toBe('(EU) 2031/417')
    expect(plainText(all(document, 'formula')[0] as never)).toBe(
      'DAS EUROPÄISCHE PARLAMENT UND DER RAT DER EUROPÄISCHEN UNION —',
    )
    expect(eIds(document)).toEqual(structure)
    expect(plainText(document.children.find((node) => node.type === 'preamble')!)).toContain(
      'in Erwägung nachstehender Gründe:',
    )
  })
})

describe('an EU regulation in Spanish', () => {
  const text = [
    'REGLAMENTO (UE) 2031/417 DEL PARLAMENTO EUROPEO Y DEL CONSEJO',
    'de 12 de junio de 2031',
    'relativo al etiquetado de los envases reutilizables',
    'EL PARLAMENTO EUROPEO Y EL CONSEJO DE LA UNIÓN EUROPEA,',
    'Visto el Tratado de Funcionamiento de la Unión Europea, y en particular su artículo 114,',
    'Vista la propuesta de la Comisión Europea,',
    'De conformidad con el procedimiento legislativo ordinario,',
    'Considerando lo siguiente:',
    '(1) Los residuos de envases siguen aumentando en la Unión.',
    '(2) Los consumidores deben poder reconocer los envases reutilizables mediante una etiqueta común.',
    'HAN ADOPTADO EL PRESENTE REGLAMENTO:',
    'Artículo 1',
    'Objeto',
    'El presente Reglamento establece normas sobre el etiquetado de los envases reutilizables.',
    'Artículo 2',
    'Entrada en vigor',
    'El presente Reglamento entrará en vigor a los veinte días de su publicación en el Diario Oficial de la Unión Europea.',
    'Hecho en Bruselas, el 12 de junio de 2031.',
  ].join('\n')
  const {document} = fromText(text)

  it('reads the formula, three citations, `Considerando lo siguiente:` introducing two recitals, two articles', () => {
    expect(document.meta.language).toBe('es')
    expect(document.meta.symbol).toBe('(UE) 2031/417')
    expect(eIds(document)).toEqual(structure)
    expect(plainText(all(document, 'formula')[1] as never)).toBe('HAN ADOPTADO EL PRESENTE REGLAMENTO:')
    expect(plainText(document.children.find((node) => node.type === 'conclusions')!)).toBe(
      'Hecho en Bruselas, el 12 de junio de 2031.',
    )
  })
})

describe('an EU regulation as pdftotext gives the Official Journal: running heads, single spacing', () => {
  const text = [
    '13.6.2031 EN Official Journal of the European Union L 123/1',
    '',
    'REGULATION (EU) 2031/417 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL',
    'of 12 June 2031',
    'on the labelling of reusable packaging',
    'THE EUROPEAN PARLIAMENT AND THE COUNCIL OF THE EUROPEAN UNION,',
    'Having regard to the Treaty on the Functioning of the European Union, and in particular Article 114 thereof,',
    'Having regard to the proposal from the European Commission,',
    'Whereas:',
    '(1) Packaging waste continues to grow in the Union and its reuse should be encouraged.',
    '(2) Consumers should be able to recognise reusable packaging by a',
    '\fL 123/2 EN Official Journal of the European Union 13.6.2031',
    'common label.',
    'HAVE ADOPTED THIS REGULATION:',
    'Article 1',
    'This Regulation lays down rules on the labelling of reusable packaging.',
    'Done at Brussels, 12 June 2031.',
  ].join('\n')
  const {document, diagnostics} = fromText(text)

  it('takes both head lines out and reads the formula in capitals, which a line cut alone must let start a block', () => {
    expect(furniture(diagnostics)).toEqual([
      '13.6.2031 EN Official Journal of the European Union L 123/1',
      'L 123/2 EN Official Journal of the European Union 13.6.2031',
    ])
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_2',
      'preamble__recitals_2__recital_1',
      'preamble__recitals_2__recital_2',
      'preamble__formula_2',
      'art_1',
    ])
    expect(plainText(all(document, 'recital')[3] as never)).toBe(
      '(2) Consumers should be able to recognise reusable packaging by a common label.',
    )
  })
})
