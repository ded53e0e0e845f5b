import type {Profile} from '../profile.js'
import {frenchNumbers} from './number-words.js'
import {phrases} from './phrases.js'

/**
 * French: OSCE decisions (`DÉCISION Nº 7/17`, `Le Conseil ministériel,`), UN-style resolutions and
 * decisions (UNESCO, the General Assembly), EU acts (`Vu…`, `considérant ce qui suit:`, `A ADOPTÉ LE
 * PRÉSENT RÈGLEMENT:`) and decrees (`Décrète :`).
 *
 * @example fr.recitalOpeners?.includes('Rappelant') // true
 */
export const fr: Profile = {
  language: 'fr',
  // The commonest words French has and the other profiles' languages lack (`par`, `dont`, `ont`,
  // `qu'`): a text of a few lines has enough of them to be told from Italian, whose `le` and `un`
  // French shares.
  stopWords: phrases(
    `le | les | des | du | et | à | au | aux | une | pour | dans | sur | qui | est | ne | pas | ce | sont |
    leur | cette | ces | été | être | avec | ou | par | dont | ont | qu | ses | sa | nous | vous | leurs |
    ceux | sans | sous | vers | lors | afin | selon | ainsi | doit`,
  ),
  superscripts: ['o', 'os', 'er', 're', 'e', 'ème', 'es'],
  documentNumber: [
    /^(?=\p{Lu})D[ÉE]CISION N[o°º]?\.? ?(\d{1,4}[/-]\d{1,4})/iu,
    /^(?=\p{Lu})R[ÉE]SOLUTION N?[o°º]?\.? ?(\d{1,4}[/-]\d{1,4})/iu,
    // A conference of the parties' decision: `Décision 1/CP.35`, `Décision 15/4` (no `n°`).
    /^(?=\p{Lu})D[ÉE]CISION (\d{1,4}\/(?:\d{1,4}|(?:CP|CMP|CMA)\.\d{1,3}))(?![\p{N}/])/iu,
    // A Security Council resolution's number and year: `Résolution 2999 (2031)`.
    /^R[ée]solution (\d{1,5} \(\d{4}\))/u,
    // The acts of French-speaking councils and administrations: `Délibération n° 2025-14`, `Arrêté n° 12/2024`.
    /^(?=\p{Lu})(?:D[ÉE]LIB[ÉE]RATION|ARR[ÊE]T[ÉE]|D[ÉE]CRET|AVIS|RECOMMANDATION) N[o°º]?\.? ?(\d{1,4}[/-]\d{1,4})/iu,
    /^(\d{1,3}\/\d{1,4}(?: [A-Z])?)\. /u,
    // The Assemblée nationale's and the Sénat's adopted texts, numbered in one series a session
    // (`TEXTE ADOPTÉ n° 212`).
    /^TEXTE ADOPT[ÉE] N[o°º]\.? ?(\d{1,5})$/iu,
    // A proposal's print, numbered alone at the head of its cover (`N° 1234` over `ASSEMBLÉE
    // NATIONALE`, `PROPOSITION DE RÉSOLUTION`).
    /^N[°º] ?(\d{1,5})$/u,
  ],
  meetingDay: /^(\S{1,30} jour) de la (.{1,120})$/u,
  journal:
    /^([A-Z]{1,6}\(\d{1,3}\)),? journal n[o°º]?\.? ?(\d{1,4}),? point (\d{1,4}) de l[’']ordre du jour/u,
  dayOrdinals: [['premier', 'première'], ['deuxième', 'second', 'seconde'], ['troisième']],
  bodies: [
    {
      formula: 'Le Conseil ministériel',
      country: 'osce',
      subtype: 'decision',
      eId: 'osce-mc',
      href: '/ontology/organization/osce/ministerialCouncil',
      showAs: 'Conseil ministériel de l’OSCE',
      symbolPrefix: 'MC.DEC/',
    },
    {
      formula: 'Le Conseil permanent',
      country: 'osce',
      subtype: 'decision',
      eId: 'osce-pc',
      href: '/ontology/organization/osce/permanentCouncil',
      showAs: 'Conseil permanent de l’OSCE',
      symbolPrefix: 'PC.DEC/',
    },
    {
      formula: 'L’Assemblée générale',
      country: 'un',
      subtype: 'resolution',
      eId: 'un-ga',
      href: '/ontology/organization/un/generalAssembly',
      showAs: 'Assemblée générale des Nations Unies',
      symbolPrefix: 'A/RES/',
    },
    {
      formula: 'Le Conseil de sécurité',
      country: 'un',
      subtype: 'resolution',
      eId: 'un-sc',
      href: '/ontology/organization/un/securityCouncil',
      showAs: 'Conseil de sécurité des Nations Unies',
      symbolPrefix: 'S/RES/',
    },
  ],
  formulaQualifiers: phrases(
    'réunie en | réuni en | réunie à | réuni à | en sa | en vertu de | en vertu du | en vertu des | aux termes de | aux termes du | conformément à | conformément au | conformément aux | agissant en vertu | sur la base de',
  ),
  formulaPronouns: ['Nous, ', 'NOUS, '],
  // The authorities that sign arrêtés (`Le ministre de l'économie et des finances,`).
  formulaOffices: phrases(
    "ministre | ministre délégué | ministre déléguée | garde des sceaux | secrétaire d’État | secrétaire d'État | préfet | préfète | haut-commissaire | maire | recteur | rectrice",
  ),
  formulaArticles: ['Le ', 'La ', 'L’', "L'", 'Les ', 'LE ', 'LA ', 'LES '],
  recitalOpeners: phrases(`
    Réaffirmant | Rappelant | Profondément | Consterné | Consternés | Consternée | Conscient | Conscients |
    Consciente | Considérant | Reconnaissant | Louant | Soulignant | Craignant | Prenant | Exprimant |
    Réitérant | Notant | Ayant | Alarmé | Alarmés | Alarmée | Préoccupé | Préoccupés | Préoccupée |
    Gravement | Convaincu | Convaincus | Convaincue | Accueillant | Saluant | Se félicitant | Tenant |
    Guidé | Guidés | Guidée | Résolu | Résolus | Résolue | Déterminé | Déterminés | Déterminée |
    Constatant | Insistant | Sachant | Affirmant | Confirmant | Désireux | Désireuse | Estimant |
    Attachant | Partageant | Vu | Vus | Vue | Considérant ce qui suit | Sur la proposition | Sur le rapport |
    Après consultation | Agissant | Constatant | Déplorant | Encouragé | Encouragée | Fermement |
    Vivement | Sérieusement | Persuadé | Persuadée | Inquiet | Inquiète | Soucieux | Soucieuse |
    Rappelant également | Notant également | Réaffirmant également | Convoquée | Convoqué | Après avoir`),
  recitalEndings: phrases('ant'),
  operativeVerbs: phrases(`
    Décide | Demande | Encourage | Charge | Invite | Prie | Engage | Exhorte | Recommande | Adopte |
    Approuve | Appelle | Souligne | Réaffirme | Salue | Condamne | Prend note | Prend acte | Prend |
    Se félicite | Se déclare | Accueille | Reconnaît | Reconnait | Rappelle | Exprime | Note | Insiste |
    Déplore | Exige | Autorise | Affirme | Déclare | Lance un appel | Réitère | Appuie | Soutient |
    Intègre | En appelle | Constate | Considère | Estime | Remercie | Félicite | Entérine |
    Fait siennes | Fait sienne | Proclame | Renouvelle | Désigne | Élit | Nomme | Proroge | Prolonge |
    Accepte | Confirme | Convient | Mandate | Rend hommage | Regrette | Établit | Crée | Ouvre |
    Ouvre la voie | Attend avec intérêt | Se réjouit | Se dit | Demeure | Réaffirment | Décidons |
    Nous réaffirmons | Nous reconnaissons | Nous décidons | Nous nous engageons | Arrête | Décrète |
    Supprimer | Remplacer | Insérer | Ajouter | Modifier | Renuméroter`),
  adverbs: phrases(`
    Également | En outre | Aussi | De nouveau | Une fois encore | Encore | Vivement | Fermement |
    Instamment | Enfin | Par ailleurs | De plus | Résolument | Solennellement`),
  // The ILO's formula ends so, after its recitals: `adopte, ce … jour de juin …, la convention ci-après, …`.
  enactingOpeners: ['adopte, ce'],
  enactingTerms: phrases(`
    a adopté le présent règlement | a adopté la présente décision | a adopté la présente directive |
    ont adopté le présent règlement | ont adopté la présente décision | ont adopté la présente directive |
    décide ce qui suit | décident ce qui suit | arrête | arrêtent | décrète | décrètent | édicte | édictent |
    sont convenus de ce qui suit | est convenu de ce qui suit | a adopté la résolution suivante |
    promulgue la loi dont la teneur suit | promulgue la loi organique dont la teneur suit |
    a adopté la résolution dont la teneur suit | a adopté la proposition de loi dont la teneur suit |
    a adopté le projet de loi dont la teneur suit | sanctionnons ce qui suit | avons ordonné et ordonnons |
    ordonnons`),
  // A monarch's promulgation of a law, above its preamble: the Belgian King's (`PHILIPPE, Roi des
  // Belges,` / `A tous, présents et à venir, Salut.`) and the Grand Duke's (`Nous Henri, Grand-Duc de
  // Luxembourg, Duc de Nassau,`).
  promulgation: [
    /^\p{Lu}{3,20}(?:[ -]\p{Lu}{2,20})?, (?:Roi|Reine) des Belges(?:,|$)/u,
    /^[AÀ] tous,? présents et à venir,? salut\.?$/iu,
    /^Nous \p{Lu}\p{Ll}{1,20}(?:[ -]\p{Lu}\p{Ll}{1,20})?, Grande?-Duc(?:hesse)? de Luxembourg\b/u,
  ],
  hierarchyWords: [
    {word: 'Article', name: 'article'},
    {word: 'Art.', name: 'article'},
    {word: 'Chapitre', name: 'chapter'},
    {word: 'Partie', name: 'part'},
    {word: 'Section', name: 'section'},
    {word: 'Titre', name: 'title'},
  ],
  // The date line under an EU act's title (`du 21 janvier 2031`, `du 1er mars 2031`).
  actDateLines: [/^du \d{1,2}(?:er)? \p{Ll}{3,9} \d{4}$/u],
  adoptionLines: [
    /^\d{1,4}e (?:\(reprise\) )?(?:séance plénière|séance)\b/iu,
    // In brackets too, as a line under the title: `(Adoptée par le Comité des Ministres le 3 mars 2031 …)`.
    /^\(?Adoptée? (?:par [^,]{1,120} )?(?:à|lors de) (?:sa|la) \d{1,5}e séance\b/iu,
    /^\(?Adoptée? (?:à l’unanimité |à l'unanimité )?(?:par [^,]{1,120} )?le \d{1,2}(?:er)? [a-zéû]{3,9} \d{4}\b/iu,
    /^(?:Résolution|Décision) adoptée par (?:l[ae’'] ?)?[A-ZÉ][^,]{0,120}/u,
    // The dated closing of a French act, its signatures after it (`Fait le 3 mars 2031.`); with a
    // date only: `Fait le point sur …` opens an operative clause.
    /^Fait le (?:1er|\d{1,2}) [a-zéû]{3,9} \d{4}\b/iu,
    // A council's deliberation closes so: `Fait et délibéré le 3 mars 2031.`, `Délibéré en séance
    // publique, à Lyon, le 3 mars 2031.`
    /^(?:Fait et )?délibéré (?:en séance(?: publique)?,? )?(?:à [^,]{1,60},? )?le (?:1er|\d{1,2}) [a-zéû]{3,9} \d{4}\b/iu,
    // The meeting by its ordinal in words and its date (WHO): `Huitième séance plénière, 27 mai 2031`.
    /^\(?(?:\p{L}{3,9}-)?(?:\p{L}{2,10}ième|Première) séance(?: plénière)?, (?:1er|\d{1,2}) \p{Ll}{3,9} \d{4}\)?\.?$/u,
  ],
  // `Décret n° 2031-123 du 3 mars 2031 relatif à …`, `Arrêté du 12 avril 2031 portant …`, `LOI n°
  // 2031-45 du 20 janvier 2031 visant à …`, as the Journal officiel titles its acts.
  // The numbers of the Republic's acts are its own (`2031-123`, year and rank); acts without one may
  // be Belgian or Luxembourgish as well.
  actTitles: [
    {
      country: 'fr',
      pattern:
        /^(?:décret|arrêté|loi(?: organique)?|ordonnance) n[°o] ?(?<number>(?:19|20)\d{2}-\d{1,5}) du (?<date>(?:1er|\d{1,2}) \p{L}{3,9} \d{4})(?=[ ,.]|$)/iu,
    },
    {
      pattern:
        /^(?:décret|arrêté|loi(?: organique)?|ordonnance|décision|délibération)(?: n[°o] ?(?<number>\d{1,4}[-/]\d{1,5}))? du (?<date>(?:1er|\d{1,2}) \p{L}{3,9} \d{4})(?=[ ,.]|$)/iu,
    },
    // `Résolution du Parlement européen du 12 mars 2031 sur …`: the body, then the date of adoption.
    {
      pattern:
        /^(?:Résolution|Décision|Recommandation)(?: législative)? d(?:u|e la|e l[’']) ?(?:\p{L}{1,20} ){1,3}du (?<date>(?:1er|\d{1,2}) \p{Ll}{3,9} \d{4})(?=[ ,.]|$)/u,
    },
  ],
  partHeadings: {preamble: ['Préambule'], operative: ['Dispositif', 'Partie dispositive']},
  documentKinds: phrases(
    'Résolution | Décision | Déclaration | Recommandation | Règlement | Directive | Avis | Communiqué | Convention | Traité | Accord | Protocole | Charte | Pacte',
  ),
  // A monarch's promulgation under the articles (`Promulguons la présente loi, …`, `Mandons et
  // ordonnons que la présente loi soit insérée au Journal officiel …`) and its place and date
  // (`Donné à Bruxelles, le …`, `Palais de Luxembourg, le …`) close the act.
  closingOpeners: phrases(
    'Fait à | Adopté à | Adoptée à | En foi de quoi | Promulguons | Mandons et ordonnons | Donné à | Donnée à',
  ),
  attachments: [
    {startsWith: 'DÉCLARATION INTERPRÉTATIVE', name: 'interpretativeStatement'},
    {startsWith: 'DÉCLARATION', name: 'statement'},
    {startsWith: 'ANNEXE', name: 'annex'},
    {startsWith: 'APPENDICE', name: 'appendix'},
  ],
  delegationPrefixes: ['Faite par la ', 'Faite par le ', 'Faite par les ', 'Faite par l’', "Faite par l'"],
  delegationConnectors: ['de la ', 'de l’', "de l'", 'des ', 'du ', 'd’', "d'", 'de '],
  journalCitations: ['JO'],
  // The line under an EU act's title that says it applies in the European Economic Area too.
  scopeNotes: ["Texte présentant de l'intérêt pour l'EEE"],
  corrigendumOpeners: ['Comprend une correction', 'Comprend des corrections', 'Comprend les corrections'],
  linguisticConformity: ['conformité linguistique'],
  months: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  numberWords: frenchNumbers,
  pageFurniture: [
    /^(?:Page|PAGE) \d{1,4}$/u,
    /^Page \d{1,4} (?:sur|de) \d{1,4}$/iu,
    /^Original ?: ?[A-ZÉ]{2,20}$/u,
    // The running head of an annex's pages under the symbol: `Annexe, page 3`, `Appendice 2, page 1`.
    /^(?:Annexe|ANNEXE|Appendice|APPENDICE)(?: [IVX\d]{1,4})?, page \d{1,4}$/u,
  ],
  hyphenPrefixes: [
    'anti',
    'arrière',
    'avant',
    'bien',
    'demi',
    'ex',
    'extra',
    'grand',
    'hors',
    'mi',
    'mini',
    'multi',
    'non',
    'pluri',
    'porte',
    'quasi',
    'semi',
    'sous',
    'vice',
    'lui',
    'elle',
    'eux',
    'elles',
    'nous',
    'vous',
    'moi',
    'soi',
  ],
  hyphenSuffixes: [
    'ci',
    'là',
    'même',
    'mêmes',
    'delà',
    'dessus',
    'dessous',
    'être',
    'unis',
    'clés',
    'clé',
    't',
    'il',
    'elle',
    'on',
  ],
}
