import type {Document, Num} from '@clausewise/model'
import {assignEIds, visit} from '@clausewise/model'
import {defaultHierarchyWords, implicitUnit} from './unit-heading.js'

/**
 * Give a document read from Markdown its eIds (`assignEIds`, keeping those the source gave): a unit
 * whose number is printed with its word (`Art 45d`, `Article I.`) is named by the number alone
 * (`art_45d`, not `art_Art-45d`). The reader and the writer's check of kept eIds both name this way.
 */
export function assignMarkdownEIds<T extends Document>(document: T): T {
  const printed: [Num, string][] = []
  visit(document, (node) => {
    if (node.type !== 'hcontainer') return undefined
    const num = node.children.find((child): child is Num => child.type === 'num')
    if (!num) return undefined
    const found = implicitUnit([{type: 'text', value: num.value}], defaultHierarchyWords)
    if (found && found.num === num.value && found.numeral !== num.value) {
      printed.push([num, num.value])
      num.value = found.numeral
    }
    return undefined
  })
  assignEIds(document, {keep: true})
  for (const [num, value] of printed) num.value = value
  return document
}
