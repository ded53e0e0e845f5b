// Akoma Ntoso reading, writing, diffing and redlining: speed and growth, against fast-xml-parser alone
// on the same input (its parse, measured in the same run, is the baseline). Needs the built packages:
//   pnpm build && node packages/akn/bench/akn.mjs        (BENCH_QUICK=1 for the smaller sizes only)
// Prints CPU milliseconds, MB/s, the ratio to fast-xml-parser, and the growth exponent between sizes
// (1 = linear).
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {fromAkn, toAkn, toAknRedline} from '@clausewise/akn'
import {diff} from '@clausewise/diff'
import {XMLParser} from 'fast-xml-parser'

const quick = process.env.BENCH_QUICK === '1'
const corpus = new URL('../../../../shared/corpus/akn/', import.meta.url)

/**
 * The best of `runs` measures of `run`, in milliseconds of CPU time (user and system): on a machine
 * shared with other work, the process's own CPU time is what the code costs; the best of several runs
 * is the least disturbed.
 */
function best(run, runs = 5) {
  let fastest = Number.POSITIVE_INFINITY
  for (let index = 0; index < runs; index++) {
    const start = process.cpuUsage()
    run()
    const used = process.cpuUsage(start)
    fastest = Math.min(fastest, (used.user + used.system) / 1000)
  }
  return fastest
}

const parser = () =>
  new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: true,
    htmlEntities: true,
  })

/** A synthetic act of about `megabytes` MB: chapters of sections, subsections, lists and notes. */
function act(megabytes, variant = 0) {
  const sections = []
  let size = 0
  for (let index = 1; size < megabytes * 1_000_000; index++) {
    const word = variant && index % 97 === 0 ? 'amended' : 'original'
    const section = `<section eId="sec_${index}"><num>${index}.</num><heading>Section ${index} on the ${word} rules</heading>
  <subsection eId="sec_${index}__subsec_1"><num>(1)</num><content><p>The authority shall publish the <term refersTo="#t">register</term> of section ${index} every year<noteRef href="#n1" marker="1"/>, and keep it open to the public for inspection.</p></content></subsection>
  <subsection eId="sec_${index}__subsec_2"><num>(2)</num><content><blockList eId="sec_${index}__subsec_2__list_1"><listIntroduction>The register of section ${index} must state:</listIntroduction>
    <item eId="sec_${index}__subsec_2__list_1__item_a"><num>(a)</num><p>the name and address of each holder;</p></item>
    <item eId="sec_${index}__subsec_2__list_1__item_b"><num>(b)</num><p>the date on which the ${word} licence was issued; and</p></item>
  </blockList></content></subsection></section>`
    sections.push(section)
    size += section.length
  }
  return `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act name="act"><meta><identification source="#x"><FRBRWork><FRBRthis value="/akn/xx/act/2020/1/!main"/><FRBRuri value="/akn/xx/act/2020/1"/><FRBRdate date="2020-01-01" name="enactment"/><FRBRauthor href="#x"/><FRBRcountry value="xx"/></FRBRWork><FRBRExpression><FRBRthis value="/akn/xx/act/2020/1/eng@/!main"/><FRBRuri value="/akn/xx/act/2020/1/eng@"/><FRBRdate date="2020-01-01" name="expression"/><FRBRauthor href="#x"/><FRBRlanguage language="eng"/></FRBRExpression><FRBRManifestation><FRBRthis value="/akn/xx/act/2020/1/eng@/!main.xml"/><FRBRuri value="/akn/xx/act/2020/1/eng@.akn"/><FRBRdate date="2020-01-01" name="manifestation"/><FRBRauthor href="#x"/></FRBRManifestation></identification><notes source="#x"><note eId="n1"><p>A note.</p></note></notes></meta><body>
${sections.join('\n')}
</body></act></akomaNtoso>`
}

const exponent = (small, large, ratio) => Math.log(large / small) / Math.log(ratio)

export async function run() {
  const rows = []
  // Reading: MB/s and the ratio to fast-xml-parser's parse alone.
  const inputs = [
    [
      'ITU Final Acts (corpus, 1.5 MB)',
      readFileSync(new URL('itu-pp18-final-acts-collection.xml', corpus), 'utf8'),
    ],
    [
      'SSI 2017/102 (corpus, 0.6 MB)',
      readFileSync(new URL('ukleg-ssi-2017-102-enacted.xml', corpus), 'utf8'),
    ],
    ['synthetic act 1 MB', act(1)],
  ]
  for (const [label, xml] of inputs) {
    const baseline = best(() => parser().parse(xml))
    const read = best(() => fromAkn(xml))
    const document = fromAkn(xml).document
    const write = best(() => toAkn(document))
    const megabytes = xml.length / 1_000_000
    rows.push(
      `${label.padEnd(34)} read ${read.toFixed(0).padStart(5)} ms (${(megabytes / (read / 1000)).toFixed(1)} MB/s, ${(read / baseline).toFixed(2)}× fast-xml-parser ${baseline.toFixed(0)} ms)  write ${write.toFixed(0)} ms`,
    )
  }
  for (const row of rows) console.log(row)

  // Growth: reading and diffing acts of 1, 2 (and 4) MB.
  const sizes = quick ? [0.5, 1] : [1, 2, 4]
  const reads = []
  const diffs = []
  for (const size of sizes) {
    const before = act(size)
    const after = act(size, 1)
    reads.push(best(() => fromAkn(before)))
    const [left, right] = [fromAkn(before).document, fromAkn(after).document]
    diffs.push(best(() => diff(left, right), 2))
    console.log(
      `act ${String(size).padStart(3)} MB   read ${reads.at(-1).toFixed(0).padStart(5)} ms   diff of two versions ${diffs.at(-1).toFixed(0).padStart(5)} ms`,
    )
  }
  const ratio = sizes.at(-1) / sizes[0]
  console.log(
    `growth exponent ×${ratio}: read ${exponent(reads[0], reads.at(-1), ratio).toFixed(2)}, diff ${exponent(diffs[0], diffs.at(-1), ratio).toFixed(2)} (1 = linear)`,
  )

  // Shapes of the attack run (issue 16): many paragraphs (the entity pre-scan was quadratic), a redline
  // of shuffled and deleted clauses (it spliced per clause).
  const paragraphs = (count) =>
    `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="d"><mainBody>${Array.from(
      {length: count},
      (_, index) =>
        `<paragraph><num>${index + 1}.</num><content><p>Décide de rester saisi &amp; de la question ${index} ;</p></content></paragraph>`,
    ).join('\n')}</mainBody></statement></akomaNtoso>`
  const counts = quick ? [10_000, 20_000] : [10_000, 20_000, 40_000]
  const parsed = counts.map((count) => best(() => fromAkn(paragraphs(count)), 2))
  console.log(
    `${counts.map((count, index) => `${count} paragraphs ${parsed[index].toFixed(0)} ms`).join(', ')}; exponent ${exponent(parsed[0], parsed.at(-1), counts.at(-1) / counts[0]).toFixed(2)}`,
  )
  const redlines = counts.map((count) => {
    const before = fromAkn(paragraphs(count)).document
    const after = structuredClone(before)
    const body = after.children.find((part) => part.type === 'mainBody')
    // Every third clause deleted, every fifth pair swapped.
    body.children = body.children.filter((_, index) => index % 3 !== 0)
    for (let index = 0; index + 1 < body.children.length; index += 5) {
      ;[body.children[index], body.children[index + 1]] = [body.children[index + 1], body.children[index]]
    }
    const comparison = diff(before, after)
    return best(() => toAknRedline(comparison, after), 1)
  })
  console.log(
    `AKN redline of ${counts.map((count, index) => `${count} shuffled clauses ${redlines[index].toFixed(0)} ms`).join(', ')}; exponent ${exponent(redlines[0], redlines.at(-1), counts.at(-1) / counts[0]).toFixed(2)}`,
  )
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run()
