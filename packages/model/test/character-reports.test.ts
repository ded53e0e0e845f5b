import {describe, expect, it} from 'vitest'
import {characterReporter, characterReportLimit} from '../src/index.js'

describe('characterReporter', () => {
  it('reports the first thousand one by one, then counts the rest at the first of them', () => {
    const reports: Array<[string, number, string | undefined]> = []
    const reporter = characterReporter<number>('invisible-character', (reason, where, label) =>
      reports.push([reason, where, label]),
    )
    for (let index = 0; index < characterReportLimit + 5; index++)
      reporter.add(index === characterReportLimit ? 'U+202E' : 'U+200B', index * 2)
    reporter.finish()
    expect(reports).toHaveLength(characterReportLimit + 1)
    expect(reports[0]).toEqual([
      'Invisible character U+200B in the text: what is shown may differ from what is stored',
      0,
      'U+200B',
    ])
    expect(reports.at(-1)).toEqual([
      '5 more invisible characters, from U+202E on',
      characterReportLimit * 2,
      undefined,
    ])
  })

  it('says nothing more when the limit is not passed, and finishes once', () => {
    const reasons: string[] = []
    const reporter = characterReporter<number>('forbidden-character', (reason) => reasons.push(reason))
    reporter.add('U+0001', 3)
    reporter.finish()
    reporter.finish()
    expect(reasons).toEqual(['Character U+0001 cannot be stored in XML: replaced by U+FFFD'])
  })
})
