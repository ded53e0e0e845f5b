import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {eIds} from './genre-support.js'

// Probes of the genre (see genre-support.ts): notes at a page's foot that plain `pdftotext` prints
// with no rule above them (the word processor's separator is a drawn line). Expectations by hand.

/** The markers and texts of a reading's notes, in order. */
function notes(text: string, language: string): string[] {
  const found: string[] = []
  const visit = (node: {type: string; marker?: string; children?: unknown[]}): void => {
    if (node.type === 'authorialNote') found.push(node.marker ?? '')
    for (const child of node.children ?? [])
      if (typeof child === 'object' && child) visit(child as typeof node)
  }
  visit(fromText(text, {language}).document as never)
  return found
}

describe('a note over the page’s number (`… controls1.` / blank / `1 See …` / blank / `2`)', () => {
  const text = [
    'The General Conference of the International Labour Organization,',
    'Having been convened at Geneva by the Governing Body of the International Labour Office,',
    'and having met in its 119th Session on 2 June 2031, and',
    'Having decided upon the adoption of certain proposals with regard to biological hazards,',
    'adopts this thirteenth day of June of the year two thousand and thirty-one the following',
    'Recommendation.',
    '1. Members should require employers to take preventive and protective measures in accordance',
    'with the hierarchy of controls1.',
    '2. Workers should have the right to remove themselves from a work situation which they have',
    'reasonable justification to believe presents an imminent danger.',
    '',
    '1 See Paragraph 6 of the Occupational Safety and Health Recommendation, 1981 (No. 164).',
    '',
    '2',
    '\fILC119-Rec220-En',
    '',
    '3. National laws or regulations should provide for adequate penalties.',
  ].join('\n')

  it('lifts the note and anchors it at its marker, the page number left as furniture', () => {
    expect(notes(text, 'en')).toEqual(['1'])
    expect(eIds(fromText(text, {language: 'en'}).document)).toContain('para_1__authorialNote_1')
  })
})

describe('notes set apart from their numbers by a space, under the text with no blank line', () => {
  // A Swiss federal decree's notes (`1 RS 101`): the numbers stand fused to the words they annotate
  // earlier in the text (`Constitution1,`), the notes right under the last lines.
  const text = [
    'Arrêté fédéral',
    'portant approbation de l’accord entre la Suisse et la Norvège sur la recherche polaire',
    'du 21 mars 2031',
    'L’Assemblée fédérale de la Confédération suisse,',
    'vu les art. 54, al. 1, et 166, al. 2, de la Constitution1,',
    'vu le message du Conseil fédéral du 13 novembre 20302,',
    'arrête:',
    'Art. 1',
    'L’accord du 3 juin 2030 entre la Suisse et la Norvège sur la coopération en matière de',
    'recherche polaire3 est approuvé.',
    'Art. 2',
    'Le présent arrêté est sujet au référendum prévu pour les traités internationaux.',
    '',
    'Conseil national, 21 mars 2031',
    '',
    'Le président: Jean Dupont',
    'Date de publication: 1er avril 2031',
    '1 RS 101',
    '2 FF 2030 2801',
    '3 FF 2030 2815',
  ].join('\n')

  it('lifts the three notes and anchors them at their markers', () => {
    expect(notes(text, 'fr')).toEqual(['1', '2', '3'])
  })

  it('leaves a date alone at the end, after an adoption line, in the text, though a marker `15` stands earlier', () => {
    const dated = [
      'The General Assembly,',
      'Recalling its resolution 70/1 of 25 September 2015,15',
      '1. Decides to remain seized of the matter.',
      '',
      '64th plenary meeting',
      '15 December 2031',
    ].join('\n')
    expect(notes(dated, 'en')).toEqual([])
  })
})

describe('notes numbered in brackets under a rule, a heading `Note` over them (Belgian and French journals)', () => {
  const lines = (heading: boolean): string =>
    [
      'Loi modifiant le Code civil en matière de délais (1)',
      '',
      'PHILIPPE, Roi des Belges,',
      'A tous, présents et à venir, Salut.',
      'La Chambre des représentants a adopté et Nous sanctionnons ce qui suit :',
      'Article 1er. La présente loi règle une matière visée à l’article 74 de la Constitution.',
      'Art. 2. Dans l’article 3 du Code civil, les mots « trois mois » sont remplacés par les mots « six mois » (2).',
      'Donné à Bruxelles, le 27 février 2031.',
      'PHILIPPE',
      '_______',
      ...(heading ? ['Note'] : []),
      '(1) Chambre des représentants (www.lachambre.be) :',
      'Documents : 56-0512 (2030/2031)',
      '(2) Voir l’avis du Conseil d’État.',
    ].join('\n')

  it('lifts both notes and anchors them at `(1)` and `(2)`, with or without the heading', () => {
    expect(notes(lines(false), 'fr')).toEqual(['(1)', '(2)'])
    expect(notes(lines(true), 'fr')).toEqual(['(1)', '(2)'])
  })

  it('reports the heading as page furniture', () => {
    const {diagnostics} = fromText(lines(true), {language: 'fr'})
    expect(diagnostics.some((d) => d.ruleId === 'page-furniture' && d.text === 'Note')).toBe(true)
  })
})
