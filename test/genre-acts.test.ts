import {readFileSync} from 'node:fs'
import {toAkn} from '@clausewise/akn'
import {clauses, type Document, type Nodes, plainText, titleOf} from '@clausewise/model'
import {fromText} from '@clausewise/text'
import {describe, expect, it} from 'vitest'
import {validateAkn} from './support/xsd.js'

// Probes of the genre (see fixtures/genre-acts/README.md): acts of civil-law states and Mercosur
// decisions, written for these tests. Each expectation is what a reader of the genre gets, worked
// out by hand from the text.

const read = (name: string) =>
  fromText(readFileSync(new URL(`./fixtures/genre-acts/${name}`, import.meta.url), 'utf8'))

const eIds = (document: Document) => clauses(document).map((clause) => clause.eId)

/** The plain texts of the nodes of a type, in document order. */
function texts(document: Document, type: string): string[] {
  const found: string[] = []
  const walk = (node: Nodes): void => {
    if (node.type === type) found.push(plainText(node).trim())
    if ('children' in node && Array.isArray(node.children))
      for (const child of node.children as Nodes[]) walk(child)
  }
  walk(document)
  return found
}

function part(document: Document, type: string): Nodes | undefined {
  return document.children.find((child) => child.type === type)
}

describe('a Spanish law as the BOE prints it on the web', () => {
  const {document, diagnostics} = read('es-ley.web.txt')

  it('reads the title line as the title, its number and date as the law’s', async () => {
    expect(document.meta.language).toBe('es')
    expect(document.meta.frbr.number).toBe('7/2031')
    expect(document.meta.frbr.date).toBe('2031-03-14')
    expect(document.meta.frbr.country).toBe('es')
    expect(titleOf(document)).toEqual({
      number: '7/2031',
      title: 'Ley 7/2031, de 14 de marzo, de protección de los humedales costeros.',
    })
    const xml = toAkn(document)
    expect(xml).toContain(
      '<docTitle>Ley <docNumber>7/2031</docNumber>, de <docDate date="2031-03-14">14 de marzo</docDate>, de protección de los humedales costeros.</docTitle>',
    )
    expect(await validateAkn(xml, 'es-ley.xml')).toEqual([])
  })

  it('reads the King’s promulgation as the enacting formula, and the `PREÁMBULO` parts `I`, `II` as recitals', () => {
    expect(texts(document, 'formula')).toEqual([
      'FELIPE VI\nREY DE ESPAÑA\nA todos los que la presente vieren y entendieren.\nSabed: Que las Cortes Generales han aprobado y Yo vengo en sancionar la siguiente ley.',
    ])
    const preamble = eIds(document).filter((eId) => eId.startsWith('preamble'))
    expect(preamble).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_2',
      'preamble__recitals_2__recital_1',
    ])
    expect(texts(document, 'num').slice(0, 2)).toEqual(['I', 'II'])
    expect(diagnostics.filter((diagnostic) => diagnostic.ruleId === 'recital-guessed')).toEqual([])
  })

  it('reads titles, chapters, sections, articles with their headings, and the closing provisions', () => {
    expect(eIds(document).filter((eId) => !eId.startsWith('preamble') && !eId.includes('para'))).toEqual([
      'title_PRELIMINAR',
      'title_PRELIMINAR__art_1',
      'title_PRELIMINAR__art_2',
      'title_I',
      'title_I__chp_I',
      'title_I__chp_I__art_3',
      'title_I__chp_II',
      'title_I__chp_II__sec_1',
      'title_I__chp_II__sec_1__art_4',
      'title_I__chp_II__sec_2',
      'title_I__chp_II__sec_2__art_5',
      'art_adicional-primera',
      'art_adicional-segunda',
      'art_transitoria-única',
      'art_derogatoria-única',
      'art_final-primera',
      'art_final-segunda',
    ])
    const headings = texts(document, 'heading')
    expect(headings).toContain('Objeto.')
    expect(headings).toContain('Planes de gestión')
    expect(headings).toContain('Derogación normativa.')
    expect(texts(document, 'num')).toContain('Sección 1.ª')
    expect(texts(document, 'num')).toContain('Disposición transitoria única.')
  })

  it('reads `Por tanto, / Mando …` and the signatures as the conclusions', () => {
    expect(plainText(part(document, 'conclusions')!).split('\n')).toEqual([
      'Por tanto,',
      'Mando a todos los españoles, particulares y autoridades, que guarden y hagan guardar esta ley.',
      'Madrid, 14 de marzo de 2031.',
      'FELIPE R.',
      'El Presidente del Gobierno,',
      'JUAN PÉREZ GARCÍA',
    ])
  })
})

describe('the same law copied from its page on the BOE’s site, the page’s header above it', () => {
  const {document, diagnostics} = read('es-ley.boe-page.txt')

  it('takes the header’s run of short lines for furniture, but not the King’s name and title under it', () => {
    const furniture = diagnostics
      .filter((diagnostic) => diagnostic.ruleId === 'page-furniture')
      .map((item) => item.text?.split('\n'))
    expect(furniture).toEqual([
      [
        'Sección: I. Disposiciones generales',
        'Departamento: Jefatura del Estado',
        'Referencia: BOE-A-2031-5120',
        'Permalink ELI: https://www.boe.es/eli/es/l/2031/03/14/7',
        'TEXTO ORIGINAL',
      ],
    ])
    expect(texts(document, 'formula')[0]).toMatch(/^FELIPE VI\nREY DE ESPAÑA\nA todos los que/)
    expect(document.meta.frbr.number).toBe('7/2031')
    expect(document.meta.frbr.date).toBe('2031-03-14')
  })
})

describe('a Spanish royal decree: the preamble before `DISPONGO:`, `Artículo único.`', () => {
  const {document} = read('es-real-decreto.web.txt')

  it('reads the title with its number and date, not as a recital', async () => {
    expect(document.meta.frbr.number).toBe('123/2031')
    expect(document.meta.frbr.date).toBe('2031-03-04')
    expect(titleOf(document).title).toMatch(/^Real Decreto 123\/2031, de 4 de marzo, por el que se aprueba/)
    expect(texts(document, 'recital')).toHaveLength(3)
    expect(await validateAkn(toAkn(document), 'es-real-decreto.xml')).toEqual([])
  })

  it('reads the sole article and the closing provisions as units with headings', () => {
    expect(eIds(document).filter((eId) => !eId.startsWith('preamble'))).toEqual([
      'art_1',
      'art_derogatoria-única',
      'art_final-primera',
      'art_final-segunda',
    ])
    expect(texts(document, 'heading')).toEqual([
      'Aprobación del Reglamento.',
      'Derogación normativa.',
      'Título competencial.',
      'Entrada en vigor.',
    ])
    expect(plainText(part(document, 'conclusions')!)).toMatch(/^Dado en Madrid, el 4 de marzo de 2031\./)
  })
})

describe('a Spanish organic law as a double-spaced PDF extraction, the gazette’s running heads on its pages', () => {
  const {document, diagnostics} = read('es-ley-organica.double-spaced.txt')

  it('takes out the running heads and reads the title wrapped over two lines', async () => {
    const furniture = diagnostics
      .filter((diagnostic) => diagnostic.ruleId === 'page-furniture')
      .map((item) => item.text?.replace(/\s+/g, ' ').trim())
      .join(' ')
    expect(furniture).toBe(
      'BOLETÍN OFICIAL DEL ESTADO Núm. 64 Sábado 15 de marzo de 2031 Sec. I. Pág. 30211 cve: BOE-A-2031-5120 Verificable en https://www.boe.es BOLETÍN OFICIAL DEL ESTADO Núm. 64 Sábado 15 de marzo de 2031 Sec. I. Pág. 30212 cve: BOE-A-2031-5120 Verificable en https://www.boe.es',
    )
    expect(plainText(document)).not.toMatch(/BOLETÍN|cve:|Pág\./)
    expect(document.meta.frbr.number).toBe('3/2031')
    expect(document.meta.frbr.date).toBe('2031-03-14')
    expect(titleOf(document).title).toBe(
      'Ley Orgánica 3/2031, de 14 de marzo, de garantía de la integridad de los procesos de contratación pública.',
    )
    expect(await validateAkn(toAkn(document), 'es-ley-organica.xml')).toEqual([])
  })

  it('reads the formula, the `EXPOSICIÓN DE MOTIVOS` as recitals, two articles and the final provision', () => {
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_2',
      'art_1',
      'art_2',
      'art_2__para_1',
      'art_2__para_2',
      'art_final-única',
    ])
    expect(texts(document, 'heading')).toEqual([
      'Objeto.',
      'Autoridad Independiente de Integridad Contractual.',
      'Entrada en vigor.',
    ])
  })
})

describe('French acts: the number and date of the title line', () => {
  it('reads `Décret n° … du 3 mars 2031 relatif à …` as the title, its number and date as the décret’s', async () => {
    const {document} = read('fr-decret.web.txt')
    expect(document.meta.frbr.number).toBe('2031-123')
    expect(document.meta.frbr.date).toBe('2031-03-03')
    expect(document.meta.frbr.country).toBe('fr')
    expect(titleOf(document)).toEqual({
      number: '2031-123',
      title: 'Décret n° 2031-123 du 3 mars 2031 relatif à la protection des zones humides littorales',
    })
    const xml = toAkn(document)
    expect(xml).toContain(
      '<docTitle>Décret n° <docNumber>2031-123</docNumber> du <docDate date="2031-03-03">3 mars 2031</docDate> relatif à',
    )
    expect(await validateAkn(xml, 'fr-decret.xml')).toEqual([])
  })

  it('reads an `Arrêté du …` without a number: its date, and the whole line as its title', async () => {
    const {document} = read('fr-arrete.web.txt')
    expect(document.meta.frbr.date).toBe('2031-04-12')
    // Belgium and Luxembourg title their acts so too: without the Republic's number, no country.
    expect(document.meta.frbr.country).toBe('unknown')
    expect(titleOf(document).title).toBe(
      'Arrêté du 12 avril 2031 portant organisation de la direction des affaires juridiques',
    )
    // The minister who signs it is its formula, as `Le Premier ministre,` is a décret's.
    expect(texts(document, 'formula')).toEqual(["Le ministre de l'économie et des finances,", 'Arrête :'])
    expect(texts(document, 'recital')).toHaveLength(1)
    const xml = toAkn(document)
    expect(xml).toContain('<docDate date="2031-04-12">12 avril 2031</docDate>')
    expect(await validateAkn(xml, 'fr-arrete.xml')).toEqual([])
  })

  it('reads a `LOI n° … du …`: its number and date, and the promulgation as the enacting formula', async () => {
    const {document} = read('fr-loi.web.txt')
    expect(document.meta.frbr.number).toBe('2031-45')
    expect(document.meta.frbr.date).toBe('2031-01-20')
    expect(texts(document, 'formula')).toEqual([
      "L'Assemblée nationale et le Sénat ont adopté,",
      'Le Président de la République promulgue la loi dont la teneur suit :',
    ])
    expect(eIds(document).filter((eId) => !eId.startsWith('preamble'))).toEqual(['art_1', 'art_2'])
    expect(await validateAkn(toAkn(document), 'fr-loi.xml')).toEqual([])
  })
})

describe('Mercosur decisions: `VISTO:` / `CONSIDERANDO: Que …` before the council’s formula', () => {
  for (const [name, language, lead, formula] of [
    ['mercosur-dec.es.txt', 'es', 'VISTO:', 'EL CONSEJO DEL MERCADO COMÚN'],
    ['mercosur-dec.pt.txt', 'pt', 'TENDO EM VISTA:', 'O CONSELHO DO MERCADO COMUM'],
  ] as const) {
    it(`reads the number, the recitals, the formulas, the articles and the meeting line (${language})`, async () => {
      const {document} = read(name)
      expect(document.meta.language).toBe(language)
      expect(document.meta.frbr.number).toBe('07/31')
      expect(titleOf(document).title).toMatch(
        /^AC(?:UERDO|ORDO) SOBRE RECONOCIMIENTO|^ACORDO SOBRE RECONHECIMENTO/,
      )
      const recitals = texts(document, 'recital')
      expect(recitals).toHaveLength(3)
      expect(recitals[0]).toMatch(new RegExp(`^${lead}`))
      expect(recitals.slice(1).every((text) => text.startsWith('Que '))).toBe(true)
      // The council's name over its verb: one formula of two lines.
      expect(texts(document, 'formula')).toEqual([`${formula}\nDECIDE:`])
      expect(eIds(document).filter((eId) => !eId.startsWith('preamble'))).toEqual(['art_1', 'art_2'])
      expect(plainText(part(document, 'conclusions')!)).toMatch(/^LXV CMC – Montevid/)
      expect(await validateAkn(toAkn(document), `mercosur-${language}.xml`)).toEqual([])
    })
  }
})

describe('a Spanish decree-law: its preamble’s parts `I`, `II`, `III` before `DISPONGO:`', () => {
  const {document} = read('es-real-decreto-ley.web.txt')

  it('reads the parts as numbered recitals, the first one too, and a chapter, an article and the final provision', async () => {
    expect(document.meta.frbr.number).toBe('2/2031')
    expect(document.meta.frbr.date).toBe('2031-01-21')
    const preface = part(document, 'preface')!
    expect(plainText(preface)).toMatch(/^Real Decreto-ley 2\/2031, de 21 de enero, de medidas urgentes/)
    expect(plainText(preface)).not.toMatch(/\nI$/)
    expect(texts(document, 'num').slice(0, 3)).toEqual(['I', 'II', 'III'])
    expect(texts(document, 'recital')).toHaveLength(4)
    expect(eIds(document).filter((eId) => !eId.startsWith('preamble') && !eId.includes('para'))).toEqual([
      'chp_I',
      'chp_I__art_1',
      'art_final-única',
    ])
    expect(await validateAkn(toAkn(document), 'es-real-decreto-ley.xml')).toEqual([])
  })
})

describe('a Mercosur resolution: `CONSIDERANDO: Que …` on one line, `RESUELVE:`, the meeting line `CXX GMC – …`', () => {
  const {document} = read('mercosur-res.es.txt')

  it('reads the number and title, three recitals, the formula of two lines, two articles and the meeting line', async () => {
    expect(document.meta.frbr.number).toBe('12/31')
    expect(titleOf(document)).toEqual({
      number: 'MERCOSUR/GMC/RES. N° 12/31',
      title: 'REGLAMENTO TÉCNICO MERCOSUR SOBRE ETIQUETADO DE ALIMENTOS ENVASADOS',
    })
    expect(texts(document, 'recital')).toHaveLength(3)
    expect(texts(document, 'formula')).toEqual(['EL GRUPO MERCADO COMÚN\nRESUELVE:'])
    expect(eIds(document).filter((eId) => !eId.startsWith('preamble'))).toEqual(['art_1', 'art_2'])
    expect(plainText(part(document, 'conclusions')!)).toBe('CXX GMC – Buenos Aires, 10/XII/31.')
    expect(await validateAkn(toAkn(document), 'mercosur-res.xml')).toEqual([])
  })
})

describe('an Argentine decree: `VISTO …, y` / `CONSIDERANDO:` / `Que …` / `Por ello,` / the President / `DECRETA:`', () => {
  const {document} = read('ar-decreto.web.txt')

  it('reads the number, the recitals before the formula, `DECRETA:` and articles numbered `ARTÍCULO 1°.-`', async () => {
    expect(document.meta.frbr.number).toBe('123/2031')
    expect(texts(document, 'recital').map((text) => text.slice(0, 10))).toEqual([
      'VISTO el E',
      'Que la Ley',
      'Que result',
      'Que el pre',
      'Por ello,',
    ])
    expect(texts(document, 'formula')).toEqual(['EL PRESIDENTE DE LA NACIÓN ARGENTINA', 'DECRETA:'])
    expect(eIds(document).filter((eId) => !eId.startsWith('preamble'))).toEqual(['art_1', 'art_2'])
    expect(texts(document, 'num')).toEqual(['ARTÍCULO 1°.-', 'ARTÍCULO 2°.-'])
    expect(await validateAkn(toAkn(document), 'ar-decreto.xml')).toEqual([])
  })
})

describe('the same organic law as a single-spaced PDF extraction, with no mark between paragraphs', () => {
  const {document} = read('es-ley-organica.single-spaced.txt')

  it('reads it as the double-spaced extraction: the lines mark its paragraphs where no break does', () => {
    expect(titleOf(document).title).toBe(
      'Ley Orgánica 3/2031, de 14 de marzo, de garantía de la integridad de los procesos de contratación pública.',
    )
    expect(document.meta.frbr.number).toBe('3/2031')
    expect(document.meta.frbr.date).toBe('2031-03-14')
    // The King's promulgation, four lines, is the enacting formula (it stayed in the preface, run
    // into the title's block, when breaks were taken to mark the paragraphs).
    expect(texts(document, 'formula')).toEqual([
      'FELIPE VI\nREY DE ESPAÑA\nA todos los que la presente vieren y entendieren.\nSabed: Que las Cortes Generales han aprobado y Yo vengo en sancionar la siguiente ley orgánica.',
    ])
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_1__recital_2',
      'art_1',
      'art_2',
      'art_2__para_1',
      'art_2__para_2',
      'art_final-única',
    ])
  })
})

describe('a Portuguese law: its number and date alone on the first line, the title under it', () => {
  const {document} = read('pt-lei.web.txt')

  it('reads the first line as the number line with its date, the next as the title, the formula, two articles and the approval', async () => {
    expect(document.meta.frbr.number).toBe('12/2031')
    expect(document.meta.frbr.date).toBe('2031-03-14')
    expect(document.meta.frbr.country).toBe('pt')
    expect(titleOf(document)).toEqual({
      number: 'Lei n.º 12/2031, de 14 de março',
      title: 'Aprova o regime jurídico da proteção das zonas húmidas costeiras',
    })
    const xml = toAkn(document)
    expect(xml).toContain(
      '<docNumber>Lei n.º 12/2031, de <docDate date="2031-03-14">14 de março</docDate></docNumber>',
    )
    expect(texts(document, 'formula')).toHaveLength(1)
    expect(eIds(document)).toEqual(['preamble__formula_1', 'art_1', 'art_2'])
    expect(texts(document, 'heading')).toEqual(['Objeto', 'Entrada em vigor'])
    expect(plainText(part(document, 'conclusions')!)).toMatch(/^Aprovada em 20 de fevereiro de 2031\./)
    expect(await validateAkn(xml, 'pt-lei.xml')).toEqual([])
  })
})

describe('a Brazilian federal act: `LEI Nº 15.321, DE 14 DE MARÇO DE 2031`', () => {
  it('marks the date inside the number line and takes it, with the country, for the act’s', () => {
    const {document} = fromText(
      [
        'LEI Nº 15.321, DE 14 DE MARÇO DE 2031',
        'Dispõe sobre a proteção de nascentes e dá outras providências.',
        'O PRESIDENTE DA REPÚBLICA Faço saber que o Congresso Nacional decreta e eu sanciono a seguinte Lei:',
        'Art. 1º Esta Lei dispõe sobre a proteção de nascentes.',
        'Art. 2º Esta Lei entra em vigor na data de sua publicação.',
      ].join('\n'),
    )
    expect(document.meta.frbr.number).toBe('15.321')
    expect(document.meta.frbr.date).toBe('2031-03-14')
    expect(document.meta.frbr.country).toBe('br')
    expect(toAkn(document)).toContain(
      '<docNumber>LEI Nº 15.321, DE <docDate date="2031-03-14">14 DE MARÇO DE 2031</docDate></docNumber>',
    )
  })
})

describe('a `Preamble` heading and a roman number over a heading after it', () => {
  it('keeps `I` / `GENERAL PROVISIONS` a section of the body, not a part of the preamble', () => {
    const {document} = fromText(
      [
        'The Council,',
        'PREAMBLE',
        'Recalling its earlier decisions,',
        'I',
        'GENERAL PROVISIONS',
        '1. Decides to act.',
      ].join('\n'),
      {language: 'en'},
    )
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'sec_I',
      'sec_I__para_1',
    ])
  })
})
