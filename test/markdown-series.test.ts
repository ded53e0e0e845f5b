import {execFileSync} from 'node:child_process'
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {toAkn} from '@clausewise/akn'
import {diff} from '@clausewise/diff'
import {acceptCriticMarkup, fromMarkdown, rejectCriticMarkup, toMarkdownRedline} from '@clausewise/markdown'
import {
  type Comparison,
  comparisonUnits,
  type Document,
  isClause,
  ownBlocks,
  removePositions,
} from '@clausewise/model'
import {diffLines} from 'diff'
import {describe, expect, test} from 'vitest'
import {outline} from './support/outline.js'
import {schemaPath} from './support/xsd.js'

// The four version series of shared/corpus/markdown/ (Markdown others wrote, from git histories): one
// version of each read against an outline written from its source and reviewed line by line, every
// version valid AKN, every consecutive pair diffed — each reported change accounted for by a changed
// line of the sources, and each changed line by a reported change — and the CriticMarkup redline of
// every pair accepting to the new version and rejecting to the old.
const corpus = new URL('../../shared/corpus/markdown/', import.meta.url)
const fixtures = new URL('./fixtures/markdown-series/', import.meta.url)
const output = new URL('./output/akn/markdown-series/', import.meta.url)

const files = readdirSync(corpus).filter((name) => name.endsWith('.md') && name !== 'README.md')
const series = {
  'de-grundgesetz': 'v1-2012-08-02',
  'fr-code-civil-article-21-2': 'v1-1993-07-23',
  'cncf-charter': 'v1-original',
  'cmu-student-senate-bylaws': 'v1-2017-04-03',
} as const
type Series = keyof typeof series

const sources = new Map<string, string>()
const documents = new Map<string, Document>()
function source(name: string): string {
  let text = sources.get(name)
  if (text === undefined) {
    text = readFileSync(new URL(name, corpus), 'utf8')
    sources.set(name, text)
  }
  return text
}
function read(name: string): Document {
  let document = documents.get(name)
  if (!document) {
    document = fromMarkdown(source(name)).document
    documents.set(name, document)
  }
  return document
}
const versions = (name: Series) => files.filter((file) => file.startsWith(`${name}.`)).sort()
const pairs = (name: Series) =>
  versions(name)
    .slice(1)
    .map((next, index) => [versions(name)[index]!, next] as const)

/** Lines (1-based) of a source that a line diff says changed, on one side. */
function changedLines(old: string, next: string): {old: Set<number>; new: Set<number>} {
  const result = {old: new Set<number>(), new: new Set<number>()}
  let oldLine = 1
  let newLine = 1
  for (const part of diffLines(old, next)) {
    const count = part.count ?? 0
    for (let index = 0; index < count; index++) {
      if (part.removed) result.old.add(oldLine + index)
      else if (part.added) result.new.add(newLine + index)
    }
    if (!part.added) oldLine += count
    if (!part.removed) newLine += count
  }
  return result
}

type Positioned = {position?: {start: {line: number}; end: {line: number}}}

/**
 * The comparison units whose own text stands on each line of a document's source: a clause by its own
 * blocks, a block outside every clause (a preface line) by itself. A clause with no own text (a unit
 * of only a number, `### Art 49`; an empty item, `-`) stands on the line of its number, or on its own
 * lines. Pandoc's title lines all stand on the front matter's lines.
 */
function clauseLines(document: Document): Map<number, string[]> {
  const lines = new Map<number, string[]>()
  for (const unit of comparisonUnits(document)) {
    let blocks = (isClause(unit.node) ? ownBlocks(unit.node) : [unit.node]) as Positioned[]
    if (!blocks.some((block) => block.position) && isClause(unit.node)) {
      const num = (unit.node.children as Positioned[]).find(
        (child) => (child as {type: string}).type === 'num',
      )
      blocks = [num?.position ? num : (unit.node as Positioned)]
    }
    for (const block of blocks) {
      const position = block.position
      if (!position) continue
      for (let line = position.start.line; line <= position.end.line; line++) {
        const eIds = lines.get(line) ?? []
        if (!eIds.includes(unit.eId)) eIds.push(unit.eId)
        lines.set(line, eIds)
      }
    }
  }
  return lines
}

/**
 * Check a comparison against the line diff of its sources. Every group reported changed must hold a
 * changed line (none spurious: asserted here), or be only renumbered. Returned for the caller to name,
 * each checked by hand: the changed lines that hold no clause's own text (`outside`), the clauses
 * whose own lines changed to a different number or text that the comparison reports unchanged
 * (`unreported`), and the clauses reported moved whose lines did not change (`movedOnly`).
 */
function accountFor(
  comparison: Comparison,
  oldName: string,
  newName: string,
): {outside: string[]; unreported: string[]; movedOnly: string[]} {
  const changed = changedLines(source(oldName), source(newName))
  const oldLines = clauseLines(read(oldName))
  const newLines = clauseLines(read(newName))
  const reported = comparison.clauses.filter(
    (group) => group.change !== 'unchanged' || group.moved || group.renumbered,
  )
  const touched = (lines: Set<number>, units: Map<number, string[]>) =>
    new Set([...lines].flatMap((line) => units.get(line) ?? []))
  const touchedOld = touched(changed.old, oldLines)
  const touchedNew = touched(changed.new, newLines)
  // A group only renumbered may hold no changed line: Pandoc's `#.` numbers items by their place, so
  // an item inserted before renumbers the next ones. Its numbers must differ, then.
  const movedOnly: string[] = []
  for (const group of reported) {
    if (group.change === 'unchanged' && !group.moved) {
      expect(group.oldNum, `${group.old} → ${group.new} renumbered`).not.toBe(group.newNum)
      continue
    }
    const hit = group.old.some((eId) => touchedOld.has(eId)) || group.new.some((eId) => touchedNew.has(eId))
    // A clause whose neighbours moved may itself be called moved: named by the caller.
    if (group.change === 'unchanged' && group.moved && !hit) {
      movedOnly.push(`${group.old} → ${group.new}`)
      continue
    }
    expect(
      group.old.some((eId) => touchedOld.has(eId)) || group.new.some((eId) => touchedNew.has(eId)),
      `${oldName} → ${newName}: ${group.change} ${group.old} → ${group.new} has no changed line`,
    ).toBe(true)
  }
  const unreported: string[] = []
  for (const group of comparison.clauses) {
    if (reported.includes(group)) continue
    const hit = group.old.some((eId) => touchedOld.has(eId)) || group.new.some((eId) => touchedNew.has(eId))
    if (hit && `${group.oldNum ?? ''} ${group.oldText}` !== `${group.newNum ?? ''} ${group.newText}`)
      unreported.push(
        `${group.old} → ${group.new}: ${group.oldNum ?? '(no number)'} → ${group.newNum ?? '(no number)'}`,
      )
  }
  const outside: string[] = []
  const oldSource = source(oldName).split('\n')
  const newSource = source(newName).split('\n')
  for (const line of changed.old)
    if (!oldLines.has(line) && oldSource[line - 1]!.trim()) outside.push(`- ${oldSource[line - 1]}`)
  for (const line of changed.new)
    if (!newLines.has(line) && newSource[line - 1]!.trim()) outside.push(`+ ${newSource[line - 1]}`)
  return {outside, unreported, movedOnly}
}

describe('Markdown version series of the corpus', () => {
  for (const [name, reviewed] of Object.entries(series) as [Series, string][]) {
    test(`${name}: ${reviewed} reads as its reviewed outline`, () => {
      const expected = readFileSync(new URL(`${name}.${reviewed}.outline.txt`, fixtures), 'utf8')
      expect(`${outline(read(`${name}.${reviewed}.md`)).join('\n')}\n`).toBe(expected)
    })

    test(`${name}: every version reads with no error and writes valid AKN`, () => {
      mkdirSync(output, {recursive: true})
      const written: string[] = []
      for (const file of versions(name)) {
        const {diagnostics} = fromMarkdown(source(file))
        expect(diagnostics.filter((diagnostic) => diagnostic.fatal === true)).toEqual([])
        const path = new URL(file.replace(/\.md$/, '.xml'), output).pathname
        writeFileSync(path, toAkn(read(file)))
        written.push(path)
      }
      expect(() =>
        execFileSync('xmllint', ['--noout', '--schema', schemaPath, ...written], {stdio: 'pipe'}),
      ).not.toThrow()
    })

    for (const [oldName, newName] of pairs(name)) {
      test(`${oldName} → ${newName}: the redline accepts to the new version and rejects to the old`, () => {
        const [old, next] = [read(oldName), read(newName)]
        const redline = toMarkdownRedline(diff(old, next), old, next)
        expect(removePositions(fromMarkdown(acceptCriticMarkup(redline)).document)).toEqual(
          removePositions(next),
        )
        expect(removePositions(fromMarkdown(rejectCriticMarkup(redline)).document)).toEqual(
          removePositions(old),
        )
      })
    }
  }
})

/** The groups a comparison reports changed, in its order: `change old → new`. */
function reported(comparison: Comparison): string[] {
  return comparison.clauses
    .filter((group) => group.change !== 'unchanged' || group.moved || group.renumbered)
    .map((group) => {
      const flags = [group.moved ? ' moved' : '', group.renumbered ? ' renumbered' : ''].join('')
      return `${group.change}${flags} ${group.old.join(',')} → ${group.new.join(',')}`
        .replace(/ +/g, ' ')
        .trim()
    })
}

/** The changed words of the group of a clause (by its new eId): `-old` and `+new` runs. */
function words(comparison: Comparison, eId: string): string[] {
  const group = comparison.clauses.find(
    (candidate) => candidate.new.includes(eId) || candidate.old.includes(eId),
  )
  return (group?.changes ?? [])
    .filter((change) => change.op !== 'equal')
    .map((change) => `${change.op === 'insert' ? '+' : '-'}${change.text}`)
}

describe('changes between versions, each checked against the sources', () => {
  const compare = (oldName: string, newName: string) => diff(read(oldName), read(newName))
  const code = (version: string) => `fr-code-civil-article-21-2.${version}.md`

  // The five wordings after the first of the Code civil's article 21-2, each read against the texts.
  test('fr-code-civil-article-21-2 v1 → v2: two years become one, in both paragraphs', () => {
    const comparison = compare(code('v1-1993-07-23'), code('v2-1998-09-01'))
    expect(reported(comparison)).toEqual([
      'modified art_21-2__para_1 → art_21-2__para_1',
      'modified art_21-2__para_2 → art_21-2__para_2',
    ])
    expect(words(comparison, 'art_21-2__para_1')).toEqual(['-de deux ans', "+d'un an"])
    expect(words(comparison, 'art_21-2__para_2')).toEqual(['-de deux ans', "+d'un an"])
    expect(accountFor(comparison, code('v1-1993-07-23'), code('v2-1998-09-01'))).toEqual({
      outside: [],
      unreported: [],
      movedOnly: [],
    })
  })

  test('fr-code-civil-article-21-2 v2 → v3: two years again, shared life, paragraph 2 rewritten', () => {
    const comparison = compare(code('v2-1998-09-01'), code('v3-2003-11-27'))
    expect(reported(comparison)).toEqual([
      'modified art_21-2__para_1 → art_21-2__para_1',
      'modified art_21-2__para_2 → art_21-2__para_2',
    ])
    const first = words(comparison, 'art_21-2__para_1')
    expect(first.slice(0, 3)).toEqual(["-d'un an ", '+de deux ans ', '+tant affective que matérielle '])
    expect(first.join(' ')).toContain('Le conjoint étranger doit en outre justifier')
    expect(words(comparison, 'art_21-2__para_2').join(' ')).toContain(
      '+de communauté de vie est porté à trois ans lorsque',
    )
    expect(accountFor(comparison, code('v2-1998-09-01'), code('v3-2003-11-27'))).toEqual({
      outside: [],
      unreported: [],
      movedOnly: [],
    })
  })

  test('fr-code-civil-article-21-2 v3 → v4: four and five years, the language requirement a paragraph of its own', () => {
    const comparison = compare(code('v3-2003-11-27'), code('v4-2006-07-25'))
    expect(reported(comparison)).toEqual([
      'modified art_21-2__para_1 → art_21-2__para_1',
      'modified art_21-2__para_2 → art_21-2__para_2',
      'inserted → art_21-2__para_3',
    ])
    expect(words(comparison, 'art_21-2__para_1').slice(0, 3)).toEqual([
      '-deux',
      '+quatre',
      '+depuis le mariage ',
    ])
    expect(words(comparison, 'art_21-2__para_2').slice(0, 2)).toEqual(['-trois', '+cinq'])
    expect(accountFor(comparison, code('v3-2003-11-27'), code('v4-2006-07-25'))).toEqual({
      outside: [],
      unreported: [],
      movedOnly: [],
    })
  })

  test('fr-code-civil-article-21-2 v4 → v5: the paragraph on the declaration’s procedure repealed', () => {
    const comparison = compare(code('v4-2006-07-25'), code('v5-2010-01-01'))
    expect(reported(comparison)).toEqual(['deleted art_21-2__para_4 →'])
    expect(accountFor(comparison, code('v4-2006-07-25'), code('v5-2010-01-01'))).toEqual({
      outside: [],
      unreported: [],
      movedOnly: [],
    })
  })

  test('fr-code-civil-article-21-2 v5 → v6: the level of language and how it is assessed', () => {
    const comparison = compare(code('v5-2010-01-01'), code('v6-2011-06-18'))
    expect(reported(comparison)).toEqual(['modified art_21-2__para_3 → art_21-2__para_3'])
    expect(words(comparison, 'art_21-2__para_3')).toEqual([
      '-en outre ',
      '+également ',
      "+, dont le niveau et les modalités d'évaluation sont fixés par décret en Conseil d'Etat",
    ])
    expect(accountFor(comparison, code('v5-2010-01-01'), code('v6-2011-06-18'))).toEqual({
      outside: [],
      unreported: [],
      movedOnly: [],
    })
  })
})

describe('changes between versions of the CNCF charter, each checked against the sources', () => {
  const charter = (version: string) => `cncf-charter.${version}.md`
  const compare = (old: string, next: string) => diff(read(charter(old)), read(charter(next)))
  test('v1 → v2: Gold members added (a paragraph and two points), and to the Governing Board', () => {
    const comparison = compare('v1-original', 'v2-rev1-2015-12-03')
    expect(reported(comparison)).toEqual([
      // The preface's "Effective Nov 6 2015" line gains "/ Updated Dec 3 2015" (a block outside clauses).
      'modified preface__p_3 → preface__p_3',
      'inserted → sec_4__para_b',
      'inserted → sec_4__para_b__list_1__point_i',
      'inserted → sec_4__para_b__list_1__point_ii',
      'modified sec_5__para_c__list_1__point_ii → sec_5__para_c__list_1__point_ii',
    ])
    expect(words(comparison, 'sec_5__para_c__list_1__point_ii')).toEqual(['+Gold and '])
    expect(words(comparison, 'preface__p_3')).toEqual(['+ / Updated Dec 3 2015'])
    expect(accountFor(comparison, charter('v1-original'), charter('v2-rev1-2015-12-03'))).toEqual({
      outside: [],
      unreported: [],
      movedOnly: [],
    })
  })

  test('v2 → v3: approved End Users, End User Members, CNCF members nominate, project CLAs', () => {
    const comparison = compare('v2-rev1-2015-12-03', 'v3-rev3-2016-11-29')
    expect(reported(comparison)).toEqual([
      'modified preface__p_3 → preface__p_3',
      'modified sec_4__para_a__list_1__point_iv → sec_4__para_a__list_1__point_iv',
      'modified sec_4__para_b__list_1__point_ii → sec_4__para_b__list_1__point_ii',
      'modified sec_4__para_c__list_1__point_ii → sec_4__para_c__list_1__point_ii',
      'modified sec_4__para_d__list_1__point_i → sec_4__para_d__list_1__point_i',
      'modified sec_6__para_e__list_1__point_ii → sec_6__para_e__list_1__point_ii',
      'modified sec_7__para_a → sec_7__para_a',
      'modified sec_7__para_b → sec_7__para_b',
      'modified sec_7__para_c → sec_7__para_c',
      'modified sec_8__para_d → sec_8__para_d',
      'modified sec_8__para_e → sec_8__para_e',
      'modified sec_11__para_b → sec_11__para_b',
    ])
    // The source's own typo is kept: "Mmembers".
    expect(words(comparison, 'sec_4__para_b__list_1__point_ii')).toEqual(['-Members', '+Mmembers'])
    expect(words(comparison, 'sec_4__para_d__list_1__point_i')).toEqual(['+ as described below;'])
    expect(words(comparison, 'sec_7__para_b')).toEqual(['+Members '])
    expect(words(comparison, 'preface__p_3')).toEqual(['-Dec 3 2015', '+Nov 29 2016'])
    expect(accountFor(comparison, charter('v2-rev1-2015-12-03'), charter('v3-rev3-2016-11-29'))).toEqual({
      outside: [],
      unreported: [],
      movedOnly: [],
    })
  })

  test('v3 → v4, v4 → v5 (Revision 9, restructured), v5 → v6: every change accounted for by the sources', () => {
    // Each count includes the preface's "Effective … / Updated …" line, changed at every revision.
    const expected: [string, string, number, string[], string[]][] = [
      ['v3-rev3-2016-11-29', 'v4-rev5-2018-03-05', 28, [], []],
      // Revision 9 drops the terminology table: its four rows and the paragraph that held it.
      ['v4-rev5-2018-03-05', 'v5-rev9-2019-05-08', 135, [], []],
      // v6 drops the label of section 8's paragraph (f): the differ reports a number removed as nothing.
      ['v5-rev9-2019-05-08', 'v6-2025-06-25', 82, [], ['sec_8__para_f → sec_8__para_o_1: (f) → (no number)']],
    ]
    for (const [old, next, count, outside, unreported] of expected) {
      const comparison = compare(old, next)
      expect(reported(comparison), `${old} → ${next}`).toHaveLength(count)
      expect(accountFor(comparison, charter(old), charter(next))).toEqual({
        outside,
        unreported,
        movedOnly: [],
      })
    }
  })
})

describe('changes between versions of the CMU bylaws, each checked against the sources', () => {
  const bylaws = (version: string) => `cmu-student-senate-bylaws.${version}.md`
  const compare = (old: string, next: string) => diff(read(bylaws(old)), read(bylaws(next)))

  test('v1 → v2 (STV elections): vacant seats by single transferable vote, Appendix A added', () => {
    const comparison = compare('v1-2017-04-03', 'v2-2017-04-03')
    const changes = reported(comparison)
    expect(changes).toContain('inserted → art_IV__para_J__list_1__point_1')
    expect(changes).toContain(
      'unchanged renumbered art_IV__para_J__list_1__point_2 → art_IV__para_J__list_1__point_3',
    )
    // Appendix A (a heading and a paragraph) is inserted before the old appendix, now Appendix B: an
    // appendix is an attachment (the profile's attachment headings), its heading the attachment's title.
    expect(changes).toContain('inserted → att_1__preface__p_1')
    expect(changes).toContain('inserted → att_1__para_1')
    expect(changes).toContain('modified att_1__preface__p_1 → att_2__preface__p_1')
    expect(words(comparison, 'art_IV__para_J__list_1__point_3__list_1__point_b__list_1__point_i')).toEqual([
      '-printed ',
    ])
    expect(changes).toHaveLength(48)
    expect(accountFor(comparison, bylaws('v1-2017-04-03'), bylaws('v2-2017-04-03'))).toEqual({
      outside: [],
      unreported: [],
      movedOnly: [],
    })
  })

  test('v2 → v3, v3 → v4, v4 → v5 (STV moved to an article of its own): every change accounted for', () => {
    const expected: [string, string, number, string[], string[]][] = [
      [
        'v2-2017-04-03',
        'v3-2017-08-30',
        56,
        // One of them is Pandoc's title page: the revision date, a line of the preface.
        [],
        [],
      ],
      ['v3-2017-08-30', 'v4-2017-11-11', 40, [], []],
      // Article IV.J.4.c's STV rules leave for a new Article V; IV.J.5, between them, is called moved.
      // Two duties of the old IX.F committee (`Propose legislation concerning the campus environment…`,
      // `Host events that benefit the undergraduate student body`) are deleted and the new X.D and X.G
      // committees' first duties inserted: different committees' duties, not one moved and reworded
      // (checked by hand against the two versions; a move now needs a similarity of 0.75).
      [
        'v4-2017-11-11',
        'v5-2018-03-29',
        103,
        [],
        ['art_IV__para_J__list_1__point_5 → art_IV__para_J__list_1__point_5'],
      ],
    ]
    for (const [old, next, count, outside, movedOnly] of expected) {
      const comparison = compare(old, next)
      expect(reported(comparison), `${old} → ${next}`).toHaveLength(count)
      expect(accountFor(comparison, bylaws(old), bylaws(next))).toEqual({outside, unreported: [], movedOnly})
    }
    expect(words(compare('v2-2017-04-03', 'v3-2017-08-30'), 'preface__p_2')).toEqual([
      '-6th, 2011',
      '+27th, 2017',
    ])
    const stv = compare('v4-2017-11-11', 'v5-2018-03-29')
    expect(words(stv, 'art_III__para_A__list_1__point_5')).toEqual(['-Break a tie', '+Resolve disputes'])
    expect(reported(stv)).toContain('inserted → art_V')
  })
})

describe('changes between versions of the German Basic Law, each checked against the sources', () => {
  const law = (version: string) => `de-grundgesetz.${version}.md`
  const compare = (old: string, next: string) => diff(read(law(old)), read(law(next)))

  test('v1 → v2: only the YAML header changes (two keys the reader does not know): nothing reported', () => {
    const comparison = compare('v1-2012-08-02', 'v2-2012-08-03')
    expect(reported(comparison)).toEqual([])
    expect(comparison.clauses.length).toBeGreaterThan(800)
  })

  test('v2 → v3: Art. 93(1) no. 4c inserted, the "Zuletzt geändert durch" line updated', () => {
    const comparison = compare('v2-2012-08-03', 'v3-2012-08-06')
    expect(reported(comparison)).toEqual([
      'modified preface__p_3 → preface__p_3',
      'inserted → sec_IX__art_93__para_1__list_1__point_4c',
    ])
    expect(words(comparison, 'preface__p_3')).toEqual(['-21.7.2010 I 944', '+11.7.2012 I 1478'])
    expect(accountFor(comparison, law('v2-2012-08-03'), law('v3-2012-08-06'))).toEqual({
      outside: [],
      unreported: [],
      movedOnly: [],
    })
  })

  test('v3 → v4 (six years of amendments): every change accounted for by the sources', () => {
    const comparison = compare('v3-2012-08-06', 'v4-2018-11-08')
    expect(reported(comparison)).toHaveLength(55)
    expect(accountFor(comparison, law('v3-2012-08-06'), law('v4-2018-11-08'))).toEqual({
      outside: [],
      // Art. 109a's two paragraphs gain the numbers (1) and (3) when (2) is inserted between them: the
      // differ reports a number added to an unnumbered paragraph as nothing (as it does a number removed,
      // CNCF v5 → v6), though the words are the same.
      unreported: [
        'sec_X__art_109a__para_o_1 → sec_X__art_109a__para_1: (no number) → (1)',
        // v4's (1) holds its numbered points (`… bedarf,` then 1.–3.), so (3) is para_3 there; v3's
        // unnumbered paragraph ending in a comma does not take them (it may be an item of its own).
        'sec_X__art_109a__para_o_2 → sec_X__art_109a__para_3: (no number) → (3)',
      ],
      movedOnly: [],
    })
    expect(reported(comparison)).toContain('inserted → sec_X__art_109a__para_2')
  })
})
