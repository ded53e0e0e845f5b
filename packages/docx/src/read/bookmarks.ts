import {attribute} from '../xml/names.js'
import type {XmlElement} from '../xml/parse.js'
import {countNodes, type RawParagraph, type ReadState} from './state.js'

// The frame bookmarks of ours (`_cw<serial>_<kind>`, `_cwe<serial>`: structure/frames.ts) as a
// paragraph holds them, by name: where each starts and ends.

const ownBookmark = /^_cwe?\d/

/**
 * A bookmark of ours that starts here: its name, kept by id for its end. A second start of a name
 * already started marks where it ends (LibreOffice saves a bookmark over several paragraphs as its
 * start, then the start and end of a bookmark of the same name where it ends).
 */
function startBookmark(element: XmlElement, state: ReadState): {name: string; end: boolean} | undefined {
  const name = attribute(element, 'w:name')
  const id = attribute(element, 'w:id')
  if (name === undefined || id === undefined || !ownBookmark.test(name)) return undefined
  countNodes(state)
  state.bookmarks.set(id, name)
  if (state.started.has(name)) return {name, end: true}
  state.started.add(name)
  return {name, end: false}
}

// Where a paragraph's bookmarks may stand besides its own children: around runs.
const bookmarkHolders: ReadonlySet<string> = new Set([
  'w:ins',
  'w:hyperlink',
  'w:sdt',
  'w:sdtContent',
  'w:smartTag',
  'w:customXml',
  'w:fldSimple',
])

/** The frame bookmarks of ours in a paragraph, in document order, with those that started just before it. */
export function paragraphBookmarks(
  paragraph: XmlElement,
  state: ReadState,
): {starts: string[]; ends: string[]} | undefined {
  const starts = state.pendingStarts
  const ends: string[] = []
  state.pendingStarts = []
  const walk = (element: XmlElement, depth: number): void => {
    for (const child of element.children) {
      if (child.type !== 'element') continue
      if (child.name === 'w:bookmarkStart') {
        const bookmark = startBookmark(child, state)
        if (bookmark) (bookmark.end ? ends : starts).push(bookmark.name)
      } else if (child.name === 'w:bookmarkEnd') {
        const name = state.bookmarks.get(attribute(child, 'w:id') ?? '')
        if (name) ends.push(name)
      } else if (depth < 8 && bookmarkHolders.has(child.name)) walk(child, depth + 1)
    }
  }
  walk(paragraph, 0)
  return starts.length > 0 || ends.length > 0 ? {starts, ends} : undefined
}

/** A bookmark of ours between paragraphs: a start belongs to the next one, an end to the one before. */
export function betweenParagraphs(element: XmlElement, state: ReadState, out: RawParagraph[]): void {
  const last = out[out.length - 1]
  const addEnd = (name: string): void => {
    if (!last) return
    last.bookmarks ??= {starts: [], ends: []}
    last.bookmarks.ends.push(name)
  }
  if (element.name === 'w:bookmarkStart') {
    const bookmark = startBookmark(element, state)
    if (bookmark && !bookmark.end) state.pendingStarts.push(bookmark.name)
    else if (bookmark) addEnd(bookmark.name)
    return
  }
  const name = state.bookmarks.get(attribute(element, 'w:id') ?? '')
  if (name) addEnd(name)
}
