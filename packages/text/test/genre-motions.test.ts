import {plainText} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {eIds, furniture, textOf} from './genre-support.js'
import {all} from './support.js'

// Probes of the genre (see genre-support.ts): motions and resolutions of parliaments in languages other
// than English, written for these tests (numbers, dates and names invented). Expectations worked out
// by hand from each text.

describe('an Italian Senate motion (web text): `Mozione n. 1-00417`, its number again as `Atto n.`', () => {
  const text = [
    'Senato della Repubblica',
    'Mozione n. 1-00417',
    'Atto n. 1-00417',
    'Pubblicato il 14 marzo 2029, nella seduta n. 212',
    'ROSSETTI, BIANCHERI, MANCUSO',
    'Il Senato,',
    'premesso che:',
    'la rete ferroviaria secondaria delle aree interne conta circa 3.800 chilometri di linee;',
    'negli ultimi dieci anni sono state sospese numerose corse regionali;',
    'considerato che:',
    'la mobilità nelle aree interne è condizione per il diritto allo studio e al lavoro;',
    'i fondi previsti dal piano nazionale non risultano ancora ripartiti,',
    'impegna il Governo:',
    'a ripartire entro sei mesi i fondi destinati alle linee secondarie;',
    'a riferire alle Commissioni parlamentari competenti sullo stato dei lavori;',
    'a promuovere un tavolo con le Regioni interessate.',
  ].join('\n')
  const {document} = fromText(text)

  it('numbers the motion by its kind digit and series, and reads the repeated number as no title', () => {
    expect(document.meta.language).toBe('it')
    expect(document.meta.frbr.number).toBe('1-00417')
    expect(all(document, 'docNumber').map((node) => plainText(node as never))).toEqual(['Mozione n. 1-00417'])
    expect(all(document, 'docTitle').map((node) => plainText(node as never))).not.toContain('Atto n. 1-00417')
  })

  it('keeps `Il Senato,` the formula and the four `premesso che` / `considerato che` items recitals', () => {
    expect(all(document, 'formula').map((node) => plainText(node as never))).toEqual(['Il Senato,'])
    expect(all(document, 'recital')).toHaveLength(4)
  })

  it('dates the motion from `Pubblicato il …, nella seduta n. …`, which is no title', () => {
    expect(document.meta.frbr.date).toBe('2029-03-14')
    expect(all(document, 'docTitle')).toEqual([])
  })

  it('reads each commitment under `impegna il Governo:` as a point of that paragraph', () => {
    expect(eIds(document).filter((eId) => !eId.startsWith('preamble'))).toEqual([
      'para_1',
      'para_1__list_1__point_1',
      'para_1__list_1__point_2',
      'para_1__list_1__point_3',
    ])
    expect(textOf(document, 'para_1')).toBe('impegna il Governo:')
    expect(textOf(document, 'para_1__list_1__point_3')).toBe(
      'a promuovere un tavolo con le Regioni interessate.',
    )
  })
})

describe('an Italian Chamber motion (web text): `Mozione 1-00287`, `presentato da`, `testo di`, the signatories', () => {
  const text = [
    'Camera dei Deputati',
    'XIX LEGISLATURA',
    'Mozione 1-00287',
    'presentato da',
    'FERRANTI Giulia',
    'testo di',
    'Martedì 14 marzo 2029, seduta n. 212',
    'La Camera,',
    'premesso che:',
    'la rete ferroviaria secondaria delle aree interne conta circa 3.800 chilometri di linee;',
    'negli ultimi dieci anni sono state sospese numerose corse regionali,',
    'impegna il Governo:',
    'a ripartire entro sei mesi i fondi destinati alle linee secondarie;',
    'ad assumere iniziative per il ripristino delle corse sospese;',
    'a riferire alle Commissioni parlamentari competenti sullo stato dei lavori.',
    '(1-00287) «Ferranti, Rossi, Bianchi».',
  ].join('\n')
  const {document, diagnostics} = fromText(text)

  it('keeps the page’s head: the number, the mover and the date line, none of them furniture or a title', () => {
    expect(furniture(diagnostics)).toEqual([])
    expect(document.meta.frbr.number).toBe('1-00287')
    expect(all(document, 'docNumber').map((node) => plainText(node as never))).toEqual(['Mozione 1-00287'])
    expect(all(document, 'docTitle')).toEqual([])
    expect(document.meta.frbr.date).toBe('2029-03-14')
  })

  it('reads the commitments as points and the signatories’ line as the conclusions', () => {
    expect(all(document, 'recital')).toHaveLength(2)
    expect(eIds(document).filter((eId) => eId.includes('point'))).toHaveLength(3)
    expect(all(document, 'conclusions').map((node) => plainText(node as never))).toEqual([
      '(1-00287) «Ferranti, Rossi, Bianchi».',
    ])
  })
})

describe('a clause ending with `:` and one line under it in lower case', () => {
  it('keeps the line the clause’s text: one item is no enumeration', () => {
    const text = ['Il Senato,', 'impegna il Governo:', 'a riferire alle Camere entro sei mesi.'].join('\n')
    const {document} = fromText(text, {language: 'it'})
    expect(eIds(document).some((eId) => eId.includes('point'))).toBe(false)
  })
})

describe('an Italian act number that is no motion of this page', () => {
  it('takes no number from a motion cited in a recital', () => {
    const text = [
      'Il Senato,',
      'premesso che:',
      'la mozione n. 1-00399 è stata approvata il 3 febbraio 2029;',
      'impegna il Governo:',
      'a darvi attuazione.',
    ].join('\n')
    expect(fromText(text).document.meta.frbr.number).toBe('')
  })
})

describe('a Bundestag motion (web text): `Drucksache 22/4817`, `Der Bundestag wolle beschließen:`, parts I and II', () => {
  const text = [
    'Deutscher Bundestag Drucksache 22/4817',
    '22. Wahlperiode 14.03.2029',
    'Antrag',
    'der Abgeordneten Anna Beispiel, Karl Muster und der Fraktion XYZ',
    'Stärkung der Bahnverbindungen im ländlichen Raum',
    'Der Bundestag wolle beschließen:',
    'I. Der Deutsche Bundestag stellt fest:',
    'Die Bahn ist im ländlichen Raum für viele Menschen unverzichtbar. Seit 2020 wurden zahlreiche Strecken stillgelegt.',
    'II. Der Deutsche Bundestag fordert die Bundesregierung auf,',
    '1. ein Programm zur Reaktivierung stillgelegter Strecken vorzulegen;',
    '2. die Mittel für den Regionalverkehr zu erhöhen;',
    '3. dem Bundestag bis Ende 2030 zu berichten.',
    'Berlin, den 12. März 2029',
    'Anna Beispiel und Fraktion',
  ].join('\n')
  const {document} = fromText(text)

  it('numbers the motion by its print, and keeps the electoral term line in the front matter', () => {
    expect(document.meta.language).toBe('de')
    expect(document.meta.frbr.number).toBe('22/4817')
    const preface = document.children.find((node) => node.type === 'preface')
    expect(preface && plainText(preface)).toContain('22. Wahlperiode 14.03.2029')
  })

  it('reads `Der Bundestag wolle beschließen:` as the enacting formula, parts I and II as the operative part', () => {
    expect(all(document, 'formula').map((node) => plainText(node as never))).toEqual([
      'Der Bundestag wolle beschließen:',
    ])
    const ids = eIds(document)
    expect(ids.filter((eId) => !eId.includes('__'))).toEqual(['para_I', 'para_II'])
    expect(
      ids.filter((eId) => eId.includes('point')).map((eId) => eId.slice(eId.lastIndexOf('_') + 1)),
    ).toEqual(['1', '2', '3'])
  })
})

describe('Bundestag motions: the title under `Antrag` and the movers, not under the print’s number', () => {
  it('reads the title under `Antrag` / `der Abgeordneten … und der Fraktion XYZ`', () => {
    const text = [
      'Deutscher Bundestag Drucksache 22/4817',
      '22. Wahlperiode 14.03.2029',
      'Antrag',
      'der Abgeordneten Anna Beispiel, Karl Muster und der Fraktion XYZ',
      'Stärkung der Bahnverbindungen im ländlichen Raum',
      'Der Bundestag wolle beschließen:',
      'Der Deutsche Bundestag fordert die Bundesregierung auf, ein Programm zur Reaktivierung stillgelegter Strecken vorzulegen.',
    ].join('\n')
    const {document} = fromText(text)
    expect(all(document, 'docTitle').map((node) => plainText(node as never))).toEqual([
      'Stärkung der Bahnverbindungen im ländlichen Raum',
    ])
  })

  it('reads the title under `Antrag der Fraktion XYZ`, which is none', () => {
    const text = [
      'Deutscher Bundestag Drucksache 22/5120',
      '22. Wahlperiode 02.05.2029',
      'Antrag der Fraktion XYZ',
      'Mehr Schutz für Radfahrende im Straßenverkehr',
      'Der Bundestag wolle beschließen:',
      'Der Deutsche Bundestag fordert die Bundesregierung auf, die Straßenverkehrs-Ordnung zu ändern.',
    ].join('\n')
    const {document} = fromText(text)
    expect(all(document, 'docTitle').map((node) => plainText(node as never))).toEqual([
      'Mehr Schutz für Radfahrende im Straßenverkehr',
    ])
  })

  it('reads the title past a date alone under the number, and `Berlin, den …` as the dated closing', () => {
    const text = [
      'Deutscher Bundestag',
      '22. Wahlperiode',
      'Drucksache 22/5121',
      '02.05.2029',
      'Antrag',
      'der Fraktion XYZ',
      'Mehr Schutz für Radfahrende im Straßenverkehr',
      'Der Bundestag wolle beschließen:',
      'Der Deutsche Bundestag fordert die Bundesregierung auf, die Straßenverkehrs-Ordnung zu ändern.',
      'Berlin, den 30. April 2029',
      'Fraktion XYZ',
    ].join('\n')
    const {document} = fromText(text)
    expect(all(document, 'docTitle').map((node) => plainText(node as never))).toEqual([
      'Mehr Schutz für Radfahrende im Straßenverkehr',
    ])
    expect(all(document, 'conclusions').map((node) => plainText(node as never))).toEqual([
      'Berlin, den 30. April 2029\nFraktion XYZ',
    ])
    expect(document.meta.frbr.date).toBe('2029-04-30')
    expect(eIds(document).filter((eId) => eId.startsWith('para_'))).toEqual(['para_1'])
  })
})

describe('a Congreso motion (web text): `Proposición no de ley 162/000512` over its title', () => {
  const text = [
    'Proposición no de ley 162/000512',
    'Proposición no de ley relativa a la mejora de la red de cercanías.',
    'El Grupo Parlamentario Ejemplo presenta la siguiente Proposición no de ley para su debate en Pleno.',
    'El Congreso de los Diputados insta al Gobierno a:',
    '1. Aprobar un plan de inversiones en la red de cercanías.',
    '2. Informar semestralmente a la Comisión de Transportes.',
    'Palacio del Congreso de los Diputados, 14 de marzo de 2029.',
  ].join('\n')
  const {document} = fromText(text)

  it('numbers the motion by its file number and takes the line under it, its stop included, for the title', () => {
    expect(document.meta.frbr.number).toBe('162/000512')
    expect(all(document, 'docNumber').map((node) => plainText(node as never))).toEqual([
      'Proposición no de ley 162/000512',
    ])
    expect(all(document, 'docTitle').map((node) => plainText(node as never))).toEqual([
      'Proposición no de ley relativa a la mejora de la red de cercanías.',
    ])
  })
})

describe('a Congreso motion with its grounds and its quoted resolution (web text)', () => {
  const text = [
    'Proposición no de ley 162/000734',
    'Proposición no de ley relativa a la protección de los acuíferos costeros.',
    'A la Mesa del Congreso de los Diputados',
    'El Grupo Parlamentario Ejemplo, al amparo de lo dispuesto en el artículo 193 y siguientes del Reglamento de la Cámara, presenta la siguiente Proposición no de ley para su debate en Pleno.',
    'Exposición de motivos',
    'Los acuíferos costeros sufren una creciente intrusión marina.',
    'La sobreexplotación agrava la situación en muchas comarcas.',
    'Por todo ello, el Grupo Parlamentario Ejemplo presenta la siguiente',
    'Proposición no de ley',
    '«El Congreso de los Diputados insta al Gobierno a:',
    '1. Aprobar un plan nacional de protección de los acuíferos costeros.',
    '2. Reforzar los controles de extracción en las zonas declaradas en riesgo.',
    '3. Informar anualmente a la Comisión de Transición Ecológica.»',
    'Palacio del Congreso de los Diputados, 14 de marzo de 2029.—María Ejemplo, Portavoz del Grupo Parlamentario Ejemplo.',
  ].join('\n')
  const {document} = fromText(text)

  it('reads `«El Congreso de los Diputados insta al Gobierno a:` as the enacting formula, its points the operative paragraphs', () => {
    expect(all(document, 'formula').map((node) => plainText(node as never))).toEqual([
      '«El Congreso de los Diputados insta al Gobierno a:',
    ])
    expect(all(document, 'blockContainer')).toEqual([])
    expect(eIds(document).filter((eId) => !eId.startsWith('preamble'))).toEqual([
      'para_1',
      'para_2',
      'para_3',
    ])
  })

  it('reads the grounds before it as the preamble, `Exposición de motivos` their heading', () => {
    const preamble = document.children.find((node) => node.type === 'preamble')
    expect(preamble && plainText(preamble)).toContain('Exposición de motivos')
    expect(all(document, 'recital').map((node) => plainText(node as never))).not.toContain(
      'Exposición de motivos',
    )
    expect(all(document, 'recital').map((node) => plainText(node as never))).toContain(
      'Los acuíferos costeros sufren una creciente intrusión marina.',
    )
  })

  it('dates the motion from the closing line, its signature set right after the date', () => {
    expect(document.meta.frbr.date).toBe('2029-03-14')
  })
})

describe('Bundestag motions: `Der Bundestag fordert die Bundesregierung auf,` over numbered clauses', () => {
  const head = ['Antrag', 'der Fraktion XYZ', '', 'Stärkung der Bahnverbindungen im ländlichen Raum', '']

  it('reads the formula ending in `auf,` after the grounds as the one that opens the operative part, its 1., 2., 3. the paragraphs', () => {
    const text = [
      ...head,
      'Der Bundestag stellt fest:',
      '',
      'Die Bahn ist im ländlichen Raum für viele Menschen unverzichtbar.',
      '',
      'Der Bundestag fordert die Bundesregierung auf,',
      '',
      '1. ein Programm zur Reaktivierung stillgelegter Strecken vorzulegen;',
      '',
      '2. die Mittel für den Regionalverkehr zu erhöhen;',
      '',
      '3. dem Bundestag bis Ende 2030 zu berichten.',
    ].join('\n')
    const {document} = fromText(text)
    expect(all(document, 'formula').map((node) => plainText(node as never))).toEqual([
      'Der Bundestag stellt fest:',
      'Der Bundestag fordert die Bundesregierung auf,',
    ])
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__formula_2',
      'para_1',
      'para_2',
      'para_3',
    ])
    expect(textOf(document, 'para_2')).toBe('die Mittel für den Regionalverkehr zu erhöhen;')
  })

  it('reads the numbered clauses under it as paragraphs though they open like recitals (`im Hinblick auf …`)', () => {
    const text = [
      ...head,
      'Der Bundestag fordert die Bundesregierung auf,',
      '',
      '1. im Hinblick auf die Verkehrswende ein Programm zur Reaktivierung stillgelegter Strecken vorzulegen;',
      '',
      '2. unter Hinweis auf den Bedarf der Länder die Mittel für den Regionalverkehr zu erhöhen.',
    ].join('\n')
    const {document} = fromText(text)
    expect(all(document, 'recital')).toEqual([])
    expect(eIds(document)).toEqual(['preamble__formula_1', 'para_1', 'para_2'])
  })

  it('keeps a formula and verb before a comma over clauses that open in capitals as it was', () => {
    const text = [
      ...head,
      'Der Bundestag stellt fest:',
      '',
      'Die Bahn ist im ländlichen Raum für viele Menschen unverzichtbar.',
      '',
      'Der Bundestag begrüßt ausdrücklich,',
      '',
      '1. Die Länder planen neue Verbindungen.',
    ].join('\n')
    const {document} = fromText(text)
    expect(all(document, 'formula').map((node) => plainText(node as never))).toEqual([
      'Der Bundestag stellt fest:',
    ])
  })
})

describe('Bundestag motions: `Der Bundestag wolle beschließen:` over the text the house is asked to adopt', () => {
  const head = [
    'Deutscher Bundestag Drucksache 22/4817',
    '22. Wahlperiode 14.03.2029',
    'Antrag',
    'der Abgeordneten Anna Beispiel, Karl Muster und der Fraktion XYZ',
    'Stärkung der Bahnverbindungen im ländlichen Raum',
    'Der Bundestag wolle beschließen:',
  ]
  const demanding = 'Der Deutsche Bundestag fordert die Bundesregierung auf,'
  const grounds = [
    'Der Deutsche Bundestag stellt fest:',
    'Die Bahn ist im ländlichen Raum für viele Menschen unverzichtbar. Seit 2020 wurden zahlreiche Strecken stillgelegt.',
  ]
  const demands = [
    'ein Programm zur Reaktivierung stillgelegter Strecken vorzulegen;',
    'die Mittel für den Regionalverkehr zu erhöhen.',
  ]
  const end = ['Berlin, den 12. März 2029', 'Anna Beispiel und Fraktion']

  it.each([
    ['numbered', (demand: string, index: number) => `${index + 1}. ${demand}`],
    ['dashed', (demand: string) => `– ${demand}`],
    ['bare', (demand: string) => demand],
  ])(
    'reads the formula and verb under it as a formula, the %s demands as the operative paragraphs',
    (_kind, label) => {
      for (const separator of ['\n', '\n\n']) {
        const text = [...head, demanding, ...demands.map(label), ...end].join(separator)
        const {document} = fromText(text)
        expect(all(document, 'formula').map((node) => plainText(node as never))).toEqual([
          'Der Bundestag wolle beschließen:',
          demanding,
        ])
        expect(eIds(document).filter((eId) => !eId.startsWith('preamble'))).toEqual(['para_1', 'para_2'])
        expect(textOf(document, 'para_2')).toBe(demands[1])
      }
    },
  )

  it.each([
    ['numbered', (demand: string, index: number) => `${index + 1}. ${demand}`],
    ['bare', (demand: string) => demand],
  ])(
    'reads the house’s `stellt fest:` as a formula, its grounds the recitals, before the %s demands',
    (_kind, label) => {
      const text = [...head, ...grounds, demanding, ...demands.map(label), ...end].join('\n')
      const {document} = fromText(text)
      expect(all(document, 'formula').map((node) => plainText(node as never))).toEqual([
        'Der Bundestag wolle beschließen:',
        'Der Deutsche Bundestag stellt fest:',
        demanding,
      ])
      expect(all(document, 'recital').map((node) => plainText(node as never))).toEqual([grounds[1]])
      expect(all(document, 'paragraph')).toHaveLength(2)
      expect(all(document, 'blockContainer')).toEqual([])
    },
  )

  it('keeps demands that open in capitals under `wolle beschließen:` the paragraphs, no formula among them', () => {
    const text = [
      ...head,
      'Der Deutsche Bundestag fordert die Bundesregierung auf, ein Programm zur Reaktivierung stillgelegter Strecken vorzulegen.',
      'Die Bundesregierung wird aufgefordert, die Mittel für den Regionalverkehr zu erhöhen.',
      ...end,
    ].join('\n')
    const {document} = fromText(text)
    expect(all(document, 'formula').map((node) => plainText(node as never))).toEqual([
      'Der Bundestag wolle beschließen:',
    ])
    expect(eIds(document).filter((eId) => !eId.startsWith('preamble'))).toEqual(['para_1', 'para_2'])
  })
})
