import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {type Candidate, scanMarkers} from '../src/layout/marker-places.js'
import {superscriptDigits, surveyText} from '../src/layout/survey.js'
import {createReporter} from '../src/report.js'

const bulk = new URL('../../../../shared/corpus/un-ga-bulk/', import.meta.url)

/** What a scan of one line finds: its candidates and its reports. */
function scan(line: string, superscripts: boolean): unknown {
  const report = createReporter(line)
  const found: Candidate[] = []
  const wanted = new Set(['1', '2', '3', '5', '12', '*', '**', '(1)', '(2)'])
  const segment = {kind: 'text' as const, text: line, start: 0, end: line.length}
  scanMarkers(line, segment, 0, 0, wanted, new Set(['paragraph']), (c) => found.push(c), report, superscripts)
  return {found, diagnostics: report.diagnostics}
}

describe('scanMarkers', () => {
  it('finds in a text without superscript digits, told so, what it finds when not told', () => {
    const names = readdirSync(bulk).filter((name) => name.endsWith('.txt'))
    let lines = 0
    for (const name of names.filter((_, index) => index % 10 === 0)) {
      for (const line of readFileSync(new URL(name, bulk), 'utf8').split('\n')) {
        if (surveyText(line).superscript) continue
        lines++
        const slow = scan(line, true)
        const fast = scan(line, false)
        if (JSON.stringify(fast) !== JSON.stringify(slow)) expect(fast).toEqual(slow)
      }
    }
    expect(lines).toBeGreaterThan(10_000)
    for (const line of ['Declaration,1 and 12* of (2)', 'report 5 and resolution 3 of 2020,', 'a* b**'])
      expect(scan(line, false)).toEqual(scan(line, true))
  })

  it('is told of every superscript digit by the survey', () => {
    for (const digit of superscriptDigits) {
      expect(surveyText(`Declaration${digit} and`).superscript).toBe(true)
      // Wherever it stands, and when the search stopped early too.
      expect(surveyText(`\f\t\u200b\u0001 Declaration${digit} and`).superscript).toBe(true)
    }
    expect(surveyText('Declaration1 and (2)').superscript).toBe(false)
    // Where the text holds them, they are looked for: a bracketed marker printed in superscript.
    expect(scan('Committee (¹), and', true)).toMatchObject({found: [{value: '(1)', from: 10, to: 13}]})
  })
})
