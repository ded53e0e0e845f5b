import {readFileSync} from 'node:fs'
import type {Document} from '@clausewise/model'
import {fromText} from '@clausewise/text'
import {describe, expect, it} from 'vitest'
import {type ClauseGroup, type Comparison, compare} from '../src/index.js'
import {diff} from './checked.js'

// Real pairs of UN General Assembly texts (see the corpus README, "Pairs and series for the differ").
// Every expected value below comes from reading the two texts side by side (and `git diff --no-index
// --word-diff` of the files), not from the differ's output.
const corpus = new URL('../../../../shared/corpus/text/', import.meta.url)
const read = (name: string): Document =>
  fromText(readFileSync(new URL(`${name}.en.txt`, corpus), 'utf8')).document

const wmd2023 = read('un-ga-res-78-43-wmd-terrorists')
const wmd2024 = read('un-ga-res-79-42-wmd-terrorists')
const wmdDraft = read('un-ga-a-c1-80-l22-wmd-terrorists-draft')
const wmd2025 = read('un-ga-res-80-41-wmd-terrorists')
const irmctDraft = read('un-ga-a-c5-80-l13-irmct-draft')
const irmct = read('un-ga-res-80-239-irmct')

const clauseSections = new Set(['preamble', 'mainBody'])

/** The groups of the preamble and the operative part (not the title lines and the meeting line). */
const clausesOf = (comparison: Comparison): ClauseGroup[] =>
  comparison.clauses.filter((group) => clauseSections.has(group.section))

const changedClauses = (comparison: Comparison): string[] =>
  clausesOf(comparison)
    .filter((group) => group.change !== 'unchanged' || group.moved || group.renumbered)
    .map((group) => `${group.change} ${group.old.join('+')} → ${group.new.join('+')}`)

const byNewEId = (comparison: Comparison, eId: string): ClauseGroup => {
  const group = comparison.clauses.find((candidate) => candidate.new.includes(eId))
  if (!group) throw new Error(`no group holds ${eId}`)
  return group
}

/** The word-level changes of a group as `-old` / `+new` strings, in order. */
const edits = (group: ClauseGroup): string[] =>
  group.changes
    .filter((run) => run.op !== 'equal')
    .map((run) => `${run.op === 'delete' ? '-' : '+'}${run.text}`)

const recital = (number: number) => `preamble__recitals_1__recital_${number}`

describe('draft → adopted resolution', () => {
  it('A/C.1/80/L.22 → A/RES/80/41: no clause changed but three hyphens, shown as typography', () => {
    const comparison = diff(wmdDraft, wmd2025)
    // The adopted text repeats the draft word for word; only `non-proliferation` is printed with a
    // non-breaking hyphen (U+2011) in preambular paragraphs 4, 5 and 18.
    const changed = clausesOf(comparison).filter((group) => group.change !== 'unchanged')
    expect(changed.map((group) => group.new[0])).toEqual([recital(4), recital(5), recital(18)])
    for (const group of changed) {
      expect(group.change).toBe('modified')
      expect(group.cosmetic).toBe(true)
      expect(edits(group)).toEqual(['-non-proliferation', '+non\u2011proliferation'])
      expect(
        group.changes.filter((run) => run.op !== 'equal').every((run) => run.kind === 'typography'),
      ).toBe(true)
    }
    // 18 recitals, 6 operative paragraphs and 7 notes on both sides, none moved or renumbered.
    const clauses = clausesOf(comparison)
    expect(clauses.filter((group) => group.kind === 'recital')).toHaveLength(18)
    expect(clauses.filter((group) => group.kind === 'paragraph')).toHaveLength(6)
    expect(clauses.filter((group) => group.kind === 'authorialNote')).toHaveLength(7)
    expect(clauses.every((group) => !group.moved && !group.renumbered)).toBe(true)
    expect(comparison.stats.changesByKind.wording).toBe(0)
    expect(comparison.metadata.find((change) => change.field === 'symbol')).toMatchObject({
      old: 'A/C.1/80/L.22',
      new: 'A/RES/80/41',
    })
  })

  it('A/C.5/80/L.13 → A/RES/80/239: the filled placeholder and the shortened name, word by word', () => {
    const comparison = diff(irmctDraft, irmct)
    // Paragraph 7 gains `section XIV of` and fills `80/____ of __ December` in; points (a) and (b)
    // call the Mechanism by its short name. Nothing else in the preamble or operative part changed.
    expect(changedClauses(comparison)).toEqual([
      'modified para_7 → para_7',
      'modified para_7__list_1__point_a → para_7__list_1__point_a',
      'modified para_7__list_1__point_b → para_7__list_1__point_b',
    ])
    const paragraph = byNewEId(comparison, 'para_7')
    expect(edits(paragraph)[0]).toBe('+section XIV of ')
    expect(edits(paragraph).join(' ')).toMatch(/-80\/____.*\+80\/243/)
    for (const point of ['para_7__list_1__point_a', 'para_7__list_1__point_b']) {
      expect(edits(byNewEId(comparison, point))).toEqual([
        '-International Residual Mechanism for Criminal Tribunals',
        '+Mechanism',
      ])
    }
    // Paragraph 4, which a page break and the footnotes cut in the draft, is the same paragraph.
    expect(byNewEId(comparison, 'para_4').change).toBe('unchanged')
  })
})

describe('the same resolution year after year', () => {
  it('78/43 (2023) → 79/42 (2024): each reworded recital paired with its old wording', () => {
    const comparison = diff(wmd2023, wmd2024)
    // Recitals 1, 5, 7, 8, 9, 13 and 16 and paragraphs 5 and 6 are reworded; a note is added to
    // recital 7 (the Amendment's own treaty reference), so that the Convention's note becomes note 3;
    // recital 8's note (the Baku Final Document) is dropped; recital 16's note cites the new report.
    expect(changedClauses(comparison)).toEqual([
      `modified ${recital(1)} → ${recital(1)}`,
      `modified ${recital(5)} → ${recital(5)}`,
      `modified ${recital(7)} → ${recital(7)}`,
      `inserted  → ${recital(7)}__authorialNote_1`,
      `unchanged ${recital(7)}__authorialNote_1 → ${recital(7)}__authorialNote_2`,
      `modified ${recital(8)} → ${recital(8)}`,
      `deleted ${recital(8)}__authorialNote_1 → `,
      `modified ${recital(9)} → ${recital(9)}`,
      `modified ${recital(13)} → ${recital(13)}`,
      `modified ${recital(16)} → ${recital(16)}`,
      `modified ${recital(16)}__authorialNote_1 → ${recital(16)}__authorialNote_1`,
      'modified para_5 → para_5',
      'modified para_6 → para_6',
    ])
    expect(byNewEId(comparison, `${recital(7)}__authorialNote_2`).renumbered).toBe(true)
    expect(edits(byNewEId(comparison, recital(1))).join(' ')).toMatch(/^-77\/75.*\+78\/43/)
    expect(edits(byNewEId(comparison, recital(5)))).toEqual([
      '-resolution',
      '+resolutions',
      '+ and 2663 (2022) of 30 November 2022',
    ])
    expect(edits(byNewEId(comparison, recital(8)))).toEqual([
      '-Eighteenth',
      '+Nineteenth',
      '-Baku on 25 and 26 October 2019',
      '+Kampala on 19 and 20 January 2024',
    ])
    expect(edits(byNewEId(comparison, recital(9)))).toEqual(['-has been', '+was'])
    for (const paragraph of ['para_5', 'para_6']) {
      expect(edits(byNewEId(comparison, paragraph))).toEqual(['-seventy-ninth', '+eightieth'])
    }
    // The meeting line: the same line with its number and date changed, not a line deleted and another inserted.
    const meeting = comparison.clauses.find((group) => group.section === 'conclusions')!
    expect(meeting.change).toBe('modified')
    expect(edits(meeting)).toContain('+43rd')
  })

  it('79/42 (2024) → 80/41 (2025): cosmetic changes apart from the reworded ones', () => {
    const comparison = diff(wmd2024, wmd2025)
    const modified = clausesOf(comparison).filter((group) => group.change === 'modified')
    // Reworded: recital 1 (the resolution recalled), recital 13 (`sixty-eighth` → `sixty-ninth`),
    // recital 16 and its note (the report), paragraphs 5 and 6 (the session). Cosmetic: recitals 4, 5
    // and 18 (non-breaking hyphen), recital 7 and paragraph 2 (`parties` → `Parties`).
    expect(modified.filter((group) => !group.cosmetic).map((group) => group.new[0])).toEqual([
      recital(1),
      recital(13),
      recital(16),
      `${recital(16)}__authorialNote_1`,
      'para_5',
      'para_6',
    ])
    expect(modified.filter((group) => group.cosmetic).map((group) => group.new[0])).toEqual([
      recital(4),
      recital(5),
      recital(7),
      recital(18),
      'para_2',
    ])
    expect(edits(byNewEId(comparison, recital(7)))).toEqual(['-parties', '+Parties'])
    expect(byNewEId(comparison, recital(7)).changes.find((run) => run.op === 'delete')?.kind).toBe('case')
    expect(
      clausesOf(comparison).filter((group) => group.change === 'inserted' || group.change === 'deleted'),
    ).toEqual([])
  })

  it('compare lines up the three resolutions: every recital reused, the reworded ones named', () => {
    const multi = compare([wmd2023, wmd2024, wmd2025])
    const recitals = multi.groups.filter((group) => group.kind === 'recital')
    // No recital of 2023 was dropped and none was added: 18 groups, each in all three resolutions.
    expect(recitals).toHaveLength(18)
    expect(recitals.every((group) => group.missing.length === 0)).toBe(true)
    const relations = (group: (typeof recitals)[number]) => group.members.map((member) => member.relation)
    // Recital 2 (`Recognizing the determination…`) is the same every year; recital 1 recalls last
    // year's resolution, so it is reworded each year.
    expect(relations(recitals[1]!)).toEqual(['reference', 'same', 'same'])
    expect(relations(recitals[0]!)).toEqual(['reference', 'reworded', 'reworded'])
    const paragraphs = multi.groups.filter((group) => group.kind === 'paragraph')
    expect(paragraphs).toHaveLength(6)
    expect(paragraphs.every((group) => group.missing.length === 0)).toBe(true)
  })
})
