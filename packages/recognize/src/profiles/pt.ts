import type {Profile} from '../profile.js'
import {phrases} from './phrases.js'

/**
 * Portuguese: resolutions of the UN and the OAS (`A Assembleia Geral,`, `TENDO VISTO…`,
 * `CONSIDERANDO:`, `RESOLVE:`), EU acts (`Tendo em conta…`, `ADOTOU O PRESENTE REGULAMENTO:`) and
 * parliamentary resolutions (`A Assembleia da República resolve…`).
 *
 * @example pt.operativeVerbs?.includes('Solicita') // true
 */
export const pt: Profile = {
  language: 'pt',
  stopWords: phrases(
    'o | os | as | do | da | dos | das | e | em | no | na | nos | nas | com | uma | um | ao | aos | à | é | seu | sua | suas | seus | pela | pelo | não | são',
  ),
  superscripts: phrases('o | a | os | as'),
  documentNumber: [
    /^(?=\p{Lu})DECIS[ÃA]O N[º°o]?\.? ?(\d{1,4}\/\d{1,4})/iu,
    /^(?=\p{Lu})RESOLU[ÇC][ÃA]O N?[º°o]?\.? ?(\d{1,4}\/\d{1,4})/iu,
    // A Security Council resolution's number and year: `Resolução 2999 (2031)`.
    /^Resolu[çc][ãa]o (\d{1,5} \(\d{4}\))/u,
    /^(\d{1,3}\/\d{1,4}(?: [A-Z])?)\. /u,
    // Mercosur's bodies number their decisions, resolutions and directives so: `MERCOSUL/CMC/DEC. Nº 07/31`.
    /^MERCOSU[LR]\/(?:CMC|GMC|CCM)\/(?:DEC|RES|DIR)\.? N[º°o]\.? ?(\d{1,3}\/\d{2,4})/u,
    // A parliament's act: `Resolução da Assembleia da República n.º 45/2031`, `Lei n.º 12/2024`.
    /^(?=\p{Lu})(?:RESOLU[ÇC][ÃA]O|LEI|DECRETO) [\p{L} -]{0,120}?N\.?[º°] ?(\d{1,5}\/\d{4})/iu,
    // A Brazilian federal act: `LEI Nº 15.321, DE 14 DE MARÇO DE 2031`, `DECRETO Nº 11.870, DE …`.
    // The whole line is the number and the date: the title (its `ementa`) is the next block.
    /^(?=\p{Lu})(?:LEI(?: COMPLEMENTAR)?|DECRETO(?:-LEI)?|MEDIDA PROVIS[ÓO]RIA) N[º°]\.? ?(\d{1,3}(?:\.\d{3})*), DE \d{1,2}º? DE \p{L}{4,9} DE \d{4}$/iu,
  ],
  // Portugal's acts: `Lei n.º 12/2031, de 14 de março`, `Decreto-Lei n.º 45/2031, de 3 de abril` (the
  // date leaves its year to the number); Brazil's: `LEI Nº 15.321, DE 14 DE MARÇO DE 2031`. Printed
  // alone, the line is the number line, the title (`Aprova …`, the `ementa`) under it.
  actTitles: [
    {
      country: 'pt',
      pattern:
        /^(?:Lei(?: Orgânica)?|Decreto-Lei|Decreto Regulamentar|Decreto Legislativo Regional|Decreto|Portaria|Despacho Normativo|Resolução da Assembleia da República|Resolução do Conselho de Ministros) n\.º (?<number>\d{1,5}(?:-[A-Z])?\/(?<year>\d{4})(?:\/[AM])?),? de (?<date>\d{1,2}(?:\.º)? de [a-zç]{4,9})(?=[,.]|$)/u,
    },
    {
      country: 'br',
      pattern:
        /^(?:LEI(?: COMPLEMENTAR)?|DECRETO(?:-LEI)?|MEDIDA PROVIS[ÓO]RIA) N[º°]\.? ?(?<number>\d{1,3}(?:\.\d{3})*), DE (?<date>\d{1,2}º? DE \p{L}{4,9} DE \d{4})$/iu,
    },
  ],
  bodies: [
    {
      formula: 'A Assembleia Geral',
      country: 'un',
      subtype: 'resolution',
      eId: 'un-ga',
      href: '/ontology/organization/un/generalAssembly',
      showAs: 'Assembleia Geral das Nações Unidas',
      symbolPrefix: 'A/RES/',
    },
    {
      formula: 'O Conselho de Segurança',
      country: 'un',
      subtype: 'resolution',
      eId: 'un-sc',
      href: '/ontology/organization/un/securityCouncil',
      showAs: 'Conselho de Segurança das Nações Unidas',
      symbolPrefix: 'S/RES/',
    },
  ],
  formulaQualifiers: phrases(
    'reunida em | reunido em | nos termos de | nos termos do | nos termos da | nos termos dos | nos termos das | ao abrigo de | ao abrigo do | ao abrigo da | em virtude de | em conformidade com',
  ),
  formulaPronouns: ['Nós, ', 'NÓS, '],
  formulaArticles: ['O ', 'A ', 'Os ', 'As '],
  recitalOpeners: phrases(`
    Recordando | Reafirmando | Reconhecendo | Tendo presente | Tendo em conta | Tendo em vista |
    Tendo visto | Tendo examinado | Tendo | Tomando nota | Observando | Destacando | Sublinhando |
    Salientando | Expressando | Acolhendo | Saudando | Profundamente | Gravemente | Seriamente |
    Preocupada | Preocupado | Alarmada | Alarmado | Consciente | Conscientes | Ciente | Convencida |
    Convencido | Decidida | Decidido | Determinada | Determinado | Guiada | Guiado | Considerando |
    Levando em conta | Levando em consideração | Afirmando | Reiterando | Deplorando | Lembrando |
    Notando | Agindo | Determinando | Desejosa | Desejoso | Que`),
  recitalEndings: phrases('ando | endo | indo'),
  operativeVerbs: phrases(`
    Decide | Solicita | Pede | Insta | Exorta | Convida | Encoraja | Incentiva | Acolhe | Saúda |
    Toma nota | Reconhece | Reafirma | Expressa | Manifesta | Observa | Sublinha | Salienta | Destaca |
    Condena | Deplora | Exige | Aprova | Recomenda | Encarrega | Autoriza | Afirma | Declara | Apela |
    Resolve | Considera | Lamenta | Recorda | Reitera | Apoia | Enfatiza | Proclama | Estabelece |
    Designa | Elege | Prorroga | Agradece | Felicita | Presta homenagem | Confirma | Adota | Adopta |
    Renova | Aprovar | Encarregar | Autorizar | Determinar | Modificar | Revogar | Dar assentimento`),
  adverbs: phrases(
    'Também | Além disso | Igualmente | Novamente | Mais uma vez | Veementemente | Firmemente',
  ),
  enactingTerms: phrases(`
    resolve | resolvem | decreta | decretam | decide | decidem | aprova | determina |
    adotou o presente regulamento | adotou a presente decisão | adotou a presente diretiva |
    adotaram o presente regulamento | adotaram a presente decisão | adotaram a presente diretiva |
    adoptou o presente regulamento | adoptou a presente decisão | acordaram no seguinte |
    sanciono a seguinte lei | promulgo a seguinte lei | decreta a seguinte lei | o seguinte`),
  hierarchyWords: [
    {word: 'Artigo', name: 'article'},
    {word: 'Art.', name: 'article'},
    {word: 'Capítulo', name: 'chapter'},
    {word: 'Parte', name: 'part'},
    {word: 'Secção', name: 'section'},
    {word: 'Seção', name: 'section'},
    {word: 'Título', name: 'title'},
  ],
  // The paragraphs of an article in Brazilian and Portuguese acts: `§ 1º`, `§ 10.`, `Parágrafo único.`
  paragraphWords: ['§', 'Parágrafo'],
  // The date line under an EU act's title (`de 21 de janeiro de 2031`).
  actDateLines: [/^de \d{1,2} de \p{Ll}{4,9} de \d{4}$/u],
  adoptionLines: [
    /^\d{1,4}\.?[ªa] sessão plenária\b/iu,
    // A Security Council resolution's line under its number: `Adotada pelo Conselho de Segurança na sua
    // 9876.ª sessão, em 12 de dezembro de 2031`.
    /^\(?Adotad[ao] (?:pel[ao] [^,]{1,120} )?na sua \d{1,5}\.?[ªa] sessão\b/iu,
    /^\(?Aprovad[ao] na [a-záéíóúâêô]{3,12} sessão plenária\b/iu,
    /^(?:Resolução|Decisão) (?:adotada|aprovada) pel[ao] [A-ZÁÉ][^,]{0,120}/u,
    // An act's place and date of signature: `Brasília, 14 de março de 2031; 210º da Independência …`.
    /^\p{Lu}[\p{L} ]{1,40}, (?:em )?\d{1,2}º? de \p{Ll}{4,9} de \d{4}\b/u,
    // The parliament's approval under a Portuguese law or resolution: `Aprovada em 20 de fevereiro de 2031.`
    /^Aprovad[ao] em \d{1,2} de \p{Ll}{4,9} de \d{4}\.?$/u,
    // The meeting line under a Mercosur decision: `LXV CMC – Montevidéu, 5/XII/31.`
    /^[IVXLC]{1,9} (?:CMC|GMC|CCM) ?[–-] /u,
  ],
  partHeadings: {preamble: ['Preâmbulo'], operative: ['Parte dispositiva', 'Dispositivo']},
  documentKinds: phrases(
    'Resolução | Decisão | Declaração | Recomendação | Regulamento | Diretiva | Parecer | Comunicado | Convenção | Tratado | Acordo | Protocolo | Carta | Pacto',
  ),
  // A Portuguese act's closing lines, under its last article: the Council of Ministers' approval
  // (`Visto e aprovado em Conselho de Ministros de …`), the President's promulgation (`Promulgado em
  // …`, `Publique-se.`) and the Prime Minister's countersignature (`Referendado em …`).
  // The lines of the Diário da República's page over an act (`Sumário: Aprova …`, `Publicação: Diário da
  // República n.º 52/2031, …`), the summary its title.
  pageLabels: [
    'Sumário',
    'Publicação',
    'Emissor',
    'Entidade',
    'Tipo de Diploma',
    'Número',
    'Data de Publicação',
    'Páginas',
    'ELI',
  ],
  titleLabels: ['Sumário'],
  closingOpeners: phrases(`
    Feito em | Feita em | Dado em | Palácio de | Em fé do que | Em testemunho do que |
    Visto e aprovado em | Vista e aprovada em | Promulgado em | Promulgada em | Publique-se |
    Referendado em | Referendada em`),
  attachments: [
    {startsWith: 'DECLARAÇÃO INTERPRETATIVA', name: 'interpretativeStatement'},
    {startsWith: 'DECLARAÇÃO', name: 'statement'},
    {startsWith: 'ANEXO', name: 'annex'},
    {startsWith: 'APÊNDICE', name: 'appendix'},
  ],
  delegationPrefixes: ['Feita pela ', 'Feita pelo ', 'Pela ', 'Pelo '],
  delegationConnectors: ['da ', 'do ', 'dos ', 'das ', 'de '],
  journalCitations: ['JO'],
  // The line under an EU act's title that says it applies in the European Economic Area too.
  scopeNotes: ['Texto relevante para efeitos do EEE'],
  corrigendumOpeners: phrases('Inclui uma correção | Inclui correções'),
  linguisticConformity: phrases('conformidade linguística'),
  months: phrases(
    'janeiro | fevereiro | março | abril | maio | junho | julho | agosto | setembro | outubro | novembro | dezembro',
  ),
  pageFurniture: [
    /^(?:Página|PÁGINA) \d{1,4}$/u,
    /^Página \d{1,4} de \d{1,4}$/iu,
    /^Original ?: ?[A-Za-zçãéê]{2,20}$/iu,
  ],
  hyphenPrefixes: phrases(
    'anti | ex | não | pós | pré | pró | semi | sub | vice | extra | inter | multi | auto',
  ),
  hyphenSuffixes: phrases('se | lhe | lhes | o | a | os | as'),
}
