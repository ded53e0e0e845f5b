import {isDigit, isLetter, isLower, isUpper} from './characters.js'
import {
  actTitleOf,
  isDocumentKind,
  namesDocument,
  opensWithDocumentNumber,
  opensWithPromulgation,
  pageLabelOf,
} from './document-kinds.js'
import {closedUp} from './enacting.js'
import {fullText, headLength} from './inline.js'
import {type Lexicon, normaliseFormula} from './lexicon.js'
import {afterContents, afterLongTitle} from './long-title.js'
import {phraseAt, recitalOpening} from './phrases.js'
import type {BodyProfile} from './profile.js'
import {type Reading, readBlock} from './reading.js'

/** Blocks looked at before giving up on finding a formula. */
const frontLimit = 200

/** Where the parts of a document begin. */
export interface Outline {
  /** Index of the opening formula (`The General Assembly,`), or -1. */
  formula: number
  /**
   * Index of the first block after the opening formula: a head of state's promulgation formula runs
   * over several (`FELIPE VI` / `REY DE ESPAÑA` / … / `Sabed: …`); absent, the formula is one block.
   */
  formulaEnd?: number | undefined
  /** The body the formula names, if the profile knows it. */
  body?: BodyProfile | undefined
  /**
   * The opening formula is a body's name alone and the block after it the enacting verb alone
   * (`EL CONSEJO DEL MERCADO COMÚN` / `DECIDE:`, `Государственная Дума …` / `постановляет:`): the two
   * are one enacting formula, the operative part after it.
   */
  verbAfter?: boolean | undefined
  /** Index of the enacting formula that opens the operative part (`DISPONGO:`), or -1. */
  enacting: number
  /** Index of the first block after the preface. */
  start: number
}

/**
 * Find the formula and the end of the preface. The opening formula is the first block that names a
 * body (`The General Assembly,`, `Le Comité,`, `"The Security Council,`, `THE GENERAL ASSEMBLY,`,
 * `The Deputies` before a numbered paragraph); the enacting formula ends with an enacting term and a
 * colon (`DISPONGO:`, `постановляет:`). The search stops at the first clause: a numbered block, a
 * recital or operative sentence. Without a formula, the preface is the run of title-like blocks
 * before the first sentence or clause.
 */
export function outline(readings: Reading[], lexicon: Lexicon): Outline {
  let formula = -1
  let enacting = -1
  let body: BodyProfile | undefined
  let stop = readings.length
  const limit = Math.min(readings.length, frontLimit)
  // An act's arrangement of sections and its long title are front matter: the search begins under them.
  const contents = afterContents(readings, limit, lexicon)
  for (let index = contents; index < limit; index++) {
    const reading = readings[index]!
    if (index > contents && nameAndVerb(readings[index - 1]!, reading, lexicon)) {
      return {
        formula: index - 1,
        verbAfter: true,
        enacting: -1,
        start: recitalsBefore(readings, index - 1, lexicon),
      }
    }
    if (reading.enacting || formulaAndVerb(reading, readings[index + 1], lexicon)) {
      enacting = index
      break
    }
    if (isPromulgation(reading, lexicon)) return promulgationFrom(readings, index, lexicon)
    const found = formulaOf(reading, readings[index + 1], lexicon)
    if (found) {
      formula = index
      body = found.body
      break
    }
    if (isClause(reading) && !isItemHeading(reading, readings[index + 1], readings[index + 2], lexicon)) {
      stop = index
      break
    }
  }
  if (formula >= 0) {
    // An enacting formula may close the preamble further on (`HAS ADOPTED THIS REGULATION:`).
    const next = readings[formula + 1]
    return {
      formula,
      body,
      ...(next && nameAndVerb(readings[formula]!, next, lexicon) ? {verbAfter: true} : {}),
      enacting: -1,
      start: Math.max(contents, recitalsBefore(readings, formula, lexicon)),
    }
  }
  if (enacting < 0) {
    // Without an opening formula, an enacting formula may close recitals (`Having regard to…`,
    // `Whereas:`, `HAS ADOPTED THIS REGULATION:`), up to the first operative clause.
    for (let index = stop; index < limit; index++) {
      const reading = readings[index]!
      if (index > stop && nameAndVerb(readings[index - 1]!, reading, lexicon)) {
        const start = Math.min(stop, recitalsBefore(readings, index - 1, lexicon))
        return {formula: index - 1, verbAfter: true, enacting: -1, start}
      }
      if (reading.enacting || formulaAndVerb(reading, readings[index + 1], lexicon)) {
        enacting = index
        break
      }
      const kind = reading.label?.kind
      // A gazette's part alone (`Teil I`) and its item's number and kind (`18. Bundesgesetz: …`)
      // head the act: the search goes on under them.
      if (isGazetteHead(reading, lexicon)) continue
      if (kind === 'unit' || (reading.verb && !reading.recital)) break
    }
  }
  if (enacting >= 0) {
    // What comes before an enacting formula is the preamble, less the titles at the top: the
    // title-like blocks, and the one right under the document's number line, a final stop
    // included (`LEI Nº 15.321, DE 14 DE MARÇO DE 2031` / `Dispõe sobre … providências.`).
    // A roman number alone opens a part of the preamble (`I` under a Spanish decree-law's title).
    let start = contents
    while (
      start < enacting &&
      !(readings[start]!.label?.kind === 'roman' && readings[start]!.rest === '') &&
      (readings[start]!.headingLike ||
        isActTitle(readings[start]!, lexicon) ||
        // A journal page's metadata line (`Sumário: Aprova …`, `Publicação: …`).
        pageLabelOf(readings[start]!.bare, lexicon.profile) !== undefined ||
        isGazetteHead(readings[start]!, lexicon) ||
        (start > 0 && opensWithDocumentNumber(readings[start - 1]!.bare.slice(0, 300), lexicon.profile)) ||
        // The rest of a title under its kind alone (`RÉSOLUTION` / `visant à reconnaître …`).
        (start > 0 && isKindAlone(readings[start - 1]!, lexicon) && isLower(readings[start]!.bare[0])))
    )
      start++
    // A bill's cover names the document by its kind alone (`A BILL`, then its official title, above
    // `Be it enacted by the Senate and House of Representatives …`): where it does and nothing before
    // the enacting formula opens like a recital or carries a label, all of it is front matter.
    let recital = false
    let cover = false
    for (let index = start; index < enacting && !recital; index++) {
      const reading = readings[index]!
      recital = reading.label !== undefined || reading.recital
      cover ||= isKindAlone(reading, lexicon)
    }
    if (cover && !recital) return {formula: -1, enacting, start: enacting}
    // Where the first clause is a recital (`Whereas …;`) and nothing before it opens one, what stands
    // before it is the front matter, as where no enacting formula follows (a legislature's cover: the
    // title with its stop, the sponsors' line), up to `Resolved, That the House of Representatives—`.
    if (
      start < stop &&
      stop < enacting &&
      readings[stop]!.recital &&
      !opensClauseBefore(readings, start, stop)
    )
      start = stop
    // An act's long title (`AN ACT of Parliament to …`) closes its front matter, the arrangement of
    // its sections above it included (`1. Short title.` is a line of a table of contents, no recital).
    return {formula: -1, enacting, start: afterLongTitle(readings, start, enacting, lexicon)}
  }
  let start = contents
  const end = Math.min(stop, limit)
  // A title naming the document is no sentence, a final stop included (`Resolución sobre … .`).
  while (
    start < end &&
    (!isSentence(readings[start]!) ||
      namesDocument(readings[start]!, lexicon) ||
      isActTitle(readings[start]!, lexicon))
  )
    start++
  // An act's long title closes its front matter where no formula enacts it (an act reprinted, an
  // enacting formula the profile does not know), with the lines that date the act under it.
  start = afterLongTitle(readings, start, end, lexicon)
  // A legislature's cover names the kind of the proposal in capitals over its title in lower case
  // (`PROPOSITION DE RÉSOLUTION` / `visant à …`): the cover runs through that title at least, and
  // up to the first clause where nothing before it opens one (the sponsors, the explanatory
  // statement).
  const titled = titleUnderKind(readings, start, end, lexicon)
  if (titled > start) start = titled < stop && !opensClauseBefore(readings, titled, stop) ? stop : titled
  // Where the first clause is a recital (`Whereas …;`) and nothing before it opens one, what stands
  // before it is the front matter, sentences included (a legislature's cover: the title with its
  // stop, the sponsors' line `Ms. Smith submitted the following resolution; which was referred …`).
  if (start < stop && stop < limit && readings[stop]!.recital && !opensClauseBefore(readings, start, stop))
    start = stop
  return {formula: -1, enacting: -1, start: Math.min(start, stop)}
}

/**
 * Whether a block is a body's formula and its operative verb before a colon, over numbered clauses,
 * as a parliament's motion prints what it asks the house to resolve (`«El Congreso de los Diputados
 * insta al Gobierno a:` / `1. Aprobar …`, `La Camera impegna il Governo:`), or before a comma over
 * clauses that go on in lower case, numbered, dashed or bare (`Der Bundestag fordert die
 * Bundesregierung auf,` / `1. ein …`, `– ein …`, `ein …`):
 * the enacting formula, what stands before it (the motion's grounds) the preamble. The formula is
 * one `formulaOf` reads (an article and a capital, a few words), the verb one of the profile's
 * operative verbs.
 */
export function formulaAndVerb(reading: Reading, next: Reading | undefined, lexicon: Lexicon): boolean {
  const last = reading.last
  if ((last !== ':' && last !== ',') || reading.label || next === undefined) return false
  // The clauses are numbered; after a comma they may be dashed or bare too (`Der Bundestag fordert
  // die Bundesregierung auf,` / `– ein Programm … vorzulegen;`, `ein Programm … vorzulegen;`).
  const kind = next.label?.kind
  if (kind !== 'number' && !(last === ',' && (kind === 'dash' || kind === undefined))) return false
  // After a comma the clauses go on with the formula's sentence, in lower case, as a German verb's
  // particle ends it (`Der Bundestag fordert die Bundesregierung auf,` / `1. ein Programm …
  // vorzulegen;`).
  if (last === ',' && !isLower(next.rest[0])) return false
  // A formula and its verb are a few words (counted last: the tests above spare most blocks it).
  if (reading.words > 16) return false
  const text = reading.bare
  // The verb: a word in lower case after the formula's first two (`El Congreso … insta`).
  let at = text.indexOf(' ')
  for (let word = 1; at > 0 && word < 10; word++) {
    const start = at + 1
    if (word >= 2 && isLower(text[start])) {
      if (phraseAt(text.slice(start).toLowerCase(), lexicon.verbs) > 0) {
        const head = readBlock({children: [{type: 'text', value: `${text.slice(0, at)},`}]}, 0, lexicon)
        return formulaOf(head, undefined, lexicon) !== undefined
      }
    }
    at = text.indexOf(' ', start)
  }
  return false
}

/**
 * Whether a block is a body's name alone (`EL CONSEJO DEL MERCADO COMÚN`, `Государственная Дума
 * Федерального Собрания Российской Федерации`) and the next the enacting verb alone (`DECIDE:`,
 * `постановляет:`): the formula's sentence wrapped, or set, over two lines. The name ends on a letter
 * and holds no number; a verb in capitals follows a name read as a formula (an article and a
 * capital), a verb in lower case goes on with the sentence the line above opened.
 */
export function nameAndVerb(name: Reading, verb: Reading, lexicon: Lexicon): boolean {
  if (verb.enacting === undefined || verb.label || verb.last !== ':' || verb.words > 6) return false
  if (name.label || name.words > 12 || !isLetter(name.last) || !isUpper(name.bare[0])) return false
  if (name.adoption || name.closing || name.attachment || name.enacting || name.verb) return false
  if (!isVerbAlone(verb)) return false
  // A name may end as a participle does (`Государственная`): only a listed opener makes it a recital.
  if (name.recital && recitalOpening(name.rest, lexicon, false) === 'listed') return false
  if (hasNumber.test(name.bare)) return false
  if (isLower(verb.bare[0])) return true
  return formulaOf(name, verb, lexicon) !== undefined
}

/** Whether an enacting block is its enacting term alone before its colon (`DECIDE:`, `п о с т а н о в л я е т:`). */
function isVerbAlone(reading: Reading): boolean {
  let end = reading.bare.length - 1
  while (end > 0 && reading.bare[end - 1] === ' ') end--
  return closedUp(reading.bare.slice(0, end)) === reading.enacting
}

/**
 * Whether a block heads an act as a gazette prints it: a unit's number alone (`Teil I`, the gazette's
 * part), or the item's number before the act's kind (`18. Bundesgesetz: Änderung des …`, `18.
 * Bundesgesetz, mit dem …`), with no operative verb.
 */
function isGazetteHead(reading: Reading, lexicon: Lexicon): boolean {
  const kind = reading.label?.kind
  if (kind === 'unit') return reading.rest === ''
  if (kind !== 'number' || reading.verb || !reading.printed) return false
  const rest = reading.rest
  let end = 0
  while (end < rest.length && end < 40 && isLetter(rest[end])) end++
  return (
    end > 0 && (rest[end] === ':' || rest[end] === ',') && isDocumentKind(rest.slice(0, end), lexicon.profile)
  )
}

/** Whether a block is an act's title that prints its number and date (the profile's `actTitles`). */
function isActTitle(reading: Reading, lexicon: Lexicon): boolean {
  return lexicon.profile.actTitles !== undefined && actTitleOf(reading.bare, lexicon.profile) !== undefined
}

/** Whether a block is a line of a head of state's promulgation formula (the profile's `promulgation`). */
function isPromulgation(reading: Reading, lexicon: Lexicon): boolean {
  if (!lexicon.profile.promulgation || reading.label || reading.attachment) return false
  return opensWithPromulgation(reading.bare, lexicon.profile)
}

/**
 * The outline of an act whose promulgation formula opens at `index`: the run of its lines, and the
 * head of state's name in capitals just above them (`FELIPE VI`, a few words, no title of the act).
 */
function promulgationFrom(readings: Reading[], index: number, lexicon: Lexicon): Outline {
  let first = index
  const name = readings[index - 1]
  if (
    name &&
    !name.label &&
    name.capitals &&
    name.headingLike &&
    name.words <= 4 &&
    !isActTitle(name, lexicon) &&
    !opensWithDocumentNumber(name.bare.slice(0, 300), lexicon.profile)
  )
    first = index - 1
  let end = index + 1
  while (end < readings.length && isPromulgation(readings[end]!, lexicon)) end++
  return {formula: first, formulaEnd: end, enacting: -1, start: recitalsBefore(readings, first, lexicon)}
}

/**
 * Where the preamble starts when its recitals stand before the body's formula, as Mercosur prints
 * them (`VISTO: El Tratado de Asunción, …` / `CONSIDERANDO:` / `Que …` / `EL CONSEJO DEL MERCADO
 * COMÚN` / `DECIDE:`): at the first block from which every block up to the formula opens a recital
 * and ends as a clause (or goes on from one in lower case); else at the formula.
 */
function recitalsBefore(readings: Reading[], formula: number, lexicon: Lexicon): number {
  let start = formula
  for (let index = formula - 1; index > 0; index--) {
    const reading = readings[index]!
    if (reading.label) break
    // A title may open with a participle (`Strengthening primary health care`): a recital opens
    // with a listed opener (`VISTO el Expediente …, y`) or ends as a clause. A short lead-in ending
    // with a comma (`Por ello,`) stands between the recitals and the formula.
    const clause = /[.;:,]/.test(reading.last ?? '')
    if (
      reading.recital &&
      !reading.verb &&
      (clause || recitalOpening(reading.rest, lexicon, false) === 'listed')
    )
      start = index
    else if (!isLower(reading.bare[0]) && !(reading.last === ',' && reading.words <= 4)) break
  }
  return start
}

/**
 * The block after a title in lower case under a block in capitals that names the document's kind
 * with a word or two before it (`PROPOSITION DE RÉSOLUTION` / `visant à …`, `tendant à …`; see
 * {@link isKindLine}), a line in capitals between them or not, the title wrapped over blocks
 * included, looked for from `from` to `end`; or -1. The first test is a character's: a block that
 * opens in lower case.
 */
function titleUnderKind(readings: Reading[], from: number, end: number, lexicon: Lexicon): number {
  for (let index = Math.max(from, 1); index < end; index++) {
    if (!isLower(readings[index]!.bare[0])) continue
    // A line in capitals may stand between (`EN APPLICATION DE L'ARTICLE 34-1 DE LA CONSTITUTION,`).
    const between = readings[index - 1]!
    if (!isKindLine(between, lexicon)) {
      if (index < 2 || between.label || !between.capitals || !isKindLine(readings[index - 2]!, lexicon))
        continue
    }
    let after = index + 1
    while (after < end && isLower(readings[after]!.bare[0]) && !readings[after]!.label) after++
    return after
  }
  return -1
}

/**
 * Whether a block names the document's kind in capitals with a word or two before it, and perhaps
 * one after it (`PROPOSITION DE RÉSOLUTION`, `PROPOSITION DE RÉSOLUTION EUROPÉENNE`), as a
 * legislature's cover prints it over the proposal's title.
 */
export function isKindLine(reading: Reading, lexicon: Lexicon): boolean {
  if (!isUpper(reading.bare[0]) || reading.label || reading.words < 3 || reading.words > 5) return false
  if (!reading.capitals) return false
  const text = reading.bare
  const space = text.lastIndexOf(' ')
  if (isDocumentKind(text.slice(space + 1), lexicon.profile)) return true
  return isDocumentKind(text.slice(text.lastIndexOf(' ', space - 1) + 1, space), lexicon.profile)
}

/**
 * Whether a block from `start` to `stop` is part of the text rather than its cover: an operative
 * sentence, or one that introduces what follows (`… insert a new preambular paragraph reading:`).
 */
function opensClauseBefore(readings: Reading[], start: number, stop: number): boolean {
  for (let index = start; index < stop; index++) {
    const reading = readings[index]!
    // A recital that ends as one is a clause, the first: it is `stop` itself. A title may open
    // with a participle (`Expressing support for …`) and is none.
    if (reading.verb || reading.last === ':') return true
  }
  return false
}

/**
 * The agenda item a decision is taken under, numbered and titled just above its formula (`5. Report
 * of the Director-General on the execution of the programme`, then `The Executive Board,`), as
 * UNESCO, ILO and WHO print their decisions: a title (no clause's punctuation at its end, neither
 * operative verb nor recital opener), not a clause.
 */
function isItemHeading(
  reading: Reading,
  next: Reading | undefined,
  after: Reading | undefined,
  lexicon: Lexicon,
): boolean {
  if (reading.label?.kind !== 'number' || !reading.headingLike || reading.verb || reading.recital)
    return false
  return next !== undefined && formulaOf(next, after, lexicon) !== undefined
}

/** A block that opens a clause, wherever it stands: numbered, a recital or an operative sentence. */
function isClause(reading: Reading): boolean {
  const kind = reading.label?.kind
  if (kind === 'number' || kind === 'bracketed' || kind === 'unit' || kind === 'point') return true
  if (reading.recital && (reading.last === ',' || reading.last === ';' || goesOn(reading))) return true
  return reading.verb && !reading.headingLike
}

/**
 * Whether a block ends with a short word after its semicolon, a clause going on to the next
 * (`WHEREAS, …; and`, `…; et`). Not after a comma: `VISTO …, y` goes on into `CONSIDERANDO:`, the
 * recitals' introduction.
 */
function goesOn(reading: Reading): boolean {
  if (!isLower(reading.last)) return false
  const text = reading.text.length < headLength ? reading.text : fullText(reading.block.children)
  return /; \p{Ll}{1,3}$/u.test(text.trimEnd())
}

/**
 * A sentence rather than a title or a cover line: it ends like a sentence or clause and runs to some
 * words, or opens like a clause. A long block without a final stop is a title wrapped over lines.
 */
function isSentence(reading: Reading): boolean {
  const ends = reading.last !== undefined && '.;:,!?'.includes(reading.last)
  return (ends && reading.words >= 6) || ((reading.verb || reading.recital) && !reading.headingLike)
}

/**
 * A number standing as a word (`21`, `2018`): a body's name, which a formula is, holds none, while a
 * wrapped line of a sentence may well open with an article (`The Hague from 21 to 30 November 2018,`).
 */
const hasNumber = /(?:^|\s)\d+(?=[\s,.;:]|$)/

/**
 * The opening formula a block is, if it is one: a known body's formula, or an article, a capital and
 * at most eight words and no number, ending with a comma or colon (or with nothing, when a clause follows).
 */
export function formulaOf(
  reading: Reading,
  next: Reading | undefined,
  lexicon: Lexicon,
): {body?: BodyProfile | undefined} | undefined {
  const text = reading.bare
  if (reading.label) return undefined
  if (isDeclarant(text, lexicon.profile.formulaPronouns)) return {}
  // Ministers who sign together name their offices whole: so long a formula is theirs (see `officesSign`).
  let signed: boolean | undefined
  const offices = (): boolean => {
    signed ??= officesSign(text, next, lexicon)
    return signed
  }
  if (text.length > 160 && (text.length > 600 || !offices())) return undefined
  const profile = lexicon.profile
  const endings = [...(profile.formulaEndings ?? [',']), ':']
  let words = text
  const ending = endings.find((candidate) => candidate && text.endsWith(candidate))
  if (ending) {
    words = text.slice(0, -ending.length).trim()
    if (ending === ',') words = withoutQualifier(words, profile.formulaQualifiers)
  } else {
    // A formula without its comma (`The Deputies`, `IL CONSIGLIO REGIONALE`) only before a clause.
    const clauseNext =
      next !== undefined &&
      (next.label?.kind === 'number' || next.recital || next.verb || next.enacting !== undefined)
    // An office in capitals names its ministry whole over a citation (`IL MINISTRO DELL'AGRICOLTURA,
    // DELLA SOVRANITÀ ALIMENTARE E DELLE FORESTE` / `Visto …`): as long as a name in capitals may be.
    const most = reading.capitals && next?.recital ? 12 : 6
    if (!clauseNext || reading.words > most || /[.;!?]$/.test(text)) return undefined
  }
  const body = lexicon.formulas.get(normaliseFormula(words))
  if (body) return {body}
  // Acts of two bodies name both in capitals (`THE EUROPEAN PARLIAMENT AND THE COUNCIL OF THE
  // EUROPEAN UNION,`), their citations after them: longer, but only so.
  // (A reader cutting lines asks without the next block: such a line may start one.)
  // A body's full name may be long (`The Conference of the Parties to the United Nations Convention
  // against Corruption,`, often wrapped; `La Conferencia General de la Organización Internacional
  // del Trabajo:`): so long only before a recital the profile's openers open (`Recalling …`), and
  // with no stop inside.
  const named =
    (ending === ',' || ending === ':') &&
    next !== undefined &&
    !next.label &&
    recitalOpening(next.rest, lexicon, false) === 'listed' &&
    !/[.;:!?]/.test(words)
  const most = named ? 20 : reading.capitals && (next === undefined || next.recital) ? 12 : 8
  if (words.split(' ').length > most && !offices()) return undefined
  // A body that meets in numbered sessions may put the session's ordinal in figures after the
  // article (`La 79.ª Asamblea Mundial de la Salud,`, `The 79th World Health Assembly,`): no number
  // of a sentence's wrapped line.
  let ordinal = 0
  if (isDigit(text[text.indexOf(' ') + 1]))
    for (const article of profile.formulaArticles ?? [])
      if (text.startsWith(article)) ordinal = ordinalEnd(text, article.length, profile.superscripts)
  if (hasNumber.test(ordinal > 0 ? words.slice(ordinal) : words)) return undefined
  // A body's name in capitals (`Le Conseil municipal,`); before the citations that ground what it
  // does, an authority's title in lower case too (`Le préfet de la région,`, `Le ministre de
  // l'intérieur,` above `Vu …`), as French-speaking administrations sign their acts.
  for (const article of profile.formulaArticles ?? []) {
    if (!text.startsWith(article)) continue
    const first = text[Math.max(article.length, ordinal)]
    if (isUpper(first)) return {}
    // An office in lower case (`Le ministre de l'économie,`), with the comma a formula ends with.
    if (ending === ',' && namesOffice(text.slice(article.length), profile.formulaOffices)) return {}
    if (named && isLower(first)) return {}
  }
  // A language without articles (Russian) names a body bare (`Исполнительный совет,`): a capital,
  // and a recital that one of the profile's openers opens after it.
  if (named && (profile.formulaArticles ?? []).length === 0 && isUpper(text[0])) return {}
  return undefined
}

/**
 * Where the words after an ordinal in figures start (`79.ª `, `79th `, `79. ` after the article at
 * `start`), before a capital; `0` when no such ordinal stands there. The ordinal is marked: a stop,
 * `ª`/`º`, or one of the profile's superscripts.
 */
function ordinalEnd(text: string, start: number, superscripts: readonly string[] | undefined): number {
  let end = start
  while (end - start < 3 && isDigit(text[end])) end++
  if (end === start) return 0
  const figures = end
  if (text[end] === '.') end++
  if (text[end] === 'ª' || text[end] === 'º') end++
  else if (end === figures)
    for (const superscript of superscripts ?? [])
      if (text.startsWith(superscript, end) && text[end + superscript.length] === ' ') {
        end += superscript.length
        break
      }
  if (end === figures || text[end] !== ' ' || !isUpper(text[end + 1])) return 0
  return end + 1
}

/** Whether a text opens with one of the profile's offices, then a space or a comma. */
/**
 * Whether a block names the offices of the ministers who sign an act together, each title whole (`La
 * ministre de l'agriculture et de la souveraineté alimentaire et la ministre de la transition
 * écologique, de la biodiversité, de la forêt, de la mer et de la pêche,`), above the citations: an
 * office after an article, a comma at its end and no sentence's stop, before a listed recital opener
 * (`Vu …`). Such a formula is as long as the titles are.
 */
function officesSign(text: string, next: Reading | undefined, lexicon: Lexicon): boolean {
  const profile = lexicon.profile
  if (!profile.formulaOffices || text[text.length - 1] !== ',' || /[.;:!?]/.test(text)) return false
  if (!next || next.label || recitalOpening(next.rest, lexicon, false) !== 'listed') return false
  return (profile.formulaArticles ?? []).some(
    (article) => text.startsWith(article) && namesOffice(text.slice(article.length), profile.formulaOffices),
  )
}

function namesOffice(text: string, offices: readonly string[] | undefined): boolean {
  if (!offices) return false
  return offices.some(
    (office) => text.startsWith(office) && (text[office.length] === ' ' || text[office.length] === ','),
  )
}

/**
 * A formula's words without the ground the body acts on, after its name and a comma (`The Committee
 * of Ministers, under the terms of Article 15.b of the Statute of the Council of Europe`): the name
 * alone is then what is told a formula.
 */
function withoutQualifier(words: string, qualifiers: readonly string[] | undefined): string {
  const comma = words.indexOf(', ')
  if (comma < 0 || !qualifiers) return words
  const rest = words.slice(comma + 2, comma + 62).toLowerCase()
  for (const qualifier of qualifiers) {
    const lower = qualifier.toLowerCase()
    if (rest.startsWith(lower) && (rest.length === lower.length || rest[lower.length] === ' '))
      return words.slice(0, comma)
  }
  return words
}

/**
 * A declaration's formula in the first person (`We, the Heads of State/Government of …, on the
 * occasion of the 48th Summit;`): a pronoun of the profile and a comma open it, a comma, semicolon or
 * colon ends it; it may run long and hold numbers.
 */
function isDeclarant(text: string, pronouns: readonly string[] | undefined): boolean {
  if (!pronouns || text.length > 600) return false
  const last = text[text.length - 1]
  if (last !== ',' && last !== ';' && last !== ':') return false
  return pronouns.some((pronoun) => text.startsWith(pronoun))
}

/**
 * Whether a block is a document's kind alone in capitals, after an article of up to three letters if
 * any (`A BILL`, `RESOLUTION`, `UN PROYECTO`… as the profile lists kinds): a cover's line.
 */
function isKindAlone(reading: Reading, lexicon: Lexicon): boolean {
  if (reading.label || reading.words > 3 || !reading.capitals) return false
  const words = reading.bare.split(' ')
  if (words.length > 2 || (words.length === 2 && words[0]!.length > 3)) return false
  return isDocumentKind(words[words.length - 1]!, lexicon.profile)
}
