import {
  type ChangeKind,
  type Comparison,
  type Document,
  type Nodes,
  plainText,
  titleBlocks,
  visit,
} from '@clausewise/model'
import type {OutParagraph} from '../write/blocks.js'
import {markChanges, textSlots, visibleRuns, wrap} from './mark.js'
import type {Placement} from './placement.js'

function find(
  document: Document,
  type: 'docNumber' | 'docTitle',
  attachment?: number,
): (Nodes & {children: Nodes[]}) | undefined {
  const holder =
    attachment === undefined
      ? document
      : document.children.find((child) => child.type === 'attachments')?.children[attachment - 1]
  const preface = holder?.children.find((child) => child.type === 'preface')
  let found: (Nodes & {children: Nodes[]}) | undefined
  if (preface) {
    visit(preface, (node) => {
      if (found) return false
      if (node.type === type) found = node as Nodes & {children: Nodes[]}
      return node.type === 'authorialNote' ? false : undefined
    })
  }
  // A title read from a short or long title: the block that prints it (see `titleBlocks`).
  if (!found && type === 'docTitle' && attachment === undefined) {
    for (const block of titleBlocks(document)) {
      if (block.type !== 'p' || block.children.some((child) => child.type === 'docNumber')) continue
      return block as Nodes & {children: Nodes[]}
    }
  }
  return found
}

/**
 * Mark changes to the document's number and title on its `docNumber` and `docTitle`; a number or
 * title the new version lost is written deleted at the top.
 */
export function metadataMarks(
  comparison: Comparison,
  document: Document,
  paragraphs: OutParagraph[],
  placement: Placement,
  ignore: ReadonlySet<ChangeKind>,
): void {
  for (const change of comparison.metadata ?? []) {
    if (change.field !== 'number' && change.field !== 'title' && change.field !== 'heading') continue
    const node =
      change.field === 'heading'
        ? find(document, 'docTitle', change.attachment ?? 1)
        : find(document, change.field === 'number' ? 'docNumber' : 'docTitle')
    if (!node) {
      if (change.field === 'heading') continue
      if (change.old) {
        const style = change.field === 'number' ? 'Title' : 'Subtitle'
        placement.before(paragraphs[0], [
          {
            style,
            children: [{type: 'text', value: change.old}],
            directives: [],
            revision: 'del',
            region: 'preface',
          },
        ])
      }
      continue
    }
    // A number or title on a line with more text is marked with that line's words, by its group.
    if (
      paragraphs.some(
        (paragraph) => paragraph.clause !== undefined && paragraph.children.includes(node as never),
      )
    )
      continue
    const runs = visibleRuns(change.changes ?? [], ignore)
    if (!runs.some((run) => run.op !== 'equal')) continue
    if (!markChanges(textSlots([node]), plainText(node), runs) && change.old !== undefined) {
      node.children = [
        ...wrap('del', [{type: 'text', value: change.old}]),
        ...wrap('ins', node.children as never),
      ] as never
    }
  }
}
