/**
 * A body that issues documents of the genre: recognised by its enacting formula, it gives the
 * document's FRBR country, type and name, its symbol prefix and its organisation reference.
 */
export interface BodyProfile {
  /** Formula text without the final comma, as printed, e.g. `Le Conseil ministériel`. */
  formula: string
  /** FRBR country (the body's code for an international body), e.g. `osce`, `un`. */
  country: string
  /** FRBR sub-type and AKN document `name`, e.g. `decision`, `resolution`. */
  subtype: string
  /** `eId` of the body in `meta.body`, e.g. `osce-mc`. */
  eId: string
  /** Ontology IRI of the body, e.g. `/ontology/organization/osce/ministerialCouncil`. */
  href: string
  /** Name of the body, e.g. `Conseil ministériel de l’OSCE`. */
  showAs: string
  /** Prefix of document symbols, e.g. `MC.DEC/` (symbol = prefix + number). */
  symbolPrefix?: string | undefined
}

/** A meeting whose dates a caller knows, keyed by the meeting's symbol (`CM(24)`) in the reader's `meetings` option. */
export interface MeetingDates {
  /** Place as printed in this language, e.g. `Vienne`. */
  place?: string | undefined
  /** ISO dates of the meeting's days, first day first. */
  dates: string[]
  /**
   * ISO dates of the sessions that corrected the meeting's decisions, by corrigendum kind (e.g.
   * `linguisticConformity`): how a corrigendum note cut short before its date can still be dated.
   */
  corrigenda?: Record<string, string> | undefined
  /** Where these dates come from (documentation, not used by the reader). */
  source: string
}

/** A heading that opens an attachment, e.g. `DÉCLARATION INTERPRÉTATIVE`, `Annex II`. */
export interface AttachmentRule {
  /** Start of the heading, compared without case, e.g. `DÉCLARATION INTERPRÉTATIVE`, `Annex`. */
  startsWith: string
  /** The attachment's AKN `name`, e.g. `interpretativeStatement`, `annex`. */
  name: string
  /**
   * The heading is the word alone or with its number (`Attachment`, `Attachment 2`, `SCHEDULE 2A`,
   * `Schedule B`), never a title that goes on: for a word that also opens ordinary headings
   * (`Attachment of earnings`) or sentences (`Schedule 2 has effect.`). A Markdown heading, a heading
   * by its syntax, may go on (`## Schedule A: Fees`).
   */
  alone?: boolean | undefined
  /**
   * The heading is a stamp of approval over the attached text, with what approved it
   * (`УТВЕРЖДЕНЫ` / `постановлением Правительства … от 18 марта 2031 г. № 312`, over `ПРАВИЛА …`):
   * the stamp's lines are a `p` of the attachment's preface, and the heading under them, which opens
   * with a word in capitals, the attachment's title (default: `false`).
   */
  stamp?: boolean | undefined
}

/** How a profile reads an act's title line that prints its number and date (see `Profile.actTitles`). */
export interface ActTitleRule {
  /**
   * The title line's pattern, with the named groups `date` (the date as printed), `number` (optional)
   * and `year` (where the date leaves its year to the number: `7/2031, de 14 de marzo`).
   */
  pattern: RegExp
  /**
   * The FRBR country of the acts titled so, where the form is one state's only (`es` for `Ley
   * 7/2031, de 14 de marzo`; `fr` for `Décret n° 2031-123 du …`), e.g. `es` (default: unknown).
   */
  country?: string | undefined
  /**
   * Whether the official journal prints its insertion number before the title on its line, as the
   * BOE does (`6981 Real Decreto 264/2031, de 1 de abril, …`): a number in figures, no part of the
   * title, which the pattern reads after it (default: `false`).
   */
  insertionNumber?: boolean | undefined
}

/** How a profile reads a line of an act's front matter that dates its assent or commencement (see `Profile.actDates`). */
export interface ActDateRule {
  /**
   * The line's pattern, anchored at both ends, with the named group `date` (the date as printed),
   * if the line prints one.
   */
  pattern: RegExp
  /**
   * What the date is: the act's `assent`, its date (a `docDate`, and the work's date), or its
   * `commencement` (a `date`).
   */
  event: 'assent' | 'commencement'
}

/** A word that heads a unit of an act (`Article 1`, `Chapter II`), and the AKN element it stands for. */
export interface HierarchyWord {
  /** The word as printed, compared without case, e.g. `Article`, `Artículo`, `Статья`. */
  word: string
  /** The AKN element, e.g. `article`, `chapter`, `part`, `section`. */
  name: 'article' | 'chapter' | 'part' | 'section' | 'title' | 'book'
  /**
   * Whether the unit stands outside the act's parts, titles and chapters, after them, as Spanish acts
   * print their closing provisions (`Disposición adicional primera`, `Disposición final única`): it
   * closes the chapter or title open before it (default: `false`).
   */
  topLevel?: boolean | undefined
}

/**
 * What a reader needs to know about one language of the genre: word lists and anchored patterns,
 * all data. Adding a language is writing one of these; the engine does not change.
 *
 * Patterns must be anchored (`^`) and free of nested quantifiers; they only ever see the first
 * 300 characters of a line.
 */
export interface Profile {
  /** BCP 47 language, e.g. `fr`. */
  language: string
  /**
   * Frequent short words of the language, for `detectLanguage`, in lower case. Prefer words the
   * other languages do not have: `detectLanguage` is only as sure as these lists are distinct.
   */
  stopWords: string[]
  /** Superscripts that the extraction puts on a line of their own, e.g. `o` of `nº`, `er` of `1er`. */
  superscripts?: string[] | undefined
  /** Patterns of the document number line; group 1 is the number, e.g. `7/17`. */
  documentNumber?: RegExp[] | undefined
  /** Pattern of the meeting-day line; group 1 the day, group 2 the meeting. */
  meetingDay?: RegExp | undefined
  /** Pattern of the journal line; groups: meeting symbol, journal number, agenda item. */
  journal?: RegExp | undefined
  /** First words of day names by ordinal: index 0 holds the words for the first day. */
  dayOrdinals?: string[][] | undefined
  /** Bodies recognised by their enacting formula. */
  bodies?: BodyProfile[] | undefined
  /**
   * Words that open the formula of a declaration made in the first person, whatever its length
   * (`We, the Heads of State and Government …,`), e.g. `We, `, `Nous, ` (default: none).
   */
  formulaPronouns?: string[] | undefined
  /**
   * Articles that open an enacting formula of an unknown body, e.g. `Le `, `The `. With none (a
   * language without articles, as Russian), an unknown body's formula is a name with a capital and
   * its comma, before a recital that one of `recitalOpeners` opens (`Исполнительный совет,`).
   */
  formulaArticles?: string[] | undefined
  /**
   * Offices whose holder issues an act, in lower case after one of `formulaArticles` (`Le ministre de
   * l'intérieur,`, `La préfète de la région …,` above a French arrêté's citations): such a line is
   * the act's formula as a body's name in capitals is (default: none).
   */
  formulaOffices?: string[] | undefined
  /**
   * Phrases that may follow a formula's body name after a comma, giving the ground the body acts on
   * (`The Committee of Ministers, under the terms of Article 15.b of the Statute …,`), e.g.
   * `under the terms of`, `en vertu de` (default: none).
   */
  formulaQualifiers?: string[] | undefined
  /** How an enacting formula ends (default: `[',']`; German OSCE texts end it with ` –`). */
  formulaEndings?: string[] | undefined
  /** Whether numbered paragraphs may open in lower case, as German ones do (default: `false`). */
  lowerCaseClauses?: boolean | undefined
  /**
   * Words and phrases that open a recital (compared without case), e.g. `Réaffirmant`,
   * `Deeply concerned`, `Having regard to`, `Whereas`.
   */
  recitalOpeners?: string[] | undefined
  /**
   * Endings of the participles that open recitals in this language, in lower case (`ing` of
   * `Recalling`, `ant` of `Rappelant`): a first word of at least six letters with one of these
   * endings opens a recital even when `recitalOpeners` does not list it.
   */
  recitalEndings?: string[] | undefined
  /**
   * Verbs and phrases that open an operative paragraph (compared without case, so `DECIDES` and
   * `Décide` match `Decides`/`décide`), e.g. `Décide`, `Urges`, `Calls upon`, `Takes note`.
   */
  operativeVerbs?: string[] | undefined
  /**
   * Words that may stand before an operative verb or a recital opener (`Also`, `Further`,
   * `Strongly`, `Once again`), compared without case.
   */
  adverbs?: string[] | undefined
  /**
   * Phrases that, closing a block before its `:` (or `,`), make it the formula that opens the
   * operative part: `has adopted this regulation`, `DISPONGO`, `постановляет`, `hat beschlossen`.
   * Compared without case, letter-spaced words (`п о с т а н о в л я е т`) included.
   */
  enactingTerms?: string[] | undefined
  /**
   * Phrases that open, in lower case, the block that ends a formula begun above the recitals and is
   * the enacting formula: the ILO's `adopts this nineteenth day of June of the year … the following
   * Convention, which may be cited as …` under `The General Conference of the International Labour
   * Organization, / Having been convened …,` (`adopte, ce`, `adopta, con fecha`). Compared as
   * written, at the block's start (default: none).
   */
  enactingOpeners?: string[] | undefined
  /**
   * Patterns of a whole block that is an enacting formula by its words at both ends, where it ends
   * with no enacting term but a phrase many sentences end with: an act of the Commonwealth's
   * `ENACTED by the Parliament of Kenya, as follows—`, `BE IT ENACTED by the National Assembly … as
   * follows:`; a block that ends with a colon, a dash or a full stop only is tried (default: none).
   */
  enactingClauses?: RegExp[] | undefined
  /**
   * Patterns of the start of an act's long title, the sentence over its enacting formula that says
   * what the act does (`AN ACT of Parliament to provide for …`, `An Act to make provision for …`):
   * a `longTitle` of the preface, which closes the front matter (default: none).
   */
  longTitles?: RegExp[] | undefined
  /**
   * Headings of the table of contents an act prints at its head (`Arrangement of sections`), compared
   * with a whole short block without case and without a final `:` or `.`: the lines from such a
   * heading to the long title under it (see `longTitles`) are front matter, no clauses (default: none).
   */
  contentsHeadings?: string[] | undefined
  /** Words that head units of an act: `Article`, `Chapter`, `Part`, `Section`. */
  hierarchyWords?: HierarchyWord[] | undefined
  /**
   * Words that number a unit in place of a figure, in lower case (`primera`, `segunda`, `única`,
   * `preliminar` of Spanish `Disposición adicional primera`, `TÍTULO PRELIMINAR`); `unique`, `único`,
   * `premier` and the like are known to every profile (default: none).
   */
  ordinalWords?: string[] | undefined
  /**
   * Words that open an act's title, as printed (`О`, `Об` of Russian acts: `О мерах по …`, `Об
   * утверждении …`): in the front matter, a block of three words or more opening with one, and ending
   * no sentence, is the title, whatever stands above it (the issuer and the kind in capitals:
   * `ПРАВИТЕЛЬСТВО РОССИЙСКОЙ ФЕДЕРАЦИИ` / `ПОСТАНОВЛЕНИЕ`, `УКАЗ` / `ПРЕЗИДЕНТА …`) (default: none).
   */
  titleOpeners?: string[] | undefined
  /**
   * Whether a unit's heading on its number's line ends with a full stop, as Spanish acts print it
   * (`Artículo 1. Objeto.`, then the article's text): a short line without an operative verb, before
   * text of its own, is the unit's number and heading, its stop included; where the act heads its
   * articles so on the text's line (`Artículo 1.- Objeto. La presente Decisión …`, as Andean
   * decisions print them), its words before the first stop are its heading (default: `false`).
   */
  headingsEndWithStop?: boolean | undefined
  /**
   * An act's title line that prints the act's number and date (`Ley 7/2031, de 14 de marzo, de …`,
   * `Décret n° 2031-123 du 3 mars 2031 relatif à …`): the whole line is the document's title, the
   * number its `docNumber`, the date its `docDate` and the work's date (default: none).
   */
  actTitles?: ActTitleRule[] | undefined
  /**
   * Patterns of the lines of a head of state's promulgation formula, which stands above an act's
   * preamble (`FELIPE VI`, `REY DE ESPAÑA`, `A todos los que la presente vieren y entendieren.`,
   * `Sabed: Que las Cortes Generales han aprobado y Yo vengo en sancionar la siguiente ley.`): a run of
   * such lines is the act's enacting formula, a line in capitals just above them (the name) included
   * (default: none).
   */
  promulgation?: RegExp[] | undefined
  /**
   * Words or signs that number the paragraphs of an act's articles, compared without case: `§ 1º`,
   * `§ 10.`, `Parágrafo único.` in Portuguese and Brazilian acts (a paragraph, numbered as printed;
   * not `§` of German statutes, which is a unit: see `hierarchyWords`).
   */
  paragraphWords?: string[] | undefined
  /**
   * The meeting and adoption lines of the genre (`62nd plenary meeting`, `Adopted by the Security
   * Council at its 7399th meeting, on 5 March 2015`, `Resolution adopted by the General Assembly on
   * 18 December 2023`): metadata, not clauses. The adoption date is the date the line holds.
   */
  adoptionLines?: RegExp[] | undefined
  /**
   * Words that name a document of the genre at the start of its title (`Resolution`, `Declaration`,
   * `Décision`), compared without case: a web page's title among its site menu's short lines
   * (`Declaration on water security`) is the document's, not the menu's (default: none).
   */
  documentKinds?: string[] | undefined
  /** Openings of the closing formula and signature (`Done at`, `Fait à`, `Dado en`), compared without case. */
  closingOpeners?: string[] | undefined
  /**
   * Patterns of the line that ends an act's conclusions with the act's number, under the signature,
   * the place and the date, as Russian acts print it (`№ 248`); group 1 is the number. It numbers the
   * act where no number line stands in its front matter (default: none).
   */
  closingNumbers?: RegExp[] | undefined
  /**
   * Patterns of the line under an act's title that dates it, as the Official Journal prints it
   * between the title and the subject (`COUNCIL DECISION (EU) 2031/123` / `of 21 January 2031` / `on
   * …`): in the front matter of a single-spaced extraction, a block of its own, and the subject under
   * it another, as the blank lines of a double-spaced one part them (default: none).
   */
  actDateLines?: RegExp[] | undefined
  /**
   * The lines an act prints in its front matter that date its assent or commencement, alone (`[Date
   * of Assent: 12th March, 2031]`, `Assented to 12 March 2031`, a date alone in square brackets under
   * the long title, `Date of commencement: 1st April, 2031`): lines of the preface, never clauses;
   * the date marked in the line (see {@link ActDateRule}) (default: none).
   */
  actDates?: ActDateRule[] | undefined
  /**
   * Lines an act prints under its title that say where else it applies, as the Official Journal
   * prints `(Text with EEA relevance)` under an EU act's title: a line of the preface of its own,
   * neither the title's text nor a recital. Compared whole, without the brackets, case or the form
   * of the apostrophe, e.g. `Text with EEA relevance` (default: none).
   */
  scopeNotes?: string[] | undefined
  /**
   * Labels of the metadata lines an official journal's page prints over an act, each before a colon
   * (`Sumário: …`, `Publicação: …`, `Emissor: …`, as the Diário da República does), as printed: such a
   * line is a line of the preface, never a recital nor a site menu's (default: none).
   */
  pageLabels?: string[] | undefined
  /**
   * Those of `pageLabels` whose value is the act's title (`Sumário`): the value is the `docTitle`, the
   * label before it text of its line, where no title was read above it (default: none).
   */
  titleLabels?: string[] | undefined
  /** Headings that open attachments. */
  attachments?: AttachmentRule[] | undefined
  /**
   * Patterns of the line under an attachment's heading that names the provision it belongs to, as
   * United Kingdom instruments print it under `SCHEDULE 1` (`Regulation 3`, `Article 2(1)`, `Sections
   * 4 and 5`): a line of the attachment's preface after its title, not its title or a unit (default:
   * none).
   */
  attachmentReferences?: RegExp[] | undefined
  /**
   * Headings that name a part of a decision by their words alone (`Preamble`, `Operative part`),
   * compared with a whole heading without case and without a final `:` or `.`: a draft's author may
   * head its parts so at any depth (the Markdown reader opens the part they name).
   */
  partHeadings?: {preamble?: string[] | undefined; operative?: string[] | undefined} | undefined
  /** Openings of the line naming a statement's author, e.g. `Faite par la `, `By the `. */
  delegationPrefixes?: string[] | undefined
  /** Phrases between the word for delegation and the name, e.g. `de la `, `of the `. */
  delegationConnectors?: string[] | undefined
  /**
   * How the official journal is cited in this language (`OJ`, `ABl.`, `JO`): a line opening with a
   * bracketed marker and a citation of it (`(1) OJ C 123, 4.5.2019, p. 1.`) opens the notes of an
   * EU act, as the Official Journal prints them (default: none).
   */
  journalCitations?: string[] | undefined
  /** Openings of a corrigendum footnote, e.g. `Comprend une correction`, `Includes corrections`. */
  corrigendumOpeners?: string[] | undefined
  /** Words that, in a corrigendum note, mean a linguistic-conformity session. */
  linguisticConformity?: string[] | undefined
  /**
   * Month names in lower case, January first, for dates: a name, or all the forms the language
   * writes it in (`['октябрь', 'октября']`, `['januar', 'jänner']`).
   */
  months?: (string | string[])[] | undefined
  /**
   * Numbers in words, for dates written so (`the fifth of December two thousand and twenty-four`,
   * `le cinq décembre deux mille vingt-quatre`, `a los cinco días del mes de diciembre de dos mil
   * veinticuatro`): `values` gives each word in lower case its value (`five` and `fifth` 5, `twenty`
   * 20, `hundred` 100, `thousand` 1000; a hyphenated number is read by its parts, `twenty-fifth`),
   * `joiners` the words inside a number (`and`, `et`, `y`), `fillers` the words between a date's day,
   * month and year (`of`, `day`, `le`, `de`, `del mes`) (default: none, dates in figures only).
   */
  numberWords?: NumberWords | undefined
  /** Whole lines that are page furniture in this language, e.g. `^Page \d+ of \d+$`. */
  pageFurniture?: RegExp[] | undefined
  /** Words before a line-end hyphen that keep it (`bien-` `être`), in lower case. */
  hyphenPrefixes?: string[] | undefined
  /** Words after a line-end hyphen that keep it (`celle-` `ci`), in lower case. */
  hyphenSuffixes?: string[] | undefined
  /** Small hooks for what data cannot say. */
  hooks?: ProfileHooks | undefined
}

/** Numbers written in words, as a {@link Profile} reads them in dates. */
export interface NumberWords {
  /** Each number word in lower case and its value: `five` 5, `fifth` 5, `twenty` 20, `thousand` 1000. */
  values: Record<string, number>
  /** Words inside a number: `and` of `two thousand and five`, `et` of `vingt et un`. */
  joiners: string[]
  /** Words between a date's day, month and year: `the`, `of`, `day`, `in`, `year`. */
  fillers: string[]
  /** Whether years are said as two pairs of figures, as English says them (`nineteen ninety-nine`). */
  yearsInPairs?: boolean | undefined
}

/** Optional functions of a {@link Profile}. */
export interface ProfileHooks {
  /** The `eId` slug of a delegation from its name (default: ASCII words joined by `-`). */
  personSlug?: ((name: string) => string) | undefined
}
