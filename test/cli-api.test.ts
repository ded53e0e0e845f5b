import {expect, it} from 'vitest'

it('the clausewise package exports exactly the documented API', async () => {
  expect(Object.keys(await import('clausewise')).sort()).toEqual([
    'OutputError',
    'UsageError',
    'describeError',
    'escapeControlCharacters',
    'inputFormat',
    'main',
    'nodeIo',
    'parseArguments',
    'read',
    'version',
  ])
})
