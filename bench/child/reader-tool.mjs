// One reader or one parser on one input, in a process of its own: `node reader-tool.mjs '<json>'` with
// `{tool, input, warm, list?}` (two files; with `list`, the input file names one text file per line,
// and a run reads each of them in turn: a corpus). The input is read first (not timed), then the tool
// runs after a warm-up on the small input: a first run (its CPU is printed as `first`: what reading
// one input in a fresh process costs), then warm-up runs until two in a row agree within 10 % (at most
// 8, or 10 s of CPU: V8 optimises a large reader over several runs), then as many measured runs as
// fill 300 ms, at least three (the median of their CPU is `cpu`). Prints CPU and wall per run, the
// first run's CPU, the warm-up runs, the peak RSS after the first run and the bytes of a run.

import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {warmUntilSteady} from '../lib/measure.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const spec = JSON.parse(process.argv[2])
const requireIn = (name) => createRequire(join(here, `../../packages/${name}/package.json`))

const tools = {
  async fromText() {
    const {fromText} = await import('@clausewise/text')
    return (input) => fromText(input)
  },
  async wordPass() {
    // The floor of any text reader: split into lines and find every word once.
    return (input) => {
      let count = 0
      for (const line of input.split('\n')) count += line.match(/[\p{L}\p{N}]+/gu)?.length ?? 0
      return count
    }
  },
  async fromMarkdown() {
    const {fromMarkdown} = await import('@clausewise/markdown')
    return (input) => fromMarkdown(input)
  },
  async remarkParse() {
    // remark-parse alone: CommonMark to mdast, none of the syntax extensions the reader enables.
    const load = requireIn('markdown')
    const {unified} = await import(pathToFileURL(load.resolve('unified')).href)
    const {default: remarkParse} = await import(pathToFileURL(load.resolve('remark-parse')).href)
    const processor = unified().use(remarkParse).freeze()
    return (input) => processor.parse(input)
  },
  async fromAkn() {
    const {fromAkn} = await import('@clausewise/akn')
    return (input) => fromAkn(input)
  },
  async fastXmlParser() {
    const {XMLParser, XMLValidator} = requireIn('akn')('fast-xml-parser')
    // What the AKN reader asks of fast-xml-parser: validate, then an order-preserving parse.
    const parser = new XMLParser({
      preserveOrder: true,
      ignoreAttributes: false,
      attributeNamePrefix: '',
      trimValues: false,
      parseTagValue: false,
      parseAttributeValue: false,
      processEntities: true,
      htmlEntities: true,
    })
    return (input) => {
      if (XMLValidator.validate(input) !== true) throw new Error('invalid XML')
      return parser.parse(input)
    }
  },
}

const inputs = spec.list
  ? readFileSync(spec.input, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((file) => readFileSync(file, 'utf8'))
  : [readFileSync(spec.input, 'utf8')]
const tool = await tools[spec.tool]()
tool(readFileSync(spec.warm, 'utf8'))
/** CPU and wall milliseconds of one run over the inputs. */
const timed = () => {
  const start = process.cpuUsage()
  const begin = performance.now()
  for (const input of inputs) tool(input)
  const used = process.cpuUsage(start)
  return {cpu: (used.user + used.system) / 1000, wall: performance.now() - begin}
}
const first = timed().cpu
// The peak of one run in a fresh process: later runs leave garbage a collection may grow it by.
const peakRss = process.resourceUsage().maxRSS * 1024
const warmup = warmUntilSteady(() => timed().cpu, first, {most: 8, mayRun: (spent) => spent < 10_000})
const cpus = []
let wall = 0
do {
  const run = timed()
  cpus.push(run.cpu)
  wall += run.wall
} while ((wall < 300 || cpus.length < 3) && cpus.length < 50)
cpus.sort((left, right) => left - right)
const runs = cpus.length
const cpu = cpus[Math.floor(runs / 2)]
process.stdout.write(
  `${JSON.stringify({runs, cpu, wall: wall / runs, first, warmup, peakRss, bytes: inputs.reduce((sum, input) => sum + Buffer.byteLength(input), 0)})}\n`,
)
