import {
  type Attachment,
  assignEIds,
  type Document,
  type Hcontainer,
  type Inline,
  type LifecycleEvent,
  type Meta,
  type Organization,
  type P,
  type Paragraph,
  type Person,
  type Point,
} from '@clausewise/model'
import fc from 'fast-check'

// Words and marks decisions are made of, plus strings that attack a writer that forgets to escape.
const words = [
  'Conseil',
  'ministériel',
  'décision',
  'États',
  'participants',
  'coopération',
  'traite',
  'enfants',
  'Ministerial',
  'Council',
  'participating',
  'States',
  'trafficking',
  'l’adoption',
  'd’échanger',
  'par-delà',
  '«\u00a0Nous',
  'jour.\u00a0»',
  'Réaffirmant',
  'Recalling',
  '2017',
  '7/17',
  '(1990),',
  'IV.1',
  'A)',
  ';',
  ':',
  ',',
  '?',
  '!',
  '%',
  '<script>alert(1)</script>',
  '&amp;',
  '&',
  ']]>',
  '"',
  "'",
  '<',
  '>',
  '&#x26;',
  '<!--',
  '\u202f:',
  'ǅ',
  '𝔸',
  '\t',
]
const separators = [' ', ' ', ' ', '  ', '\u00a0', '\u202f']

/** A run of text: words joined by spaces (sometimes doubled, non-breaking or narrow), no line breaks. */
export const arbitraryText = (): fc.Arbitrary<string> =>
  fc
    .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...separators)), {minLength: 1, maxLength: 8})
    .map((pairs) => pairs.map(([word, separator], index) => (index === 0 ? word : separator + word)).join(''))

const text = (value: string): Inline => ({type: 'text', value})

/** Inline content of a paragraph: texts mixed with markup; adjacent texts merged, none empty. */
const arbitraryInlines = (noteIds: string[]): fc.Arbitrary<Inline[]> => {
  const leaf = arbitraryText()
  const pieces: fc.Arbitrary<Inline>[] = [
    leaf.map(text),
    leaf.map(text),
    leaf.map((value) => ({type: 'i', children: [text(value)]}) as Inline),
    leaf.map((value) => ({type: 'b', children: [text(value)]}) as Inline),
    leaf.map((value) => ({type: 'sup', children: [text(value)]}) as Inline),
    fc.tuple(leaf, fc.option(fc.constantFrom('«', '“'), {nil: undefined})).map(
      ([value, quote]): Inline =>
        quote === undefined
          ? {type: 'quotedText', children: [text(value)]}
          : {
              type: 'quotedText',
              startQuote: quote,
              endQuote: quote === '«' ? '»' : '”',
              children: [text(value)],
            },
    ),
    fc
      .tuple(
        leaf,
        fc.constantFrom('/akn/osce/statement/decision/2017-12-08/mc-7-17', 'https://example.org/a?b=1&c=2'),
      )
      .map(([value, href]): Inline => ({type: 'ref', href, children: [text(value)]})),
  ]
  if (noteIds.length > 0) {
    pieces.push(
      fc
        .tuple(fc.constantFrom(...noteIds), fc.option(fc.constantFrom('1', '*'), {nil: undefined}))
        .map(
          ([href, marker]): Inline =>
            marker === undefined ? {type: 'noteRef', href} : {type: 'noteRef', href, marker},
        ),
    )
  }
  return fc.array(fc.oneof(...pieces), {minLength: 1, maxLength: 4}).map(merge)
}

function merge(nodes: Inline[]): Inline[] {
  const result: Inline[] = []
  for (const node of nodes) {
    const last = result[result.length - 1]
    if (node.type === 'text' && last && last.type === 'text') last.value += node.value
    else result.push(node)
  }
  return result
}

const paragraphOf = (inlines: Inline[]): P => ({type: 'p', children: inlines})

const isoDate = (): fc.Arbitrary<string> =>
  fc
    .tuple(fc.integer({min: 1990, max: 2030}), fc.integer({min: 1, max: 12}), fc.integer({min: 1, max: 28}))
    .map(([year, month, day]) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`)

const persons: Person[] = [
  {
    type: 'person',
    eId: 'delegation-ru',
    showAs: 'Délégation de la Fédération de Russie',
    href: '/ontology/person/osce/delegation.russianFederation',
  },
  {
    type: 'person',
    eId: 'delegation-us',
    showAs: 'Delegation of the "United States" & <others>',
    href: '/ontology/person/osce/delegation.unitedStates',
  },
]
const body: Organization = {
  type: 'organization',
  eId: 'osce-mc',
  showAs: 'Conseil ministériel de l’OSCE',
  href: '/ontology/organization/osce/ministerialCouncil',
}

const arbitraryMeta = (): fc.Arbitrary<Meta> =>
  fc
    .record({
      country: fc.constantFrom('osce', 'un'),
      subtype: fc.option(fc.constant('decision'), {nil: undefined}),
      date: fc.oneof({weight: 9, arbitrary: isoDate()}, {weight: 1, arbitrary: fc.constant('')}),
      number: fc.constantFrom('7/17', '3/18', ''),
      language: fc.constantFrom('fr', 'en', 'fr-CH'),
      expressionDate: isoDate(),
      workUri: fc.option(fc.constant('/akn/osce/statement/decision/2017-12-08/mc-7-17'), {nil: undefined}),
      name: fc.option(arbitraryText(), {nil: undefined}),
      body: fc.constantFrom('none', 'body', 'body and reference'),
      symbol: fc.option(fc.constantFrom('MC.DEC/7/17/Corr.1', 'MC.DEC/7/17'), {nil: undefined}),
      originalSymbol: fc.option(fc.constant('MC.DEC/7/17'), {nil: undefined}),
      meeting: fc.option(
        fc.record(
          {
            name: arbitraryText(),
            symbol: fc.constant('CM(24)'),
            day: arbitraryText(),
            journal: fc.constant('2'),
            agendaItem: fc.constant('7'),
            place: fc.constant('Vienne'),
          },
          {requiredKeys: []},
        ),
        {nil: undefined},
      ),
      adoptionSymbol: fc.option(fc.constant('MC.DEC/7/17'), {nil: undefined}),
      corrigenda: fc.array(
        fc.record({
          date: isoDate(),
          refersTo: fc.constantFrom('linguisticConformity', 'corrigendum'),
          symbol: fc.option(fc.constantFrom('MC.DEC/7/17/Corr.1', 'MC.DEC/7/17/Corr.2'), {nil: undefined}),
          kind: fc.option(fc.constantFrom('linguisticConformity', 'correction'), {nil: undefined}),
        }),
        {maxLength: 2},
      ),
      persons: fc.subarray(persons),
      notes: fc.array(arbitraryText(), {maxLength: 2}),
    })
    .map((draft) => {
      const meta: Meta = {
        frbr: {
          country: draft.country,
          date: draft.date,
          number: draft.number,
          language: draft.language.startsWith('fr') ? 'fra' : 'eng',
          expressionDate: draft.expressionDate,
        },
        language: draft.language,
        lifecycle: [],
        references: draft.persons.map((person) => ({...person})),
        notes: draft.notes.map((value, index) => ({
          eId: `note_${index + 1}`,
          children: [paragraphOf([text(value)])],
        })),
      }
      if (draft.subtype !== undefined) meta.frbr.subtype = draft.subtype
      if (draft.workUri !== undefined) meta.frbr.workUri = draft.workUri
      if (draft.name !== undefined) meta.frbr.name = draft.name
      if (draft.body !== 'none') meta.body = {...body}
      if (draft.body === 'body and reference') meta.references.unshift({...body})
      if (draft.symbol !== undefined) meta.symbol = draft.symbol
      if (draft.originalSymbol !== undefined) meta.originalSymbol = draft.originalSymbol
      if (draft.meeting !== undefined) meta.meeting = draft.meeting
      const adoption: LifecycleEvent = {
        eId: 'evnt_1',
        date: draft.date,
        type: 'generation',
        refersTo: 'adoption',
      }
      if (draft.adoptionSymbol !== undefined) adoption.symbol = draft.adoptionSymbol
      meta.lifecycle.push(adoption)
      for (const [index, corrigendum] of draft.corrigenda.entries()) {
        const event: LifecycleEvent = {
          eId: `evnt_${index + 2}`,
          date: corrigendum.date,
          type: 'amendment',
          refersTo: corrigendum.refersTo,
        }
        if (corrigendum.symbol !== undefined) event.symbol = corrigendum.symbol
        if (corrigendum.kind !== undefined) event.kind = corrigendum.kind
        meta.lifecycle.push(event)
      }
      return meta
    })

const letters = 'abcdefgh'

const arbitraryParagraph = (
  noteIds: string[],
  numbered: boolean,
): fc.Arbitrary<(index: number) => Paragraph> =>
  fc.oneof(
    arbitraryInlines(noteIds).map(
      (inlines) =>
        (index: number): Paragraph => ({
          type: 'paragraph',
          eId: '',
          children: [
            ...(numbered ? [{type: 'num' as const, value: `${index + 1}.`}] : []),
            {type: 'content', children: [paragraphOf(inlines)]},
          ],
        }),
    ),
    fc
      .tuple(arbitraryInlines(noteIds), fc.array(arbitraryInlines(noteIds), {minLength: 1, maxLength: 4}))
      .map(
        ([intro, points]) =>
          (index: number): Paragraph => ({
            type: 'paragraph',
            eId: '',
            children: [
              ...(numbered ? [{type: 'num' as const, value: `${index + 1}.`}] : []),
              {type: 'intro', children: [paragraphOf(intro)]},
              {
                type: 'list',
                eId: '',
                children: points.map(
                  (inlines, pointIndex): Point => ({
                    type: 'point',
                    eId: '',
                    children: [
                      {type: 'num', value: `${letters[pointIndex]})`},
                      {type: 'content', children: [paragraphOf(inlines)]},
                    ],
                  }),
                ),
              },
            ],
          }),
      ),
  )

/**
 * Random valid decisions: a preface (number with a superscript, title, maybe a note), a preamble
 * (formula, 0–n recitals), a main body (maybe an operative introduction, paragraphs with content or
 * intro and points), maybe interpretative statements, and metadata with lifecycle, references and
 * notes. Texts mix French and English words, typography (’ « » NBSP, U+202F), digits and hostile
 * strings, never line breaks or characters XML forbids. eIds come from `assignEIds`.
 *
 * @example fc.assert(fc.property(arbitraryDocument(), (document) => …))
 */
export function arbitraryDocument(): fc.Arbitrary<Document> {
  return arbitraryMeta().chain((meta) => {
    const noteIds = meta.notes.map((note) => note.eId)
    const personIds = meta.references.filter((item) => item.type === 'person').map((item) => item.eId)
    const attachment = fc
      .record({
        title: arbitraryText(),
        author:
          personIds.length > 0
            ? fc.option(fc.constantFrom(...personIds), {nil: undefined})
            : fc.constant(undefined),
        paragraphs: fc.array(arbitraryParagraph(noteIds, false), {minLength: 1, maxLength: 3}),
      })
      .map(({title, author, paragraphs}) => (): Attachment => {
        const preface: P[] = [paragraphOf([{type: 'docTitle', children: [text(title)]}])]
        if (author !== undefined) {
          const person = meta.references.find((item) => item.eId === author)!
          preface.push(
            paragraphOf([
              text('Faite par la '),
              {type: 'party', refersTo: author, children: [text(person.showAs)]},
              text(' :'),
            ]),
          )
        }
        const node: Attachment = {
          type: 'attachment',
          eId: '',
          name: 'interpretativeStatement',
          children: [
            {type: 'preface', children: preface},
            {type: 'mainBody', children: paragraphs.map((make, index) => make(index))},
          ],
        }
        if (author !== undefined) node.author = author
        return node
      })
    return fc
      .record({
        number: fc.constantFrom('7/17', '3/18', '12/21'),
        title: arbitraryText(),
        note: fc.option(arbitraryText(), {nil: undefined}),
        formula: fc.constantFrom('Le Conseil ministériel,', 'The Ministerial Council,'),
        recitals: fc.array(arbitraryInlines(noteIds), {maxLength: 4}),
        introduction: fc.option(arbitraryInlines(noteIds), {nil: undefined}),
        paragraphs: fc.array(arbitraryParagraph(noteIds, true), {minLength: 1, maxLength: 5}),
        attachments: fc.array(attachment, {maxLength: 2}),
      })
      .map((draft) => {
        const numberLine: Inline[] = [
          {
            type: 'docNumber',
            children: [text('Décision n'), {type: 'sup', children: [text('o')]}, text(` ${draft.number}`)],
          },
        ]
        if (draft.note !== undefined) {
          numberLine.push({
            type: 'authorialNote',
            eId: '',
            marker: '1',
            placement: 'bottom',
            children: [paragraphOf([text(draft.note)])],
          })
        }
        const preamble: Document['children'][number] = {
          type: 'preamble',
          children: [
            {
              type: 'formula',
              name: 'enactingFormula',
              eId: '',
              children: [paragraphOf([text(draft.formula)])],
            },
          ],
        }
        if (draft.recitals.length > 0) {
          preamble.children.push({
            type: 'recitals',
            eId: '',
            children: draft.recitals.map((inlines) => ({
              type: 'recital',
              eId: '',
              children: [paragraphOf(inlines)],
            })),
          })
        }
        const mainBody: Document['children'][number] = {
          type: 'mainBody',
          children: draft.paragraphs.map((make, index) => make(index)),
        }
        if (draft.introduction !== undefined) {
          mainBody.children.unshift({
            type: 'blockContainer',
            eId: '',
            children: [paragraphOf(draft.introduction)],
          })
        }
        const document: Document = {
          type: 'document',
          documentType: 'statement',
          name: 'decision',
          meta,
          children: [
            {
              type: 'preface',
              children: [
                paragraphOf(numberLine),
                paragraphOf([{type: 'docTitle', children: [text(draft.title)]}]),
              ],
            },
            preamble,
            mainBody,
          ],
        }
        if (draft.attachments.length > 0) {
          document.children.push({type: 'attachments', children: draft.attachments.map((make) => make())})
        }
        return assignEIds(document)
      })
  })
}

const unitNames = ['chapter', 'part', 'section', 'subsection', 'article', 'schedule'] as const

/** A hierarchical unit: maybe a number and a heading, then content, paragraphs or nested units. */
const arbitraryUnit = (noteIds: string[], depth: number): fc.Arbitrary<Hcontainer> =>
  fc
    .record({
      name: fc.constantFrom(...unitNames),
      num: fc.option(fc.constantFrom('1', '2', 'IV', '3A'), {nil: undefined}),
      heading: fc.option(arbitraryInlines(noteIds), {nil: undefined}),
      sourceEId: fc.option(fc.constantFrom('chp_seq1', 'pt_x', 'sec_a'), {nil: undefined}),
      content: fc.option(fc.array(arbitraryInlines(noteIds), {minLength: 1, maxLength: 2}), {nil: undefined}),
      paragraphs: fc.array(arbitraryParagraph(noteIds, true), {maxLength: 2}),
      units: depth < 3 ? fc.array(arbitraryUnit(noteIds, depth + 1), {maxLength: 2}) : fc.constant([]),
    })
    .map((draft): Hcontainer => {
      const unit: Hcontainer = {
        type: 'hcontainer',
        eId: draft.sourceEId ?? '',
        name: draft.name,
        children: [],
      }
      if (draft.num !== undefined) unit.children.push({type: 'num', value: draft.num})
      if (draft.heading !== undefined) unit.children.push({type: 'heading', children: draft.heading})
      if (draft.content !== undefined)
        unit.children.push({type: 'content', children: draft.content.map(paragraphOf)})
      unit.children.push(...draft.paragraphs.map((make, index) => make(index)), ...draft.units)
      return unit
    })

/**
 * Random acts as a third party's AKN has them: a preface with a short title and a long title, a
 * `body` of hierarchical units (chapters, parts, sections… with numbers, headings, content, numbered
 * paragraphs and nested units), `noteRef`s to `meta.notes`, and some eIds kept from the source
 * (`chp_seq1`) rather than made by `assignEIds`. Same texts and metadata as {@link arbitraryDocument}.
 *
 * @example fc.assert(fc.property(arbitraryAct(), (act) => …))
 */
export function arbitraryAct(): fc.Arbitrary<Document> {
  return arbitraryMeta().chain((meta) => {
    const noteIds = meta.notes.map((note) => note.eId)
    return fc
      .record({
        shortTitle: arbitraryText(),
        longTitle: fc.option(arbitraryInlines(noteIds), {nil: undefined}),
        units: fc.array(arbitraryUnit(noteIds, 1), {minLength: 1, maxLength: 3}),
      })
      .map((draft) => {
        const preface: Extract<Document['children'][number], {type: 'preface'}> = {
          type: 'preface',
          eId: 'preface',
          children: [paragraphOf([{type: 'shortTitle', children: [text(draft.shortTitle)]}])],
        }
        if (draft.longTitle !== undefined)
          preface.children.push({
            type: 'longTitle',
            eId: '#long_title',
            children: [paragraphOf(draft.longTitle)],
          })
        const document: Document = {
          type: 'document',
          documentType: 'act',
          name: 'act',
          meta,
          children: [preface, {type: 'body', eId: 'body', children: draft.units}],
        }
        return assignEIds(document, {keep: true})
      })
  })
}
