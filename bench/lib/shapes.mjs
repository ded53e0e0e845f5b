// The hostile input shapes of issue 16, each a generator of an input of a given size and the call it
// attacks. Sizes are counts (lines, paragraphs, keys, clauses); the bench times each shape at 2–3 sizes.
import {assignEIds, emptyMeta} from '@clausewise/model'

const akn = (body) =>
  `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="d"><mainBody>${body}</mainBody></statement></akomaNtoso>`

/** An ordinary Markdown decision of at least `length` characters: the baseline of the Markdown shapes. */
function ordinaryMarkdown(length) {
  let input = 'The Council,\n\n'
  for (let index = 1; input.length < length; index++) {
    input += `${index}. Decides to remain seized of question ${index} and of its item ${index * 7};\n\n`
  }
  return input
}

/** An ordinary PDF-extracted decision of at least `length` characters: the text shape's baseline. */
function ordinaryText(length) {
  let input = 'The General Assembly,\n\n'
  for (let index = 1; input.length < length; index++) {
    input += `${index}. Decides to remain seized of question ${index}\nand of its item ${index * 7};\n\n`
  }
  return input
}

/** A document of `count` numbered paragraphs, built on the model (no reader involved). */
function decision(texts) {
  const p = (value) => ({type: 'p', children: [{type: 'text', value}]})
  return assignEIds({
    type: 'document',
    documentType: 'statement',
    name: 'decision',
    meta: emptyMeta('en'),
    children: [
      {
        type: 'preamble',
        children: [{type: 'formula', eId: '', name: 'enactingFormula', children: [p('The Council,')]}],
      },
      {
        type: 'mainBody',
        children: texts.map((text, index) => ({
          type: 'paragraph',
          eId: '',
          children: [
            {type: 'num', value: `${index + 1}.`},
            {type: 'content', children: [p(text)]},
          ],
        })),
      },
    ],
  })
}

/** `count` paragraphs, and the same shuffled with one in ten deleted (deterministic). */
function shuffledPair(count) {
  const texts = Array.from(
    {length: count},
    (_, index) => `Decides to remain seized of question ${index} and of its item ${index * 7};`,
  )
  let state = 12345
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    return state / 2 ** 32
  }
  const shuffled = texts.filter((_, index) => index % 10 !== 3)
  for (let k = shuffled.length - 1; k > 0; k--) {
    const j = Math.floor(next() * (k + 1))
    ;[shuffled[k], shuffled[j]] = [shuffled[j], shuffled[k]]
  }
  const kept = texts.filter((_, index) => index % 10 !== 3)
  return {old: decision(texts), new: decision(shuffled), inOrder: decision(kept)}
}

/**
 * Each shape: what it attacks, its sizes, doubling (full run; the quick run takes the first two), and
 * `prepare(size)` → `{input, run, baseline}`: `baseline` makes the same call on an ordinary input of the
 * same size (the same bytes of plain decision text; the same paragraphs in order), so that the bench
 * reports what the shape costs beyond what its size costs anyway.
 */
export const shapes = {
  'markdown-footnote-chain': {
    label: 'Markdown: footnote definitions each calling the next twice',
    unit: 'definitions',
    sizes: [250, 500, 1000],
    async prepare(size) {
      const {fromMarkdown} = await import('@clausewise/markdown')
      let input = 'The Council,\n\n1. Decides [^1].\n\n'
      for (let k = 1; k <= size; k++) input += `[^${k}]: See [^${k + 1}] and [^${k + 1}].\n\n`
      input += `[^${size + 1}]: End.\n`
      const ordinary = ordinaryMarkdown(input.length)
      return {input, run: () => fromMarkdown(input), baseline: () => fromMarkdown(ordinary)}
    },
  },
  'markdown-lazy-list': {
    label: 'Markdown: lazy lines inside one list item',
    unit: 'lines',
    sizes: [12_000, 24_000, 48_000],
    async prepare(size) {
      const {fromMarkdown} = await import('@clausewise/markdown')
      const input = `- a\n${'b\n'.repeat(size)}`
      const ordinary = ordinaryMarkdown(input.length)
      return {input, run: () => fromMarkdown(input), baseline: () => fromMarkdown(ordinary)}
    },
  },
  'markdown-lazy-quote': {
    label: 'Markdown: lazy lines inside one block quote',
    unit: 'lines',
    sizes: [12_000, 24_000, 48_000],
    async prepare(size) {
      const {fromMarkdown} = await import('@clausewise/markdown')
      const input = `> a\n${'b\n'.repeat(size)}`
      const ordinary = ordinaryMarkdown(input.length)
      return {input, run: () => fromMarkdown(input), baseline: () => fromMarkdown(ordinary)}
    },
  },
  'markdown-yaml-keys': {
    label: 'Markdown: YAML front matter with many keys',
    unit: 'keys',
    sizes: [25_000, 50_000, 100_000],
    async prepare(size) {
      const {fromMarkdown} = await import('@clausewise/markdown')
      let keys = ''
      for (let k = 0; k < size; k++) keys += `k${k}: v\n`
      const input = `---\n${keys}---\n\nThe Council,\n\n1. Decides.\n`
      const ordinary = ordinaryMarkdown(input.length)
      return {input, run: () => fromMarkdown(input), baseline: () => fromMarkdown(ordinary)}
    },
  },
  'markdown-yaml-aliases': {
    label: 'Markdown: YAML front matter with many aliases',
    unit: 'aliases',
    sizes: [25_000, 50_000, 100_000],
    async prepare(size) {
      const {fromMarkdown} = await import('@clausewise/markdown')
      let keys = 'a: &a [x, y, z]\n'
      for (let k = 0; k < size; k++) keys += `k${k}: *a\n`
      const input = `---\n${keys}---\n\nThe Council,\n\n1. Decides.\n`
      const ordinary = ordinaryMarkdown(input.length)
      return {input, run: () => fromMarkdown(input), baseline: () => fromMarkdown(ordinary)}
    },
  },
  'text-hyphen-lines': {
    label: 'text: hyphen-wrapped lines (one growing word)',
    unit: 'lines',
    sizes: [20_000, 40_000, 80_000],
    async prepare(size) {
      const {fromText} = await import('@clausewise/text')
      const input = `The General Assembly,\n\n1. Decides ${'abc-\n'.repeat(size)}end;\n`
      const ordinary = ordinaryText(input.length)
      return {input, run: () => fromText(input), baseline: () => fromText(ordinary)}
    },
  },
  'text-one-line-sentences': {
    label: 'text: a one-line dump of unnumbered operative sentences',
    unit: 'sentences',
    sizes: [25_000, 50_000, 100_000],
    async prepare(size) {
      const {fromText} = await import('@clausewise/text')
      // Every sentence opens with an operative verb: as many unnumbered paragraphs in one body.
      const input = 'Decides to act. '.repeat(size)
      const ordinary = ordinaryText(input.length)
      return {input, run: () => fromText(input), baseline: () => fromText(ordinary)}
    },
  },
  'akn-entity-paragraphs': {
    label: 'AKN: paragraphs with entities (the entity pre-scan)',
    unit: 'paragraphs',
    sizes: [10_000, 20_000, 40_000],
    async prepare(size) {
      const {fromAkn} = await import('@clausewise/akn')
      let body = ''
      for (let index = 0; index < size; index++) {
        body += `<paragraph eId="para_${index + 1}"><num>${index + 1}.</num><content><p>Decides &amp; recalls question ${index} &#233;</p></content></paragraph>\n`
      }
      const input = akn(body)
      const ordinary = akn(body.replaceAll('&amp;', 'and').replaceAll('&#233;', 'é'))
      return {input, run: () => fromAkn(input), baseline: () => fromAkn(ordinary)}
    },
  },
  'diff-shuffled': {
    label: 'diff: all paragraphs shuffled, one in ten deleted',
    unit: 'paragraphs',
    sizes: [10_000, 20_000, 40_000],
    async prepare(size) {
      const {diff} = await import('@clausewise/diff')
      const pair = shuffledPair(size)
      return {input: pair, run: () => diff(pair.old, pair.new), baseline: () => diff(pair.old, pair.inOrder)}
    },
  },
  'critic-markup-shuffled': {
    label: 'Markdown (CriticMarkup) redline of all paragraphs shuffled',
    unit: 'paragraphs',
    // Smaller sizes than the other redlines: the Markdown writer (mdast-util-to-markdown over both
    // whole documents) costs about 0.7 ms a paragraph, so 10,000 already near the 10 s CPU limit.
    sizes: [2_500, 5_000, 10_000],
    async prepare(size) {
      const {diff} = await import('@clausewise/diff')
      const markdown = await import('@clausewise/markdown')
      const pair = shuffledPair(size)
      const comparison = diff(pair.old, pair.new)
      const ordinary = diff(pair.old, pair.inOrder)
      return {
        input: comparison,
        run: () => markdown.toMarkdownRedline(comparison, pair.old, pair.new),
        baseline: () => markdown.toMarkdownRedline(ordinary, pair.old, pair.inOrder),
      }
    },
  },
  'akn-redline-shuffled': {
    label: 'AKN redline of all paragraphs shuffled',
    unit: 'paragraphs',
    sizes: [10_000, 20_000, 40_000],
    async prepare(size) {
      const {diff} = await import('@clausewise/diff')
      const {toAknRedline} = await import('@clausewise/akn')
      const pair = shuffledPair(size)
      const comparison = diff(pair.old, pair.new)
      const ordinary = diff(pair.old, pair.inOrder)
      return {
        input: comparison,
        run: () => toAknRedline(comparison, pair.new),
        baseline: () => toAknRedline(ordinary, pair.inOrder),
      }
    },
  },
}
