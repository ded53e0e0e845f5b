import {expect, it} from 'vitest'

it('exports exactly the documented API', async () => {
  expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
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
