// One tool on one planted pair, in a process of its own: `node diff-tool.mjs '<json>'` with
// `{tool, old, new, truth, warmOld, warmNew, minimumMs, warmBudgetMs, steps}`. Warms up on the small
// pair; runs the tool once on the measured pair (`first`: what a fresh process pays); warms up on it
// until two runs agree within 10 % (at most 6 runs, while the warm-up's CPU stays under
// `warmBudgetMs`, 0 by default); then runs it as many times as fill `minimumMs` (at least once) —
// reading the files included, each run's CPU time taken from `process.cpuUsage` of this process —
// and prints one JSON line: CPU and wall time per run, the first run's CPU, the warm-up runs, phases,
// this process's peak RSS after the first run, and the score against the planted edits. For clausewise, `steps` (a bundle of ../lib/diff-phases.ts) then times
// diff's own steps, after the peak was taken: warmed up on the measured pair, then timed in one to six
// runs (as many as fit in `warmBudgetMs`), each step by its median.
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {median, warmUntilSteady} from '../lib/measure.mjs'
import {scoreComparison, scoreRuns} from '../lib/score.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const spec = JSON.parse(process.argv[2])

const read = (file) => readFileSync(file, 'utf8')

/** Elapsed CPU (user + system) and wall milliseconds of `run`. */
function measure(run) {
  const cpu = process.cpuUsage()
  const wall = performance.now()
  const value = run()
  const used = process.cpuUsage(cpu)
  return {value, cpu: (used.user + used.system) / 1000, wall: performance.now() - wall}
}

/** Word tokens for diff-match-patch's word mode: runs of letters or digits, runs of space, single other characters. */
const tokenPattern = /[\p{L}\p{N}]+|\s+|[^\p{L}\p{N}\s]/gu

async function loadTools() {
  const requireDiff = createRequire(join(here, '../../packages/diff/package.json'))
  const tools = {
    async clausewise() {
      const {fromText} = await import('@clausewise/text')
      const {diff} = await import('@clausewise/diff')
      return {
        run(oldFile, newFile, phases) {
          const documents = measure(() => [
            fromText(read(oldFile)).document,
            fromText(read(newFile)).document,
          ])
          const comparison = measure(() => diff(documents.value[0], documents.value[1]))
          phases.read = (phases.read ?? 0) + documents.cpu
          phases.diff = (phases.diff ?? 0) + comparison.cpu
          return {documents: documents.value, comparison: comparison.value}
        },
        async score(result, truth) {
          const {clauses, ownText} = await import('@clausewise/model')
          const start = (text) => text.replace(/\s+/g, ' ').trim().slice(0, 24)
          // Reader clauses to planted ones: by position when the reader found as many as were written;
          // otherwise by their opening words, in order, a clause that opens no planted one being a piece
          // of the one before (the reader split it) — counted, and its changes then show as spurious; a
          // planted clause no reader clause opens is then missed.
          const indexOf = (document, planted, side) => {
            const map = new Map()
            const list = [...clauses(document)].filter(
              (node) => node.type === 'recital' || node.type === 'paragraph',
            )
            if (list.length === planted.length) {
              for (const [index, node] of list.entries()) map.set(node.eId, index)
              return map
            }
            let at = -1
            let pieces = 0
            for (const node of list) {
              const text = start(ownText(node))
              // The next planted clause that opens so, a few ahead at most (the reader may have merged
              // or lost one), so that one mismatch does not shift every clause after it.
              let next = at + 1
              while (next < Math.min(planted.length, at + 6) && start(planted[next].text) !== text) next++
              if (next < Math.min(planted.length, at + 6)) at = next
              else pieces++
              map.set(node.eId, Math.max(at, 0))
            }
            process.stderr.write(
              `${side}: the reader found ${list.length} recitals and paragraphs where ${planted.length} were written (${pieces} not opening a planted one)\n`,
            )
            return map
          }
          const [oldDocument, newDocument] = result.documents
          return scoreComparison(
            truth,
            result.comparison,
            indexOf(oldDocument, truth.old, 'old'),
            indexOf(newDocument, truth.new, 'new'),
          )
        },
      }
    },
    async jsdiff() {
      const {diffWords} = requireDiff('diff')
      return {
        run: (oldFile, newFile) => diffWords(read(oldFile), read(newFile)),
        score(parts, truth, oldText, newText) {
          const deleted = []
          const inserted = []
          let oldAt = 0
          let newAt = 0
          for (const part of parts) {
            const length = part.value.length
            if (part.added) {
              inserted.push([newAt, newAt + length])
              newAt += length
            } else if (part.removed) {
              deleted.push([oldAt, oldAt + length])
              oldAt += length
            } else {
              oldAt += length
              newAt += length
            }
          }
          return scoreRuns(truth, oldText, newText, deleted, inserted)
        },
      }
    },
  }
  for (const [name, timeout] of [
    ['dmpDefault', 1],
    ['dmpNoDeadline', 0],
  ]) {
    tools[name] = async () => {
      const {default: DiffMatchPatch} = await import('diff-match-patch')
      return {
        run(oldFile, newFile) {
          const dmp = new DiffMatchPatch()
          dmp.Diff_Timeout = timeout
          const ids = new Map()
          const encode = (text) => {
            const tokens = text.match(tokenPattern) ?? []
            let codes = ''
            for (const token of tokens) {
              // Every run of white space is one token, as jsdiff's and git's word modes ignore spacing.
              const key = token.trim() === '' ? ' ' : token
              let id = ids.get(key)
              if (id === undefined) {
                // One UTF-16 unit per token, surrogates skipped (as diff_linesToChars_ does for lines).
                id = ids.size + 1
                if (id >= 0xd800) id += 0x800
                if (id > 0xffff)
                  throw new Error('more distinct tokens than diff-match-patch word mode can encode')
                ids.set(key, id)
              }
              codes += String.fromCharCode(id)
            }
            return {codes, tokens}
          }
          const oldEncoded = encode(read(oldFile))
          const newEncoded = encode(read(newFile))
          return {diffs: dmp.diff_main(oldEncoded.codes, newEncoded.codes, false), oldEncoded, newEncoded}
        },
        score({diffs, oldEncoded, newEncoded}, truth, oldText, newText) {
          const deleted = []
          const inserted = []
          let oldToken = 0
          let newToken = 0
          let oldAt = 0
          let newAt = 0
          const advance = (tokens, from, count) => {
            let length = 0
            for (let index = from; index < from + count; index++) length += tokens[index].length
            return length
          }
          for (const [op, codes] of diffs) {
            const count = codes.length
            if (op === 1) {
              const length = advance(newEncoded.tokens, newToken, count)
              inserted.push([newAt, newAt + length])
              newAt += length
              newToken += count
            } else if (op === -1) {
              const length = advance(oldEncoded.tokens, oldToken, count)
              deleted.push([oldAt, oldAt + length])
              oldAt += length
              oldToken += count
            } else {
              oldAt += advance(oldEncoded.tokens, oldToken, count)
              newAt += advance(newEncoded.tokens, newToken, count)
              oldToken += count
              newToken += count
            }
          }
          return scoreRuns(truth, oldText, newText, deleted, inserted)
        },
      }
    }
  }
  return tools
}

const tools = await loadTools()
const tool = await tools[spec.tool]()
// Warm-up: twice on the small pair, so that the measured runs meet compiled code.
let warmed
for (let round = 0; round < 2; round++) warmed = tool.run(spec.warmOld, spec.warmNew, {})
const first = measure(() => tool.run(spec.old, spec.new, {})).cpu
// The peak of one run in a fresh process (the small pair's warm-up aside): the warm-up and measured
// runs after it leave garbage that a later collection may let the process grow by.
const peakRss = process.resourceUsage().maxRSS * 1024
const warmup = warmUntilSteady(() => measure(() => tool.run(spec.old, spec.new, {})).cpu, first, {
  most: 6,
  // The first run counts against the budget; a run starts only when one like the last still fits.
  mayRun: (spent, previous) => first + spent + previous < (spec.warmBudgetMs ?? 0),
})
const phases = {}
let runs = 0
let cpu = 0
let wall = 0
let result
do {
  result = undefined
  const measured = measure(() => tool.run(spec.old, spec.new, phases))
  result = measured.value
  cpu += measured.cpu
  wall += measured.wall
  runs++
} while (wall < (spec.minimumMs ?? 300) && runs < 50)
if (spec.tool === 'clausewise' && spec.steps) {
  const {diffPhases} = await import(pathToFileURL(spec.steps).href)
  // The bundle is a copy of the differ of its own, with its own compiled code: it is warmed up as the
  // measured runs were (twice on the small pair, then on the measured pair, that run not counted) and
  // timed as they were, in several runs, each step by its median.
  for (let round = 0; round < 2; round++) diffPhases(warmed.documents[0], warmed.documents[1])
  const stepRuns = []
  let spent = 0
  let previous = 0
  do {
    const steps = diffPhases(result.documents[0], result.documents[1])
    stepRuns.push(steps)
    previous = Object.values(steps).reduce((sum, value) => sum + value, 0)
    spent += previous
  } while (stepRuns.length < 2 || (stepRuns.length < 7 && spent + previous < (spec.warmBudgetMs ?? 0)))
  const timed = stepRuns.slice(1)
  for (const name of Object.keys(timed[0]))
    phases[`diff: ${name}`] = median(timed.map((steps) => steps[name])) * runs
}
const truth = JSON.parse(readFileSync(spec.truth, 'utf8'))
const score = await tool.score(result, truth, read(spec.old), read(spec.new))
for (const key of Object.keys(phases)) phases[key] /= runs
process.stdout.write(
  `${JSON.stringify({runs, cpu: cpu / runs, wall: wall / runs, first, warmup, phases, peakRss, score})}\n`,
)
