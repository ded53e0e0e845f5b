// Read + diff of planted pairs (see ../lib/pairs.mjs) by clausewise and by the word diffs a maintainer
// would reach for: git's C word diff, diff-match-patch in word mode (its default 1 s deadline, and no
// deadline), and jsdiff's `diffWords`. Each tool runs in a process of its own, timed by its own CPU
// time, reading its two files included; rounds are interleaved; a run past the limit is killed and the
// tool is not run on larger pairs.
import {spawnSync} from 'node:child_process'
import {writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {growth, mib, ms, size, spread, table, times} from '../lib/format.mjs'
import {gitRuns} from '../lib/git-runs.mjs'
import {growthExponent, runNodeChild, runShellLoop, summary} from '../lib/measure.mjs'
import {plantedPair} from '../lib/pairs.mjs'
import {scoreRuns} from '../lib/score.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const gitCommand = 'git diff --no-index --word-diff=porcelain'
const tools = [
  {name: 'clausewise', label: 'clausewise (read + diff)'},
  {name: 'git', label: '`git diff --word-diff=porcelain`'},
  {name: 'dmpDefault', label: 'diff-match-patch, words, default (1 s deadline)'},
  {name: 'dmpNoDeadline', label: 'diff-match-patch, words, no deadline'},
  {name: 'jsdiff', label: 'jsdiff `diffWords`'},
]

function writePair(directory, name, bytes) {
  const pair = plantedPair(bytes)
  const files = {
    old: join(directory, `${name}-old.txt`),
    new: join(directory, `${name}-new.txt`),
    truth: join(directory, `${name}-truth.json`),
  }
  writeFileSync(files.old, pair.oldText)
  writeFileSync(files.new, pair.newText)
  writeFileSync(files.truth, JSON.stringify(pair.truth))
  return {...files, pair, bytes: Buffer.byteLength(pair.oldText)}
}

/**
 * git: a warm-up run, then enough runs in one shell loop to last about half a second of CPU.
 * `/usr/bin/time` counts CPU in hundredths of a second, so a loop that took less than a quarter of a
 * second (the warm-up run misled by a busy moment) is measured again with more runs.
 */
function measureGit(files, directory, limitMs, state) {
  const command = `${gitCommand} ${files.old.slice(directory.length + 1)} ${files.new.slice(directory.length + 1)}`
  const countFor = (cpu) => Math.max(1, Math.min(1000, Math.ceil(500 / Math.max(cpu, 0.5))))
  if (!state.count) {
    const once = runShellLoop(command, {count: 1, cwd: directory, limitMs})
    if (!once.ok) return once
    state.count = Math.min(100, countFor(once.value.cpu))
  }
  const outcome = runShellLoop(command, {count: state.count, cwd: directory, limitMs})
  if (!outcome.ok || outcome.value.cpu * state.count >= 250 || state.count >= 1000) return outcome
  state.count = countFor(outcome.value.cpu)
  return runShellLoop(command, {count: state.count, cwd: directory, limitMs})
}

function scoreGit(files) {
  const outcome = spawnSync('git', ['diff', '--no-index', '--word-diff=porcelain', files.old, files.new], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  })
  const {deleted, inserted} = gitRuns(outcome.stdout, files.pair.oldText, files.pair.newText)
  return scoreRuns(files.pair.truth, files.pair.oldText, files.pair.newText, deleted, inserted)
}

/** Run the section; returns `{markdown, data}`. */
export async function run({quick, directory, log}) {
  const sizes = quick ? [16e3, 50e3, 160e3, 500e3, 1.6e6] : [16e3, 50e3, 160e3, 500e3, 1.6e6, 8e6, 32e6]
  const rounds = quick ? 1 : 3
  const limitMs = quick ? 15_000 : 45_000
  const warm = writePair(directory, 'warm', 16e3)
  const steps = await bundleSteps(directory, log)
  const results = {}
  const stopped = {}
  for (const bytes of sizes) {
    const files = writePair(directory, size(bytes).replace(' ', ''), bytes)
    log(
      `diff pairs: ${size(bytes)} (${files.pair.truth.old.length} clauses, ${files.pair.truth.edits.length} word edits)`,
    )
    const entry = {
      bytes: files.bytes,
      clauses: files.pair.truth.old.length,
      planted: plantedSummary(files.pair.truth),
      tools: {},
    }
    results[size(bytes)] = entry
    const gitState = {}
    // Three rounds up to 1.6 MB, two above (each is seconds of CPU per tool there).
    const roundsHere = bytes > 2e6 ? Math.min(rounds, 2) : rounds
    for (let round = 0; round < roundsHere; round++) {
      const order = tools.map((_, k) => tools[(k + round) % tools.length])
      for (const tool of order) {
        entry.tools[tool.name] ??= {rounds: []}
        const record = entry.tools[tool.name]
        if (stopped[tool.name]) {
          record.skipped = stopped[tool.name]
          continue
        }
        if (record.timedOut) continue
        const outcome =
          tool.name === 'git'
            ? measureGit(files, directory, limitMs, gitState)
            : runNodeChild(
                'diff-tool.mjs',
                {
                  tool: tool.name,
                  old: files.old,
                  new: files.new,
                  truth: files.truth,
                  warmOld: warm.old,
                  warmNew: warm.new,
                  // A quarter of the limit for warming up on the measured pair.
                  warmBudgetMs: limitMs / 4,
                  steps,
                },
                {limitMs},
              )
        if (!outcome.ok) {
          if (outcome.timedOut) {
            record.timedOut = true
            stopped[tool.name] = `over the ${limitMs / 1000} s CPU limit at ${size(bytes)}`
          } else {
            record.error = outcome.error
            stopped[tool.name] = `failed at ${size(bytes)}`
          }
          log(`  ${tool.name}: ${outcome.timedOut ? 'over the limit' : outcome.error}`)
          continue
        }
        record.rounds.push(outcome.value)
        if (outcome.value.score) record.score = outcome.value.score
        log(`  ${tool.name}: ${ms(outcome.value.cpu)} CPU, ${mib(outcome.value.peakRss)}`)
      }
    }
    if (entry.tools.git?.rounds.length) entry.tools.git.score = scoreGit(files)
    for (const record of Object.values(entry.tools)) {
      if (record.rounds.length === 0) continue
      record.cpu = summary(record.rounds.map((value) => value.cpu))
      if (record.rounds[0].first !== undefined)
        record.first = summary(record.rounds.map((value) => value.first))
      record.wall = summary(record.rounds.map((value) => value.wall))
      record.peakRss = summary(record.rounds.map((value) => value.peakRss))
      const phases = record.rounds[0].phases
      if (phases && Object.keys(phases).length > 0) {
        record.phases = Object.fromEntries(
          Object.keys(phases).map((key) => [key, summary(record.rounds.map((value) => value.phases[key]))]),
        )
      }
    }
  }
  const exponents = {}
  for (const tool of tools) {
    const points = Object.values(results)
      .filter((entry) => entry.tools[tool.name]?.cpu)
      .map((entry) => [entry.bytes, entry.tools[tool.name].cpu.median])
    exponents[tool.name] = {exponent: growthExponent(points), sizes: points.length}
  }
  return {
    data: {sizes: results, exponents, rounds, limitMs},
    markdown: render(results, exponents, rounds, limitMs),
  }
}

/**
 * The differ's steps as one bundle (../lib/diff-phases.ts built with tsup from the differ's source),
 * or undefined when it does not build (the steps are then not shown).
 */
async function bundleSteps(directory, log) {
  try {
    const {build} = await import('tsup')
    await build({
      entry: {'diff-phases': join(here, '../lib/diff-phases.ts')},
      format: ['esm'],
      outDir: directory,
      platform: 'node',
      target: 'node20',
      noExternal: [/.*/],
      silent: true,
      dts: false,
      config: false,
      splitting: false,
      sourcemap: false,
      clean: false,
    })
    return join(directory, 'diff-phases.js')
  } catch (error) {
    log(`diff steps not measured: ${error instanceof Error ? error.message : String(error)}`)
    return undefined
  }
}

function plantedSummary(truth) {
  return {
    edits: truth.edits.length,
    inserted: truth.inserted.length,
    deleted: truth.deleted.length,
    moved: truth.moved.length,
  }
}

function scoreCell(score) {
  if (!score) return '—'
  const moves =
    score.moves.found > 0 || score.moves.asDeleteInsert === 0
      ? `${score.moves.found}/${score.moves.planted}`
      : `0/${score.moves.planted} (${score.moves.asDeleteInsert} as del+ins)`
  return `${score.edits.found}/${score.edits.planted} · ${score.inserted.found}/${score.inserted.planted} · ${score.deleted.found}/${score.deleted.planted} · ${moves} · ${score.spurious}`
}

function render(results, exponents, rounds, limitMs) {
  const rows = []
  for (const [label, entry] of Object.entries(results)) {
    const git = entry.tools.git?.cpu?.median
    for (const tool of tools) {
      const record = entry.tools[tool.name]
      if (!record) continue
      if (!record.cpu) {
        const why = record.timedOut
          ? `killed: over the ${limitMs / 1000} s CPU limit`
          : record.skipped
            ? `not run: ${record.skipped}`
            : `failed: ${record.error}`
        rows.push([label, tool.label, why, '', '', '', '', ''])
        continue
      }
      rows.push([
        label,
        tool.label,
        spread(record.cpu),
        record.first ? ms(record.first.median) : 'same (a process each run)',
        ms(record.wall.median),
        mib(record.peakRss.median),
        tool.name === 'git' ? '1×' : times(record.cpu.median / git),
        scoreCell(record.score),
      ])
    }
  }
  const main = table(
    [
      'pair (each side)',
      'tool',
      'CPU per run warmed up, median (min–max)',
      'first run in a fresh process',
      'wall',
      'peak RSS',
      'CPU ÷ git',
      'found: edits · ins · del · moves · spurious',
    ],
    rows,
  )
  const growthTable = table(
    ['tool', 'growth exponent of CPU time', 'from sizes'],
    tools.map((tool) => [
      tool.label,
      growth(exponents[tool.name].exponent, '— (fewer than 4 sizes)'),
      String(exponents[tool.name].sizes),
    ]),
  )
  const phaseRows = Object.entries(results)
    .filter(([, entry]) => entry.tools.clausewise?.phases)
    .map(([label, entry]) => {
      const record = entry.tools.clausewise
      const words = record.phases['diff: words']?.median
      const dmp = entry.tools.dmpDefault?.cpu?.median
      return [
        label,
        spread(record.phases.read),
        spread(record.phases.diff),
        ms(record.phases['diff: clauses']?.median),
        ms(record.phases['diff: align']?.median),
        ms(words),
        words !== undefined && dmp !== undefined ? times(words / dmp) : '—',
        mib(record.peakRss.median),
        times(record.peakRss.median / entry.bytes),
        times(record.peakRss.median / (2 * entry.bytes)),
      ]
    })
  const phases = table(
    [
      'pair',
      'clausewise: read both (CPU)',
      'diff (CPU)',
      'diff steps: clauses',
      'align',
      'word diffs',
      'word diffs ÷ diff-match-patch default',
      'peak RSS',
      '÷ one side',
      '÷ both sides',
    ],
    phaseRows,
  )
  return `${main}\n\n${rounds} rounds per tool and size (2 above 2 MB), interleaved; a killed tool is not run on larger pairs. Each JavaScript tool runs in a process of its own: warmed up on a small pair, run once on the measured pair (the first run, what a one-off call pays), warmed up on it until two runs agree (at most 6, within a quarter of the CPU limit), then measured; git is a process each run.\n\n${growthTable}\n\n${phases}`
}
