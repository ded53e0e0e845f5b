import type {Flow, Inline, P} from '@clausewise/model'
import {dropStart} from './inline.js'
import type {Reading} from './reading.js'

/** A deep enough copy of inline content to cut its start without touching the source block. */
function copy(children: readonly Inline[]): Inline[] {
  return children.map((child) => (child.type === 'text' ? {...child} : child))
}

/**
 * The inline content of a block without its printed label (`1. `, `(a) `): an opening quotation
 * mark before the label stays (`"1. Decides` gives `"Decides`).
 */
export function contentOf(reading: Reading): Inline[] {
  const children = copy(reading.block.children)
  if (!reading.printed || !reading.label) return children
  const quote = reading.text.slice(0, reading.text.length - reading.bare.length)
  dropStart(children, quote.length + reading.label.length)
  const opening = quote.trim()
  if (opening) {
    const first = children[0]
    if (first?.type === 'text') first.value = opening + first.value
    else children.unshift({type: 'text', value: opening})
  }
  return children
}

/** A `p` of a block's whole content. */
export function wholeP(reading: Reading): P {
  const p: P = {type: 'p', children: copy(reading.block.children)}
  if (reading.block.position) p.position = reading.block.position
  return p
}

/** A `p` of a block's content without its first `count` characters (a label read by the caller). */
export function pAfter(reading: Reading, count: number): P {
  const children = copy(reading.block.children)
  dropStart(children, count)
  const p: P = {type: 'p', children}
  if (reading.block.position) p.position = reading.block.position
  return p
}

/** A `p` of a block's content without its printed label. */
export function labelledP(reading: Reading): P {
  const p: P = {type: 'p', children: contentOf(reading)}
  if (reading.block.position) p.position = reading.block.position
  return p
}

/** The last character of the last `p` of some blocks, white space aside (`:` of `…as follows:`). */
export function lastP(ps: readonly Flow[]): string | undefined {
  const last = ps[ps.length - 1]
  if (last?.type !== 'p') return undefined
  for (let index = last.children.length - 1; index >= 0; index--) {
    const child = last.children[index]!
    if (child.type === 'text') {
      const value = child.value.trimEnd()
      if (value) return value[value.length - 1]
    }
  }
  return undefined
}
