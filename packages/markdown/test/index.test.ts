import {expect, test} from 'vitest'

test('exports the documented public API', async () => {
  expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
    'acceptCriticMarkup',
    'fromMarkdown',
    'rejectCriticMarkup',
    'remarkClausewiseSyntax',
    'toMarkdown',
    'toMarkdownRedline',
    'toMdast',
  ])
})
