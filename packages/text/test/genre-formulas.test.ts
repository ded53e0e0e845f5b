import {plainText} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {eIds} from './genre-support.js'
import {all} from './support.js'

// Probes of the genre (see genre-support.ts): formulas that name a body in full, as conferences of
// the parties to a treaty do. Expectations written by hand from each text.

const paragraphs = [
  ['The Conference of the States Parties to the United Nations Convention against', 'Corruption,'],
  [
    'Recalling its resolution 10/1 on the review of implementation of the United Nations',
    'Convention against Corruption,',
  ],
  [
    'Noting with appreciation the work of the Implementation Review Group and the',
    'contributions of States parties to the review process,',
  ],
  [
    '1. Decides to continue the second cycle of the review mechanism and to consider its',
    'results at its twelfth session;',
  ],
  [
    '2. Requests the secretariat to report to it at its twelfth session on the',
    'implementation of the present resolution.',
  ],
]

describe('a Conference of the States Parties resolution: a formula of twelve words, wrapped', () => {
  it('reads the formula, two recitals and two paragraphs, in double spacing with empty lines for breaks', () => {
    // Every printed line followed by an empty line, a paragraph by one more.
    const {document} = fromText(paragraphs.map((lines) => lines.join('\n\n')).join('\n\n\n'))
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_2',
      'para_1',
      'para_2',
    ])
    expect(plainText(all(document, 'formula')[0] as never)).toBe(
      'The Conference of the States Parties to the United Nations Convention against Corruption,',
    )
  })

  it('reads the same in single spacing with blank lines between paragraphs', () => {
    const {document} = fromText(paragraphs.map((lines) => lines.join('\n')).join('\n\n'))
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_2',
      'para_1',
      'para_2',
    ])
  })
})

describe('the same body in French, web text', () => {
  it('reads `La Conférence des États parties à la Convention des Nations Unies contre la corruption,` as the formula', () => {
    const {document} = fromText(
      [
        'La Conférence des États parties à la Convention des Nations Unies contre la corruption,',
        'Rappelant sa résolution 10/1 sur l’examen de l’application de la Convention,',
        'Prenant note avec satisfaction des travaux du Groupe d’examen de l’application,',
        '1. Décide de poursuivre le deuxième cycle du Mécanisme d’examen ;',
        '2. Prie le secrétariat de lui faire rapport à sa douzième session.',
      ].join('\n'),
      {language: 'fr'},
    )
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_2',
      'para_1',
      'para_2',
    ])
  })
})

describe('a long first sentence that is no formula', () => {
  it('stays a paragraph when a stop stands inside it', () => {
    const {document} = fromText(
      [
        'The Committee took note of the report of its Bureau. It then adopted the following text by consensus,',
        'Recalling its earlier decisions on the matter,',
        '1. Decides to keep the matter under review.',
      ].join('\n'),
      {language: 'en'},
    )
    expect(all(document, 'formula')).toEqual([])
  })
})

describe('a formula whose body and verb stand on lines of their own', () => {
  // A legislature prints its name over its verb (`Государственная Дума …` / `постановляет:`), as
  // Mercosur's councils do in capitals (`EL CONSEJO DEL MERCADO COMÚN` / `DECIDE:`): one sentence,
  // one enacting formula, whether a blank line, a line break or a web page's paragraph parts them.
  const russian = [
    'ГОСУДАРСТВЕННАЯ ДУМА',
    'ПОСТАНОВЛЕНИЕ',
    'О проекте федерального закона № 123456-8 «О библиотечном деле»',
    'Государственная Дума Федерального Собрания Российской Федерации',
    'постановляет:',
    '1. Принять в первом чтении проект федерального закона № 123456-8 «О библиотечном деле».',
    '2. Настоящее Постановление вступает в силу со дня его принятия.',
  ]
  const spanish = [
    'MERCOSUR/CMC/DEC. N° 21/31',
    'COOPERACIÓN EN MATERIA DE BIBLIOTECAS',
    'VISTO: El Tratado de Asunción y el Protocolo de Ouro Preto.',
    'CONSIDERANDO:',
    'Que la cooperación entre bibliotecas contribuye a la integración regional.',
    'EL CONSEJO DEL MERCADO COMÚN',
    'DECIDE:',
    'Art. 1 - Aprobar el programa de cooperación entre bibliotecas.',
    'Art. 2 - Esta Decisión no necesita ser incorporada al ordenamiento jurídico de los Estados Partes.',
  ]

  it.each([
    [
      'Russian, single-spaced',
      russian.join('\n'),
      'Государственная Дума Федерального Собрания Российской Федерации постановляет:',
    ],
    [
      'Russian, double-spaced',
      russian.join('\n\n'),
      'Государственная Дума Федерального Собрания Российской Федерации постановляет:',
    ],
    ['Spanish, single-spaced', spanish.join('\n'), 'EL CONSEJO DEL MERCADO COMÚN DECIDE:'],
    ['Spanish, double-spaced', spanish.join('\n\n'), 'EL CONSEJO DEL MERCADO COMÚN DECIDE:'],
  ])('reads the name and the verb as one formula (%s)', (_, text, formula) => {
    const {document} = fromText(text)
    const formulas = all(document, 'formula').map((node) =>
      (node as unknown as {children: unknown[]}).children.map((p) => plainText(p as never)).join(' '),
    )
    expect(formulas).toEqual([formula])
    const paragraphs = eIds(document).filter((eId) => !eId.startsWith('preamble'))
    expect(paragraphs).toEqual(paragraphs[0]!.startsWith('art') ? ['art_1', 'art_2'] : ['para_1', 'para_2'])
  })
})

describe('citations in lower case and the verb that closes them, each alone on its line', () => {
  // A federal parliament's act names the body, cites its grounds in lower case (`vu …,`, `gestützt
  // auf …,`, `nach Einsicht in …,`) and enacts with its verb alone (`arrête:`, `beschliesst:`),
  // single-spaced with no blank line between.
  it.each([
    [
      'fr',
      [
        'Arrêté fédéral',
        'portant approbation de la convention sur les archives',
        'du 4 mars 2031',
        'L’Assemblée fédérale de la Confédération suisse,',
        'vu l’art. 166, al. 2, de la Constitution,',
        'vu le message du Conseil fédéral du 12 novembre 2030,',
        'arrête:',
        'Art. 1',
        'La convention sur les archives est approuvée.',
        'Art. 2',
        'Le présent arrêté est sujet au référendum.',
      ],
      ['vu l’art. 166, al. 2, de la Constitution,', 'vu le message du Conseil fédéral du 12 novembre 2030,'],
      'arrête:',
    ],
    [
      'de',
      [
        'Bundesbeschluss über die Beteiligung an einem Archivnetz',
        'vom 4. März 2031',
        'Die Bundesversammlung der Schweizerischen Eidgenossenschaft,',
        'gestützt auf Artikel 167 der Bundesverfassung,',
        'nach Einsicht in die Botschaft des Bundesrates vom 12. November 2030,',
        'beschliesst:',
        'Art. 1',
        'Für die Beteiligung wird ein Verpflichtungskredit bewilligt.',
        'Art. 2',
        'Dieser Beschluss untersteht nicht dem Referendum.',
      ],
      [
        'gestützt auf Artikel 167 der Bundesverfassung,',
        'nach Einsicht in die Botschaft des Bundesrates vom 12. November 2030,',
      ],
      'beschliesst:',
    ],
  ])('reads each citation and the verb apart (%s)', (_, lines, recitals, verb) => {
    const {document} = fromText(lines.join('\n'))
    expect(all(document, 'recital').map((node) => plainText(node as never))).toEqual(recitals)
    expect(all(document, 'formula').map((node) => plainText(node as never))).toEqual([
      lines[lines.indexOf(verb) - recitals.length - 1],
      verb,
    ])
    expect(eIds(document).filter((eId) => eId.startsWith('art_'))).toEqual(['art_1', 'art_2'])
  })
})

describe('a web page of a Swiss federal act: one paragraph a line, the verb alone under the citations', () => {
  // The title over its date line in lower case (`vom 4. März 2031`) is the page's one line that goes
  // on in lower case; `beschliesst:` under `nach Einsicht in …,` is the enacting formula, no wrap.
  const text = [
    'Bundesbeschluss über die Beteiligung der Schweiz an einem europäischen Netz der Archive und Bibliotheken',
    'vom 4. März 2031',
    'Die Bundesversammlung der Schweizerischen Eidgenossenschaft,',
    'gestützt auf Artikel 167 der Bundesverfassung,',
    'nach Einsicht in die Botschaft des Bundesrates vom 12. November 2030,',
    'beschliesst:',
    'Art. 1',
    '1 Für die Beteiligung der Schweiz am europäischen Netz der Archive und Bibliotheken wird ein Verpflichtungskredit von 12 Millionen Franken bewilligt.',
    '2 Der Bundesrat kann Beiträge Dritter berücksichtigen.',
    'Art. 2',
    'Dieser Beschluss untersteht nicht dem Referendum.',
    'Nationalrat, 4. März 2031',
    'Ständerat, 4. März 2031',
  ].join('\n')

  it('reads the text as web text', () => {
    const {diagnostics} = fromText(text)
    const layout = diagnostics.find((diagnostic) => diagnostic.ruleId === 'layout-detected')
    expect(layout?.reason).toMatch(/web text/)
  })
})
