import type {Document} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {eIds, textOf} from './genre-support.js'
import {all} from './support.js'

// Probes of the genre (see genre-support.ts): an article, a section or a rule whose own text, with no
// numbered paragraph, introduces lettered points, as statutes, EU acts and bylaws write them
// (`Article 2` / `Definitions` / `… the following definitions apply:` / `(a) …`). The text is the
// intro of one unnumbered paragraph that holds the points, as AKN4EU marks an article's list, and as
// this reader marks a numbered paragraph that introduces points. Expectations written by hand.

/** The types of the children of the clause with an eId. */
function childTypes(document: Document, eId: string): string[] {
  const node = [...all(document, 'hcontainer'), ...all(document, 'paragraph')].find(
    (clause) => clause.eId === eId,
  ) as {children: {type: string}[]} | undefined
  return node?.children.map((child) => child.type) ?? []
}

describe('an article whose text introduces its lettered points', () => {
  const lines = [
    'Article 5',
    'Termination',
    '',
    'Membership ends:',
    '',
    '(a) on resignation;',
    '',
    '(b) on non-payment of dues for two years; or',
    '',
    '(c) on expulsion.',
    '',
    'Article 6',
    'Meetings',
    '',
    'The General Meeting meets once a year.',
  ]
  const {document, diagnostics} = fromText(lines.join('\n'))

  it('makes the text the intro of one paragraph that holds the points', () => {
    expect(eIds(document)).toEqual([
      'art_5',
      'art_5__para_1',
      'art_5__para_1__list_1__point_a',
      'art_5__para_1__list_1__point_b',
      'art_5__para_1__list_1__point_c',
      'art_6',
    ])
    expect(childTypes(document, 'art_5')).toEqual(['num', 'heading', 'paragraph'])
    expect(childTypes(document, 'art_5__para_1')).toEqual(['intro', 'list'])
    expect(textOf(document, 'art_5__para_1')).toBe('Membership ends:')
    expect(textOf(document, 'art_5__para_1__list_1__point_b')).toBe(
      'on non-payment of dues for two years; or',
    )
  })

  it('reports nothing: the text introduces the points', () => {
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).not.toContain('points-without-paragraph')
  })

  it('leaves an article without points its text', () => {
    expect(childTypes(document, 'art_6')).toEqual(['num', 'heading', 'content'])
  })
})

describe('an EU article of definitions and a UK section that ends its text with a dash', () => {
  it('reads `(1)` … definitions under `… apply:` as points of one paragraph', () => {
    const {document} = fromText(
      [
        'Article 2',
        'Definitions',
        'For the purposes of this Regulation, the following definitions apply:',
        '(a) ‘coastal data’ means data on the state of the coast;',
        '(b) ‘data holder’ means a person who holds coastal data.',
        'Article 3',
        'Obligations',
        'Member States shall share coastal data.',
      ].join('\n'),
    )
    expect(eIds(document)).toEqual([
      'art_2',
      'art_2__para_1',
      'art_2__para_1__list_1__point_a',
      'art_2__para_1__list_1__point_b',
      'art_3',
    ])
    expect(textOf(document, 'art_2__para_1')).toBe(
      'For the purposes of this Regulation, the following definitions apply:',
    )
  })

  it('takes only the last block of the text for the intro when the text has two', () => {
    const {document} = fromText(
      [
        'Article 4',
        'Reports',
        '',
        'The Commission shall report every year.',
        '',
        'The report shall set out—',
        '',
        '(a) the data shared;',
        '',
        '(b) the data refused.',
      ].join('\n'),
    )
    expect(childTypes(document, 'art_4')).toEqual(['num', 'heading', 'intro', 'paragraph'])
    expect(textOf(document, 'art_4__para_1')).toBe('The report shall set out—')
    expect(eIds(document)).toContain('art_4__para_1__list_1__point_b')
  })
})

describe('points that no text introduces', () => {
  it('keeps a text that ends a sentence the article’s own, the points in a paragraph of their own (reported)', () => {
    const {document, diagnostics} = fromText(
      [
        'Article 7',
        'Officers',
        '',
        'The Board elects its officers.',
        '',
        '(a) a chair;',
        '',
        '(b) a treasurer.',
      ].join('\n'),
    )
    expect(childTypes(document, 'art_7')).toEqual(['num', 'heading', 'intro', 'paragraph'])
    expect(textOf(document, 'art_7__para_1')).toBe('')
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('points-without-paragraph')
  })

  it('keeps the points of a decision’s formula in a paragraph of their own (reported)', () => {
    const {document, diagnostics} = fromText(
      [
        'The General Assembly:',
        '(a) Approves the programme of work;',
        '(b) Invites the Bureau to take it into account.',
      ].join('\n'),
    )
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'para_1',
      'para_1__list_1__point_a',
      'para_1__list_1__point_b',
    ])
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('points-without-paragraph')
  })
})

// Statutes number a unit text's enumeration (definitions above all) in another style than their
// paragraphs: a German law's `Nummern` `1.` under `Absätze` `(1)`, a Russian law's `пункты` `1)`
// under `части` `1.`, an EU act's definitions `(1)` under paragraphs `1.`.
describe('a unit text’s enumeration numbered in another style than the units’ paragraphs', () => {
  it('reads a German law’s `1.`, `2.` under `Im Sinne dieses Gesetzes sind:` as points, its `(1)` paragraphs', () => {
    const {document} = fromText(
      [
        '§ 1',
        'Anwendungsbereich',
        '',
        '(1) Dieses Gesetz gilt für Küstendaten.',
        '',
        '(2) Es gilt nicht für Daten der Länder.',
        '',
        '§ 2',
        'Begriffsbestimmungen',
        '',
        'Im Sinne dieses Gesetzes sind:',
        '',
        '1. Küstendaten: Daten über die Küste;',
        '',
        '2. Dateninhaber: jede Person, die Küstendaten hält.',
        '',
        '§ 3',
        'Inkrafttreten',
        '',
        '(1) Dieses Gesetz tritt am Tag nach der Verkündung in Kraft.',
        '',
        '(2) Es tritt mit Ablauf des Jahres 2040 außer Kraft.',
      ].join('\n'),
      {language: 'de'},
    )
    expect(eIds(document)).toEqual([
      'art_1',
      'art_1__para_1',
      'art_1__para_2',
      'art_2',
      'art_2__para_1',
      'art_2__para_1__list_1__point_1',
      'art_2__para_1__list_1__point_2',
      'art_3',
      'art_3__para_1',
      'art_3__para_2',
    ])
    expect(textOf(document, 'art_2__para_1')).toBe('Im Sinne dieses Gesetzes sind:')
  })

  it('reads a Russian law’s `1)`, `2)` under `… понятия:` as points, its `1.` parts paragraphs', () => {
    const {document} = fromText(
      [
        'Статья 1. Предмет регулирования',
        '',
        '1. Настоящий Федеральный закон регулирует прибрежные данные.',
        '',
        '2. Настоящий Федеральный закон не применяется к военным данным.',
        '',
        'Статья 2. Основные понятия',
        '',
        'Для целей настоящего Федерального закона используются следующие основные понятия:',
        '',
        '1) прибрежные данные - данные о побережье;',
        '',
        '2) владелец данных - лицо, владеющее прибрежными данными.',
      ].join('\n'),
      {language: 'ru'},
    )
    expect(eIds(document)).toEqual([
      'art_1',
      'art_1__para_1',
      'art_1__para_2',
      'art_2',
      'art_2__para_1',
      'art_2__para_1__list_1__point_1',
      'art_2__para_1__list_1__point_2',
    ])
  })

  it('keeps numbers in the paragraphs’ own style the unit’s paragraphs', () => {
    const {document} = fromText(
      [
        'Article 1',
        'Subject matter',
        '1. This Regulation lays down rules on coastal data.',
        '2. It applies from 1 January 2032.',
        'Article 2',
        'Obligations',
        'The following obligations apply:',
        '1. Member States shall share coastal data.',
        '2. The Commission shall publish them.',
      ].join('\n'),
    )
    expect(eIds(document)).toEqual([
      'art_1',
      'art_1__para_1',
      'art_1__para_2',
      'art_2',
      'art_2__para_1',
      'art_2__para_2',
    ])
  })

  it('keeps them paragraphs where no unit numbered its paragraphs before: the reading cannot tell', () => {
    const {document} = fromText(
      [
        '§ 1',
        'Begriffsbestimmungen',
        '',
        'Im Sinne dieses Gesetzes sind:',
        '',
        '1. Küstendaten: Daten über die Küste;',
        '',
        '2. Dateninhaber: jede Person, die Küstendaten hält.',
      ].join('\n'),
      {language: 'de'},
    )
    expect(eIds(document)).toEqual(['art_1', 'art_1__para_1', 'art_1__para_2'])
  })
})
