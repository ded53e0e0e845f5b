import type {Profile} from '../profile.js'
import {phrases} from './phrases.js'

/**
 * Italian: resolutions of the UN (`Il Consiglio di sicurezza,`, `Ricordando…`), deliberations of
 * councils (`IL CONSIGLIO REGIONALE`, `VISTO…;`, `UDITO…;`, `PRENDE ATTO`, `DELIBERA`) and EU acts
 * (`visto…`, `considerando quanto segue:`, `HA ADOTTATO IL PRESENTE REGOLAMENTO:`).
 *
 * @example it.recitalOpeners?.includes('VISTO') // true
 */
export const it: Profile = {
  language: 'it',
  stopWords: phrases(
    'il | lo | gli | le | della | delle | dei | degli | del | e | che | di | per | una | un | al | alla | sono | è | nel | nella | dal | dalla | ai | alle | sue | suoi | quelle | non',
  ),
  superscripts: phrases('o | a'),
  documentNumber: [
    /^(?=\p{Lu})DELIBERAZIONE N\.? ?(\d{1,5}(?:\/\d{1,4})?)/iu,
    /^(?=\p{Lu})RISOLUZIONE N?\.? ?(\d{1,4}\/\d{1,4})/iu,
    /^(?=\p{Lu})DECISIONE N\.? ?(\d{1,4}\/\d{1,4})/iu,
    // A Security Council resolution's number and year: `Risoluzione 2999 (2031)`.
    /^Risoluzione (\d{1,5} \(\d{4}\))/u,
    // A General Assembly resolution's session and number before its title: `84/123. Cooperazione …`.
    /^(\d{1,3}\/\d{1,4}(?: [A-Z])?)\. /u,
    // The Senate's and the Chamber's acts of guidance, numbered by their kind's digit and a series of
    // five (`Mozione n. 1-00417`, `Risoluzione in commissione n. 7-00123`, `Atto n. 1-00417`; the
    // Chamber's pages print no `n.`: `Mozione 1-00287`).
    /^(?:Mozione|MOZIONE|Risoluzione in (?:Assemblea|assemblea|[Cc]ommissione)|Atto)(?: n\.)? ?(\d-\d{5})(?![\p{N}/-])/u,
  ],
  // The Official Journal's number line of a law or decree (`LEGGE 3 marzo 2031, n. 45`), the title under
  // it: the act's number and date, and its country (the form is the Italian Republic's).
  actTitles: [
    {
      country: 'it',
      pattern:
        /^(?=\p{Lu})(?:LEGGE(?: COSTITUZIONALE)?|DECRETO(?:-LEGGE| LEGISLATIVO| DEL PRESIDENTE DELLA REPUBBLICA| DEL PRESIDENTE DEL CONSIGLIO DEI MINISTRI)?) (?<date>\d{1,2}º? \p{L}{4,9} \d{4}), n\. ?(?<number>\d{1,5})$/iu,
    },
    // A minister's decree prints its kind and date alone (`DECRETO 11 marzo 2031.`), its subject under it.
    {
      country: 'it',
      pattern:
        /^(?:DECRETO|DECRETO MINISTERIALE|DECRETO INTERMINISTERIALE) (?<date>\d{1,2}º? \p{Ll}{4,9} \d{4})\.?$/u,
    },
  ],
  // The President's promulgation of a law, above its articles.
  promulgation: [
    /^La Camera dei deputati ed il Senato della Repubblica hanno approvato;?$/iu,
    /^IL PRESIDENTE DELLA REPUBBLICA$/u,
    /^Promulga$/iu,
    /^la seguente legge:$/iu,
  ],
  bodies: [
    {
      formula: 'Il Consiglio dei ministri',
      country: 'osce',
      subtype: 'decision',
      eId: 'osce-mc',
      href: '/ontology/organization/osce/ministerialCouncil',
      showAs: 'Consiglio dei ministri dell’OSCE',
      symbolPrefix: 'MC.DEC/',
    },
    {
      formula: 'Il Consiglio permanente',
      country: 'osce',
      subtype: 'decision',
      eId: 'osce-pc',
      href: '/ontology/organization/osce/permanentCouncil',
      showAs: 'Consiglio permanente dell’OSCE',
      symbolPrefix: 'PC.DEC/',
    },
    {
      formula: 'L’Assemblea generale',
      country: 'un',
      subtype: 'resolution',
      eId: 'un-ga',
      href: '/ontology/organization/un/generalAssembly',
      showAs: 'Assemblea generale delle Nazioni Unite',
      symbolPrefix: 'A/RES/',
    },
    {
      formula: 'Il Consiglio di sicurezza',
      country: 'un',
      subtype: 'resolution',
      eId: 'un-sc',
      href: '/ontology/organization/un/securityCouncil',
      showAs: 'Consiglio di sicurezza delle Nazioni Unite',
      symbolPrefix: 'S/RES/',
    },
  ],
  formulaQualifiers: phrases('riunita in | riunito in | ai sensi | a norma | in virtù | in conformità'),
  formulaPronouns: ['Noi, ', 'NOI, '],
  formulaArticles: [
    'Il ',
    'La ',
    'Lo ',
    'L’',
    "L'",
    'I ',
    'Gli ',
    'Le ',
    'IL ',
    'LA ',
    'LO ',
    'L’',
    'GLI ',
    'LE ',
  ],
  formulaEndings: [',', ':', ''],
  recitalOpeners: phrases(`
    Ricordando | Riaffermando | Riconoscendo | Tenendo presente | Tenendo conto | Prendendo atto |
    Osservando | Sottolineando | Evidenziando | Esprimendo | Accogliendo | Profondamente |
    Gravemente | Seriamente | Preoccupato | Preoccupata | Allarmato | Allarmata | Consapevole |
    Convinto | Convinta | Determinato | Determinata | Guidato | Guidata | Considerando |
    Visto | Vista | Visti | Viste | Udito | Uditi | Considerato | Considerati | Preso atto |
    Ritenuto | Richiamato | Richiamati | Atteso | Rilevato | Constatato | Sentito | Sentiti |
    Affermando | Reiterando | Deplorando | Agendo | Desideroso | Desiderosa | Premesso | Premessa |
    Tenuto conto | Dato atto | Evidenziato | Appreso | Valutato | Osservato | Acquisito | Acquisita |
    Acquisiti | Acquisite | Sentita | Udita | Ritenuta | Considerata | Rilevata | Accertato | Accertata |
    Sulla proposta | Su proposta`),
  recitalEndings: phrases('ando | endo'),
  operativeVerbs: phrases(`
    Decide | Chiede | Invita | Esorta | Sollecita | Incoraggia | Accoglie con favore | Accoglie |
    Prende atto | Riconosce | Riafferma | Esprime | Osserva | Sottolinea | Evidenzia | Condanna |
    Deplora | Esige | Approva | Raccomanda | Incarica | Autorizza | Afferma | Dichiara | Fa appello |
    Considera | Ricorda | Ribadisce | Sostiene | Delibera | Plaude | Stabilisce | Designa | Elegge |
    Proroga | Ringrazia | Conferma | Adotta | Rinnova | Dispone | Approvare | Di approvare |
    Di prendere atto | Di dare atto | Di incaricare | Impegna | Si impegna`),
  adverbs: phrases('Inoltre | Altresì | Anche | Nuovamente | Ancora una volta | Fermamente | Vivamente'),
  // `il seguente decreto-legge:` under `Emana` alone, as the Official Journal and Normattiva print a
  // decree's enacting words over two lines (`Emana` / `il seguente decreto-legge:`).
  enactingTerms: phrases(`
    delibera | deliberano | decide | decreta | emana | promulga | dispone |
    il seguente decreto-legge | il seguente decreto legislativo | il seguente decreto | il seguente regolamento |
    ha adottato il presente regolamento | ha adottato la presente decisione | ha adottato la presente direttiva |
    hanno adottato il presente regolamento | hanno adottato la presente decisione | hanno adottato la presente direttiva`),
  hierarchyWords: [
    {word: 'Articolo', name: 'article'},
    {word: 'Art.', name: 'article'},
    {word: 'Capo', name: 'chapter'},
    {word: 'Capitolo', name: 'chapter'},
    {word: 'Parte', name: 'part'},
    {word: 'Sezione', name: 'section'},
    {word: 'Titolo', name: 'title'},
  ],
  // The date line under an EU act's title (`del 21 gennaio 2031`).
  actDateLines: [/^del(?:l')? ?\d{1,2} \p{Ll}{4,9} \d{4}$/u],
  adoptionLines: [
    /^\d{1,4}\.?[ªa] seduta(?: plenaria)?\b/iu,
    // A Security Council resolution's line under its number: `Adottata dal Consiglio di sicurezza nella
    // sua 9876ª seduta, il 12 dicembre 2031`.
    /^\(?Adottat[ao] (?:da[l]{0,2}(?:la|l’|l')? ?[^,]{1,120} )?(?:nella|alla) sua \d{1,5}\.?[ªa] seduta\b/iu,
    // The date lines of the Senate's and the Chamber's acts of guidance: `Pubblicato il 14 marzo 2029,
    // nella seduta n. 212`, `Martedì 14 marzo 2029, seduta n. 212` (under `testo di`).
    /^Pubblicat[oa] il \d{1,2}º? \p{L}{4,9} \d{4}, nella seduta n\. ?\d{1,5}\b/u,
    /^(?:Lunedì|Martedì|Mercoledì|Giovedì|Venerdì|Sabato|Domenica) \d{1,2}º? \p{L}{4,9} \d{4}, seduta n\. ?\d{1,5}$/iu,
    // The Chamber's line of signatories under a motion: its number in brackets, the names in
    // guillemets (`(1-00287) «Ferranti, Rossi, Bianchi».`).
    /^\(\d-\d{5}\) «/u,
    /^(?:Risoluzione|Decisione) adottata da[l]{0,2}(?:la|l’|l')? ?[A-Z][^,]{0,120}/u,
    // An act's place and date of signature, alone on its line under the last article, over the
    // signature (`Roma, 11 marzo 2031`, `Dato a Roma, addì 11 marzo 2031` opens with `Dato a`).
    /^\p{Lu}[\p{L}’' ]{1,40}, (?:addì |lì )?\d{1,2}º? \p{Ll}{4,9} \d{4}\.?$/u,
  ],
  partHeadings: {preamble: ['Preambolo'], operative: ['Dispositivo']},
  documentKinds: phrases(
    'Risoluzione | Decisione | Deliberazione | Dichiarazione | Raccomandazione | Regolamento | Direttiva | Parere | Convenzione | Trattato | Accordo | Protocollo | Carta | Patto',
  ),
  closingOpeners: phrases('Fatto a | Dato a | In fede di che | In fede di ciò'),
  attachments: [
    {startsWith: 'DICHIARAZIONE INTERPRETATIVA', name: 'interpretativeStatement'},
    {startsWith: 'DICHIARAZIONE', name: 'statement'},
    {startsWith: 'ALLEGATO', name: 'annex'},
    {startsWith: 'SEGUE ALLEGATO', name: 'annex'},
    {startsWith: 'APPENDICE', name: 'appendix'},
  ],
  // `presentato da` is the line of who moves a motion, as the Chamber's pages print it (the names
  // on the line under it).
  delegationPrefixes: [
    'Resa dalla ',
    'Resa dal ',
    'Fatta dalla ',
    'Fatta dal ',
    'presentato da ',
    'presentata da ',
    'Presentato da ',
    'Presentata da ',
  ],
  delegationConnectors: ['della ', 'del ', 'dei ', 'di '],
  journalCitations: ['GU'],
  // The line under an EU act's title that says it applies in the European Economic Area too.
  scopeNotes: ['Testo rilevante ai fini del SEE'],
  corrigendumOpeners: phrases('Include una correzione | Include correzioni'),
  linguisticConformity: phrases('conformità linguistica'),
  months: phrases(
    'gennaio | febbraio | marzo | aprile | maggio | giugno | luglio | agosto | settembre | ottobre | novembre | dicembre',
  ),
  pageFurniture: [/^(?:Pagina|PAGINA) \d{1,4}$/u, /^Pagina \d{1,4} di \d{1,4}$/iu],
  hyphenPrefixes: phrases('anti | ex | non | post | pre | pro | semi | sub | vice | extra | inter | multi'),
  hyphenSuffixes: phrases(''),
}
