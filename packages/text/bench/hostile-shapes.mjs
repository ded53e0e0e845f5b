// Hostile shapes of @clausewise/text's layout stage at three sizes each, with the growth exponent of
// the time against the size (1 = linear; issue 16 asks ≤ 1.2): the scaling that the hostile tests in
// test/layout-hostile.test.ts do not assert (they bound output, never time).
// Run `pnpm --filter @clausewise/text build` first; `node packages/text/bench/hostile-shapes.mjs`.
import {fileURLToPath} from 'node:url'
import {fromText} from '@clausewise/text'

/** Each shape: a text of about `n` repetitions of its unit, and the options to read it with. */
const shapes = {
  'hyphen-wrapped lines': (n) => ['Reaffirming an-\n'.repeat(n), {language: 'en', layout: 'single-spaced'}],
  'pages with running heads and notes': (n) => [
    Array.from(
      {length: n},
      (_, index) =>
        `A/RES/1/1 \nA running title\n \n24-12345\n${(index % 9999) + 1}/9999 \n \nRecalling the text,1\n__________\n \n1 A note.\n`,
    ).join('\n'),
    {language: 'en'},
  ],
  'notes among bare numbers': (n) => {
    const count = Math.min(n, 999)
    const numbers = '1 2 3 4 5 6 7 8 9 '.repeat(Math.ceil(n / count))
    const body = Array.from({length: count}, (_, index) => `Recalling ${numbers}and the text,${index + 1}`)
    const notes = Array.from({length: count}, (_, index) => `${index + 1} A note.`)
    return [
      `${body.join('\n')}\n__________\n\n${notes.join('\n\n')}\n`,
      {language: 'en', layout: 'single-spaced'},
    ]
  },
  'one-line sentences': (n) => ['Decides to act. '.repeat(n), {language: 'en'}],
  'invisible characters': (n) => [`Decides \u202E${'\u200B'.repeat(n)}\n`, {language: 'en'}],
  'label lines': (n) => ['1.\nDecides to act;\n \n'.repeat(n), {language: 'en', layout: 'single-spaced'}],
}

/** Best CPU time in ms of `fn` over at least 2 runs and about `budget` ms. */
function time(fn, budget = 1500) {
  let best = Number.POSITIVE_INFINITY
  let total = 0
  let runs = 0
  while (runs < 2 || (total < budget && runs < 10)) {
    const start = process.cpuUsage()
    fn()
    const used = process.cpuUsage(start)
    const elapsed = (used.user + used.system) / 1000
    best = Math.min(best, elapsed)
    total += elapsed
    runs++
  }
  return best
}

/** Measure and print; returns the rows. */
export function run() {
  const quick = process.env.BENCH_QUICK || process.argv.includes('--quick')
  const sizes = quick ? [2000, 8000] : [5000, 20_000, 80_000]
  const rows = []
  for (const [name, make] of Object.entries(shapes)) {
    const points = sizes.map((size) => {
      const [text, options] = make(size)
      return [text.length, time(() => fromText(text, options))]
    })
    const [first, last] = [points[0], points[points.length - 1]]
    const exponent = Math.log(last[1] / first[1]) / Math.log(last[0] / first[0])
    rows.push({
      shape: name,
      'K chars': points.map(([length]) => Math.round(length / 1000)).join(' / '),
      'CPU ms': points.map(([, ms]) => ms.toFixed(1)).join(' / '),
      exponent: Number(exponent.toFixed(2)),
    })
  }
  console.log(
    '@clausewise/text fromText on hostile shapes: CPU time (best run) and growth exponent (1 = linear)',
  )
  console.table(rows)
  return rows
}

if (process.argv[1] === fileURLToPath(import.meta.url)) run()
