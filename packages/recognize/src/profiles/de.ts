import type {Profile} from '../profile.js'
import {phrases} from './phrases.js'

/**
 * German: resolutions of the UN (`Die Generalversammlung,`, `in Bekräftigung…`, `1. beschließt…`,
 * openers and verbs in lower case), OSCE decisions (`Der Ministerrat –`), decisions of parliaments
 * (`DER BUNDESRAT HAT BESCHLOSSEN:`) and EU acts (`gestützt auf…`, `HAT FOLGENDE VERORDNUNG
 * ERLASSEN:`). A date `3. März 2019` opening a line is a date, not paragraph 3.
 *
 * @example de.operativeVerbs?.includes('beschließt') // true
 */
export const de: Profile = {
  language: 'de',
  stopWords: phrases(
    'der | die | das | und | zu | den | des | von | mit | im | auf | dem | ist | nicht | ein | eine | für | sich | werden | wird | bei | über | nach | sowie',
  ),
  documentNumber: [
    /^BESCHLUSS Nr\. ?(\d{1,4}\/\d{1,4})/u,
    /^RESOLUTION (\d{1,3}\/\d{1,4})/u,
    // A Security Council resolution's number and year: `Resolution 2999 (2031)`.
    /^Resolution (\d{1,5} \(\d{4}\))/u,
    // A General Assembly resolution's session and number before its title: `84/123. Regionale …`.
    /^(\d{1,3}\/\d{1,4}(?: [A-Z])?)\. /u,
    // The Bundestag's and the Bundesrat's prints, numbered by the electoral term and a series
    // (`Deutscher Bundestag Drucksache 22/4817`, `Drucksache 22/4817`).
    /^(?:Deutscher Bundestag |Bundesrat )?Drucksache (\d{1,3}\/\d{1,6})(?![\p{N}/])/u,
  ],
  bodies: [
    {
      formula: 'Der Ministerrat',
      country: 'osce',
      subtype: 'decision',
      eId: 'osce-mc',
      href: '/ontology/organization/osce/ministerialCouncil',
      showAs: 'OSZE-Ministerrat',
      symbolPrefix: 'MC.DEC/',
    },
    {
      formula: 'Der Ständige Rat',
      country: 'osce',
      subtype: 'decision',
      eId: 'osce-pc',
      href: '/ontology/organization/osce/permanentCouncil',
      showAs: 'Ständiger Rat der OSZE',
      symbolPrefix: 'PC.DEC/',
    },
    {
      formula: 'Die Generalversammlung',
      country: 'un',
      subtype: 'resolution',
      eId: 'un-ga',
      href: '/ontology/organization/un/generalAssembly',
      showAs: 'Generalversammlung der Vereinten Nationen',
      symbolPrefix: 'A/RES/',
    },
    {
      formula: 'Der Sicherheitsrat',
      country: 'un',
      subtype: 'resolution',
      eId: 'un-sc',
      href: '/ontology/organization/un/securityCouncil',
      showAs: 'Sicherheitsrat der Vereinten Nationen',
      symbolPrefix: 'S/RES/',
    },
  ],
  formulaQualifiers: phrases('auf ihrer | auf seiner | gemäß | aufgrund | auf Grund | gestützt auf'),
  formulaPronouns: ['Wir, ', 'WIR, '],
  formulaArticles: ['Der ', 'Die ', 'Das ', 'DER ', 'DIE ', 'DAS '],
  formulaEndings: [',', ' –', ' —', ' -', ':'],
  lowerCaseClauses: true,
  recitalOpeners: phrases(`
    in Bekräftigung | unter Hinweis | unter Betonung | unter Berücksichtigung | in Anerkennung |
    in der Erkenntnis | in dem Bewusstsein | im Bewusstsein | zutiefst besorgt | tief besorgt |
    ernsthaft besorgt | besorgt | mit Besorgnis | mit Genugtuung | mit Befriedigung | feststellend |
    eingedenk | erneut erklärend | in Anbetracht | nach Behandlung | nach Prüfung | nach Erörterung |
    überzeugt | entschlossen | davon überzeugt | betonend | bekräftigend | in Kenntnis |
    im Hinblick | gestützt auf | in Erwägung | Kenntnis nehmend | mit dem Ausdruck | begrüßend |
    nach Stellungnahme | nach Einsicht | nach Anhörung | auf Vorschlag | nach Zuleitung | gemäß dem ordentlichen |
    anerkennend | unterstreichend | hervorhebend | erfreut | alarmiert | in Bestätigung |
    in Würdigung | geleitet | in der Überzeugung | in dem Wunsch | im Wunsch | mit Bedauern |
    feststellend | in Sorge | nach Anhörung | auf Vorschlag | in der Erwägung`),
  recitalEndings: phrases('end'),
  operativeVerbs: phrases(`
    beschließt | ersucht | fordert | bekräftigt | begrüßt | verurteilt | betont | unterstreicht |
    nimmt Kenntnis | nimmt | ermutigt | legt | bittet | empfiehlt | billigt | verlangt | erklärt |
    stellt fest | stellt | erkennt an | erkennt | anerkennt | würdigt | appelliert | genehmigt |
    bestätigt | dankt | bedauert | missbilligt | ruft | unterstützt | befürwortet | verabschiedet |
    ermächtigt | beauftragt | bestimmt | setzt | wiederholt | hebt hervor | äußert | bringt |
    beschliessen | beschließen | fordern | ersuchen`),
  adverbs: phrases(
    'ferner | außerdem | ausserdem | auch | erneut | nachdrücklich | eindringlich | abermals | sodann',
  ),
  enactingTerms: phrases(`
    hat beschlossen | haben beschlossen | beschließt | beschliesst | hat folgende verordnung erlassen |
    hat folgenden beschluss erlassen | hat folgende richtlinie erlassen | haben folgende verordnung erlassen |
    haben folgenden beschluss erlassen | haben folgende richtlinie erlassen | verordnet | verordnen |
    das folgende gesetz beschlossen | folgendes gesetz beschlossen | wolle beschließen | wolle beschliessen`),
  hierarchyWords: [
    {word: 'Artikel', name: 'article'},
    {word: 'Art.', name: 'article'},
    // The unit of German statutes and by-laws (`§ 1 Einrichtung`), an article in LegalDocML.de.
    {word: '§', name: 'article'},
    {word: 'Kapitel', name: 'chapter'},
    {word: 'Teil', name: 'part'},
    {word: 'Abschnitt', name: 'section'},
    {word: 'Titel', name: 'title'},
  ],
  // The date line under an EU act's title (`vom 21. Januar 2031`).
  // The date line under an EU act's title (`vom 21. Januar 2031`) and under a federal act's, as the
  // Federal Law Gazette prints it (`Vom 10. März 2031`).
  actDateLines: [/^[Vv]om \d{1,2}\. ?\p{Lu}\p{Ll}{2,8} \d{4}$/u],
  // A federal ordinance's enacting words, its grounds before them: `Auf Grund des § 38 … verordnet das
  // Bundesministerium für Gesundheit:`, `… verordnen das Bundesministerium … und das …:`.
  enactingClauses: [
    /^(?:Auf Grund|Aufgrund) (?:des|der|von|dieses|dieser) [^:]{1,380} (?:verordnet|verordnen|beschließt|beschließen|erlässt|erlassen) (?:das|die|der) [^:]{3,200}:$/u,
  ],
  adoptionLines: [
    /^\d{1,4}\. (?:Plenarsitzung|Sitzung)\b/u,
    /^(?:Verabschiedet|Angenommen) auf der \d{1,5}\. Sitzung\b/iu,
    /^(?:Resolution|Beschluss) (?:verabschiedet|angenommen) von (?:der |dem )?[A-ZÄÖÜ][^,]{0,120}/u,
    // The head of a translated resolution or decision: `Resolution der Generalversammlung, verabschiedet am 12. Dezember 2031`.
    /^(?:Resolution|Beschluss) (?:der|des) [A-ZÄÖÜ][^,]{0,120}, (?:verabschiedet|angenommen) am \d{1,2}\. ?\p{L}{3,9} \d{4}/u,
    // The date line under a German or Austrian act's title, as the gazette prints it: `Vom 3. März 2031`.
    /^Vom \d{1,2}\. ?\p{L}{3,9} \d{4}$/u,
    // The place and date over the movers' signature of a Bundestag motion: `Berlin, den 30. April 2029`.
    /^\p{Lu}\p{Ll}{1,30}(?: (?:am |an der )?\p{Lu}\p{Ll}{1,30})?, den \d{1,2}\. ?\p{L}{3,9} \d{4}$/u,
  ],
  partHeadings: {preamble: ['Präambel'], operative: ['Verfügender Teil']},
  // With a draft's kind in one word, as a draft's line ends (`…: Resolutionsentwurf`).
  documentKinds: phrases(
    'Antrag | Entschließung | Resolution | Beschluss | Erklärung | Empfehlung | Verordnung | Richtlinie | Stellungnahme | Gesetz | Bundesgesetz | Übereinkommen | Vertrag | Abkommen | Protokoll | Charta | Pakt | Resolutionsentwurf | Beschlussentwurf',
  ),
  closingOpeners: phrases('Geschehen zu | Geschehen in | Gegeben zu | Zu Urkund dessen'),
  attachments: [
    {startsWith: 'INTERPRETATIVE ERKLÄRUNG', name: 'interpretativeStatement'},
    {startsWith: 'ERKLÄRUNG', name: 'statement'},
    {startsWith: 'ANLAGE', name: 'annex'},
    {startsWith: 'ANHANG', name: 'annex'},
  ],
  // `der Abgeordneten …`, `der Fraktion …`: who moves a Bundestag motion, under `Antrag`.
  delegationPrefixes: [
    'Abgegeben von der ',
    'Abgegeben vom ',
    'Abgegeben von ',
    'der Abgeordneten ',
    'der Fraktion ',
    'der Fraktionen ',
  ],
  delegationConnectors: ['der ', 'des ', 'von '],
  journalCitations: ['ABl.'],
  // The line under an EU act's title that says it applies in the European Economic Area too.
  scopeNotes: ['Text von Bedeutung für den EWR'],
  corrigendumOpeners: phrases('Enthält eine Korrektur | Enthält Korrekturen'),
  linguisticConformity: phrases('sprachlichen Angleichung'),
  months: [
    ['januar', 'jänner'],
    ['februar', 'feber'],
    'märz',
    'april',
    'mai',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'dezember',
  ],
  pageFurniture: [/^(?:Seite|SEITE) \d{1,4}$/u, /^Seite \d{1,4} von \d{1,4}$/u],
  hyphenPrefixes: phrases(''),
  hyphenSuffixes: phrases('und | oder | bzw'),
}
