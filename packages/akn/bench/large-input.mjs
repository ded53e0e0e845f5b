// Measures fromAkn on large and deep inputs (run after `npx tsup`): node packages/akn/bench/large-input.mjs
// Prints milliseconds per case and the ratio against a 5 MB baseline measured in the same run.
import {fromAkn} from '@clausewise/akn'

const akn = (body) =>
  `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="d"><mainBody>${body}</mainBody></statement></akomaNtoso>`
const textNode = (megabytes) =>
  akn(`<paragraph><content><p>${'x'.repeat(megabytes * 1024 * 1024)}</p></content></paragraph>`)
const paragraphs = (count) =>
  akn(
    Array.from(
      {length: count},
      (_, index) =>
        `<paragraph><num>${index + 1}.</num><content><p>Décide de rester saisi de la question ${index} ;</p></content></paragraph>`,
    ).join('\n'),
  )

function time(label, run) {
  const start = performance.now()
  let outcome = 'ok'
  try {
    run()
  } catch (error) {
    outcome = error.code ?? String(error)
  }
  const elapsed = performance.now() - start
  console.log(`${label.padEnd(34)} ${elapsed.toFixed(0).padStart(7)} ms  ${outcome}`)
  return elapsed
}

const base = time('5 MB text node', () => fromAkn(textNode(5)))
const big = time('50 MB text node', () => fromAkn(textNode(50)))
console.log(`ratio 50 MB / 5 MB: ${(big / base).toFixed(1)} (linear: 10)`)
const small = time('5,000 paragraphs', () => fromAkn(paragraphs(5_000)))
const many = time('50,000 paragraphs', () => fromAkn(paragraphs(50_000)))
console.log(`ratio 50,000 / 5,000 paragraphs: ${(many / small).toFixed(1)} (linear: 10)`)
time('50,000 nested elements', () =>
  fromAkn(akn('<hcontainer name="x">'.repeat(50_000) + '</hcontainer>'.repeat(50_000))),
)
time('70 MB input (over the limit)', () => fromAkn(textNode(70)))
