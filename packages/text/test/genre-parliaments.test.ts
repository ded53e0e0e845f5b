import {plainText} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {eIds, textOf} from './genre-support.js'
import {all} from './support.js'

// Probes of the genre (see genre-support.ts): expectations written by hand from each text.

describe('a Bundestag motion: roman parts, the second with numbered points', () => {
  const text = [
    'Deutscher Bundestag                                   Drucksache 21/1234',
    '21. Wahlperiode                                       15.05.2030',
    '',
    'Antrag',
    'der Fraktionen der A und der B',
    '',
    'Stärkung des Ehrenamts im ländlichen Raum',
    '',
    'Der Bundestag wolle beschließen:',
    '',
    'I. Der Deutsche Bundestag stellt fest:',
    '',
    'Das Ehrenamt ist eine tragende Säule des gesellschaftlichen Zusammenhalts. Mehr',
    'als 28 Millionen Menschen engagieren sich freiwillig.',
    '',
    'Gerade im ländlichen Raum fehlen jedoch häufig Strukturen, die dieses Engagement',
    'dauerhaft unterstützen.',
    '',
    'II. Der Deutsche Bundestag fordert die Bundesregierung auf,',
    '',
    '1. ein Förderprogramm für ehrenamtliche Strukturen im ländlichen Raum',
    'aufzulegen;',
    '',
    '2. die Übungsleiterpauschale zu erhöhen;',
    '',
    '3. bürokratische Hürden für Vereine abzubauen.',
    '',
    'Berlin, den 15. Mai 2030',
    '',
    'Fraktion A',
    'Fraktion B',
  ].join('\n')
  const {document} = fromText(text)

  it('makes 1., 2., 3. the points of II (numbers restart at 1 in another style after `auf,`)', () => {
    expect(document.meta.language).toBe('de')
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'para_I',
      'para_II',
      'para_II__list_1__point_1',
      'para_II__list_1__point_2',
      'para_II__list_1__point_3',
    ])
    expect(textOf(document, 'para_II__list_1__point_1')).toBe(
      'ein Förderprogramm für ehrenamtliche Strukturen im ländlichen Raum aufzulegen;',
    )
  })
})

describe('numbers of another style that do not open points', () => {
  it('keeps (1) a paragraph after a paragraph that does not end with a colon or comma', () => {
    const {document} = fromText(
      ['The Assembly,', '1. Decides to hold a special session.', '(1) The session shall last two days.'].join(
        '\n',
      ),
      {language: 'en'},
    )
    expect(all(document, 'point')).toHaveLength(0)
  })

  it('keeps 2. a paragraph after the points (1), (2) of paragraph 1', () => {
    const {document} = fromText(
      [
        'The Assembly,',
        '1. URGES Member States:',
        '(1) to act;',
        '(2) to report;',
        '2. REQUESTS the Director-General to report.',
      ].join('\n'),
      {language: 'en'},
    )
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'para_1',
      'para_1__list_1__point_1',
      'para_1__list_1__point_2',
      'para_2',
    ])
  })
})

describe('a resolution of the Portuguese Assembleia da República, web text', () => {
  const text = [
    'Resolução da Assembleia da República n.º 45/2031',
    'Recomenda ao Governo a valorização das bibliotecas públicas',
    'A Assembleia da República resolve, nos termos do n.º 5 do artigo 166.º da Constituição, recomendar ao Governo que:',
    '1 — Reforce o financiamento da Rede Nacional de Bibliotecas Públicas.',
    '2 — Promova a contratação de bibliotecários nos municípios com menos de 20 000 habitantes.',
    '3 — Apresente à Assembleia da República, no prazo de um ano, um relatório sobre a execução da presente resolução.',
    'Aprovada em 3 de março de 2031.',
    'O Presidente da Assembleia da República, Nome Apelido.',
  ].join('\n')
  const {document} = fromText(text)

  it('reads the number, the enacting words as the paragraphs’ introduction, and three paragraphs `1 —`', () => {
    expect(document.meta.language).toBe('pt')
    expect(document.meta.frbr.number).toBe('45/2031')
    expect(plainText(all(document, 'docTitle')[0] as never)).toBe(
      'Recomenda ao Governo a valorização das bibliotecas públicas',
    )
    expect(eIds(document)).toEqual(['mainBody__blockContainer_1', 'para_1', 'para_2', 'para_3'])
    expect(all(document, 'num').map((node) => node.value)).toEqual(['1 —', '2 —', '3 —'])
    expect(textOf(document, 'para_2')).toBe(
      'Promova a contratação de bibliotecários nos municípios com menos de 20 000 habitantes.',
    )
    expect(document.meta.frbr.date).toBe('2031-03-03')
  })
})

describe('an Italian regional council motion: `premesso che`, `considerato che`, `impegna la Giunta`', () => {
  const text = [
    'IL CONSIGLIO REGIONALE',
    'premesso che',
    'la legge regionale n. 12 del 2018 disciplina il sostegno ai piccoli comuni;',
    'considerato che',
    'lo spopolamento delle aree interne è in costante aumento;',
    'i servizi essenziali risultano sempre più difficili da garantire;',
    'impegna la Giunta regionale',
    '1. a predisporre un piano straordinario per i servizi nelle aree interne;',
    '2. a riferire al Consiglio entro sei mesi sullo stato di attuazione del piano.',
  ].join('\n')
  const {document} = fromText(text)

  it('reads the formula, three recitals under their introductions, and the operative group under its verb', () => {
    expect(document.meta.language).toBe('it')
    expect(plainText(all(document, 'formula')[0] as never)).toBe('IL CONSIGLIO REGIONALE')
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_2__recital_1',
      'preamble__recitals_2__recital_2',
      'hcontainer_1',
      'hcontainer_1__para_1',
      'hcontainer_1__para_2',
    ])
    // Each `… che` introduces the recitals after it: their `intro`.
    const intros = all(document, 'recitals').map((recitals) =>
      plainText(
        (recitals as unknown as {children: {type: string}[]}).children.find(
          (child) => child.type === 'intro',
        ) as never,
      ),
    )
    expect(intros).toEqual(['premesso che', 'considerato che'])
    // The verb printed alone above the numbered clauses heads them (see group-headings.ts).
    expect(plainText(all(document, 'heading')[0] as never)).toBe('impegna la Giunta regionale')
  })
})

describe('lower-case verbs that do not open the operative part', () => {
  it('keeps a recital’s lower-case line that ends with a semicolon a recital', () => {
    const {document} = fromText(
      ['The Council,', 'Recalling its decisions,', 'requests made by States;', '1. Decides to act.'].join(
        '\n',
      ),
      {language: 'en'},
    )
    expect(all(document, 'blockContainer')).toHaveLength(0)
  })
})

describe('an OAS General Assembly resolution in Spanish, double-spaced', () => {
  const text = [
    'AG/RES. 3001 (LIV-O/24)',
    '',
    'FORTALECIMIENTO DE LA DEMOCRACIA',
    '',
    '(Aprobada en la cuarta sesión plenaria, celebrada el 28 de junio de 2024)',
    '',
    'LA ASAMBLEA GENERAL,',
    '',
    'VISTO el informe anual del Consejo Permanente a la Asamblea General;',
    '',
    'CONSIDERANDO que la Carta Democrática Interamericana establece que los pueblos de',
    'América tienen derecho a la democracia;',
    '',
    'RECORDANDO sus resoluciones anteriores sobre la materia;',
    '',
    'RESUELVE:',
    '',
    '1. Reafirmar el compromiso de los Estados Miembros con la Carta Democrática',
    'Interamericana.',
    '',
    '2. Encomendar al Consejo Permanente que:',
    '',
    'a. organice un diálogo sobre buenas prácticas electorales;',
    '',
    'b. presente un informe a la Asamblea General en su próximo período ordinario de',
    'sesiones.',
    '',
    '3. Solicitar a la Secretaría General que informe sobre la implementación de la',
    'presente resolución.',
  ].join('\n')
  const {document, diagnostics} = fromText(text)

  it('takes the symbol for the number and the OAS for the body, though `LA ASAMBLEA GENERAL` is also the UN’s formula', () => {
    expect(plainText(all(document, 'docNumber')[0] as never)).toBe('AG/RES. 3001 (LIV-O/24)')
    expect(plainText(all(document, 'docTitle')[0] as never)).toBe('FORTALECIMIENTO DE LA DEMOCRACIA')
    expect(document.meta.frbr.country).toBe('oas')
    expect(document.meta.body).toBeUndefined()
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('body-from-symbol')
    expect(document.meta.frbr.date).toBe('2024-06-28')
  })

  it('reads three recitals in capitals, `RESUELVE:` and three paragraphs, the second with points a. and b.', () => {
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_2',
      'preamble__recitals_1__recital_3',
      'preamble__formula_2',
      'para_1',
      'para_2',
      'para_2__list_1__point_a',
      'para_2__list_1__point_b',
      'para_3',
    ])
  })
})

describe('a federal act of the Bundestag: the enacting words with the Bundesrat’s consent', () => {
  it('reads `… mit Zustimmung des Bundesrates das folgende Gesetz beschlossen:` as the enacting formula', () => {
    const {document} = fromText(
      [
        'Gesetz zur Änderung des Umweltgesetzes',
        '',
        'Vom 3. März 2031',
        '',
        'Der Bundestag hat mit Zustimmung des Bundesrates das folgende Gesetz beschlossen:',
        '',
        'Artikel 1',
        '',
        'Das Umweltgesetz wird wie folgt geändert.',
        '',
        'Artikel 2',
        '',
        'Dieses Gesetz tritt am Tag nach der Verkündung in Kraft.',
        '',
      ].join('\n'),
      {language: 'de'},
    )
    const formulas = all(document, 'formula')
    expect(formulas.map((formula) => plainText(formula as never))).toEqual([
      'Der Bundestag hat mit Zustimmung des Bundesrates das folgende Gesetz beschlossen:',
    ])
    expect(all(document, 'paragraph')).toEqual([])
    expect(document.children.map((part) => part.type)).toEqual(['preface', 'preamble', 'mainBody'])
  })
})

describe('an Assemblée nationale adopted text (web text): `TEXTE ADOPTÉ n° 212`, `RÉSOLUTION` / `visant à …`', () => {
  const text = [
    'ASSEMBLÉE NATIONALE',
    'CONSTITUTION DU 4 OCTOBRE 1958',
    'DIX-SEPTIÈME LÉGISLATURE',
    'SESSION ORDINAIRE DE 2028-2029',
    '14 mars 2029',
    'TEXTE ADOPTÉ n° 212',
    'RÉSOLUTION',
    'visant à reconnaître le rôle des aidants.',
    "L'Assemblée nationale a adopté la résolution dont la teneur suit :",
    'Voir les numéros : 412 et 588.',
    'Article unique',
    "L'Assemblée nationale invite le Gouvernement à renforcer le soutien aux aidants.",
    'Délibéré en séance publique, à Paris, le 14 mars 2029.',
    'La Présidente,',
    'Signé : Marie EXEMPLE',
  ].join('\n')
  const {document, diagnostics} = fromText(text)

  it('keeps the head of the text (no site menu) and numbers it', () => {
    expect(diagnostics.some((diagnostic) => diagnostic.ruleId === 'page-furniture')).toBe(false)
    expect(document.meta.frbr.number).toBe('212')
    expect(all(document, 'docNumber').map((node) => plainText(node as never))).toEqual([
      'TEXTE ADOPTÉ n° 212',
    ])
  })

  it('takes the words under `RÉSOLUTION` for the title, and `… dont la teneur suit :` for the enacting formula', () => {
    expect(all(document, 'docTitle').map((node) => plainText(node as never))).toEqual([
      'visant à reconnaître le rôle des aidants.',
    ])
    expect(all(document, 'formula').map((node) => plainText(node as never))).toEqual([
      "L'Assemblée nationale a adopté la résolution dont la teneur suit :",
    ])
    expect(all(document, 'recital')).toEqual([])
    expect(eIds(document)).toContain('art_1')
  })
})

describe('a proposition de résolution (Assemblée nationale, Sénat): the kind in capitals over `visant à …` / `tendant à …`', () => {
  const titles = (document: ReturnType<typeof fromText>['document']): string[] =>
    all(document, 'docTitle').map((node) => plainText(node as never))

  it('takes the `visant à …,` block under `PROPOSITION DE RÉSOLUTION` for the title, `N° 1234` for the number; the cover and the grounds stay out of the clauses', () => {
    const text = [
      'N° 1234',
      '',
      'ASSEMBLÉE NATIONALE',
      '',
      'DIX-SEPTIÈME LÉGISLATURE',
      '',
      "Enregistré à la Présidence de l'Assemblée nationale le 3 avril 2029.",
      '',
      'PROPOSITION DE RÉSOLUTION',
      '',
      'visant à reconnaître le rôle des aidants familiaux et à renforcer leur',
      'soutien,',
      '',
      'présentée par',
      '',
      'Mme Marie EXEMPLE, M. Jean MODÈLE,',
      '',
      'députés.',
      '',
      'EXPOSÉ DES MOTIFS',
      '',
      'Mesdames, Messieurs,',
      '',
      'Les aidants familiaux jouent un rôle essentiel auprès des personnes âgées. Leur',
      'engagement reste pourtant mal reconnu.',
      '',
      'PROPOSITION DE RÉSOLUTION',
      '',
      'Article unique',
      '',
      "L'Assemblée nationale invite le Gouvernement à reconnaître le statut des aidants.",
    ].join('\n')
    const {document} = fromText(text)
    expect(titles(document)).toEqual([
      'visant à reconnaître le rôle des aidants familiaux et à renforcer leur soutien,',
    ])
    expect(document.meta.frbr.number).toBe('1234')
    expect(all(document, 'docNumber').map((node) => plainText(node as never))).toEqual(['N° 1234'])
    expect(eIds(document)).toEqual(['art_1'])
    expect(textOf(document, 'art_1')).toBe(
      "L'Assemblée nationale invite le Gouvernement à reconnaître le statut des aidants.",
    )
  })

  it.each([
    [
      'a line in capitals between',
      ['PROPOSITION DE RÉSOLUTION', "EN APPLICATION DE L'ARTICLE 34-1 DE LA CONSTITUTION,"],
    ],
    ['a word after the kind', ['PROPOSITION DE RÉSOLUTION EUROPÉENNE']],
  ])('takes the block in lower case for the title with %s', (_case, kind) => {
    const text = [
      'ASSEMBLÉE NATIONALE',
      'DIX-SEPTIÈME LÉGISLATURE',
      ...kind,
      'visant à soutenir les aidants familiaux,',
      'présentée par Mme Marie EXEMPLE, députée.',
      "L'Assemblée nationale,",
      "Vu l'article 34-1 de la Constitution,",
      'Invite le Gouvernement à reconnaître le statut des aidants.',
    ].join('\n')
    const {document} = fromText(text, {layout: 'web'})
    expect(titles(document)).toEqual(['visant à soutenir les aidants familiaux,'])
    expect(eIds(document)).toEqual(['preamble__formula_1', 'preamble__recitals_1__recital_1', 'para_1'])
  })

  it.each([
    [
      'Assemblée nationale',
      'PROPOSITION DE RÉSOLUTION',
      ['visant à reconnaître le rôle des aidants familiaux et à renforcer leur', 'soutien,'],
      'présentée par Mme Marie EXEMPLE, députée.',
    ],
    [
      'Sénat',
      'PROPOSITION DE RÉSOLUTION EUROPÉENNE',
      ["tendant à soutenir l'entretien des réseaux d'eau dans les territoires", 'ruraux et de', 'montagne,'],
      'PRÉSENTÉE Par M. Jean EXEMPLE, Sénateur',
    ],
  ])(
    'web text (%s): joins the title wrapped over lines of its own, each opening in lower case under one that stops on a word',
    (_house, kind, title, sponsors) => {
      const text = [
        'ASSEMBLÉE NATIONALE',
        kind,
        ...title,
        sponsors,
        "L'Assemblée nationale,",
        "Vu l'article 34-1 de la Constitution,",
        'Invite le Gouvernement à reconnaître le statut des aidants.',
      ].join('\n')
      const {document} = fromText(text, {layout: 'web'})
      expect(titles(document)).toEqual([title.join(' ')])
      expect(eIds(document)).toEqual(['preamble__formula_1', 'preamble__recitals_1__recital_1', 'para_1'])
      const preface = document.children.find((node) => node.type === 'preface')
      expect(
        preface && 'children' in preface ? preface.children.map((node) => plainText(node as never)) : [],
      ).toEqual(['ASSEMBLÉE NATIONALE', kind, title.join(' '), sponsors])
    },
  )

  it('web text: leaves the line under a title that ends with its comma out of it (the sponsors, in lower case)', () => {
    const text = [
      'PROPOSITION DE RÉSOLUTION',
      'visant à soutenir les aidants familiaux,',
      'présentée par Mme Marie EXEMPLE, députée.',
      "L'Assemblée nationale,",
      'Invite le Gouvernement à reconnaître le statut des aidants.',
    ].join('\n')
    const {document} = fromText(text, {layout: 'web'})
    expect(titles(document)).toEqual(['visant à soutenir les aidants familiaux,'])
  })

  it('takes the `tendant à …,` block for the title over the Sénat’s cover, and keeps the formula and recitals of the text', () => {
    const text = [
      'SÉNAT',
      '',
      'SESSION ORDINAIRE DE 2028-2029',
      '',
      'PROPOSITION DE RÉSOLUTION',
      '',
      "tendant à soutenir l'entretien des réseaux d'eau dans les territoires ruraux,",
      '',
      'PRÉSENTÉE',
      '',
      'Par M. Jean EXEMPLE,',
      '',
      'Sénateur',
      '',
      'Le Sénat,',
      '',
      "Vu l'article 34-1 de la Constitution,",
      '',
      "Considérant que les communes peinent à financer l'entretien des réseaux ;",
      '',
      "Invite le Gouvernement à créer un fonds de soutien à l'entretien des réseaux.",
    ].join('\n')
    const {document} = fromText(text)
    expect(titles(document)).toEqual([
      "tendant à soutenir l'entretien des réseaux d'eau dans les territoires ruraux,",
    ])
    expect(all(document, 'formula').map((node) => plainText(node as never))).toEqual(['Le Sénat,'])
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_2',
      'para_1',
    ])
  })
})
