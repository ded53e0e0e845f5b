// N-way `compare` of distinct decisions, related and unrelated, at four values of N, each in a process
// of its own (reading with `fromText` timed apart from comparing).
//
// - unrelated: the 587 General Assembly texts of the corpus, then variants of them in another
//   "dialect" (every plain word swapped for another of about the same frequency: the shape and length
//   of a real decision, none of its content) up to 1,000.
// - related: 1,000 drafts of 50 of those texts (each draft: ~2 % of words replaced, ~3 % of
//   paragraphs dropped, different for every draft), as when the versions of many decisions are
//   compared at once.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {bulkFiles, corpusClauses, dialect} from '../lib/corpus.mjs'
import {growth, mib, ms, spread, table} from '../lib/format.mjs'
import {growthExponent, runNodeChild, summary} from '../lib/measure.mjs'
import {random} from '../lib/random.mjs'

function unrelatedTexts(count) {
  const files = bulkFiles()
  const texts = []
  for (let index = 0; index < count; index++) {
    const text = readFileSync(files[index % files.length], 'utf8')
    texts.push(dialect(Math.floor(index / files.length))(text))
  }
  return texts
}

function relatedTexts(count) {
  const files = bulkFiles()
  const {vocabulary} = corpusClauses()
  const texts = []
  for (let index = 0; index < count; index++) {
    const next = random(5000 + index)
    const base = readFileSync(files[(index * 11) % 50], 'utf8')
    const blocks = base.split(/\n[ \t]*\n/).filter(() => next() >= 0.03)
    const text = blocks
      .join('\n \n')
      .replace(/\b[a-z]{3,}\b/g, (word) =>
        next() < 0.02 ? vocabulary[Math.floor(next() * vocabulary.length)] : word,
      )
    texts.push(text)
  }
  return texts
}

function writeSet(directory, name, texts) {
  const folder = join(directory, `compare-${name}`)
  mkdirSync(folder, {recursive: true})
  return texts.map((text, index) => {
    const file = join(folder, `${String(index).padStart(4, '0')}.txt`)
    writeFileSync(file, text)
    return file
  })
}

/** Run the section; returns `{markdown, data}`. */
export async function run({quick, directory, log}) {
  const counts = quick ? [50, 100, 200, 400] : [125, 250, 500, 1000]
  const rounds = quick ? 1 : 2
  const limitMs = quick ? 60_000 : 180_000
  const largest = counts[counts.length - 1]
  const sets = {
    unrelated: writeSet(directory, 'unrelated', unrelatedTexts(largest)),
    related: writeSet(directory, 'related', relatedTexts(largest)),
  }
  const data = {}
  for (const [name, files] of Object.entries(sets)) {
    data[name] = {}
    let stopped
    for (const count of counts) {
      const record = {rounds: []}
      data[name][count] = record
      if (stopped) {
        record.failed = `not run: ${stopped}`
        continue
      }
      for (let round = 0; round < rounds; round++) {
        const outcome = runNodeChild('compare-tool.mjs', {files: files.slice(0, count)}, {limitMs})
        if (!outcome.ok) {
          record.failed = outcome.timedOut ? `killed: over the ${limitMs / 1000} s CPU limit` : outcome.error
          stopped = `${record.failed} at N = ${count}`
          break
        }
        record.rounds.push(outcome.value)
        log(
          `compare ${name} ${count}: read ${ms(outcome.value.read)}, compare ${ms(outcome.value.compare)}, ${mib(outcome.value.peakRss)}`,
        )
      }
      if (record.rounds.length > 0) {
        record.read = summary(record.rounds.map((value) => value.read))
        record.compare = summary(record.rounds.map((value) => value.compare))
        record.peakRss = summary(record.rounds.map((value) => value.peakRss))
        record.stats = record.rounds[0].stats
      }
    }
    const points = counts
      .filter((count) => data[name][count].compare)
      .map((count) => [count, data[name][count].compare.median])
    data[name].exponent = growthExponent(points)
  }
  // The streaming path at the largest N: documents handed over one at a time.
  const streaming = {}
  for (const [name, files] of Object.entries(sets)) {
    if (!data[name][largest].compare) continue
    const outcome = runNodeChild('compare-tool.mjs', {files, streaming: true}, {limitMs})
    streaming[name] = outcome.ok ? outcome.value : {failed: outcome.timedOut ? 'killed' : outcome.error}
    if (outcome.ok)
      log(
        `compare ${name} ${largest} streaming: compare ${ms(outcome.value.compare)}, ${mib(outcome.value.peakRss)}`,
      )
  }
  data.streaming = streaming
  const rows = []
  for (const name of Object.keys(sets)) {
    for (const count of counts) {
      const record = data[name][count]
      if (!record.compare) {
        rows.push([name, String(count), record.failed, '', '', ''])
        continue
      }
      const groups = `${record.stats.groups} groups, ${record.stats.shared} shared, ${record.stats.unique} unique`
      rows.push([
        name,
        String(count),
        ms(record.read.median),
        spread(record.compare),
        mib(record.peakRss.median),
        groups,
      ])
    }
    const value = streaming[name]
    if (value && !value.failed) {
      rows.push([
        `${name}, streaming`,
        String(largest),
        ms(value.read),
        ms(value.compare),
        mib(value.peakRss),
        `${value.stats.groups} groups`,
      ])
    }
  }
  const exponents = Object.keys(sets)
    .map((name) => `${name}: ${growth(data[name].exponent)}`)
    .join('; ')
  const markdown = `${table(['documents', 'N', 'read all (CPU)', 'compare (CPU, median (min–max))', 'peak RSS', 'result'], rows)}\n\nGrowth exponent of compare's CPU time in N — ${exponents}. ${rounds} round(s) per N.`
  return {data, markdown}
}
