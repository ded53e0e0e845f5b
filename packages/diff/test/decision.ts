import {
  type AuthorialNote,
  assignEIds,
  type Document,
  emptyMeta,
  type LifecycleEvent,
  type P,
  type Paragraph,
  type Point,
  type Recital,
} from '@clausewise/model'

/** A clause of a test decision: its text, optionally a printed number, a footnote and points. */
export interface ClauseSpec {
  text: string
  num?: string
  note?: string
  points?: (string | ClauseSpec)[]
}

/** What a test decision holds. */
export interface DecisionSpec {
  number?: string
  title?: string
  symbol?: string
  work?: string
  lifecycle?: LifecycleEvent[]
  formula?: string
  recitals?: (string | ClauseSpec)[]
  paragraphs?: (string | ClauseSpec)[]
}

const spec = (value: string | ClauseSpec): ClauseSpec => (typeof value === 'string' ? {text: value} : value)

function p(text: string, note?: string): P {
  const children: P['children'] = [{type: 'text', value: text}]
  if (note !== undefined) {
    const authorialNote: AuthorialNote = {
      type: 'authorialNote',
      eId: '',
      marker: '1',
      children: [{type: 'p', children: [{type: 'text', value: note}]}],
    }
    children.push(authorialNote)
  }
  return {type: 'p', children}
}

function point(value: string | ClauseSpec, index: number): Point {
  const clause = spec(value)
  const letter = String.fromCharCode(97 + index)
  return {
    type: 'point',
    eId: '',
    children: [
      {type: 'num', value: clause.num ?? `${letter})`},
      {type: 'content', children: [p(clause.text, clause.note)]},
    ],
  }
}

function paragraph(value: string | ClauseSpec, index: number): Paragraph {
  const clause = spec(value)
  const children: Paragraph['children'] = [{type: 'num', value: clause.num ?? `${index + 1}.`}]
  if (clause.points && clause.points.length > 0) {
    children.push({type: 'intro', children: [p(clause.text, clause.note)]})
    children.push({type: 'list', eId: '', children: clause.points.map(point)})
  } else {
    children.push({type: 'content', children: [p(clause.text, clause.note)]})
  }
  return {type: 'paragraph', eId: '', children}
}

function recital(value: string | ClauseSpec): Recital {
  const clause = spec(value)
  return {type: 'recital', eId: '', children: [p(clause.text, clause.note)]}
}

/**
 * A small decision built from plain strings, with eIds assigned, for tests.
 *
 * @example decision({recitals: ['Rappelant …,'], paragraphs: ['Décide …;']})
 */
export function decision(input: DecisionSpec): Document {
  const meta = emptyMeta('fr')
  meta.frbr.country = 'osce'
  meta.frbr.number = input.work ?? '7/17'
  meta.frbr.date = '2017-12-08'
  meta.frbr.expressionDate = '2017-12-08'
  if (input.symbol !== undefined) meta.symbol = input.symbol
  if (input.lifecycle) meta.lifecycle = input.lifecycle
  const document: Document = {
    type: 'document',
    documentType: 'statement',
    name: 'decision',
    meta,
    children: [
      {
        type: 'preface',
        children: [
          {
            type: 'p',
            children: [
              {type: 'docNumber', children: [{type: 'text', value: input.number ?? 'Décision nº 7/17'}]},
            ],
          },
          {
            type: 'p',
            children: [{type: 'docTitle', children: [{type: 'text', value: input.title ?? 'Titre'}]}],
          },
        ],
      },
      {
        type: 'preamble',
        children: [
          {
            type: 'formula',
            eId: '',
            name: 'enactingFormula',
            children: [p(input.formula ?? 'Le Conseil ministériel,')],
          },
          {type: 'recitals', eId: '', children: (input.recitals ?? []).map(recital)},
        ],
      },
      {type: 'mainBody', children: (input.paragraphs ?? []).map(paragraph)},
    ],
  }
  return assignEIds(document)
}
