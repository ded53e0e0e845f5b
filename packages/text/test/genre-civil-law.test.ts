import {plainText} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {eIds, furniture, textOf} from './genre-support.js'
import {all, document as read} from './support.js'

// Probes of the genre (see genre-support.ts): acts of civil-law states and of Mercosur, written for
// these tests. Expectations worked out by hand from each text.

describe('a French décret: `Article 1er` and its points `1°`, `2°`, `3°`', () => {
  const text = [
    'Décret n° 2031-412 du 14 mars 2031 relatif à la gestion des réserves naturelles régionales',
    '',
    'Le Premier ministre,',
    '',
    'Sur le rapport du ministre de la transition écologique,',
    '',
    "Vu le code de l'environnement, notamment ses articles L. 332-1 à L. 332-27 ;",
    '',
    'Vu le code général des collectivités territoriales ;',
    '',
    "Le Conseil d'Etat (section des travaux publics) entendu,",
    '',
    'Décrète :',
    '',
    'Article 1er',
    '',
    "L'article R. 332-30 du code de l'environnement est ainsi modifié :",
    '',
    '1° Au premier alinéa, les mots : « deux mois » sont remplacés par les mots : « trois mois » ;',
    '',
    '2° Le second alinéa est supprimé ;',
    '',
    '3° Il est ajouté un alinéa ainsi rédigé : « Le conseil régional peut déléguer la gestion. »',
    '',
    'Article 2',
    '',
    'Le présent décret entre en vigueur le premier jour du troisième mois suivant sa publication.',
  ].join('\n')
  const {document} = fromText(text)

  it('numbers the first article 1 and reads `1°` … `3°` as the points of its text', () => {
    expect(document.meta.language).toBe('fr')
    expect(document.meta.frbr.number).toBe('2031-412')
    expect(all(document, 'formula').map((node) => plainText(node as never))).toEqual([
      'Le Premier ministre,',
      'Décrète :',
    ])
    expect(all(document, 'recital')).toHaveLength(4)
    const articles = eIds(document).filter((eId) => eId.startsWith('art_'))
    expect(articles.filter((eId) => !eId.includes('__'))).toEqual(['art_1', 'art_2'])
    const points = articles.filter((eId) => eId.includes('point'))
    expect(points.map((eId) => eId.slice(eId.lastIndexOf('_') + 1))).toEqual(['1', '2', '3'])
    expect(points.every((eId) => eId.startsWith('art_1__'))).toBe(true)
    expect(all(document, 'num').map((node) => String(node.value).trim())).toEqual([
      'Article 1er',
      '1°',
      '2°',
      '3°',
      'Article 2',
    ])
    expect(textOf(document, points[1]!)).toBe('Le second alinéa est supprimé ;')
  })
})

describe('a Mercosur decision: `Art. 1º - …` articles, one a long line', () => {
  const text = [
    'MERCOSUR/CMC/DEC. N° 14/31',
    'FONDO PARA LA CONVERGENCIA ESTRUCTURAL DEL MERCOSUR – REGLAMENTO',
    'EL CONSEJO DEL MERCADO COMÚN',
    'DECIDE:',
    'Art. 1º - Aprobar el Reglamento del Fondo para la Convergencia Estructural del MERCOSUR, que consta como Anexo y forma parte de la presente Decisión.',
    'Art. 2º - Derógase la Decisión CMC N° 01/10.',
    'Art. 3º - Esta Decisión no necesita ser incorporada al ordenamiento jurídico de los Estados Partes, por reglamentar aspectos de la organización o del funcionamiento del MERCOSUR.',
  ].join('\n')
  const {document} = fromText(text)

  it('reads three articles numbered 1 to 3, each number kept whole on its line', () => {
    expect(document.meta.language).toBe('es')
    expect(eIds(document)).toEqual(['preamble__formula_1', 'art_1', 'art_2', 'art_3'])
    expect(all(document, 'num').map((node) => String(node.value).trim())).toEqual([
      'Art. 1º',
      'Art. 2º',
      'Art. 3º',
    ])
    expect(textOf(document, 'art_2')).toBe('Derógase la Decisión CMC N° 01/10.')
    expect(textOf(document, 'art_3')).toMatch(/^Esta Decisión no necesita ser incorporada/)
  })
})

describe('a Brazilian law: `Art. 2º` and its items `I -`, `II -`', () => {
  const text = [
    'LEI Nº 15.321, DE 9 DE ABRIL DE 2031',
    'Art. 1º Esta Lei dispõe sobre a proteção de nascentes localizadas em áreas urbanas.',
    'Art. 2º Para os fins desta Lei, considera-se:',
    'I - nascente: afloramento natural do lençol freático que apresenta perenidade;',
    'II - área urbana consolidada: aquela definida em lei municipal.',
    'Art. 3º Esta Lei entra em vigor na data de sua publicação.',
  ].join('\n')
  const {document} = fromText(text, {language: 'pt'})

  it('reads three articles and the items of the second, their dash part of their number', () => {
    expect(eIds(document)).toEqual(['art_1', 'art_2', 'art_2__para_I', 'art_2__para_II', 'art_3'])
    expect(all(document, 'num').map((node) => String(node.value).trim())).toEqual([
      'Art. 1º',
      'Art. 2º',
      'I -',
      'II -',
      'Art. 3º',
    ])
    expect(textOf(document, 'art_2__para_I')).toBe(
      'nascente: afloramento natural do lençol freático que apresenta perenidade;',
    )
  })
})

describe('a Brazilian law: the paragraphs of an article, `§ 1º`, `§ 2º` and `Parágrafo único.`', () => {
  // As the Planalto's pages print them, one line each, and as a PDF extraction gives them, single-spaced.
  const lines = [
    'LEI Nº 15.402, DE 10 DE ABRIL DE 2031',
    'Art. 1º Os órgãos ambientais deverão manter cadastro das áreas úmidas.',
    '§ 1º O cadastro será público e atualizado anualmente.',
    '§ 2º Regulamento disporá sobre a forma do cadastro.',
    'Art. 2º As multas previstas nesta Lei serão aplicadas em dobro nos casos de reincidência.',
    'Parágrafo único. Considera-se reincidência a prática de nova infração no prazo de 5 (cinco) anos.',
    'Art. 3º Esta Lei entra em vigor na data de sua publicação.',
  ]

  for (const layout of ['web', 'single-spaced'] as const) {
    it(`reads them as the paragraphs of their article (${layout}), the article's first sentence its intro`, () => {
      const {document} = fromText(lines.join('\n'), {language: 'pt', layout})
      expect(eIds(document)).toEqual([
        'art_1',
        'art_1__para_1',
        'art_1__para_2',
        'art_2',
        'art_2__para_1',
        'art_3',
      ])
      expect(all(document, 'num').map((node) => String(node.value).trim())).toEqual([
        'Art. 1º',
        '§ 1º',
        '§ 2º',
        'Art. 2º',
        'Parágrafo único.',
        'Art. 3º',
      ])
      expect(textOf(document, 'art_1__para_2')).toBe('Regulamento disporá sobre a forma do cadastro.')
      expect(all(document, 'intro').map((node) => plainText(node as never))).toEqual([
        'Os órgãos ambientais deverão manter cadastro das áreas úmidas.',
        'As multas previstas nesta Lei serão aplicadas em dobro nos casos de reincidência.',
      ])
    })
  }

  it('leaves `§` a unit of German statutes (`§ 1 Geltungsbereich`)', () => {
    const {document} = fromText(
      ['§ 1 Geltungsbereich', '', 'Dieses Gesetz gilt für alle Gewässer.'].join('\n'),
      {
        language: 'de',
      },
    )
    expect(eIds(document)).toEqual(['art_1'])
  })
})

describe('a Russian government decree: date and number line, points `а)`, `б)`', () => {
  const text = [
    'ПРАВИТЕЛЬСТВО РОССИЙСКОЙ ФЕДЕРАЦИИ',
    'ПОСТАНОВЛЕНИЕ',
    'от 14 марта 2031 г. № 412',
    'МОСКВА',
    'О порядке ведения реестра особо охраняемых природных территорий',
    'Правительство Российской Федерации постановляет:',
    '1. Утвердить прилагаемые Правила ведения реестра особо охраняемых природных территорий.',
    '2. Министерству природных ресурсов и экологии Российской Федерации:',
    'а) обеспечить ведение реестра в электронной форме;',
    'б) ежегодно, до 1 марта, представлять доклад о состоянии реестра.',
    '3. Настоящее постановление вступает в силу с 1 сентября 2031 г.',
  ].join('\n')
  const {document} = fromText(text)

  it('dates and numbers the decree from its line and makes а), б) the points of paragraph 2', () => {
    expect(document.meta.language).toBe('ru')
    expect(document.meta.frbr.date).toBe('2031-03-14')
    expect(document.meta.frbr.number).toBe('412')
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'para_1',
      'para_2',
      'para_2__list_1__point_а',
      'para_2__list_1__point_б',
      'para_3',
    ])
    expect(textOf(document, 'para_2__list_1__point_а')).toBe(
      'обеспечить ведение реестра в электронной форме;',
    )
  })
})

describe('a French décret as pdftotext extracts it from a PDF (LibreOffice, A4)', () => {
  // The décret above, in full, converted by `soffice --convert-to pdf` and read by `pdftotext`:
  // its number line wraps the title (`… des réserves naturelles` / `régionales`).
  const {document} = fromText(read('decret-pdftotext.fr.txt'))

  it('keeps the title whole after the number, and the articles and points as on the web', () => {
    // The title line prints the number and date: the whole line is the title, the number in it.
    expect(all(document, 'docNumber').map((node) => plainText(node as never))).toEqual(['2031-412'])
    expect(all(document, 'docTitle').map((node) => plainText(node as never))).toEqual([
      'Décret n° 2031-412 du 14 mars 2031 relatif à la gestion des réserves naturelles régionales',
    ])
    expect(all(document, 'recital')).toHaveLength(5)
    expect(eIds(document).filter((eId) => !eId.includes('__'))).toEqual(['art_1', 'art_2', 'art_3'])
    expect(eIds(document).filter((eId) => eId.includes('point'))).toHaveLength(3)
    expect(textOf(document, 'art_2')).toBe(
      'Le présent décret entre en vigueur le premier jour du troisième mois suivant sa publication.',
    )
  })

  it('ends the last article at `Fait le 14 mars 2031.`: the closing and signatures are the conclusions, and date it', () => {
    expect(textOf(document, 'art_3')).toBe(
      "Le ministre de la transition écologique est chargé de l'exécution du présent décret, qui sera publié au Journal officiel de la République française.",
    )
    // pdftotext prints no blank line: each line of the closing and the signatures is a paragraph of
    // its own (the lines mark paragraphs), as on the page.
    expect(all(document, 'conclusions').map((node) => plainText(node as never))).toEqual([
      'Fait le 14 mars 2031.\nPar le Premier ministre :\nJean Dupont\nLe ministre de la transition écologique,\nMarie Martin',
    ])
    expect(document.meta.frbr.date).toBe('2031-03-14')
  })
})

describe('`Fait le` that opens no dated closing', () => {
  it('keeps `Fait le point sur …` an operative paragraph, and the paragraphs after it', () => {
    const text = [
      'Le Conseil,',
      '',
      '1. Fait le point sur la mise en œuvre de sa décision ;',
      '',
      '2. Décide de poursuivre ses travaux.',
    ].join('\n')
    const {document} = fromText(text, {language: 'fr'})
    expect(eIds(document).filter((eId) => eId.startsWith('para_'))).toEqual(['para_1', 'para_2'])
    expect(all(document, 'conclusions')).toHaveLength(0)
  })
})

describe('acts of French administrations: an authority in lower case, a council’s dated deliberation', () => {
  it('reads a prefect’s title above the citations as the formula', () => {
    const {document} = fromText(
      [
        'Arrêté n° 2031-12 portant organisation du service',
        'Le préfet de la région,',
        'Vu le code de l’environnement ;',
        'Arrête :',
        'Article 1er',
        'Le service est organisé comme suit.',
        'Fait à Lyon, le 3 mars 2031.',
      ].join('\n\n'),
      {language: 'fr'},
    )
    const formulas = all(document, 'formula').map((node) => plainText(node as never))
    expect(formulas).toEqual(['Le préfet de la région,', 'Arrête :'])
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__formula_2',
      'art_1',
    ])
  })

  it('keeps a lower-case opening before no citation a recital, not a formula', () => {
    const {document} = fromText(
      [
        'Le Conseil municipal,',
        'Vu le code,',
        'Le contexte a changé,',
        'DÉCIDE :',
        'Article 1',
        'Le tarif est fixé.',
      ].join('\n\n'),
      {language: 'fr'},
    )
    expect(all(document, 'formula').map((node) => plainText(node as never))).toEqual([
      'Le Conseil municipal,',
      'DÉCIDE :',
    ])
  })

  it('reads `Fait et délibéré le …` as the closing that dates the deliberation', () => {
    const {document} = fromText(
      [
        'DÉLIBÉRATION N° 2031-45',
        'Le Conseil municipal,',
        'Vu le code général des collectivités territoriales,',
        'DÉCIDE :',
        'Article 1: Les tarifs sont fixés comme suit.',
        'Article 2 : Le maire est chargé de l’exécution de la présente délibération.',
        'Fait et délibéré le 3 mars 2031.',
      ].join('\n\n'),
      {language: 'fr'},
    )
    expect(document.meta.frbr.date).toBe('2031-03-03')
    // The colon after the number, with or without a space before it, is the label's.
    expect(textOf(document, 'art_1')).toBe('Les tarifs sont fixés comme suit.')
    expect(textOf(document, 'art_2')).toBe('Le maire est chargé de l’exécution de la présente délibération.')
    const conclusions = document.children.find((node) => node.type === 'conclusions')
    expect(conclusions && plainText(conclusions)).toBe('Fait et délibéré le 3 mars 2031.')
  })
})

describe('an Italian law as the Official Journal prints it: number line, title, promulgation, `Art. 1.`', () => {
  const text = [
    'LEGGE 3 marzo 2031, n. 45',
    'Disposizioni per la tutela del paesaggio.',
    'La Camera dei deputati ed il Senato della Repubblica hanno approvato;',
    'IL PRESIDENTE DELLA REPUBBLICA',
    'Promulga',
    'la seguente legge:',
    'Art. 1.',
    '(Finalità)',
    '1. La presente legge tutela il paesaggio.',
    '2. Le regioni attuano le disposizioni della presente legge.',
    'Data a Roma, addì 3 marzo 2031',
  ].join('\n\n')
  const {document} = fromText(text, {language: 'it'})

  it('reads the number line, the title under it and the promulgation as the formula', () => {
    expect(document.meta.frbr.number).toBe('45')
    // The form of the number line is the Italian Republic's: the act's country.
    expect(document.meta.frbr.country).toBe('it')
    expect(plainText(all(document, 'docNumber')[0] as never)).toBe('LEGGE 3 marzo 2031, n. 45')
    expect(plainText(all(document, 'docTitle')[0] as never)).toBe('Disposizioni per la tutela del paesaggio.')
    expect(all(document, 'formula').map((node) => plainText(node as never).replace(/\s+/g, ' '))).toEqual([
      'La Camera dei deputati ed il Senato della Repubblica hanno approvato; IL PRESIDENTE DELLA REPUBBLICA Promulga la seguente legge:',
    ])
    expect(document.meta.frbr.date).toBe('2031-03-03')
  })

  it('reads the article with its heading and its numbered paragraphs', () => {
    expect(eIds(document)).toEqual(['preamble__formula_1', 'art_1', 'art_1__para_1', 'art_1__para_2'])
  })
})

describe('articles numbered in words: `Artículo primero.`, `Articolo unico`, `Artigo único`', () => {
  it('numbers a Spanish order’s articles by their figures, the words kept in the number', () => {
    const text = [
      'Orden APA/412/2031, de 14 de marzo, por la que se regula el registro de humedales',
      'Artículo primero. Objeto.',
      'La presente orden tiene por objeto regular el registro de humedales.',
      'Artículo segundo. Ámbito de aplicación.',
      'Esta orden se aplica a todos los humedales del territorio nacional.',
      'Artículo vigésimo primero. Entrada en vigor.',
      'La presente orden entrará en vigor el día siguiente al de su publicación.',
    ].join('\n')
    const {document} = fromText(text)
    expect(eIds(document)).toEqual(['art_1', 'art_2', 'art_21'])
    expect(all(document, 'num').map((node) => String(node.value))).toEqual([
      'Artículo primero.',
      'Artículo segundo.',
      'Artículo vigésimo primero.',
    ])
    expect(all(document, 'heading').map((node) => plainText(node as never))).toEqual([
      'Objeto.',
      'Ámbito de aplicación.',
      'Entrada en vigor.',
    ])
  })

  it('numbers the sole article of an Italian or a Portuguese act as article 1', () => {
    const italian = [
      'LEGGE 14 marzo 2031, n. 46',
      'Modifica alla disciplina delle zone umide.',
      'La Camera dei deputati ed il Senato della Repubblica hanno approvato;',
      'IL PRESIDENTE DELLA REPUBBLICA',
      'Promulga',
      'la seguente legge:',
      'Articolo unico',
      '1. All’articolo 2 della legge 3 marzo 2031, n. 45, le parole «sei mesi» sono sostituite dalle seguenti: «un anno».',
    ].join('\n')
    const {document} = fromText(italian)
    expect(eIds(document).filter((eId) => eId.startsWith('art_'))).toEqual(['art_1', 'art_1__para_1'])
    expect(String(all(document, 'num')[0]?.value)).toBe('Articolo unico')
    const portuguese = fromText(
      [
        'Artigo único',
        'É aprovado o regulamento do registo das zonas húmidas, anexo ao presente decreto.',
      ].join('\n'),
      {language: 'pt'},
    ).document
    expect(eIds(portuguese)).toEqual(['art_1'])
  })
})

describe('official journals’ print lines at a page’s foot: a web address, an act’s code, an ISSN', () => {
  // The Diário da República prints its address at each page's foot and a code under each act; the
  // Bundesgesetzblatt its ISSN at the last page's foot.
  const decree = [
    'Decreto-Lei n.º 31/2031',
    'Aprova o regime da certificação energética dos edifícios.',
    'Assim:',
    'Nos termos da alínea a) do n.º 1 do artigo 198.º da Constituição, o Governo decreta o seguinte:',
    'Artigo 1.º',
    'Objeto',
    'O presente decreto-lei aprova o regime da certificação energética dos edifícios.',
    'Artigo 2.º',
    'Entrada em vigor',
    'O presente decreto-lei entra em vigor no dia seguinte ao da sua publicação.',
    'Visto e aprovado em Conselho de Ministros de 20 de fevereiro de 2031. — O Primeiro-Ministro.',
  ]

  it('takes the code and the address out of a PDF page’s foot', () => {
    const text = [...decree, '318843210', 'www.dre.pt', ''].join('\n')
    const {document, diagnostics} = fromText(text, {language: 'pt'})
    expect(furniture(diagnostics)).toEqual(['318843210\nwww.dre.pt'])
    expect(plainText(document)).not.toMatch(/318843210|www\.dre\.pt/)
    expect(eIds(document)).toContain('art_2')
  })

  it('takes the code out of the end of web text', () => {
    const {document, diagnostics} = fromText([...decree, '319012345'].join('\n'), {
      language: 'pt',
      layout: 'web',
    })
    expect(furniture(diagnostics)).toEqual(['319012345'])
    expect(plainText(document)).not.toContain('319012345')
  })

  it('keeps a web address that the line above introduces', () => {
    const text = [...decree.slice(0, -1), 'O regime é publicado em:', 'https://www.example.pt/regime'].join(
      '\n',
    )
    const {document, diagnostics} = fromText(text, {language: 'pt'})
    expect(furniture(diagnostics)).toEqual([])
    expect(plainText(document)).toContain('https://www.example.pt/regime')
  })

  it('takes the ISSN out of a German federal gazette’s last page', () => {
    const text = [
      'Verordnung zur Änderung der Trinkwasserverordnung',
      'Vom 10. März 2031',
      'Auf Grund des § 38 des Infektionsschutzgesetzes verordnet das Bundesministerium für Gesundheit:',
      'Artikel 1',
      'Die Trinkwasserverordnung wird wie folgt geändert: Absatz 3 wird aufgehoben.',
      'Artikel 2',
      'Diese Verordnung tritt am Tag nach der Verkündung in Kraft.',
      'Bonn, den 10. März 2031',
      '',
      'ISSN 1864-1822',
      '\f',
    ].join('\n')
    const {document, diagnostics} = fromText(text, {language: 'de'})
    expect(furniture(diagnostics)).toEqual(['ISSN 1864-1822'])
    expect(plainText(document)).not.toContain('ISSN')
  })
})

describe('a monarch’s law: the promulgation over the preamble and under the articles', () => {
  // Belgian and Luxembourgish laws open with the monarch's formula, cite what the law rests on, enact
  // it with a verb in the first person plural, and close with the order to publish it, its place and
  // date and the signatures.
  const belgian = [
    '3 MARS 2031. — Loi modifiant la loi relative aux bibliothèques publiques',
    'PHILIPPE, Roi des Belges,',
    'A tous, présents et à venir, Salut.',
    'La Chambre des représentants a adopté et Nous sanctionnons ce qui suit :',
    'Article 1er. La présente loi règle une matière visée à l’article 74 de la Constitution.',
    'Art. 2. La présente loi entre en vigueur le jour de sa publication au Moniteur belge.',
    'Promulguons la présente loi, ordonnons qu’elle soit revêtue du sceau de l’Etat et publiée par le Moniteur belge.',
    'Donné à Bruxelles, le 3 mars 2031.',
    'PHILIPPE',
    'Par le Roi :',
    'La Ministre de la Culture,',
  ]
  const luxembourgish = [
    'Loi du 3 mars 2031 portant modification de la loi relative aux bibliothèques publiques.',
    'Nous Jean, Grand-Duc de Luxembourg, Duc de Nassau,',
    'Notre Conseil d’État entendu ;',
    'De l’assentiment de la Chambre des Députés ;',
    'Vu la décision de la Chambre des Députés du 10 février 2031 portant qu’il n’y a pas lieu à second vote ;',
    'Avons ordonné et ordonnons :',
    'Art. 1er.',
    'La loi relative aux bibliothèques publiques est modifiée comme suit.',
    'Art. 2.',
    'La présente loi entre en vigueur le jour de sa publication.',
    'Mandons et ordonnons que la présente loi soit insérée au Journal officiel pour être exécutée et observée par tous ceux que la chose concerne.',
    'Palais de Luxembourg, le 3 mars 2031.',
  ]

  it.each([
    ['Belgian', belgian, [belgian[1]! + ' ' + belgian[2]!, belgian[3]!], 0, belgian[6]!],
    ['Luxembourgish', luxembourgish, [luxembourgish[1]!, luxembourgish[5]!], 3, luxembourgish[10]!],
  ])(
    'reads the %s formulas in the preamble and the promulgation in the conclusions',
    (_, lines, formulas, recitals, closing) => {
      for (const text of [lines.join('\n'), lines.join('\n\n')]) {
        const {document} = fromText(text, {language: 'fr'})
        expect(all(document, 'formula').map((node) => plainText(node as never).replace(/\s+/g, ' '))).toEqual(
          formulas.map((formula) => formula.replace(/\s+/g, ' ')),
        )
        expect(all(document, 'recital')).toHaveLength(recitals)
        expect(eIds(document).filter((eId) => eId.startsWith('art_'))).toEqual(['art_1', 'art_2'])
        expect(textOf(document, 'art_2')).not.toContain('ordonnons')
        const conclusions = document.children.find((node) => node.type === 'conclusions')
        expect(plainText(conclusions as never)).toContain(closing)
      }
    },
  )
})
