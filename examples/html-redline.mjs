import {toHtmlRedline, toHtmlRedlineFragment} from '@clausewise/html'

// A comparison as `diff(oldDocument, newDocument)` from @clausewise/diff returns it (abridged).
const comparison = {
  schema: 'clausewise/comparison@1',
  old: {
    expression: '/akn/osce/statement/decision/2017-12-08/mc-7-17/fra@2017-12-08',
    symbol: 'MC.DEC/7/17',
    language: 'fr',
  },
  new: {
    expression: '/akn/osce/statement/decision/2017-12-08/mc-7-17/fra@2018-02-02',
    symbol: 'MC.DEC/7/17/Corr.1',
    language: 'fr',
  },
  clauses: [
    {
      id: 'g1',
      change: 'modified',
      moved: false,
      renumbered: false,
      kind: 'paragraph',
      section: 'mainBody',
      depth: 0,
      old: ['para_1'],
      new: ['para_1'],
      oldNum: '1.',
      newNum: '1.',
      similarity: 0.9,
      oldText: 'Encourage la coopération contre la traite des enfants ;',
      newText: 'Encourage la coopération contre toutes les formes de traite des enfants ;',
      changes: [
        {op: 'equal', text: 'Encourage la coopération contre '},
        {op: 'delete', text: 'la traite', kind: 'wording'},
        {op: 'insert', text: 'toutes les formes de traite', kind: 'wording'},
        {op: 'equal', text: ' des enfants ;'},
      ],
    },
  ],
  metadata: [],
  stats: {
    unchanged: 0,
    modified: 1,
    inserted: 0,
    deleted: 0,
    split: 0,
    merged: 0,
    moved: 0,
    renumbered: 0,
    changesByKind: {wording: 1, punctuation: 0, case: 0, typography: 0, whitespace: 0, number: 0},
    wordsInserted: 4,
    wordsDeleted: 2,
  },
}

const page = toHtmlRedline(comparison, {layout: 'side-by-side'})
console.log(page.slice(0, 40))
const fragment = toHtmlRedlineFragment(comparison)
console.log(
  fragment.slice(
    fragment.indexOf('<div id="g1"'),
    fragment.indexOf('</div>', fragment.indexOf('<div id="g1"')) + 6,
  ),
)
