/**
 * The words page furniture is made of, per language: data, not code. A profile adds to it through
 * its `pageFurniture` patterns, which count both as furniture lines and as cover-block lines.
 *
 * Every pattern is anchored, sees one trimmed line (at most 300 characters) and has no nested
 * unbounded quantifier.
 */
export interface FurnitureWords {
  /**
   * Lines that mark a cover block (the symbol block at the top of a first page): the issuing body
   * alone on its line, the distribution and original-language lines, session and agenda item lines.
   * A block of lines holding one of them is furniture as a whole (a wrapped agenda title goes too).
   */
  cover: RegExp[]
  /** Lines that are furniture wherever they stand: "to the top" links, copyright, web-archive banners. */
  lines: RegExp[]
  /** Endings, in lower case, of short lines that are furniture: `all rights reserved`. */
  endings: string[]
  /**
   * Words after which a number is a reference, not a detached footnote marker (`paragraph 5 of`),
   * in lower case.
   */
  numberNouns: string[]
}

/** Lines of any language: the distribution and original-language lines of UN-system documents. */
const common: FurnitureWords = {
  // The Council of the EU gives the original language in brackets under the date: `(OR. en)`.
  // Its distribution marking stands alone on the cover, under the document's number: `LIMITE`.
  cover: [
    /^Distr\.:? ?\p{L}/u,
    /^Original ?: ?\p{L}/u,
    /^\(OR\. ?[a-z]{2}(?:, ?[a-z]{2}){0,5}\)$/u,
    /^LIMITE$/u,
    // Its interinstitutional file, under the number: the line's words, then the file's year, number
    // and procedure (`Interinstitutional File:` / `2031/0123(COD)`), on its line or the next.
    /^(?:Interinstitutional File|Dossier interinstitutionnel|Interinstitutionelles Dossier|Expediente interinstitucional|Fascicolo interistituzionale|Dossiê interinstitucional|Interinstitutioneel dossier) ?:(?: ?\d{4}\/\d{4} ?\([A-Z]{3}\))?$/u,
    /^\d{4}\/\d{4} ?\([A-Z]{3}\)$/u,
  ],
  lines: [
    // A copyright line: `©`, `(c) 2024`, or a capital `Copyright` with its sign or year, or alone;
    // never `copyright` or `Copyright Treaty` wrapped to a line start inside a sentence.
    /^(?:©|\([cC]\) ?\d{4}|(?:Copyright|COPYRIGHT)(?: ?(?:©|\([cC]\))| \d{4}\b|:?$))/u,
    // A navigation glyph alone: `<`, `>`, `×`, `▲`.
    /^[<>×|›‹☰≡▲▼△▽↑^]{1,3}$/u,
    // A journal's serial number, as its issues print it at a page's foot: `ISSN 1864-1822`.
    /^(?:e-)?ISSN:? ?\d{4}-\d{3}[\dX]$/u,
    // The end mark of WHO documents: `= = =`; of IMO's and others, asterisks (`***`, `* * *`); of
    // ICAO's, a word between dashes (`— END —`, `– FIN –`).
    /^=(?: {0,6}=){2,4}$/u,
    /^\*(?: {0,2}\*){2,4}$/u,
    /^[—–-] ?(?:END|FIN|ENDE|КОНЕЦ) ?[—–-]$/u,
    // The second line of the foot of a Council of the EU document, under its number: the directorate
    // (`GIP.B`, `LIFE.5`, `ECOMP.3.C`) or the distribution marking `LIMITE`, or both, then the
    // language code, after the annex's word on the annex's pages (`ANNEX GIP.B EN`, `LIMITE EN`);
    // `pdftotext -layout` sets the cells apart (`LIFE.5          EN`).
    /^(?:(?:ANNEX|ANNEXE|ANEXO|ANHANG|ALLEGATO|BIJLAGE)(?: [IVX]{1,5})? +)?(?:[A-Z]{2,6}(?:\.[A-Z0-9]{1,2}){1,3}(?: +LIMITE)?|LIMITE) +(?:BG|CS|DA|DE|EL|EN|ES|ET|FI|FR|GA|HR|HU|IT|LT|LV|MT|NL|PL|PT|RO|SK|SL|SV)$/u,
    // The running head of the EU's Official Journal, in its languages: its name alone, or the whole
    // head line (`L 123/2 EN Official Journal of the European Union 13.6.2031`).
    /^(?:(?:\d{1,2}\.\d{1,2}\.\d{4}|[LC] \d{1,4}\/\d{1,4}) [A-Z]{2} )?(?:Official Journal of the European Union|Journal officiel de l[’']Union européenne|Diario Oficial de la Unión Europea|Jornal Oficial da União Europeia|Amtsblatt der Europäischen Union|Gazzetta ufficiale dell[’']Unione europea)(?: (?:\d{1,2}\.\d{1,2}\.\d{4}|[LC] \d{1,4}\/\d{1,4}))?$/u,
  ],
  endings: [],
  numberNouns: [],
}

/**
 * The masthead of an official gazette or a parliament's bulletin, as it heads each page: the
 * gazette's name alone, or with its date (`MONITEUR BELGE — 14.03.2031 — BELGISCH STAATSBLAD`, which
 * the Belgian gazette prints in French and Dutch), its year (`Jahrgang 2031`) or its issue and page
 * (`Núm. 318 Pág. 14`). A gazette's name is written in capitals there; in a sentence it is not.
 */
const gazetteHeads =
  /^(?:(?:MONITEUR BELGE|BELGISCH STAATSBLAD)(?: [—–-] \d{1,2}\.\d{1,2}\.\d{4} [—–-] (?:MONITEUR BELGE|BELGISCH STAATSBLAD))?|BUNDESGESETZBLATT(?: FÜR DIE REPUBLIK ÖSTERREICH)?|FÜR DIE REPUBLIK ÖSTERREICH|Jahrgang \d{4}|BOLETÍN OFICIAL DE LAS CORTES GENERALES|BOLETÍN OFICIAL DEL ESTADO|Núm\. \d{1,4}(?: Pág\. \d{1,6})?|Pág\. \d{1,6})$/u

/**
 * A session line: `Eightieth session`, `Tenth emergency special session`, `Resumed seventy-ninth
 * session`, and in figures as the specialized agencies print it (`33rd session`, `41st Session`).
 */
const session = /^(?:\d{1,3}(?:st|nd|rd|th)|[\p{L}-]{3,30})(?: [\p{L}-]{3,30}){0,3} session$/iu

/** Built-in furniture words by language. */
export const furnitureWords: Readonly<Record<string, FurnitureWords>> = Object.freeze({
  en: {
    cover: [
      /^(?:United Nations|General Assembly|Security Council|Economic and Social Council)$/u,
      // The General Assembly's Main Committees, under the session line.
      /^(?:First|Second|Third|Fourth|Fifth|Sixth) Committee$/u,
      /^Agenda items? \d/u,
      /^Items? \d{1,4}(?:\.\d{1,3}){0,2}(?: \(\p{L}{1,3}\))? of the (?:provisional )?agenda/u,
      session,
    ],
    lines: [
      /^(?:[▲△↑^] ?)?(?:back to top|to the top|go to top|return to top|top)$/iu,
      /^You are viewing an archived web page\b/u,
      /^Loading media information\b/u,
      /^(?:Print|Share|E-?mail|Bookmark|Feedback|More)(?: +(?:Print|Share|E-?mail|Bookmark|Feedback|More)){1,6}$/iu,
      // A web page's foot: when it was updated, the site's legal links (`Legal notice - Privacy policy`).
      /^(?:Last updated|Page last updated|Last modified)(?: on)?:? \d{1,2} \p{L}{3,9} \d{4}$/u,
      /^(?:Legal notice|Privacy policy|Cookies policy|Accessibility|Contact)(?: [-–|•] (?:Legal notice|Privacy policy|Cookies policy|Accessibility|Contact)){1,4}$/u,
      // The U.S. Government Publishing Office's typesetting slug at a bill's foot, on one line or a
      // line a cell: its mark `Æ`, `VerDate Sep 11 2014`, the time and date, the jacket, page and
      // format numbers (`Jkt 059200`, `Frm 00001`), the file's path and name (`E:\BILLS\HR412.IH`, `HR412`).
      /^Æ$/u,
      /^VerDate [A-Z][a-z]{2} \d{1,2} \d{4}\b/u,
      /^\d{2}:\d{2} [A-Z][a-z]{2} \d{1,2}, \d{4}$/u,
      /^(?:Jkt|PO|Frm|Fmt|Sfmt) \d{4,6}(?: (?:Jkt|PO|Frm|Fmt|Sfmt) \d{4,6}){0,4}$/u,
      /^[A-Z]:\\[A-Z0-9]{1,20}(?:\\[A-Z0-9._-]{1,40}){1,4}$/u,
      /^(?:HR|HRES|HJRES|HCONRES|S|SRES|SJRES|SCONRES)\d{1,5}$/u,
    ],
    endings: ['all rights reserved'],
    numberNouns: [
      'paragraph',
      'paragraphs',
      'resolution',
      'resolutions',
      'decision',
      'decisions',
      'article',
      'articles',
      'chapter',
      'section',
      'annex',
      'item',
      'items',
      'rule',
      'rules',
      'part',
      'page',
      'pages',
      'volume',
      'table',
      'figure',
      'goal',
      'goals',
      'target',
      'targets',
      'principle',
      'recommendation',
      'recommendations',
      'session',
      'phase',
      'level',
      'category',
      'step',
      'option',
      'protocol',
      'appendix',
      'schedule',
    ],
  },
  fr: {
    cover: [
      /^(?:Nations Unies|Assemblée générale|Conseil de sécurité|Conseil économique et social)$/u,
      /^(?:Première|Deuxième|Troisième|Quatrième|Cinquième|Sixième) Commission$/u,
      // Numbered within a chapter too, as the WHO numbers its items: `Point 15.2 de l'ordre du jour`.
      /^Points? \d{1,4}(?:\.\d{1,3}){0,2}(?: ?\(?\p{L}{1,3}\))? de l[’'] ?ordre du jour/u,
      /^[\p{L}-]{3,30}(?: [\p{L}-]{3,30}){0,3} session$/iu,
      gazetteHeads,
    ],
    lines: [
      /^(?:[▲△↑^] ?)?(?:haut de (?:la )?page|retour en haut(?: de (?:la )?page)?|haut)$/iu,
      // The Moniteur belge's reference of a text, over its title: `[C − 2031/001842]`, `[2031/201234]`.
      /^\[(?:[A-Z] ?[−–—-] ?)?\d{4}\/\d{4,6}\]$/u,
      gazetteHeads,
    ],
    endings: ['tous droits réservés'],
    numberNouns: [
      'paragraphe',
      'paragraphes',
      'résolution',
      'résolutions',
      'décision',
      'décisions',
      'article',
      'articles',
      'chapitre',
      'section',
      'annexe',
      'point',
      'points',
      'règle',
      'partie',
      'page',
      'pages',
      'volume',
      'tableau',
      'figure',
      'objectif',
      'cible',
      'principe',
      'recommandation',
      'session',
      'phase',
      'niveau',
      'catégorie',
      'protocole',
      'appendice',
    ],
  },
  es: {
    cover: [
      /^(?:Naciones Unidas|Asamblea General|Consejo de Seguridad|Consejo Económico y Social)$/u,
      /^(?:Primera|Segunda|Tercera|Cuarta|Quinta|Sexta) Comisión$/u,
      // `Tema 12 del programa` (UN), `Punto 15.2 del orden del día` (WHO).
      /^(?:Temas?|Puntos?) \d{1,4}(?:\.\d{1,3}){0,2}(?: ?\(?\p{L}{1,3}\))? del (?:programa|orden del día)/u,
      /^[\p{L}-]{3,30}(?: [\p{L}-]{3,30}){0,3} período de sesiones$/iu,
      gazetteHeads,
    ],
    lines: [
      /^(?:[▲△↑^] ?)?(?:volver arriba|ir arriba|subir|arriba)$/iu,
      gazetteHeads,
      // The verification code a Spanish bulletin prints in its margin: `cve: BOE-A-2031-1234`.
      /^cve: [A-Z]{2,8}(?:-[A-Z0-9]{1,8}){1,5}$/u,
    ],
    endings: ['todos los derechos reservados'],
    numberNouns: [
      'párrafo',
      'párrafos',
      'resolución',
      'resoluciones',
      'decisión',
      'artículo',
      'artículos',
      'capítulo',
      'sección',
      'anexo',
      'tema',
      'regla',
      'parte',
      'página',
      'volumen',
      'cuadro',
      'figura',
      'objetivo',
      'meta',
      'principio',
      'recomendación',
      'período',
      'fase',
      'nivel',
      'categoría',
      'protocolo',
      'apéndice',
    ],
  },
  pt: {
    cover: [
      /^(?:Nações Unidas|Assembleia Geral|Conselho de Segurança|Conselho Económico e Social|Conselho Econômico e Social)$/u,
      /^(?:Primeira|Segunda|Terceira|Quarta|Quinta|Sexta) Comissão$/u,
      /^(?:Itens?|Pontos?) \d{1,4}(?:\.\d{1,3}){0,2}(?: \(\p{L}{1,3}\))? d[ao] (?:agenda|ordem do dia)/u,
      /^[\p{L}-]{3,30}(?: [\p{L}-]{3,30}){0,3} sessão$/iu,
    ],
    lines: [/^(?:[▲△↑^] ?)?(?:voltar ao topo|ir para o topo|topo|subir)$/iu],
    endings: ['todos os direitos reservados'],
    numberNouns: [
      'parágrafo',
      'resolução',
      'decisão',
      'artigo',
      'capítulo',
      'secção',
      'seção',
      'anexo',
      'item',
    ],
  },
  de: {
    cover: [
      /^(?:Vereinte Nationen|Generalversammlung|Sicherheitsrat|Wirtschafts- und Sozialrat)$/u,
      /^(?:Erster|Zweiter|Dritter|Vierter|Fünfter|Sechster) Ausschuss$/u,
      /^Tagesordnungspunkte? \d/u,
      /^[\p{L}-]{3,40} Tagung$/iu,
      gazetteHeads,
    ],
    lines: [/^(?:[▲△↑^] ?)?(?:nach oben|zum seitenanfang|seitenanfang)$/iu, gazetteHeads],
    endings: ['alle rechte vorbehalten'],
    numberNouns: [
      'absatz',
      'ziffer',
      'resolution',
      'beschluss',
      'artikel',
      'kapitel',
      'abschnitt',
      'anhang',
      'anlage',
    ],
  },
  it: {
    cover: [
      /^(?:Nazioni Unite|Assemblea generale|Consiglio di sicurezza|Consiglio economico e sociale)$/u,
      /^(?:Prima|Seconda|Terza|Quarta|Quinta|Sesta) Commissione$/u,
      /^Punt[oi] \d{1,4}(?:\.\d{1,3}){0,2}(?: \(\p{L}{1,3}\))? dell[’'] ?ordine del giorno/u,
      /^[\p{L}-]{3,40}(?: [\p{L}-]{3,30}){0,2} sessione$/iu,
    ],
    lines: [
      /^(?:[▲△↑^] ?)?(?:torna su|torna all['’]inizio|inizio pagina)$/iu,
      // The running head of the Italian Republic's Official Journal: its name, and its series and issue.
      /^GAZZETTA UFFICIALE DELLA REPUBBLICA ITALIANA$/u,
      /^Serie generale - n\. \d{1,3}$/u,
    ],
    endings: ['tutti i diritti riservati'],
    numberNouns: [
      'paragrafo',
      'risoluzione',
      'decisione',
      'articolo',
      'capitolo',
      'sezione',
      'allegato',
      'punto',
    ],
  },
  ru: {
    cover: [
      /^(?:Организация Объединенных Наций|Генеральная Ассамблея|Совет Безопасности)$/u,
      /^(?:Первый|Второй|Третий|Четв[её]ртый|Пятый|Шестой) комитет$/u,
      /^Пункт \d{1,4}(?: ?\(?\p{L}{1,3}\))? (?:предварительной )?повестки дня/u,
      /^[\p{L}-]{3,30}(?: [\p{L}-]{3,30}){0,2} сессия$/iu,
    ],
    lines: [/^(?:[▲△↑^] ?)?(?:наверх|вверх|в начало страницы)$/iu],
    endings: ['все права защищены'],
    numberNouns: [
      'пункт',
      'пункта',
      'резолюция',
      'резолюции',
      'решение',
      'статья',
      'статьи',
      'глава',
      'раздел',
      'приложение',
    ],
  },
})

/**
 * The furniture words of a language (`fr`, `en-GB`, …) with those of every language, plus a profile's
 * `pageFurniture` patterns as lines and cover lines. An unknown language gets the words of all.
 *
 * @example furnitureWordsOf('en', []).cover.length > 2 // true
 */
export function furnitureWordsOf(language: string, extra: readonly RegExp[]): FurnitureWords {
  const primary = language.toLowerCase().split('-')[0] ?? ''
  // Made once per language and profile patterns: a regular expression compiles on first use.
  let byLanguage = cache.get(extra)
  if (!byLanguage) {
    byLanguage = new Map()
    cache.set(extra, byLanguage)
  }
  let words = byLanguage.get(primary)
  if (!words) {
    words = make(primary, extra)
    byLanguage.set(primary, words)
  }
  return words
}

const cache = new WeakMap<readonly RegExp[], Map<string, FurnitureWords>>()

function make(primary: string, extra: readonly RegExp[]): FurnitureWords {
  const chosen = Object.hasOwn(furnitureWords, primary)
    ? [furnitureWords[primary]!]
    : Object.values(furnitureWords)
  const result: FurnitureWords = {
    cover: [...common.cover, ...extra],
    lines: [...common.lines, ...extra],
    endings: [],
    numberNouns: [],
  }
  for (const words of chosen) {
    result.cover.push(...words.cover)
    result.lines.push(...words.lines)
    result.endings.push(...words.endings)
    result.numberNouns.push(...words.numberNouns)
  }
  result.lines = combine(result.lines)
  return result
}

/**
 * Patterns with the same flags made one alternation, so that a line is tested once per set of
 * flags rather than once per pattern (every pattern is anchored: the alternation is too). Patterns
 * that cannot be combined (duplicate group names) stay apart.
 */
function combine(patterns: readonly RegExp[]): RegExp[] {
  const byFlags = new Map<string, RegExp[]>()
  for (const pattern of patterns) {
    const flags = pattern.flags.replace(/[gy]/g, '')
    const list = byFlags.get(flags)
    if (list) list.push(pattern)
    else byFlags.set(flags, [pattern])
  }
  const combined: RegExp[] = []
  for (const [flags, list] of byFlags) {
    try {
      combined.push(new RegExp(list.map((pattern) => `(?:${pattern.source})`).join('|'), flags))
    } catch {
      combined.push(...list)
    }
  }
  return combined
}
