import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {diffWordsOf} from '../src/words.js'
import {diff} from './checked.js'
import {decision} from './decision.js'

const show = (oldText: string, newText: string) =>
  diffWordsOf(oldText, newText).map((change) =>
    change.op === 'equal'
      ? change.text
      : `[${change.op === 'delete' ? '-' : '+'}${change.text}|${change.kind}]`,
  )

describe('word-level changes', () => {
  it('replaces a changed word whole', () => {
    expect(show('le texte adopté', 'le teste adopté')).toEqual([
      'le ',
      '[-texte|wording]',
      '[+teste|wording]',
      ' adopté',
    ])
  })

  it('makes a run of changed words one deletion then one insertion, absorbing one-word islands', () => {
    expect(
      show(
        'les États participants doivent renforcer la coopération',
        'les pays partenaires doivent intensifier la coopération',
      ),
    ).toEqual([
      'les ',
      '[-États participants doivent renforcer|wording]',
      '[+pays partenaires doivent intensifier|wording]',
      ' la coopération',
    ])
  })

  it('keeps an equal run of several words between two changes', () => {
    expect(show('un alpha bravo charlie delta deux', 'un beta bravo charlie delta trois')).toEqual([
      'un ',
      '[-alpha|wording]',
      '[+beta|wording]',
      ' bravo charlie delta ',
      '[-deux|wording]',
      '[+trois|wording]',
    ])
  })

  it('classifies punctuation, case, typography, whitespace and number changes', () => {
    expect(show('des enfants, et', 'des enfants ; et')).toEqual([
      'des enfants',
      '[-,|punctuation]',
      '[+ ;|punctuation]',
      ' et',
    ])
    expect(show('la Convention', 'la convention')).toEqual([
      'la ',
      '[-Convention|case]',
      '[+convention|case]',
    ])
    expect(show("l'OSCE", 'l’OSCE')).toEqual(["[-l'|typography]", '[+l’|typography]', 'OSCE'])
    expect(show('« texte »', '"texte"')).toEqual(['[-« texte »|typography]', '[+"texte"|typography]'])
    expect(show('participants :', 'participants\u00A0:')).toEqual([
      'participants',
      '[- |typography]',
      '[+\u00A0|typography]',
      ':',
    ])
    expect(show('a  b', 'a b')).toEqual(['a', '[-  |whitespace]', '[+ |whitespace]', 'b'])
    expect(show('paragraphe IV.1 A) 6 des', 'paragraphe IV. 1A) 6 des')).toEqual([
      'paragraphe ',
      '[-IV.1 A) 6|whitespace]',
      '[+IV. 1A) 6|whitespace]',
      ' des',
    ])
    expect(show('la Décision nº 13/04 sur', 'la Décision nº 13/04/Corr.1 sur')).toEqual([
      'la Décision nº ',
      '[-13/04|number]',
      '[+13/04/Corr.1|number]',
      ' sur',
    ])
  })

  it('falls back to one deletion and one insertion past maxEditLength', () => {
    const changes = diffWordsOf('a b c d e f', 'a x c y e z', {maxEditLength: 1})
    expect(changes).toEqual([
      {op: 'equal', text: 'a '},
      {op: 'delete', text: 'b c d e f', kind: 'wording'},
      {op: 'insert', text: 'x c y e z', kind: 'wording'},
    ])
  })

  it('turns ignored classes into equal runs and such groups into unchanged', () => {
    const before = decision({recitals: ["Rappelant l'Additif de l'OSCE,", 'Notant les efforts']})
    const after = decision({recitals: ['Rappelant l’Additif de l’OSCE,', 'Notant les travaux']})
    const strict = diff(before, after)
    expect(strict.clauses.map((group) => group.change)).toEqual(['unchanged', 'modified', 'modified'])
    const lenient = diff(before, after, {ignore: ['typography', 'whitespace']})
    expect(lenient.clauses.map((group) => group.change)).toEqual(['unchanged', 'unchanged', 'modified'])
    expect(lenient.clauses[1]!.changes).toEqual([
      {op: 'equal', text: 'Rappelant l’Additif de l’OSCE,', old: "Rappelant l'Additif de l'OSCE,"},
    ])
    expect(lenient.stats.changesByKind.typography).toBe(0)
  })

  it('keeps the texts: equal + delete runs give the old text, equal + insert the new (property)', () => {
    const word = fc.constantFrom(
      'la',
      'traite',
      'des',
      'l’OSCE',
      "l'OSCE",
      'États',
      'états',
      '2013',
      '13/04/Corr.1',
      ',',
      ';',
      ' ',
      '\u00A0',
      '«',
      '»',
      'aujourd’hui',
      'IV.1 A) 6',
    )
    const text = fc.array(word, {maxLength: 30}).map((parts) => parts.join(' '))
    fc.assert(
      fc.property(text, text, (oldText, newText) => {
        const changes = diffWordsOf(oldText, newText)
        const oldJoined = changes
          .filter((change) => change.op !== 'insert')
          .map((change) => change.text)
          .join('')
        const newJoined = changes
          .filter((change) => change.op !== 'delete')
          .map((change) => change.text)
          .join('')
        expect(oldJoined).toBe(oldText)
        expect(newJoined).toBe(newText)
        // No alternation: a delete is never followed by a delete, an insert never by a change.
        changes.forEach((change, index) => {
          const next = changes[index + 1]
          if (change.op === 'delete') expect(next?.op).not.toBe('delete')
          if (change.op === 'insert') expect(next === undefined || next.op === 'equal').toBe(true)
        })
      }),
    )
  })
})

describe('word diff of the middle only', () => {
  it('gives the same changes as tokenizing both texts whole (property)', () => {
    const word = fc.constantFrom(
      'la',
      'les',
      'traite',
      'Traite',
      'des',
      'l’OSCE',
      'l’',
      "qu'il",
      'États',
      '2013',
      '13/04/Corr.1',
      'IV.',
      'IV.1',
      'A)',
      '6',
      ',',
      ';',
      '.',
      '-',
      ' ',
      '  ',
      '\u00A0',
      '\n',
      '«',
      'aujourd’hui',
      'exploitation',
      'exploitations',
      'coopération',
      'Coopération',
    )
    const text = fc.array(word, {maxLength: 40}).map((parts) => parts.join(' '))
    // Pairs that share long ends, as a reworded clause does, and unrelated pairs.
    const pair = fc.oneof(
      fc.tuple(text, text),
      fc
        .tuple(text, text, text, text)
        .map(([head, a, b, tail]) => [`${head} ${a} ${tail}`, `${head} ${b} ${tail}`]),
    )
    fc.assert(
      fc.property(pair, fc.integer({min: 1, max: 400}), ([oldText, newText], maxEditLength) => {
        expect(diffWordsOf(oldText!, newText!, {maxEditLength})).toEqual(
          diffWordsOf(oldText!, newText!, {maxEditLength, whole: true}),
        )
      }),
      {numRuns: 1000},
    )
  })
})
