import {plainText} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {eIds, furniture, textOf} from './genre-support.js'
import {all} from './support.js'

// Probes of the genre (see genre-support.ts): acts of governments and ministers as their official
// journals print them (on the web, one paragraph a line, or from a PDF), written for these tests.
// Expectations worked out by hand from each text.

/** The text of a document's conclusions, or undefined. */
function conclusionsOf(document: ReturnType<typeof fromText>['document']): string | undefined {
  const conclusions = document.children.find((node) => node.type === 'conclusions')
  return conclusions && plainText(conclusions)
}

describe('the closing lines of a Portuguese decree-law: approval, promulgation, countersignature', () => {
  const text = [
    'Decreto-Lei n.º 12/2031, de 4 de abril',
    'Importa regular o acesso aos arquivos públicos.',
    'Assim:',
    'Nos termos da alínea a) do n.º 1 do artigo 198.º da Constituição, o Governo decreta o seguinte:',
    'Artigo 1.º',
    'Objeto',
    'O presente decreto-lei regula o acesso aos arquivos públicos.',
    'Artigo 2.º',
    'Entrada em vigor',
    'O presente decreto-lei entra em vigor no dia seguinte ao da sua publicação.',
    'Visto e aprovado em Conselho de Ministros de 2 de março de 2031. - Ana Silva - Rui Costa.',
    'Promulgado em 28 de março de 2031.',
    'Publique-se.',
    'O Presidente da República, João Sousa.',
    'Referendado em 30 de março de 2031.',
    'O Primeiro-Ministro, Ana Silva.',
  ].join('\n')
  const {document} = fromText(text)

  it('ends the last article at `Visto e aprovado em …`: the lines under it are the conclusions', () => {
    expect(eIds(document).filter((eId) => eId.startsWith('art_'))).toEqual(['art_1', 'art_2'])
    expect(textOf(document, 'art_2')).toBe(
      'Entrada em vigor\nO presente decreto-lei entra em vigor no dia seguinte ao da sua publicação.',
    )
    expect(conclusionsOf(document)?.split('\n')).toEqual(text.split('\n').slice(10))
    // The title's date is the act's; the Council's approval does not replace it.
    expect(document.meta.frbr.date).toBe('2031-04-04')
  })
})

describe('the place and date over an Italian minister’s signature, from a PDF', () => {
  // The Official Journal's page as pdftotext reads it: lines wrapped, no blank line between paragraphs.
  const text = [
    'DECRETO 3 marzo 2031, n. 12',
    'Disposizioni in materia di etichettatura',
    'dei prodotti alimentari.',
    '',
    'IL MINISTRO DELLE IMPRESE',
    'Visto il decreto legislativo 15 dicembre 2029, n. 231, recante disciplina sanzionatoria per la',
    'violazione delle disposizioni;',
    'Decreta:',
    'Art. 1.',
    'Ambito di applicazione',
    '1. Il presente decreto si applica ai prodotti confezionati nel territorio nazionale e a quelli',
    'importati da Paesi terzi.',
    '2. Il presente decreto entra in vigore il giorno successivo alla sua pubblicazione.',
    'Roma, 3 marzo 2031',
    'Il Ministro: Bianchi',
  ].join('\n')
  const {document} = fromText(text)

  it('ends the last article at `Roma, 3 marzo 2031`: it and the signature are the conclusions', () => {
    expect(eIds(document).filter((eId) => eId.startsWith('art_'))).toEqual([
      'art_1',
      'art_1__para_1',
      'art_1__para_2',
    ])
    expect(textOf(document, 'art_1__para_2')).toBe(
      'Il presente decreto entra in vigore il giorno successivo alla sua pubblicazione.',
    )
    expect(conclusionsOf(document)?.replace(/\s+/g, ' ')).toBe('Roma, 3 marzo 2031 Il Ministro: Bianchi')
    expect(document.meta.frbr.date).toBe('2031-03-03')
  })
})

describe('a Russian decree on the web: kind and issuer over the title, the signature block under the text', () => {
  const text = [
    'УКАЗ',
    'ПРЕЗИДЕНТА РОССИЙСКОЙ ФЕДЕРАЦИИ',
    'О мерах по развитию системы школьных библиотек',
    'В целях повышения доступности школьных библиотек п о с т а н о в л я ю:',
    '1. Правительству Российской Федерации утвердить программу развития школьных библиотек.',
    '2. Настоящий Указ вступает в силу со дня его подписания.',
    'Президент',
    'Российской Федерации',
    'И.Иванов',
    'Москва, Кремль',
    '3 мая 2031 года',
    '№ 117',
  ].join('\n')

  it('reads the line opening with `О` under the kind and the issuer in capitals as the title', () => {
    const {document} = fromText(text)
    expect(all(document, 'docTitle').map((node) => plainText(node as never))).toEqual([
      'О мерах по развитию системы школьных библиотек',
    ])
  })

  it('keeps the signature block, its short lines no site menu: the conclusions, dated and numbered', () => {
    for (const date of ['3 мая 2031 года', '3 мая 2031 г.']) {
      const {document, diagnostics} = fromText(text.replace('3 мая 2031 года', date))
      expect(furniture(diagnostics)).toEqual([])
      expect(eIds(document)).toEqual(['preamble__formula_1', 'para_1', 'para_2'])
      expect(conclusionsOf(document)?.split('\n')).toEqual(
        text.replace('3 мая 2031 года', date).split('\n').slice(6),
      )
      expect(document.meta.frbr.date).toBe('2031-05-03')
      expect(document.meta.frbr.number).toBe('117')
    }
  })
})

describe('a Russian government decree from a PDF: signature, then the rules it approves on a page of their own', () => {
  const text = [
    'ПРАВИТЕЛЬСТВО РОССИЙСКОЙ ФЕДЕРАЦИИ',
    '',
    'ПОСТАНОВЛЕНИЕ',
    'от 14 марта 2031 г. № 412',
    'МОСКВА',
    '',
    'Об утверждении Правил ведения реестра',
    'особо охраняемых природных территорий',
    '',
    'Правительство Российской Федерации п о с т а н о в л я е т :',
    '1. Утвердить прилагаемые Правила ведения реестра особо охраняемых',
    'природных территорий.',
    '2. Настоящее постановление вступает в силу с 1 сентября 2031 г.',
    '',
    'Председатель Правительства',
    'Российской Федерации',
    '',
    'И.Петров',
    '\fУТВЕРЖДЕНЫ',
    'постановлением Правительства',
    'Российской Федерации',
    'от 14 марта 2031 г. № 412',
    '',
    'ПРАВИЛА',
    'ведения реестра особо охраняемых природных территорий',
    '',
    '1. Настоящие Правила устанавливают порядок ведения реестра.',
    '2. Реестр ведется в электронной форме.',
    '',
  ].join('\n')
  const {document} = fromText(text)

  it('reads the title under the number and the place, not the issuer in capitals above them', () => {
    expect(document.meta.frbr.number).toBe('412')
    expect(all(document, 'docTitle').map((node) => plainText(node as never))).toEqual([
      'Об утверждении Правил ведения реестра особо охраняемых природных территорий',
      'ПРАВИЛА ведения реестра особо охраняемых природных территорий',
    ])
  })

  it('ends paragraph 2 at the signature, and opens the rules at `УТВЕРЖДЕНЫ`: an annex with its own points', () => {
    expect(textOf(document, 'para_2')).toBe('Настоящее постановление вступает в силу с 1 сентября 2031 г.')
    expect(conclusionsOf(document)?.replace(/\s+/g, ' ')).toBe(
      'Председатель Правительства Российской Федерации И.Петров',
    )
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'para_1',
      'para_2',
      'att_1__para_1',
      'att_1__para_2',
    ])
    const attachment = all(document, 'attachment')[0] as never as {name: string}
    expect(attachment.name).toBe('annex')
    const preface = (all(document, 'attachment')[0] as never as {children: {type: string}[]}).children[0]
    expect(
      plainText(preface as never)
        .split('\n')[0]
        ?.replace(/\s+/g, ' '),
    ).toBe('УТВЕРЖДЕНЫ постановлением Правительства Российской Федерации от 14 марта 2031 г. № 412')
  })

  it('reads the stamp and the title so on the web too, one line a paragraph', () => {
    // Web text prints no page break and no blank line: each line of the stamp is a paragraph of its own.
    const web = fromText(
      [
        'ПРАВИТЕЛЬСТВО РОССИЙСКОЙ ФЕДЕРАЦИИ',
        'ПОСТАНОВЛЕНИЕ',
        'от 14 марта 2031 г. № 412',
        'МОСКВА',
        'Об утверждении Правил ведения реестра особо охраняемых природных территорий',
        'Правительство Российской Федерации п о с т а н о в л я е т :',
        '1. Утвердить прилагаемые Правила ведения реестра особо охраняемых природных территорий.',
        '2. Настоящее постановление вступает в силу с 1 сентября 2031 г.',
        'Председатель Правительства',
        'Российской Федерации',
        'И.Петров',
        'УТВЕРЖДЕНЫ',
        'постановлением Правительства',
        'Российской Федерации',
        'от 14 марта 2031 г. № 412',
        'ПРАВИЛА',
        'ведения реестра особо охраняемых природных территорий',
        '1. Настоящие Правила устанавливают порядок ведения реестра.',
        '2. Реестр ведется в электронной форме.',
      ].join('\n'),
    )
    expect(
      all(web.document, 'docTitle')
        .map((node) => plainText(node as never))
        .at(-1)
        ?.replace(/\s+/g, ' '),
    ).toBe('ПРАВИЛА ведения реестра особо охраняемых природных территорий')
    expect(eIds(web.document).filter((eId) => eId.startsWith('att_'))).toEqual([
      'att_1__para_1',
      'att_1__para_2',
    ])
  })
})

describe('an Italian decree-law on Normattiva: `Emana` alone over `il seguente decreto-legge:`', () => {
  const text = [
    'DECRETO-LEGGE 3 marzo 2031, n. 12',
    'Misure urgenti in materia di protezione civile. (31G00012)',
    'IL PRESIDENTE DELLA REPUBBLICA',
    'Visti gli articoli 77 e 87 della Costituzione;',
    'Ritenuta la straordinaria necessità e urgenza di adottare misure in materia di protezione civile;',
    'Vista la deliberazione del Consiglio dei ministri, adottata nella riunione del 1° marzo 2031;',
    'Emana',
    'il seguente decreto-legge:',
    'Art. 1',
    'Disposizioni urgenti',
    '1. È autorizzata la spesa di 10 milioni di euro per l’anno 2031.',
    'Art. 2',
    'Entrata in vigore',
    '1. Il presente decreto entra in vigore il giorno stesso della sua pubblicazione.',
  ].join('\n')
  const {document} = fromText(text)

  it('reads the two lines as one enacting formula, the citations above it recitals', () => {
    expect(all(document, 'formula').map((node) => plainText(node as never).replace(/\s+/g, ' '))).toEqual([
      'IL PRESIDENTE DELLA REPUBBLICA',
      'Emana il seguente decreto-legge:',
    ])
    expect(all(document, 'recital')).toHaveLength(3)
    expect(eIds(document).filter((eId) => !eId.startsWith('preamble'))).toEqual([
      'art_1',
      'art_1__para_1',
      'art_2',
      'art_2__para_1',
    ])
  })
})

describe('an Italian minister’s decree from the Official Journal’s PDF page', () => {
  const text = [
    '14-3-2031',
    '',
    'GAZZETTA UFFICIALE DELLA REPUBBLICA ITALIANA',
    '',
    'Serie generale - n. 61',
    '',
    'MINISTERO DELL’AMBIENTE E DELLA',
    'SICUREZZA ENERGETICA',
    'DECRETO 3 marzo 2031.',
    'Disposizioni in materia di etichettatura',
    'degli integratori alimentari.',
    '',
    'IL MINISTRO DELL’AMBIENTE E DELLA',
    'SICUREZZA ENERGETICA',
    'Visto il decreto legislativo 21 maggio 2004, n. 169, recante attuazione della direttiva relativa',
    'agli integratori alimentari;',
    'Considerato che occorre aggiornare le indicazioni obbligatorie;',
    'Acquisita l’intesa della Conferenza permanente per i rapporti tra lo Stato, le regioni e le Province',
    'autonome nella seduta del 20 febbraio 2031;',
    'Decreta:',
    'Art. 1.',
    'Ambito di applicazione',
    '1. Il presente decreto si applica agli integratori alimentari confezionati nel territorio nazionale',
    'e a quelli importati.',
    'Roma, 3 marzo 2031',
    'Il Ministro: Rossi',
    'Registrato alla Corte dei conti il 28 marzo 2031',
  ].join('\n')
  const {document, diagnostics} = fromText(text)

  it('takes the journal’s running head out, and dates the decree by its `DECRETO` line', () => {
    expect(furniture(diagnostics).join('\n')).toContain('GAZZETTA UFFICIALE DELLA REPUBBLICA ITALIANA')
    expect(furniture(diagnostics).join('\n')).toContain('Serie generale - n. 61')
    expect(all(document, 'docTitle').map((node) => plainText(node as never).replace(/\s+/g, ' '))).toEqual([
      'Disposizioni in materia di etichettatura degli integratori alimentari.',
    ])
    // The registration with the Court of Auditors is no adoption: the decree is of its own date.
    expect(document.meta.frbr.date).toBe('2031-03-03')
  })

  it('reads the minister in capitals as the formula, each citation a recital of its own', () => {
    // The ministry's name is long and ends with no comma: the citation under it opens a recital.
    expect(all(document, 'formula').map((node) => plainText(node as never).replace(/\s+/g, ' '))).toEqual([
      'IL MINISTRO DELL’AMBIENTE E DELLA SICUREZZA ENERGETICA',
      'Decreta:',
    ])
    expect(
      all(document, 'recital').map((node) =>
        plainText(node as never)
          .replace(/\s+/g, ' ')
          .slice(0, 20),
      ),
    ).toEqual(['Visto il decreto leg', 'Considerato che occo', 'Acquisita l’intesa d'])
    expect(eIds(document).filter((eId) => !eId.startsWith('preamble'))).toEqual(['art_1', 'art_1__para_1'])
  })
})

describe('a Spanish royal decree as the BOE’s web page prints it: insertion number, section, ministry', () => {
  const text = [
    'BOLETÍN OFICIAL DEL ESTADO',
    'I. DISPOSICIONES GENERALES',
    'MINISTERIO DE CULTURA',
    '4312 Real Decreto 120/2031, de 4 de marzo, por el que se regula el registro de bibliotecas.',
    'La lectura pública es un servicio esencial.',
    'En su virtud, a propuesta del Ministro de Cultura, y previa deliberación del Consejo de Ministros,',
    'DISPONGO:',
    'Artículo 1. Objeto.',
    'Este real decreto regula el registro de bibliotecas.',
    'Disposición final primera. Modificación del Real Decreto 582/2029, de 2 de julio, por el que se aprueba el reglamento de los servicios de lectura pública y de las bibliotecas de titularidad estatal.',
    'El artículo 2 del Real Decreto 582/2029, de 2 de julio, queda suprimido.',
    'Disposición final segunda. Entrada en vigor.',
    'El presente real decreto entrará en vigor el día siguiente al de su publicación.',
    'Dado en Madrid, el 4 de marzo de 2031.',
  ].join('\n')
  const {document} = fromText(text)

  it('reads the title after the insertion number, which stays out of it, and its number and date', () => {
    expect(all(document, 'docTitle').map((node) => plainText(node as never))).toEqual([
      'Real Decreto 120/2031, de 4 de marzo, por el que se regula el registro de bibliotecas.',
    ])
    expect(document.meta.frbr.number).toBe('120/2031')
    expect(document.meta.frbr.date).toBe('2031-03-04')
    expect(all(document, 'recital')).toHaveLength(2)
  })

  it('reads a closing provision’s heading that names an act, however long, as its heading', () => {
    expect(textOf(document, 'art_final-primera')).toBe(
      'Modificación del Real Decreto 582/2029, de 2 de julio, por el que se aprueba el reglamento de los servicios de lectura pública y de las bibliotecas de titularidad estatal.\nEl artículo 2 del Real Decreto 582/2029, de 2 de julio, queda suprimido.',
    )
    const headings = all(document, 'heading').map((node) => plainText(node as never))
    expect(headings).toContain(
      'Modificación del Real Decreto 582/2029, de 2 de julio, por el que se aprueba el reglamento de los servicios de lectura pública y de las bibliotecas de titularidad estatal.',
    )
  })
})

describe('a French arrêté of two ministers on Légifrance: their offices whole, parts `I. -`', () => {
  const text = [
    'Arrêté du 3 mars 2031 relatif aux modalités de déclaration des prélèvements d’eau',
    'La ministre de l’agriculture et de la souveraineté alimentaire et le ministre de la transition écologique, de la biodiversité, de la forêt, de la mer et de la pêche,',
    'Vu le code de l’environnement, notamment son article L. 214-1 ;',
    'Vu le code rural et de la pêche maritime,',
    'Arrêtent :',
    'Article 1',
    'I. - La déclaration comporte :',
    '1° L’identité du préleveur ;',
    '2° Les volumes prélevés.',
    'II.- La déclaration est transmise au préfet avant le 31 janvier.',
    'Article 2',
    'Le présent arrêté sera publié au Journal officiel de la République française.',
    'Fait le 3 mars 2031.',
  ].join('\n')
  const {document} = fromText(text)

  it('reads the ministers’ offices, however long, as the formula above the citations', () => {
    expect(all(document, 'formula').map((node) => plainText(node as never))).toEqual([
      text.split('\n')[1],
      'Arrêtent :',
    ])
    expect(all(document, 'recital')).toHaveLength(2)
  })

  it('keeps the dash after a part’s roman number in its number, out of its text', () => {
    const nums = all(document, 'num').map((node) => (node as never as {value: string}).value)
    expect(nums).toContain('I. -')
    expect(nums).toContain('II.-')
    expect(textOf(document, 'art_1__para_II')).toBe(
      'La déclaration est transmise au préfet avant le 31 janvier.',
    )
  })
})

describe('a German federal ordinance from the Federal Law Gazette’s PDF: date line, then the grounds and the enacting words', () => {
  const text = [
    'Verordnung',
    'zur Änderung der Badegewässerverordnung',
    'Vom 4. März 2031',
    'Auf Grund des § 12 Absatz 2 des Wasserhaushaltsgesetzes vom 31. Juli 2009 (BGBl. I S. 2585), der',
    'zuletzt durch Artikel 3 des Gesetzes vom 2. Mai 2029 geändert worden ist, verordnet das',
    'Bundesministerium für Umwelt:',
    '',
    'Artikel 1',
    'Änderung der Badegewässerverordnung',
    'In § 3 der Badegewässerverordnung wird das Wort „Messstelle“ durch das Wort „Probenahmestelle“',
    'ersetzt.',
    '',
    'Artikel 2',
    'Inkrafttreten',
    'Diese Verordnung tritt am Tag nach der Verkündung in Kraft.',
  ].join('\n')
  const {document} = fromText(text)

  it('reads `Vom …` as the date line of the title, and the sentence under it as the enacting formula', () => {
    expect(document.meta.language).toBe('de')
    expect(document.meta.frbr.date).toBe('2031-03-04')
    expect(all(document, 'formula').map((node) => plainText(node as never).replace(/\s+/g, ' '))).toEqual([
      'Auf Grund des § 12 Absatz 2 des Wasserhaushaltsgesetzes vom 31. Juli 2009 (BGBl. I S. 2585), der zuletzt durch Artikel 3 des Gesetzes vom 2. Mai 2029 geändert worden ist, verordnet das Bundesministerium für Umwelt:',
    ])
    expect(eIds(document)).toEqual(['preamble__formula_1', 'art_1', 'art_2'])
  })
})

describe('the metadata lines of the Diário da República’s page over an act: `Sumário: …`, `Publicação: …`', () => {
  const text = [
    'Decreto-Lei n.º 12/2031, de 4 de abril',
    'Sumário: Regula o acesso aos arquivos públicos.',
    'Publicação: Diário da República n.º 66/2031, Série I de 2031-04-04, páginas 3 - 7',
    'Emissor: Presidência do Conselho de Ministros',
    'Tipo de Diploma: Decreto-Lei',
    'Número: 12/2031',
    'Data de Publicação: 2031-04-04',
    'Importa regular o acesso aos arquivos públicos.',
    'Assim:',
    'Nos termos da alínea a) do n.º 1 do artigo 198.º da Constituição, o Governo decreta o seguinte:',
    'Artigo 1.º',
    'Objeto',
    'O presente decreto-lei regula o acesso aos arquivos públicos.',
  ].join('\n')
  const {document, diagnostics} = fromText(text)

  it('keeps them lines of the preface, no recitals nor a site menu, the summary the title', () => {
    expect(furniture(diagnostics)).toEqual([])
    const preface = document.children.find((node) => node.type === 'preface')
    expect(preface && plainText(preface).split('\n')).toEqual(text.split('\n').slice(0, 7))
    expect(all(document, 'docTitle').map((node) => plainText(node as never))).toEqual([
      'Regula o acesso aos arquivos públicos.',
    ])
    expect(all(document, 'recital').map((node) => plainText(node as never))[0]).toBe(
      'Importa regular o acesso aos arquivos públicos.',
    )
  })
})

describe('an African Union decision in French from a PDF: its title in capitals wrapped over two lines', () => {
  const text = [
    'Assembly/AU/Dec.901(XL)',
    'Page 1',
    '',
    'DÉCISION SUR LE RAPPORT DE LA COMMISSION SUR LA SÉCURITÉ ALIMENTAIRE',
    'ET LA NUTRITION EN AFRIQUE',
    'Doc. EX.CL/1601(XLVIII)',
    'La Conférence,',
    '1. PREND NOTE du rapport de la Commission sur la sécurité alimentaire et la nutrition en',
    'Afrique et des recommandations qui y figurent ;',
    '2. DEMANDE aux États membres d’accroître les investissements publics dans l’agriculture, conformément',
    'aux engagements de Malabo ;',
    '3. DEMANDE à la Commission de faire rapport à la Conférence, par l’intermédiaire du Conseil',
    'exécutif, sur la mise en œuvre de la présente décision.',
  ].join('\n')
  const {document} = fromText(text)

  it('reads both lines as the title, the report’s symbol under it no title', () => {
    expect(all(document, 'docTitle').map((node) => plainText(node as never).replace(/\s+/g, ' '))).toEqual([
      'DÉCISION SUR LE RAPPORT DE LA COMMISSION SUR LA SÉCURITÉ ALIMENTAIRE ET LA NUTRITION EN AFRIQUE',
    ])
    expect(eIds(document)).toEqual(['preamble__formula_1', 'para_1', 'para_2', 'para_3'])
  })
})

describe('a resolution of UNESCO’s General Conference on the web: `42 C/Resolution 31` over its title', () => {
  const text = [
    '45 C/Resolution 12',
    '12 Ocean literacy: follow-up to the Decade',
    'The General Conference,',
    'Recalling 44 C/Resolution 7, by which it launched the ocean literacy programme,',
    '1. Takes note of the progress made;',
    '2. Requests the Director-General to report to it at its 46th session.',
    '(Resolution adopted on the report of the SC Commission at the tenth plenary meeting, on 20 November 2031)',
  ].join('\n')
  const {document} = fromText(text)

  it('reads the first line as the symbol and number, the title without the number printed again', () => {
    expect(document.meta.frbr.country).toBe('unesco')
    expect(document.meta.frbr.number).toBe('45 C/Resolution 12')
    expect(all(document, 'docTitle').map((node) => plainText(node as never))).toEqual([
      'Ocean literacy: follow-up to the Decade',
    ])
    const preface = document.children.find((node) => node.type === 'preface')
    expect(preface && plainText(preface).split('\n')).toEqual(text.split('\n').slice(0, 2))
    expect(document.meta.frbr.date).toBe('2031-11-20')
  })
})

describe('a United Kingdom statutory instrument from a PDF: today’s enacting words, headings over regulations', () => {
  const text = [
    'STATUTORY INSTRUMENTS',
    '',
    '2031 No. 212',
    '',
    'The Water Abstraction (Records) (Amendment) Regulations 2031',
    '',
    'The Secretary of State makes these Regulations in exercise of the powers conferred by section 12 of the Water Act 2029.',
    '',
    'Citation and commencement',
    '1. These Regulations may be cited as the Water Abstraction (Records) (Amendment) Regulations 2031 and come',
    'into force on 1st June 2031.',
    '',
    'Amendment of the Water Abstraction (Records) Regulations 2030',
    '2.—(1) The Water Abstraction (Records) Regulations 2030 are amended as follows.',
    '(2) In regulation 4, for “30 days” substitute “60 days”.',
  ].join('\n')
  const {document} = fromText(text)

  it('reads `The Secretary of State makes these Regulations in exercise of …` as the enacting formula', () => {
    expect(all(document, 'formula').map((node) => plainText(node as never))).toEqual([text.split('\n')[6]])
  })

  it('keeps the heading over a regulation’s number out of it: regulations 1 and 2 are units', () => {
    expect(eIds(document).filter((eId) => eId.startsWith('para_'))).toEqual([
      'para_1',
      'para_2',
      'para_2__list_1__point_1',
      'para_2__list_1__point_2',
    ])
    expect(textOf(document, 'para_1')?.replace(/\s+/g, ' ')).toBe(
      'These Regulations may be cited as the Water Abstraction (Records) (Amendment) Regulations 2031 and come into force on 1st June 2031.',
    )
  })
})
