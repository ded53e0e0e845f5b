import {expect, it} from 'vitest'

it('exports exactly the documented API', async () => {
  expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
    'ClausewiseError',
    'aknLanguage',
    'assignEIds',
    'bcp47Language',
    'clauses',
    'comparisonSchema',
    'createLocator',
    'eIdNumber',
    'eIdOf',
    'emptyMeta',
    'findByEId',
    'formatPlace',
    'frbrUris',
    'isClause',
    'isHierarchyName',
    'isInline',
    'multiComparisonSchema',
    'ownBlocks',
    'ownText',
    'plainText',
    'removePositions',
    'titleOf',
    'uriNumber',
    'visit',
  ])
})
