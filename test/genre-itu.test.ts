import {toAkn} from '@clausewise/akn'
import {diff} from '@clausewise/diff'
import {toMarkdownRedline} from '@clausewise/markdown'
import {clauses, type Document, type Nodes, ownText, plainText} from '@clausewise/model'
import {fromText} from '@clausewise/text'
import {describe, expect, it} from 'vitest'
import {validateAkn} from './support/xsd.js'

// Probes of the ITU's way of drafting (and of bodies that draft as it does): each part's opener
// printed alone in lower case above the clauses it governs — `considering` over lettered recitals,
// `resolves` or `instructs the Secretary-General` over clauses numbered without a stop (`1 to …`).
// The texts are written for these tests, no real document copied; each expectation is worked out by
// hand from the text (ITU's own AKN marks such parts up as recitals with an intro, and as an
// hcontainer per opener with the opener as heading).

/** The structure: each clause's eId and number, nesting in the eIds. */
function outline(document: Document): string[] {
  return clauses(document).map((clause) => {
    const num = (clause as {children?: Nodes[]}).children?.find((child) => child.type === 'num')
    return num && 'value' in num ? `${clause.eId} ${num.value}` : clause.eId
  })
}

/** The text of every node of a type, in order. */
function textsOf(document: Document, type: string): string[] {
  const found: string[] = []
  const walk = (node: Nodes): void => {
    if (node.type === type) found.push(plainText(node).trim())
    for (const child of (node as {children?: Nodes[]}).children ?? []) walk(child)
  }
  walk(document)
  return found
}

const english = [
  'RESOLUTION 101 (REV. DUBAI, 2031)',
  'Internet Protocol-based networks',
  'The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2031),',
  'considering',
  'a) that the global information infrastructure is evolving rapidly;',
  'b) that Internet Protocol-based networks have become a primary means of communication,',
  'recognizing',
  'that the Union has an important role to play,',
  'resolves',
  '1 to continue to work on Internet Protocol-based networks;',
  '2 to ensure cooperation with other organizations,',
  'instructs the Secretary-General',
  '1 to report to the Council on the progress made;',
  '2 to take the necessary measures,',
  'invites Member States',
  'to participate actively in the work.',
]

/** What each of the three languages below reads to: the same structure. */
const structure = [
  'preamble__formula_1',
  'preamble__recitals_1__recital_a a)',
  'preamble__recitals_1__recital_b b)',
  'preamble__recitals_2__recital_1',
  'hcontainer_1',
  'hcontainer_1__para_1 1',
  'hcontainer_1__para_2 2',
  'hcontainer_2',
  'hcontainer_2__para_1 1',
  'hcontainer_2__para_2 2',
  'hcontainer_3',
  'hcontainer_3__para_1',
]

describe('an ITU resolution in web text: openers alone above their clauses', () => {
  const {document} = fromText(english.join('\n'))

  it('reads lettered recitals under their opener, each letter a recital of its own', () => {
    expect(outline(document)).toEqual(structure)
    expect(textsOf(document, 'intro')).toEqual(['considering', 'recognizing'])
    expect(ownText(clauses(document)[2]!)).toBe(
      'that Internet Protocol-based networks have become a primary means of communication,',
    )
  })

  it('reads each operative opener as the heading of a group holding its clauses, numbered without a stop', () => {
    expect(textsOf(document, 'heading')).toEqual([
      'resolves',
      'instructs the Secretary-General',
      'invites Member States',
    ])
    const groups = clauses(document).filter((clause) => clause.type === 'hcontainer')
    expect(groups.map((group) => (group as {name?: string}).name)).toEqual([
      'operativeGroup',
      'operativeGroup',
      'operativeGroup',
    ])
    // The number leaves the text for the `num`; a group's one unnumbered clause is a paragraph of it.
    expect(ownText(clauses(document)[5]!)).toBe('to continue to work on Internet Protocol-based networks;')
    expect(ownText(clauses(document)[11]!)).toBe('to participate actively in the work.')
    expect(document.children.some((node) => node.type === 'conclusions')).toBe(false)
  })

  it('gives valid AKN', async () => {
    expect(await validateAkn(toAkn(document), 'itu-en.xml')).toEqual([])
  })
})

describe('two versions of an ITU resolution', () => {
  const older = fromText(english.join('\n')).document
  const newer = fromText(
    english
      .join('\n')
      .replace('to report to the Council', 'to report annually to the Council')
      .replace('invites Member States\n', 'invites Member States and Sector Members\n'),
  ).document

  it('pairs the groups and finds the changed words, in a clause and in an opener', () => {
    const comparison = diff(older, newer)
    const changed = comparison.clauses.filter((group) => group.change !== 'unchanged')
    expect(changed.map((group) => group.old)).toEqual([['hcontainer_2__para_1'], ['hcontainer_3']])
  })

  it('leaves the unchanged openers of the recitals unmarked in the Markdown redline', () => {
    const redline = toMarkdownRedline(diff(older, newer), older, newer)
    // The recitals' introduction is written as a paragraph of the preamble: still the same unit.
    expect(redline).toContain('\n\nconsidering\n\n')
    expect(redline).not.toContain('{--considering--}')
    expect(redline).toContain('to report {++annually ++}to the Council')
    expect(redline.match(/\{\+\+|\{--|\{~~/g)).toHaveLength(2)
  })
})

describe('the same resolution in French and Spanish', () => {
  const french = [
    'RÉSOLUTION 101 (RÉV. DUBAÏ, 2031)',
    'Réseaux fondés sur le protocole Internet',
    "La Conférence de plénipotentiaires de l'Union internationale des télécommunications (Dubaï, 2031),",
    'considérant',
    "a) que l'infrastructure mondiale de l'information évolue rapidement;",
    'b) que les réseaux fondés sur le protocole Internet sont devenus un moyen de communication essentiel,',
    'reconnaissant',
    "que l'Union a un rôle important à jouer,",
    'décide',
    '1 de poursuivre les travaux sur les réseaux fondés sur le protocole Internet;',
    "2 d'assurer la coopération avec les autres organisations,",
    'charge le Secrétaire général',
    '1 de faire rapport au Conseil sur les progrès accomplis;',
    '2 de prendre les mesures nécessaires,',
    'invite les États Membres',
    'à participer activement à ces travaux.',
  ]
  const spanish = [
    'RESOLUCIÓN 101 (REV. DUBÁI, 2031)',
    'Redes basadas en el protocolo Internet',
    'La Conferencia de Plenipotenciarios de la Unión Internacional de Telecomunicaciones (Dubái, 2031),',
    'considerando',
    'a) que la infraestructura mundial de la información evoluciona rápidamente;',
    'b) que las redes basadas en el protocolo Internet se han convertido en un medio de comunicación esencial,',
    'reconociendo',
    'que la Unión tiene una función importante que desempeñar,',
    'resuelve',
    '1 continuar los trabajos sobre las redes basadas en el protocolo Internet;',
    '2 garantizar la cooperación con otras organizaciones,',
    'encarga al Secretario General',
    '1 que informe al Consejo sobre los progresos realizados;',
    '2 que adopte las medidas necesarias,',
    'invita a los Estados Miembros',
    'a participar activamente en estos trabajos.',
  ]

  it('reads the French text as the English one', () => {
    const {document} = fromText(french.join('\n\n'))
    expect(document.meta.language).toBe('fr')
    expect(outline(document)).toEqual(structure)
    expect(textsOf(document, 'heading')).toEqual([
      'décide',
      'charge le Secrétaire général',
      'invite les États Membres',
    ])
  })

  it('reads the Spanish text as the English one', () => {
    const {document} = fromText(spanish.join('\n'))
    expect(document.meta.language).toBe('es')
    expect(outline(document)).toEqual(structure)
    expect(textsOf(document, 'intro')).toEqual(['considerando', 'reconociendo'])
  })
})

describe('an ITU-R Recommendation extracted from a PDF: paragraphs wrapped, a blank line between them', () => {
  const text = [
    'The ITU Radiocommunication Assembly,',
    '',
    'considering',
    '',
    'a) that maritime radio equipment must be reliable and that its failures put the',
    'safety of life at sea at risk;',
    '',
    'b) that interference should be avoided,',
    '',
    'recommends',
    '',
    '1 that the guidance in Annex 1 should be used for maritime radio equipment, in',
    'cooperation with the manufacturers;',
    '',
    '2 that administrations should take the guidance into account.',
  ].join('\n')

  it('reads the recitals and the recommending clauses, the wrapped lines joined', () => {
    const {document} = fromText(text, {language: 'en'})
    expect(outline(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_a a)',
      'preamble__recitals_1__recital_b b)',
      'hcontainer_1',
      'hcontainer_1__para_1 1',
      'hcontainer_1__para_2 2',
    ])
    expect(ownText(clauses(document)[4]!)).toBe(
      'that the guidance in Annex 1 should be used for maritime radio equipment, in cooperation with the manufacturers;',
    )
  })
})

describe('notes at the foot of a page without a separator', () => {
  const page = (note: string) =>
    ['The Council,', '', 'Recalling its decision on equipment,1', '', '1. Decides to act.', '', note].join(
      '\n',
    )

  // The single-spaced PDF extraction, whose page feet the reader looks for such notes in.
  it('lifts one that opens in lower case when its marker stands fused in the text', () => {
    const {document} = fromText(page('1 ibid., paragraph 3.'), {language: 'en', layout: 'single-spaced'})
    expect(textsOf(document, 'authorialNote')).toEqual(['ibid., paragraph 3.'])
  })

  it('lifts one that opens in capitals by its number alone, as before', () => {
    const {document} = fromText(page('1 See paragraph 3.').replace('equipment,1', 'equipment,'), {
      language: 'en',
      layout: 'single-spaced',
    })
    expect(textsOf(document, 'authorialNote')).toEqual(['See paragraph 3.'])
  })
})

describe('symbols of technical agencies', () => {
  const cases = [
    ['Resolution A.1234(35)\n\nAdopted on 4 December 2031\n\nTHE ASSEMBLY,', 'A.1234(35)', 'imo'],
    ['Resolution MSC.456(101)\n\nTHE MARITIME SAFETY COMMITTEE,', 'MSC.456(101)', 'imo'],
    [
      'WT/MIN(31)/12\n\nMinisterial Decision of 3 March 2031\n\nThe Ministerial Conference,',
      'WT/MIN(31)/12',
      'wto',
    ],
    ['Recommendation ITU-R M.1234-5\n\nThe ITU Radiocommunication Assembly,', 'ITU-R M.1234-5', 'itu'],
    ['A41-3: Consolidated statement of continuing policies\n\nThe Assembly,', 'A41-3', 'icao'],
  ] as const

  it.each(cases)('reads the symbol of %j', (front, symbol, country) => {
    const {document} = fromText(`${front}\n\nRecalling its work,\n\n1. Decides to act.`, {language: 'en'})
    expect(document.meta.frbr.number).toBe(symbol)
    expect(document.meta.frbr.country).toBe(country)
  })
})

describe('an ICAO Assembly resolution: the body named after its recitals', () => {
  it('reads `The Assembly:` between the recitals and the clauses as the formula that enacts them', () => {
    const {document} = fromText(
      [
        'A41-3: Consolidated statement of continuing policies in the air transport field',
        'Whereas the Convention confers on the Organization the responsibility to foster air transport;',
        'Whereas it is necessary to keep these policies under review;',
        'The Assembly:',
        '1. Resolves that the Appendices constitute the consolidated statement of policies;',
        '2. Requests the Council to report to the next ordinary Session.',
      ].join('\n'),
      {language: 'en'},
    )
    expect(outline(document)).toEqual([
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_2',
      'preamble__formula_1',
      'para_1 1.',
      'para_2 2.',
    ])
    expect(textsOf(document, 'formula')).toEqual(['The Assembly:'])
  })
})

describe('what is no opener alone', () => {
  it('keeps a lower-case line that ends with punctuation, or that no clause follows, in the text', () => {
    const {document} = fromText(
      ['The Council,', 'Recalling its decisions,', 'requests made by States;', '1. Decides to act.'].join(
        '\n',
      ),
      {language: 'en'},
    )
    expect(clauses(document).some((clause) => clause.type === 'hcontainer')).toBe(false)
  })

  it('keeps the lettered points of a recital that introduces them with a colon its points', () => {
    const {document} = fromText(
      [
        'The Assembly,',
        'a) Recalling the following principles:',
        '(i) that cooperation is essential;',
        '(ii) that resources are limited,',
        '1. Decides to act.',
      ].join('\n'),
      {language: 'en'},
    )
    expect(outline(document).filter((eId) => eId.startsWith('preamble__recitals'))).toEqual([
      'preamble__recitals_1__recital_a a)',
    ])
  })

  it('does not number a clause by a number without a stop outside an opener’s group', () => {
    const {document} = fromText(
      [
        'The Council,',
        'Recalling its decisions,',
        '1. Decides to act;',
        '2 000 copies shall be printed.',
      ].join('\n'),
      {language: 'en'},
    )
    expect(outline(document)).not.toContain('para_2 2')
  })

  it('reads a lower-case line after a clause that stops mid-sentence as its continuation, not an opener', () => {
    // A resolution drafted the United Nations' way, hard-wrapped line by line by a web page.
    const {document} = fromText(
      [
        'The General Assembly,',
        'Recalling its resolution 78/12,',
        '1. Decides to convene a high-level meeting in 2032, and',
        'requests the Secretary-General',
        'to submit a report on the present resolution;',
        '2. Invites Member States to contribute;',
        '3. Decides to remain seized of the matter.',
      ].join('\n'),
      {language: 'en'},
    )
    expect(textsOf(document, 'hcontainer')).toEqual([])
    expect(outline(document).filter((eId) => !eId.startsWith('preamble'))).toEqual([
      'para_1 1.',
      'para_2 2.',
      'para_3 3.',
    ])
  })
})

describe('a symbol the preface cites is not the document’s own', () => {
  const read = (title: string) =>
    fromText(
      [
        'Decision 12/2031 of the Regulatory Authority',
        title,
        'The Authority,',
        'Having regard to the law,',
        '1. Decides to adopt the rules.',
      ].join('\n'),
      {language: 'en'},
    ).document.meta
  it.each([
    ['Implementation of resolution MSC.123(45)'],
    ['on broadband access in line with Recommendation ITU-T G.992.1'],
    ['implementing WT/L/1234'],
    ['Improvements to the A41-3 junction'],
    ['Amendment to draft resolution A/80/L.25'],
  ])('%s', (title) => {
    expect(read(title).symbol).toBeUndefined()
  })
  it.each([
    ['Resolution A41-3: Safety', 'A41-3'],
    ['United Nations A/RES/79/200', 'A/RES/79/200'],
    ['Decision of the Intergovernmental Committee: 7.COM 13.c', '7.COM 13.c'],
  ])('takes %s', (title, symbol) => {
    expect(read(title).symbol).toBe(symbol)
  })
})
