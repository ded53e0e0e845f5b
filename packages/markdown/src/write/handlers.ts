import type {ListItem, Parents} from 'mdast'
import type {Handle, State, Options as ToMarkdownExtension} from 'mdast-util-to-markdown'
import type {Subscript} from './inline.js'

/**
 * A list item with the marker the model's number gives it (`5.`, `05)`, kept as written), or the
 * list's bullet. The default handler numbers items from the list's start, and finds each item's index
 * by a search through the list: quadratic on long lists.
 */
const listItem: Handle = (node: ListItem, parent: Parents | undefined, state: State, info) => {
  const marker = (node.data as {marker?: string} | undefined)?.marker
  const bullet = marker ?? state.bulletCurrent ?? '-'
  const size = bullet.length + 1
  const tracker = state.createTracker(info)
  tracker.move(bullet + ' ')
  tracker.shift(size)
  const exit = state.enter('listItem')
  const value = state.indentLines(state.containerFlow(node, tracker.current()), (line, index, blank) => {
    if (index) return (blank ? '' : ' '.repeat(size)) + line
    return (blank ? bullet : `${bullet} `) + line
  })
  exit()
  void parent
  return value
}

const subscript: Handle = (node: Subscript, _parent, state: State, info) => {
  const tracker = state.createTracker(info)
  const exit = state.enter('subscript' as never)
  let value = tracker.move('~')
  value += state.containerPhrasing(node as never, {...tracker.current(), before: '~', after: '~'})
  value += tracker.move('~')
  exit()
  return value
}

/**
 * The convention's mdast-util-to-markdown extension: its list items and subscripts, and characters
 * escaped wherever they stand in text so that a Markdown draft reads the same inside CriticMarkup
 * marks: `{` and `}` (which open and close marks), in text and in link destinations.
 */
export const conventionToMarkdown: ToMarkdownExtension = {
  handlers: {listItem, subscript} as ToMarkdownExtension['handlers'],
  unsafe: [
    {character: '{', inConstruct: 'phrasing'},
    {character: '}', inConstruct: 'phrasing'},
    {character: '{', inConstruct: ['destinationLiteral', 'destinationRaw']},
    {character: '}', inConstruct: ['destinationLiteral', 'destinationRaw']},
    {character: '~', inConstruct: ['destinationLiteral', 'destinationRaw']},
  ],
}
