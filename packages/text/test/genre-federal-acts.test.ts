import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {eIds, textOf} from './genre-support.js'

// Probes of the genre (see genre-support.ts): Swiss federal acts, whose articles number their
// paragraphs with superscript figures, which an extraction prints as a figure and a space.
// Expectations written by hand.

describe('a federal decree copied from the web: `Art. 1` / `1 Für …` / `2 Der Bundesrat …`', () => {
  const text = [
    'Bundesbeschluss',
    'über die Beteiligung der Schweiz an der Weltausstellung 2035',
    'vom 19. März 2031',
    'Die Bundesversammlung der Schweizerischen Eidgenossenschaft,',
    'gestützt auf Artikel 167 der Bundesverfassung,',
    'beschliesst:',
    'Art. 1',
    '1 Für die Beteiligung der Schweiz an der Weltausstellung 2035 wird ein Verpflichtungskredit von 28,5 Millionen Franken bewilligt.',
    '2 Der Bundesrat kann Beiträge Dritter berücksichtigen.',
    'Art. 2',
    'Dieser Beschluss untersteht nicht dem Referendum.',
  ].join('\n')
  const {document} = fromText(text, {language: 'de'})

  it('numbers the first article’s two paragraphs 1 and 2, and leaves the second article’s text alone', () => {
    expect(eIds(document).filter((id) => id.startsWith('art_'))).toEqual([
      'art_1',
      'art_1__para_1',
      'art_1__para_2',
      'art_2',
    ])
    expect(textOf(document, 'art_1__para_2')).toBe('Der Bundesrat kann Beiträge Dritter berücksichtigen.')
  })

  it('leaves an article’s text that opens with a figure alone unnumbered (no paragraph 2 follows)', () => {
    const {document: lone} = fromText(
      ['Art. 1', '3 Millionen Franken werden bewilligt.', 'Art. 2', 'Dieser Beschluss tritt in Kraft.'].join(
        '\n',
      ),
      {language: 'de'},
    )
    expect(eIds(lone)).toEqual(['art_1', 'art_2'])
  })
})

describe('the same in plain `pdftotext` of the French decree, a paragraph wrapped over two lines', () => {
  it('parts the paragraphs at the next figure after a sentence’s end', () => {
    const {document} = fromText(
      [
        'Arrêté fédéral',
        'portant approbation de l’accord entre la Suisse et la Norvège sur la recherche polaire',
        'du 21 mars 2031',
        '',
        'L’Assemblée fédérale de la Confédération suisse,',
        'vu l’art. 166, al. 2, de la Constitution,',
        'arrête:',
        'Art. 1',
        '1 L’accord du 3 juin 2030 entre la Suisse et la Norvège sur la coopération en matière de',
        'recherche polaire est approuvé.',
        '2 Le Conseil fédéral est autorisé à le ratifier.',
        'Art. 2',
        'Le présent arrêté est sujet au référendum prévu pour les traités internationaux.',
        '',
        'Conseil national, 21 mars 2031',
      ].join('\n'),
      {language: 'fr'},
    )
    expect(eIds(document).filter((id) => id.startsWith('art_'))).toEqual([
      'art_1',
      'art_1__para_1',
      'art_1__para_2',
      'art_2',
    ])
  })
})
