import type {ClauseGroup, Comparison, DocumentIdentity} from '@clausewise/model'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {acceptCriticMarkup, rejectCriticMarkup, toCriticMarkup} from '../src/index.js'

let counter = 0
function group(fields: Partial<ClauseGroup> & Pick<ClauseGroup, 'change'>): ClauseGroup {
  counter++
  const oldText = fields.oldText ?? ''
  const newText = fields.newText ?? ''
  return {
    id: `g${counter}`,
    moved: false,
    renumbered: false,
    kind: 'paragraph',
    section: 'mainBody',
    depth: 0,
    similarity: 1,
    old: fields.change === 'inserted' ? [] : [`para_${counter}`],
    new: fields.change === 'deleted' ? [] : [`para_${counter}`],
    oldText,
    newText,
    changes: [],
    ...fields,
  }
}

const identity = (fields: Partial<DocumentIdentity>): DocumentIdentity => ({
  expression: '/akn/x/statement/decision/2017-12-08/7-17/fra@',
  language: 'fr',
  number: 'Décision nº 7/17',
  ...fields,
})

/** A comparison holding these groups; what the renderer does not read is left empty. */
function comparison(
  clauses: ClauseGroup[],
  old: Partial<DocumentIdentity> = {},
  next: Partial<DocumentIdentity> = old,
): Comparison {
  const changesByKind = {wording: 0, punctuation: 0, case: 0, typography: 0, whitespace: 0, number: 0}
  return {
    schema: 'clausewise/comparison@1',
    old: identity(old),
    new: identity(next),
    clauses,
    metadata: [],
    stats: {
      unchanged: 0,
      modified: 0,
      inserted: 0,
      deleted: 0,
      split: 0,
      merged: 0,
      moved: 0,
      renumbered: 0,
      changesByKind,
      wordsInserted: 0,
      wordsDeleted: 0,
    },
  }
}

/** Markdown escapes undone: `\x` → `x`, `&#N;` → the character. */
function unescapeMarkdown(markdown: string): string {
  return markdown.replace(
    /\\([!-/:-@[-`{-~])|&#(\d+);/g,
    (_all, escaped: string | undefined, code: string | undefined) =>
      escaped ?? String.fromCharCode(Number(code)),
  )
}

function line(num: string | undefined, text: string): string {
  return [num, text].filter((part) => part).join(' ')
}

function expectGuarantee(value: Comparison): string {
  const redline = toCriticMarkup(value, {headings: false})
  const accepted = acceptCriticMarkup(redline.slice(0, -1)).split('\n\n').map(unescapeMarkdown)
  const rejected = rejectCriticMarkup(redline.slice(0, -1)).split('\n\n').map(unescapeMarkdown)
  const newSide = value.clauses.filter((g) => g.new.length > 0).map((g) => line(g.newNum, g.newText))
  const oldSide = value.clauses
    .filter((g) => g.old.length > 0)
    .sort((a, b) => (a.oldIndex ?? 0) - (b.oldIndex ?? 0))
    .map((g) => line(g.oldNum, g.oldText))
  expect(accepted).toEqual(newSide)
  expect(rejected).toEqual(oldSide)
  return redline
}

describe('toCriticMarkup', () => {
  test('marks a modified clause word by word, replacements as substitutions', () => {
    const redline = expectGuarantee(
      comparison([
        group({
          change: 'unchanged',
          oldNum: '1.',
          newNum: '1.',
          oldText: 'Encourage ;',
          newText: 'Encourage ;',
          oldIndex: 0,
        }),
        group({
          change: 'modified',
          oldNum: '2.',
          newNum: '2.',
          oldText: 'Demande aux États de agir ;',
          newText: 'Demande instamment aux États de agir vite ;',
          oldIndex: 1,
          changes: [
            {op: 'equal', text: 'Demande '},
            {op: 'insert', text: 'instamment '},
            {op: 'equal', text: 'aux États de '},
            {op: 'delete', text: 'agir'},
            {op: 'insert', text: 'agir vite'},
            {op: 'equal', text: ' ;'},
          ],
        }),
      ]),
    )
    expect(redline).toBe(
      '1. Encourage ;\n\n2. Demande {++instamment ++}aux États de {~~agir~>agir vite~~} ;\n',
    )
  })

  test('wraps inserted and deleted clauses whole', () => {
    const redline = expectGuarantee(
      comparison([
        group({change: 'inserted', kind: 'recital', section: 'preamble', newText: 'Rappelant sa décision,'}),
        group({change: 'deleted', oldNum: '3.', oldText: 'Invite ;', oldIndex: 0}),
      ]),
    )
    expect(redline).toBe('{++Rappelant sa décision,++}\n\n{--3. Invite ;--}\n')
  })

  test('writes a move as a deletion where it left and an insertion where it arrived', () => {
    const first = group({
      change: 'unchanged',
      oldNum: '1.',
      newNum: '1.',
      oldText: 'A.',
      newText: 'A.',
      oldIndex: 0,
    })
    const second = group({
      change: 'unchanged',
      oldNum: '2.',
      newNum: '2.',
      oldText: 'B.',
      newText: 'B.',
      oldIndex: 1,
    })
    const third = group({
      change: 'unchanged',
      oldNum: '4.',
      newNum: '3.',
      oldText: 'D.',
      newText: 'D.',
      oldIndex: 3,
      renumbered: true,
    })
    const moved = group({
      change: 'unchanged',
      moved: true,
      renumbered: true,
      oldNum: '3.',
      newNum: '4.',
      oldText: 'C.',
      newText: 'C.',
      oldIndex: 2,
      movedFrom: second.id,
    })
    const redline = expectGuarantee(comparison([first, second, third, moved]))
    expect(redline).toContain('{--3. C.--}{>> moved to paragraph 4 <<}')
    expect(redline).toContain('{++4. C.++}{>> moved from paragraph 3 <<}{>> renumbered 3. → 4. <<}')
    expect(redline).toContain('{~~4. ~>3. ~~}D.{>> renumbered 4. → 3. <<}')
    expect(redline.indexOf('moved to')).toBeLessThan(redline.indexOf('{~~4.'))
  })

  test('places a clause moved to the end before everything when it was first', () => {
    const moved = group({
      change: 'modified',
      moved: true,
      oldNum: '1.',
      newNum: '1.',
      oldText: 'Old first.',
      newText: 'New first.',
      oldIndex: 0,
    })
    const other = group({
      change: 'unchanged',
      oldNum: '2.',
      newNum: '2.',
      oldText: 'Second.',
      newText: 'Second.',
      oldIndex: 1,
    })
    expectGuarantee(comparison([other, moved]))
  })

  test('keeps the guarantee for split and merged clauses', () => {
    const split = group({
      change: 'split',
      new: ['para_1', 'para_2'],
      oldNum: '1.',
      newNum: '1.',
      oldText: 'One and two.',
      newText: 'One. Two.',
      oldIndex: 0,
      changes: [
        {op: 'equal', text: 'One'},
        {op: 'delete', text: ' and two'},
        {op: 'insert', text: '. Two'},
        {op: 'equal', text: '.'},
      ],
    })
    const merged = group({
      change: 'merged',
      old: ['para_3', 'para_4'],
      oldNum: '3.',
      newNum: '2.',
      renumbered: true,
      oldText: 'Three.Four.',
      newText: 'Three, four.',
      oldIndex: 1,
    })
    const redline = expectGuarantee(comparison([split, merged]))
    expect(redline).toContain('{>> split into 2 clauses <<}')
    expect(redline).toContain('{>> merged from 2 clauses <<}')
  })

  test('escapes CriticMarkup and Markdown in clause text', () => {
    const redline = expectGuarantee(
      comparison([
        group({
          change: 'modified',
          oldNum: '1.',
          newNum: '1.',
          oldText: 'a {++ b ++} ~> c {-- d --} <<} \\',
          newText: 'a {~~ x ~> y ~~} {>> z <<} *e* [f](g) \\{++',
          oldIndex: 0,
        }),
        group({change: 'inserted', newText: '{++nested++} --} ++} ~~}'}),
      ]),
    )
    expect(redline).not.toContain('{~~ x')
  })

  test('writes the number and title as headings, changed ones as substitutions', () => {
    const value = comparison([], {title: 'Ancien'}, {title: 'Nouveau'})
    const redline = toCriticMarkup(value)
    expect(redline).toBe('# Décision nº 7/17\n\n## {~~Ancien~>Nouveau~~}\n')
    expect(acceptCriticMarkup(redline)).toBe('# Décision nº 7/17\n\n## Nouveau\n')
  })

  test('keeps the guarantee on random texts and changes', () => {
    const text = fc.string({
      unit: fc.constantFrom(
        'a',
        ' ',
        '{',
        '}',
        '+',
        '-',
        '~',
        '>',
        '<',
        '\\',
        '*',
        '\n',
        'é',
        '=',
        '#',
        '1',
        '.',
      ),
      maxLength: 12,
    })
    fc.assert(
      fc.property(
        fc.array(fc.record({op: fc.constantFrom('equal', 'insert', 'delete'), text}), {maxLength: 6}),
        (runs) => {
          const changes = runs.filter((run) => run.text !== '') as ClauseGroup['changes']
          const oldText = changes
            .filter((c) => c.op !== 'insert')
            .map((c) => c.text)
            .join('')
          const newText = changes
            .filter((c) => c.op !== 'delete')
            .map((c) => c.text)
            .join('')
          expectGuarantee(
            comparison([
              group({change: 'modified', oldNum: '1.', newNum: '1.', oldText, newText, changes, oldIndex: 0}),
            ]),
          )
        },
      ),
    )
  })
})

describe('acceptCriticMarkup and rejectCriticMarkup', () => {
  test('resolve each kind of mark and leave escaped marks alone', () => {
    const text = 'a {++b++} {--c--} {~~d~>e~~}{>> note <<} \\{++f++}'
    expect(acceptCriticMarkup(text)).toBe('a b  e \\{++f++}')
    expect(rejectCriticMarkup(text)).toBe('a  c d \\{++f++}')
  })

  test('treat a mark left open at the end of a line as text', () => {
    expect(acceptCriticMarkup('{++a\nb++}')).toBe('{++a\nb++}')
  })
})
