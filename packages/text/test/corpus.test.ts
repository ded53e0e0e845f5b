import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {type Document, plainText, removePositions, titleOf} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {meetings} from './meetings.js'
import {all, corpus} from './support.js'

// The corpus decisions are read with the caller's calendar of their meeting, so that the adoption and
// a corrigendum cut short can be dated; without it they are not (tested below).
function read(name: string) {
  return fromText(corpus(name), {meetings})
}

function texts(document: unknown, type: string): string[] {
  return all(document, type).map((node) => plainText(node as never))
}

function part<T extends string>(document: Document, type: T) {
  return document.children.find((child) => child.type === type)
}

describe('fromText on MC.DEC/7/17 (French)', () => {
  const {document, diagnostics} = read('mc-dec-7-17.fr.txt')

  it('counts 15 recitals, 13 paragraphs, 2 points, 1 footnote, 1 attachment', () => {
    expect(all(document, 'recital')).toHaveLength(15)
    const mainBody = part(document, 'mainBody')
    expect(mainBody?.children.filter((child) => child.type === 'paragraph')).toHaveLength(13)
    expect(all(document, 'point')).toHaveLength(2)
    expect(all(document, 'authorialNote')).toHaveLength(1)
    expect(all(document, 'attachment')).toHaveLength(1)
  })

  it('keeps paragraph and point numbers as written', () => {
    const mainBody = part(document, 'mainBody')!
    expect(all(mainBody, 'paragraph').map((node) => node.eId)).toEqual(
      Array.from({length: 13}, (_, index) => `para_${index + 1}`),
    )
    expect(all(mainBody, 'point').map((node) => node.eId)).toEqual([
      'para_5__list_1__point_a',
      'para_5__list_1__point_b',
    ])
    const numbers = all(mainBody, 'num').map((node) => node.value)
    expect(numbers).toEqual([
      '1.',
      '2.',
      '3.',
      '4.',
      '5.',
      'a)',
      'b)',
      '6.',
      '7.',
      '8.',
      '9.',
      '10.',
      '11.',
      '12.',
      '13.',
    ])
  })

  it('reads the number with its superscript and the title joined by single spaces', () => {
    expect(titleOf(document)).toEqual({
      number: 'DÉCISION No 7/17',
      title:
        'RENFORCEMENT DES EFFORTS VISANT À LUTTER CONTRE TOUTES LES FORMES DE TRAITE DES ENFANTS, Y COMPRIS À DES FINS D’EXPLOITATION SEXUELLE, ET CONTRE LES AUTRES FORMES D’EXPLOITATION SEXUELLE DES ENFANTS',
    })
    const docNumber = all(document, 'docNumber')[0]!
    expect(removePositions(docNumber as never)).toEqual({
      type: 'docNumber',
      children: [
        {type: 'text', value: 'DÉCISION N'},
        {type: 'sup', children: [{type: 'text', value: 'o'}]},
        {type: 'text', value: ' 7/17'},
      ],
    })
    expect(document.meta.frbr.number).toBe('7/17')
  })

  it('attaches the corrigendum note, whose marker was lost, to the number', () => {
    const preface = part(document, 'preface')!
    const first = preface.children[0]!
    expect(first.type).toBe('p')
    expect((first as {children: {type: string}[]}).children.map((child) => child.type)).toEqual([
      'docNumber',
      'authorialNote',
    ])
    const note = all(document, 'authorialNote')[0]!
    expect(note.eId).toBe('preface__authorialNote_1')
    expect(plainText(note as never)).toBe(
      'Comprend une correction apportée à la décision lors de la séance de mise en conformité linguistique tenue le 2 février 2018.',
    )
    expect(diagnostics.some((diagnostic) => diagnostic.ruleId === 'footnote-reattached')).toBe(true)
  })

  it('rejoins the sentence the footnote interrupted', () => {
    const recital = texts(document, 'recital')[3]!
    expect(recital).toContain('exploités sexuellement et l’importance du respect des besoins particuliers')
    expect(recital.endsWith('d’être entendu,')).toBe(true)
  })

  it('reads the formula and recitals that open with adjectives and participles', () => {
    expect(texts(document, 'formula')).toEqual(['Le Conseil ministériel,'])
    const recitals = texts(document, 'recital')
    expect(recitals.map((text) => text.split(' ')[0])).toEqual([
      'Réaffirmant',
      'Réaffirmant,',
      'Profondément',
      'Réaffirmant',
      'Consterné',
      'Conscient',
      'Considérant',
      'Rappelant',
      'Reconnaissant',
      'Louant',
      'Soulignant',
      'Rappelant',
      'Craignant',
      'Prenant',
      'Exprimant',
    ])
    expect(recitals.every((text) => text.endsWith(','))).toBe(true)
    expect(recitals[11]).toContain('pour la traite des êtres humains et les crimes connexes')
  })

  it('reads paragraph 5 as an intro and a list of points a) and b)', () => {
    const paragraph = all(document, 'paragraph').find((node) => node.eId === 'para_5')!
    expect((paragraph.children as {type: string}[]).map((child) => child.type)).toEqual([
      'num',
      'intro',
      'list',
    ])
    expect(texts(paragraph, 'intro')[0]!.endsWith('des mesures telles que :')).toBe(true)
    const points = texts(paragraph, 'point')
    expect(points[0]).toMatch(/^a\) L’adoption de mesures .* selon qu’il conviendra ;$/)
    expect(points[1]).toMatch(/^b\) Là où il y a lieu, .* abus pédosexuels ;$/)
  })

  it('reads the interpretative statement of the Russian Federation', () => {
    const attachment = all(document, 'attachment')[0]!
    expect(attachment.name).toBe('interpretativeStatement')
    expect(attachment.author).toBe('delegation-federation-de-russie')
    expect(texts(attachment, 'docTitle')).toEqual([
      'DÉCLARATION INTERPRÉTATIVE AU TITRE DU PARAGRAPHE IV. 1A) 6 DES RÈGLES DE PROCÉDURE DE L’ORGANISATION POUR LA SÉCURITÉ ET LA COOPÉRATION EN EUROPE',
    ])
    const party = all(attachment, 'party')[0]!
    expect(party.refersTo).toBe('delegation-federation-de-russie')
    expect(plainText(party as never)).toBe('délégation de la Fédération de Russie')
    const paragraphs = texts(attachment, 'paragraph')
    expect(paragraphs).toHaveLength(4)
    expect(paragraphs[0]!.startsWith('« En nous associant')).toBe(true)
    expect(paragraphs[3]!.endsWith('journal de ce jour. »')).toBe(true)
    expect(document.meta.references).toEqual([
      {
        type: 'person',
        eId: 'delegation-federation-de-russie',
        showAs: 'Délégation de la Fédération de Russie',
        href: '/ontology/person/osce/delegation.federationDeRussie',
      },
    ])
  })

  it('records the corrigendum, and the symbol without making up a `/Corr.N`', () => {
    expect(document.meta.symbol).toBe('MC.DEC/7/17')
    expect(document.meta.originalSymbol).toBeUndefined()
    expect(document.meta.lifecycle).toEqual([
      {
        eId: 'evnt_1',
        type: 'amendment',
        date: '2018-02-02',
        kind: 'linguisticConformity',
        refersTo: 'linguisticConformity',
      },
    ])
    expect(document.meta.frbr).toMatchObject({
      country: 'osce',
      subtype: 'decision',
      number: '7/17',
      language: 'fra',
      expressionDate: '2018-02-02',
      date: '',
    })
    expect(document.documentType).toBe('statement')
    expect(document.name).toBe('decision')
    expect(
      diagnostics.find((diagnostic) => diagnostic.ruleId === 'adoption-date-unknown')?.fatal,
    ).toBeUndefined()
  })
})

describe('fromText on MC.DEC/6/17 (French)', () => {
  const {document, diagnostics} = read('mc-dec-6-17.fr.txt')

  it('counts 10 recitals, 16 paragraphs, no points, 1 footnote, 1 attachment', () => {
    expect(all(document, 'recital')).toHaveLength(10)
    const mainBody = part(document, 'mainBody')!
    expect(all(mainBody, 'num').map((node) => node.value)).toEqual(
      Array.from({length: 16}, (_, index) => `${index + 1}.`),
    )
    expect(all(document, 'point')).toHaveLength(0)
    expect(all(document, 'authorialNote')).toHaveLength(1)
    expect(all(document, 'attachment')).toHaveLength(1)
  })

  it('reads the meeting header into meta and keeps it as preface lines', () => {
    expect(document.meta.meeting).toEqual({
      day: 'Deuxième jour',
      name: 'vingt-quatrième Réunion',
      symbol: 'CM(24)',
      journal: '2',
      agendaItem: '7',
      place: 'Vienne',
    })
    const preface = texts(part(document, 'preface')!, 'p')
    expect(preface.slice(0, 2)).toEqual([
      'Deuxième jour de la vingt-quatrième Réunion',
      'CM(24), journal no 2, point 7 de l’ordre du jour',
    ])
    expect(titleOf(document)).toEqual({
      number: 'DÉCISION No 6/17',
      title: 'RENFORCEMENT DES EFFORTS VISANT À PRÉVENIR LA TRAITE DES ÊTRES HUMAINS',
    })
  })

  it('dates nothing from a meeting the caller did not pass', () => {
    const plain = fromText(corpus('mc-dec-6-17.fr.txt'))
    expect(plain.document.meta.frbr.date).toBe('')
    expect(plain.document.meta.lifecycle).toEqual([])
    expect(plain.document.meta.meeting?.place).toBeUndefined()
    expect(plain.diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('corrigendum-date-missing')
  })

  it('dates the adoption from the known meeting, and says so', () => {
    expect(document.meta.frbr.date).toBe('2017-12-08')
    expect(document.meta.lifecycle[0]).toEqual({
      eId: 'evnt_1',
      type: 'generation',
      date: '2017-12-08',
      refersTo: 'adoption',
    })
    expect(diagnostics.some((diagnostic) => diagnostic.ruleId === 'adoption-date-from-meeting')).toBe(true)
  })

  it('dates the corrigendum whose date was cut off from the meeting’s correction session, and says so', () => {
    expect(document.meta.symbol).toBe('MC.DEC/6/17')
    expect(document.meta.lifecycle[1]).toEqual({
      eId: 'evnt_2',
      type: 'amendment',
      date: '2018-02-02',
      refersTo: 'linguisticConformity',
      kind: 'linguisticConformity',
    })
    expect(document.meta.frbr.expressionDate).toBe('2018-02-02')
    const info = diagnostics.find((diagnostic) => diagnostic.ruleId === 'corrigendum-date-from-meeting')
    expect(info?.fatal).toBeUndefined()
    expect(info?.reason).toContain('CM(24)')
    expect(plainText(all(document, 'authorialNote')[0] as never)).toBe(
      'Comprend des corrections apportées à la décision lors de la séance de mise en conformité linguistique',
    )
  })

  it('keeps a cut-short corrigendum of an unknown meeting as a warning, not an event', () => {
    const text = corpus('mc-dec-6-17.fr.txt').replace('CM(24)', 'CM(99)')
    const result = fromText(text, {meetings})
    expect(result.document.meta.symbol).toBe('MC.DEC/6/17')
    expect(result.document.meta.lifecycle.filter((event) => event.type === 'amendment')).toEqual([])
    const warning = result.diagnostics.find((diagnostic) => diagnostic.ruleId === 'corrigendum-date-missing')
    expect(warning?.fatal).toBe(false)
  })

  it('does not take the page after the cut-short note for note text', () => {
    expect(texts(document, 'recital')[5]!.startsWith('Rappelant la pertinence pour la prévention')).toBe(true)
  })

  it('reads the operative introduction shared by the paragraphs', () => {
    const mainBody = part(document, 'mainBody')!
    const first = mainBody.children[0]!
    expect(first.type).toBe('blockContainer')
    expect('eId' in first && first.eId).toBe('mainBody__blockContainer_1')
    expect(plainText(first)).toBe('Demande aux États participants :')
  })

  it('keeps two sentences of one recital together', () => {
    const recital = texts(document, 'recital')[8]!
    expect(recital).toMatch(
      /^Louant les États participants .*êtres humains\. Louant également les États .* anticipent ces risques,$/,
    )
  })

  it('rejoins split superscripts without taking `29)` for a number', () => {
    const recital = all(document, 'recital')[7]!
    const p = (recital.children as {children: {type: string; value?: string}[]}[])[0]!
    expect(p.children.filter((child) => child.type === 'sup')).toHaveLength(4)
    expect(p.children.map((child) => child.value ?? 'SUP').slice(0, 3)).toEqual([
      expect.stringMatching(/forcé, 1930 \(n$/),
      'SUP',
      ' 29), la Recommandation de 2014 sur le travail forcé (mesures complémentaires) (n',
    ])
    expect(plainText(recital as never)).toContain('(no 203) ainsi que la Convention')
    expect(plainText(recital as never)).toContain('2011 (no 189) et sa Recommandation (no 201), qui exposent')
  })

  it('starts a paragraph after a page break without a blank line', () => {
    const third = all(document, 'paragraph').find((node) => node.eId === 'para_3')!
    expect(plainText(third as never)).toMatch(/^3\. De continuer d’utiliser .* êtres humains ;$/)
  })

  it('reads the statement of Canada, also on behalf of the United States', () => {
    const attachment = all(document, 'attachment')[0]!
    expect(attachment.author).toBe('delegation-canada')
    expect(texts(attachment, 'p')[1]).toBe(
      'Faite par la délégation du Canada (également au nom des États-Unis d’Amérique) :',
    )
    expect(plainText(all(attachment, 'party')[0] as never)).toBe('délégation du Canada')
    const paragraphs = texts(attachment, 'paragraph')
    expect(paragraphs).toHaveLength(9)
    expect(paragraphs[0]).toBe('« Merci, Monsieur le Président.')
    expect(paragraphs[8]).toBe('Merci, Monsieur le Président. »')
  })
})

describe('fromText fixtures', () => {
  for (const name of ['mc-dec-7-17', 'mc-dec-6-17']) {
    it(`gives the reviewed model of ${name}`, () => {
      const {document, diagnostics} = read(`${name}.fr.txt`)
      const actual = {
        document: removePositions(document),
        diagnostics: diagnostics.map((diagnostic) => {
          const place =
            diagnostic.place && 'start' in diagnostic.place ? diagnostic.place.start.line : undefined
          return `${place}: ${diagnostic.ruleId}${diagnostic.fatal === false ? ' (warning)' : ''}: ${diagnostic.reason}`
        }),
      }
      const directory = new URL(`./fixtures/${name}/`, import.meta.url)
      const file = new URL('expected.json', directory)
      // A fixture is written only on request (`UPDATE=1`) and read before it is committed: a missing one
      // fails rather than blessing whatever the reader gives today.
      if (process.env.UPDATE) {
        mkdirSync(directory, {recursive: true})
        writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`)
      }
      expect(existsSync(file), `missing fixture ${file.pathname}`).toBe(true)
      expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')))
    })
  }
})
