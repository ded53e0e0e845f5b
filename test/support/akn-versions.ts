import {readFileSync} from 'node:fs'
import {fromAkn, toAkn} from '@clausewise/akn'
import {type Document, type Nodes, visit} from '@clausewise/model'

// Versions of AKN documents of several types for redline tests: a real act amended (the corpus pair),
// and a judgment, a debate and a collection edited here, each written as AKN and read back.

const corpus = new URL('../../../shared/corpus/akn/', import.meta.url)
/** A corpus file read into the model. */
export const read = (name: string): Document => fromAkn(readFileSync(new URL(name, corpus), 'utf8')).document

/** A document changed by `edit` on a copy, written as AKN and read back: a real second version. */
function edited(document: Document, edit: (copy: Document) => void): Document {
  const copy = structuredClone(document)
  edit(copy)
  return fromAkn(toAkn(copy)).document
}

/** The first text node (in document order) whose value holds `text`. */
function textNode(document: Document, text: string): {value: string} {
  let found: {value: string} | undefined
  visit(document, (node) => {
    if (!found && node.type === 'text' && node.value.includes(text)) found = node
    return found ? false : undefined
  })
  if (!found) throw new Error(`No text \`${text}\``)
  return found
}

/** Remove the first node matching `test` from its parent. */
function remove(document: Document, test: (node: Nodes) => boolean): void {
  let done = false
  visit(document, (node) => {
    if (done || !('children' in node) || !node.children) return undefined
    const children = node.children as Nodes[]
    const index = children.findIndex(test)
    if (index !== -1) {
      children.splice(index, 1)
      done = true
    }
    return undefined
  })
}

const replace = (document: Document, from: string, to: string): void => {
  const node = textNode(document, from)
  node.value = node.value.replace(from, to)
}

/** The versions: a real act amended, and a judgment, a debate and a collection edited here. */
export const versions: Record<string, () => [Document, Document, string[]]> = {
  act: () => [
    read('openbylaws-akn2-za-cpt-ombudsman-eng-2015-07-03.xml'),
    read('openbylaws-akn2-za-cpt-ombudsman-eng-2017-02-10.xml'),
    ['Appointment and term of the city ombudsman', 'section 5'],
  ],
  judgment: () => {
    const judgment = read('akn2-judgement-appeal-18-2007.xml')
    return [
      judgment,
      edited(judgment, (copy) => {
        replace(copy, 'Without reproducing them', 'Without quoting them')
        replace(copy, 'the appeal has no merit', 'the appeal has some merit')
        remove(
          copy,
          (node) => node.type === 'p' && JSON.stringify(node).includes('Counsel contended that the omission'),
        )
      }),
      ['The preliminary issues raised were in', 'In summary, our position is that the appeal has'],
    ]
  },
  debate: () => {
    const debate = read('akn2-mx-camara-debate-2010-01-26.xml')
    return [
      debate,
      edited(debate, (copy) => {
        replace(copy, 'Hay quórum', 'No hay quórum')
        remove(copy, (node) => node.type === 'speech' && node.eId === 'sub4-sub1-sub1')
      }),
      ['Proceda la Secretaría a pasar la lista de asistencia'],
    ]
  },
  collection: () => {
    const collection = read('itu-pp18-final-acts-collection.xml')
    for (const part of collection.children)
      if (part.type === 'components') part.children = part.children.slice(0, 3)
    const before = fromAkn(toAkn(collection)).document
    return [
      before,
      edited(before, (copy) => {
        replace(copy, 'assess the changes that have taken place', 'assess the changes that took place')
        remove(
          copy,
          (node) =>
            node.type === 'recital' &&
            JSON.stringify(node).includes('Resolution 91 (Rev. Guadalajara, 2010)'),
        )
      }),
      ['Revenue and expenses for the Union for the period 2020-2023'],
    ]
  },
}
