import {expect, test} from 'vitest'

test('exports the documented public API', async () => {
  expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
    'acceptCriticMarkup',
    'clausewiseToMdast',
    'fromMarkdown',
    'rejectCriticMarkup',
    'remarkClausewise',
    'remarkClausewiseSyntax',
    'toMarkdown',
    'toMarkdownRedline',
    'toMdast',
  ])
})
