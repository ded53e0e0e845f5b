import type {Profile} from '../profile.js'
import {englishNumbers} from './number-words.js'
import {phrases} from './phrases.js'

// `FIRST SCHEDULE` … `TWENTIETH SCHEDULE`, `THE FIRST SCHEDULE` …: the heading of a schedule
// numbered in words (see `attachments`).
const ordinalSchedules = phrases(
  'first | second | third | fourth | fifth | sixth | seventh | eighth | ninth | tenth | eleventh | twelfth | thirteenth | fourteenth | fifteenth | sixteenth | seventeenth | eighteenth | nineteenth | twentieth',
).flatMap((ordinal) =>
  ['', 'THE '].map((article) => ({
    startsWith: `${article}${ordinal.toUpperCase()} SCHEDULE`,
    name: 'schedule',
    alone: true,
  })),
)

// A date as an act prints it in its front matter: `12th March, 2031`, `12 March 2031`, `the 12th day
// of March, 2031`, `March 12, 2031`.
const printedDate =
  '(?<date>(?:the )?\\d{1,2}(?:st|nd|rd|th)? (?:day of )?\\p{Lu}\\p{Ll}{2,8},? \\d{4}|\\p{Lu}\\p{Ll}{2,8} \\d{1,2},? \\d{4})'

/**
 * English: resolutions and decisions of the UN General Assembly and Security Council, OSCE,
 * UNESCO, ILO, WHO, AU, the Council of Europe, EU acts (`Having regard to`, `Whereas:`, `HAS
 * ADOPTED THIS REGULATION:`, `Article 1`) and parliaments.
 *
 * @example en.operativeVerbs?.includes('Urges') // true
 */
export const en: Profile = {
  language: 'en',
  stopWords: phrases(
    'the | of | and | to | in | that | with | for | on | its | by | is | are | be | which | this | has | have | their | these | from | shall | as | all',
  ),
  superscripts: phrases('o | st | nd | rd | th'),
  documentNumber: [
    // `DECISION No. 7/17`, numbered within a year, or `DECISION No. 1501`, in one series.
    /^(?=\p{Lu})DECISION No?\.? ?(\d{1,4}(?:[/-]\d{1,4})?)(?![\p{N}/-])/iu,
    /^(?=\p{Lu})RESOLUTION N?o?\.? ?(\d{1,4}[/-]\d{1,4})/iu,
    // A legislature's resolution or bill by its chamber: `SENATE RESOLUTION NO. 45`, `House Joint Resolution 12`.
    /^(?=\p{Lu})(?:(?:SENATE|HOUSE|ASSEMBLY|JOINT|CONCURRENT) ){1,3}(?:RESOLUTION|BILL|MEMORIAL) (?:NO\.? ?)?(\d{1,5})$/iu,
    // A conference of the parties' decision: `Decision 1/CP.35`, `Decision 15/4` (no `No.`).
    /^(?=\p{Lu})DECISION (\d{1,4}\/(?:\d{1,4}|(?:CP|CMP|CMA)\.\d{1,3}))(?![\p{N}/])/iu,
    /^(\d{1,3}\/\d{1,4}(?: [A-Z])?)\. /u,
    /^Resolution (\d{1,5} \(\d{4}\))/u,
    // A United Kingdom statutory instrument's number within its year, alone on its line: `2031 No. 123`.
    /^\d{4} No\. (\d{1,5})$/u,
    // An act's number within its year, or in one series, alone on its line under or over its title,
    // as parliaments of the Commonwealth print it: `No. 3 of 2031` (Kenya), `Act No. 12 of 2031`,
    // `Act 14 of 2031` (South Africa), `No. 12, 2031` (Australia), `ACT 1021` (Ghana), `Act No. 5`.
    /^(?:Act |ACT )?(?:No|NO)\. ?(\d{1,5})(?: of| OF|,) \d{4}$/u,
    /^(?:Act|ACT) (?:No|NO)\. ?(\d{1,5})$/u,
    /^(?:Act|ACT) (\d{1,5})(?: of \d{4}| OF \d{4})?$/u,
  ],
  meetingDay: /^(\S{1,30} day) of the (.{1,120})$/iu,
  journal: /^([A-Z]{1,6}\(\d{1,3}\)),? Journal No?\.? ?(\d{1,4}),? Agenda item (\d{1,4})/iu,
  dayOrdinals: [['first'], ['second'], ['third'], ['fourth'], ['fifth']],
  bodies: [
    {
      formula: 'The Ministerial Council',
      country: 'osce',
      subtype: 'decision',
      eId: 'osce-mc',
      href: '/ontology/organization/osce/ministerialCouncil',
      showAs: 'OSCE Ministerial Council',
      symbolPrefix: 'MC.DEC/',
    },
    {
      formula: 'The Permanent Council',
      country: 'osce',
      subtype: 'decision',
      eId: 'osce-pc',
      href: '/ontology/organization/osce/permanentCouncil',
      showAs: 'OSCE Permanent Council',
      symbolPrefix: 'PC.DEC/',
    },
    {
      formula: 'The General Assembly',
      country: 'un',
      subtype: 'resolution',
      eId: 'un-ga',
      href: '/ontology/organization/un/generalAssembly',
      showAs: 'United Nations General Assembly',
      symbolPrefix: 'A/RES/',
    },
    {
      formula: 'The Security Council',
      country: 'un',
      subtype: 'resolution',
      eId: 'un-sc',
      href: '/ontology/organization/un/securityCouncil',
      showAs: 'United Nations Security Council',
      symbolPrefix: 'S/RES/',
    },
  ],
  formulaQualifiers: phrases(
    'meeting in | meeting at | having been convened | under the terms of | acting under | pursuant to | in accordance with | by virtue of | in virtue of | in pursuance of | in exercise of | on the basis of',
  ),
  formulaPronouns: ['We, ', 'WE, '],
  formulaArticles: ['The ', 'THE '],
  recitalOpeners: phrases(`
    Reaffirming | Recalling | Deeply | Appalled | Aware | Mindful | Considering | Recognizing | Recognising |
    Commending | Emphasizing | Emphasising | Stressing | Underlining | Fearing | Taking | Expressing |
    Reiterating | Noting | Having | Alarmed | Concerned | Gravely | Convinced | Welcoming | Acknowledging |
    Guided | Determined | Affirming | Confirming | Desiring | Desirous | Bearing | Believing | Observing |
    Seriously | Conscious | Cognizant | Encouraged | Highlighting | Appreciating | Deploring | Acting |
    Determining | Supporting | Whereas | Having regard to | Pursuant to | In view of | Further to |
    Reaffirming also | Recalling also | Noting also | Profoundly | Greatly | Strongly | Firmly |
    Underscoring | Reasserting | Inspired | Persuaded | Resolved to | Committed | Dismayed | Disturbed |
    Distressed | Shocked | Outraged | Regretting | Saddened | Satisfied | Pleased | Grateful | Seized |
    Cognisant | Looking forward | Keeping in mind | With reference to`),
  recitalEndings: phrases('ing'),
  operativeVerbs: phrases(`
    Decides | Requests | Encourages | Tasks | Invites | Calls upon | Calls on | Calls for | Calls |
    Urges | Recommends | Adopts | Approves | Stresses | Reaffirms | Welcomes | Condemns | Takes note |
    Takes | Underlines | Emphasizes | Emphasises | Commends | Notes | Recognizes | Recognises |
    Recalls | Expresses | Endorses | Reiterates | Acknowledges | Affirms | Appeals | Authorizes |
    Authorises | Agrees | Appreciates | Appropriates | Anticipates | Confirms | Considers | Commits |
    Declares | Demands | Deplores | Determines | Draws | Establishes | Proclaims | Re-emphasizes |
    Refers | Reminds | Renews | Resolves | Respects | Supports | Underscores | Looks forward |
    Continues | Designates | Elects | Appoints | Extends | Accepts | Authorizes | Instructs |
    Directs | Regrets | Insists | Notes with | Observes | Reaffirm | Recognize | Welcome | Decide |
    Request | Take note | Note | Encourage | Invite | Agree | Adopt | Approve | Ratifies | Suspends |
    Terminates | Amends | Repeals | Abolishes | Congratulates | Thanks | Pays tribute | Mandates |
    Endorse | Accept | Resolve | We reaffirm | We recognize | We welcome | We decide | We commit |
    We emphasize | We affirm | We stress | We underline | We will | We call | We note | We urge |
    We express | We acknowledge | We invite | We encourage | We request | We support |
    Delete | Replace | Insert | Add | Amend | Renumber | Reword | Move | Substitute |
    Resolved, That | Resolved by | Resolved further, That | Be it resolved | Be it further resolved |
    Be it also resolved | Be it finally resolved`),
  adverbs: phrases(`
    Also | Further | Furthermore | Again | Once again | Once more | Strongly | Firmly | Warmly |
    Deeply | Fully | Hereby | Equally | Finally | Urgently | Emphatically | Unequivocally | Likewise |
    Similarly | Additionally | Moreover | Accordingly | Therefore | Consequently | Resolutely |
    Categorically | Unreservedly | Reluctantly | Solemnly | Formally | Respectfully | Most | Earnestly`),
  enactingTerms: phrases(`
    has adopted this regulation | has adopted this decision | has adopted this directive |
    have adopted this regulation | have adopted this decision | have adopted this directive |
    has adopted the following | has adopted the following resolution | hereby resolves |
    has decided as follows | decides as follows | resolves as follows | have agreed as follows |
    has resolved | resolves | hereby decides | enacts | be it enacted | has decided |
    in congress assembled | makes the following regulations | make the following regulations |
    makes the following order | make the following order | makes the following rules |
    make the following rules`),
  // The ILO's formula ends so, after its recitals: `adopts this … day of June … the following Convention, …`.
  enactingOpeners: ['adopts this'],
  // An act's long title over its enacting formula: `AN ACT of Parliament to provide for …`, `An Act
  // to make provision for …`, `AN ACT TO PROVIDE FOR …`, `AN ACT` / `To provide for …` (its head
  // alone on its line, as South Africa prints it).
  longTitles: [/^(?:AN ACT|An Act)(?: of [\p{L}' ]{1,80}?)?,? (?:to|for|To|TO|FOR) /u],
  // The table of contents at the head of a Commonwealth act, over its long title.
  contentsHeadings: phrases(
    'Arrangement of sections | Arrangement of clauses | Arrangement of regulations | Arrangement of rules | Arrangement of parts',
  ),
  // An act of the Commonwealth's enacting formula, over its sections: `ENACTED by the Parliament of
  // Kenya, as follows—`, `BE IT ENACTED by the National Assembly … as follows:`, `Be it enacted by
  // Parliament … as follows:—`; the Parliament of Ghana's `PASSED by Parliament and assented to by
  // the President:`.
  enactingClauses: [
    /^(?:be it )?enacted by .{1,300}? as follows(?::|[:.,]?[—–-]{1,2})$/iu,
    /^passed by (?:the )?parliament and assented to by the president(?::|[:.,]?[—–-]{1,2})$/iu,
    // A United Kingdom statutory instrument's, in today's drafting: `The Secretary of State makes these
    // Regulations in exercise of the powers conferred by …`.
    /^The [^,;:]{1,120}? makes? these (?:Regulations|Rules|Order|Scheme)(?: in exercise of |[.:]$)/u,
    // A simple resolution of the United States Congress over its numbered items, after `Whereas …:
    // Now, therefore, be it`: `Resolved, That the House of Representatives—`.
    /^Resolved, That [^.;:—]{1,200}(?:—|--|:)$/u,
  ],
  hierarchyWords: [
    {word: 'Article', name: 'article'},
    {word: 'Chapter', name: 'chapter'},
    {word: 'Part', name: 'part'},
    {word: 'Section', name: 'section'},
    // United States bills and codes abbreviate the word (`SEC. 2. DEFINITIONS.`).
    {word: 'Sec.', name: 'section'},
    {word: 'Title', name: 'title'},
  ],
  // The date line under an EU act's title (`of 21 January 2031`).
  actDateLines: [/^of \d{1,2} \p{Lu}\p{Ll}{2,8} \d{4}$/u],
  adoptionLines: [
    /^\d{1,4}(?:st|nd|rd|th) (?:\(resumed\) )?(?:plenary )?meeting\b/iu,
    // In brackets too, as a line under the title: `(Adopted by the Committee of Ministers on 3 March 2031 …)`.
    /^\(?Adopted (?:by [^,]{1,120} )?at (?:its|the) \d{1,5}(?:st|nd|rd|th) (?:plenary )?(?:meeting|session)\b/iu,
    /^\(?Adopted (?:unanimously )?(?:by [^,]{1,120} )?on (?:\d{1,2} [A-Z][a-z]{2,8}|[A-Z][a-z]{2,8} \d{1,2},) \d{4}\b/u,
    /^(?:Resolution|Decision) adopted by (?:the )?[A-Z][^,]{0,120}\b/u,
    /^\[?Adopted (?:without a vote|by consensus|unanimously)\b/iu,
    // The meeting by its ordinal in words and its date, as the WHO closes its resolutions and
    // decisions, in brackets under a decision: `Eighth plenary meeting, 27 May 2031`, `(Third
    // meeting, 3 February 2031)`.
    /^\(?(?:[A-Z][a-z]{2,8}-)?[A-Za-z][a-z]{1,10}(?:st|nd|rd|th) (?:plenary )?meeting, \d{1,2} [A-Z][a-z]{2,8} \d{4}\)?\.?$/u,
    // `Resolution adopted on 19 September 2031 during the eighth plenary meeting`, as the IAEA dates its resolutions.
    /^(?:Resolution|Decision) adopted on \d{1,2} [A-Z][a-z]{2,8} \d{4}\b/u,
    // The dates a United Kingdom statutory instrument prints under its title: `Made 3rd March 2031`
    // (the date it was made: its date), `Laid before Parliament 5th March 2031`, `Coming into force
    // 1st April 2031` (in capitals too, or as `Coming into force in accordance with regulation 1`).
    /^(?:Made|MADE|Laid before Parliament|LAID BEFORE PARLIAMENT|Coming into force|COMING INTO FORCE)(?: -)? (?:\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8} \d{4}|in accordance with)\b/u,
  ],
  // The dates an act of the Commonwealth prints in its front matter, in brackets or not: `[Date of
  // Assent: 12th March, 2031]` (Kenya, Ghana), `[Assented to 12 March 2031]` (Australia, South
  // Africa), a date alone in brackets under the long title (`[12th March, 2031.]`, India, Jamaica),
  // `Date of commencement: 1st April, 2031`.
  actDates: [
    {
      pattern: new RegExp(
        `^[\\[(]?(?:Date of [Aa]ssent|DATE OF ASSENT)[:.]? ?${printedDate}\\.?[\\])]?$`,
        'u',
      ),
      event: 'assent',
    },
    {
      pattern: new RegExp(`^[\\[(]?(?:Assented to|ASSENTED TO)(?: on)? ${printedDate}\\.?[\\])]?$`, 'u'),
      event: 'assent',
    },
    {pattern: new RegExp(`^\\[${printedDate}\\.?\\]$`, 'u'), event: 'assent'},
    // Its margin note beside it says a date in brackets is the commencement's (`[29th May, 2031]
    // Commencement.`, as Nigeria prints it).
    {pattern: new RegExp(`^\\[${printedDate}\\.?\\] {1,40}Commencement\\.?$`, 'u'), event: 'commencement'},
    {
      pattern: new RegExp(
        `^[\\[(]?(?:Date of [Cc]ommencement|DATE OF COMMENCEMENT|Commencement|COMMENCEMENT)[:.]? ?${printedDate}\\.?[\\])]?$`,
        'u',
      ),
      event: 'commencement',
    },
    // The commencement put otherwise than by a date (`Date of commencement: see section 1`, `… on
    // notice in the Gazette`): a line of the front matter all the same, no date marked.
    {
      pattern: /^[[(]?(?:Date of [Cc]ommencement|DATE OF COMMENCEMENT)[:.] ?[^\])]{1,80}[\])]?$/u,
      event: 'commencement',
    },
  ],
  // `European Parliament resolution of 12 March 2031 on …`, `Council Decision of 3 March 2031 on …`:
  // a title that names the body, the kind and the date of adoption.
  actTitles: [
    {
      pattern:
        /^(?:\p{Lu}[\p{L}-]{1,20} ){1,3}(?:legislative |non-legislative )?(?:resolution|decision|recommendation) of (?<date>\d{1,2} \p{Lu}\p{Ll}{2,8} \d{4})(?=[ ,.]|$)/u,
    },
  ],
  partHeadings: {
    preamble: ['Preamble'],
    operative: ['Operative part', 'Operative paragraphs', 'Operative provisions'],
  },
  documentKinds: phrases(
    'Resolution | Decision | Declaration | Recommendation | Regulation | Directive | Opinion | Statement | Communiqué | Communique | Bill | Convention | Treaty | Agreement | Protocol | Charter | Covenant | Order | Rules',
  ),
  closingOpeners: phrases('Done at | Adopted at | Signed at | In witness whereof'),
  attachments: [
    {startsWith: 'INTERPRETATIVE STATEMENT', name: 'interpretativeStatement'},
    // As OSCE pages head what a decision attaches: `Attachment`, `Attachment 2`, above its own heading.
    {startsWith: 'ATTACHMENT', name: 'attachment', alone: true},
    {startsWith: 'STATEMENT', name: 'statement'},
    {startsWith: 'ANNEX', name: 'annex'},
    {startsWith: 'APPENDIX', name: 'appendix'},
    // What an act or a statutory instrument of the United Kingdom and the Commonwealth attaches after
    // its sections or regulations: `SCHEDULE 1`, `SCHEDULE` (a sole one), `Schedule 2A`, alone on its
    // line over its title (`Schedule 2 has effect.` is a sentence); a Markdown heading may go on
    // (`## Schedule A: Fees`).
    {startsWith: 'SCHEDULE', name: 'schedule', alone: true},
    // An act of the Commonwealth (Kenya, Nigeria, India, Jamaica) numbers its schedules in words,
    // alone on the line: `FIRST SCHEDULE`, `THE SECOND SCHEDULE`; a sole one is `THE SCHEDULE`.
    {startsWith: 'THE SCHEDULE', name: 'schedule', alone: true},
    ...ordinalSchedules,
    // What a United Kingdom statutory instrument attaches after its signature: its explanatory note
    // (`EXPLANATORY NOTE` / `(This note is not part of the Regulations)`), alone on its line.
    {startsWith: 'EXPLANATORY NOTE', name: 'explanatoryNote', alone: true},
  ],
  // The provision a schedule belongs to, under its heading (`SCHEDULE 1` / `Regulation 3`): `Article
  // 2(1)`, `Regulations 3 and 4`, `Sections 4 to 6`.
  attachmentReferences: [
    // As the Commonwealth prints it, in brackets: `(s. 3)`, `(ss. 3, 4)`, `(Section 3)`, `[Section 3.]`,
    // `[See section 2(b)]`.
    /^[([](?:[Ss]ee )?(?:ss?\.|[Ss]ections?|SECTIONS?) ?\d{1,3}[A-Z]{0,2}(?: ?\(\d{1,3}[A-Za-z]{0,2}\)| ?\([a-z]{1,5}\)){0,4}(?:(?:, | and | to | or |–|-)\d{1,3}[A-Z]{0,2}(?: ?\(\d{1,3}[A-Za-z]{0,2}\)| ?\([a-z]{1,5}\)){0,4}){0,8}\.?[)\]]$/u,
    /^(?:Regulations?|Articles?|Sections?|Rules?|Paragraphs?) \d{1,3}[A-Z]{0,2}(?:\(\d{1,3}[A-Za-z]{0,2}\)|\([a-z]{1,5}\)){0,4}(?:(?:, | and | to | or |–|-)\d{1,3}[A-Z]{0,2}(?:\(\d{1,3}[A-Za-z]{0,2}\)|\([a-z]{1,5}\)){0,4}){0,8}$/u,
  ],
  delegationPrefixes: ['By the ', 'Made by the ', 'By '],
  delegationConnectors: ['of the ', 'of '],
  journalCitations: ['OJ'],
  // The line under an EU act's title that says it applies in the European Economic Area too.
  scopeNotes: ['Text with EEA relevance'],
  corrigendumOpeners: phrases(
    'Includes a correction | Includes corrections | Incorporates a correction | Incorporates corrections',
  ),
  linguisticConformity: phrases('linguistic conformity'),
  months: phrases(
    'january | february | march | april | may | june | july | august | september | october | november | december',
  ),
  numberWords: englishNumbers,
  pageFurniture: [
    /^(?:Page|PAGE) \d{1,4}$/u,
    /^Page \d{1,4} of \d{1,4}$/iu,
    /^Original ?: ?[A-Z]{2,20}$/u,
    // The running head of an annex's pages under the symbol, as IMO and other bodies print it:
    // `Annex, page 3`, `Annex 2, page 1`, `Appendix, page 2`.
    /^(?:Annex|ANNEX|Appendix|APPENDIX)(?: [IVX\d]{1,4})?, page \d{1,4}$/u,
  ],
  hyphenPrefixes: phrases(
    'anti | co | cross | ex | multi | non | post | self | well | vice | long | short | high | low',
  ),
  hyphenSuffixes: phrases(
    'based | related | led | making | term | level | wide | free | sensitive | specific',
  ),
}
