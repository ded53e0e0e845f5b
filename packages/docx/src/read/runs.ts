import type {AuthorialNote, Inline} from '@clausewise/model'
import {noteRefStyle, numberStyle} from '../structure/roles.js'
import {attribute, elements, first, onOff, textOf} from '../xml/names.js'
import type {XmlElement} from '../xml/parse.js'
import {type Frame, isWrapperType, type Piece} from './pieces.js'
import {countNodes, dropped, isRevision, type ReadState} from './state.js'
import {type RunProperties, runProperties} from './styles.js'

/** What reading a paragraph's content collects. */
export interface Collector {
  pieces: Piece[]
  /** Text boxes met in the paragraph: their content is read after it. */
  textBoxes: XmlElement[]
  /** Set after a note reference with `w:customMarkFollows`: the run's next text is its marker. */
  customMark?: AuthorialNote | undefined
}

const safeProtocol = /^(?:https?|mailto):/i
const anyProtocol = /^[A-Za-z][A-Za-z0-9+.-]*:/

/** A link target we keep: http, https, mailto and relative targets; anything else is dropped. */
export function safeHref(href: string): boolean {
  const trimmed = href.trim()
  return safeProtocol.test(trimmed) || !anyProtocol.test(trimmed)
}

/** Decode `clausewise:type?key=value&…` (a content control tag of ours). */
export function parseTag(
  tag: string | undefined,
): {type: string; attributes: Record<string, string>} | undefined {
  if (!tag?.startsWith('clausewise:')) return undefined
  const rest = tag.slice('clausewise:'.length)
  const question = rest.indexOf('?')
  const type = question < 0 ? rest : rest.slice(0, question)
  const attributes: Record<string, string> = Object.create(null)
  if (question >= 0) {
    for (const pair of rest.slice(question + 1).split('&')) {
      const equals = pair.indexOf('=')
      if (equals <= 0) continue
      try {
        attributes[decodeURIComponent(pair.slice(0, equals))] = decodeURIComponent(pair.slice(equals + 1))
      } catch {
        // A malformed escape: the attribute is left out.
      }
    }
  }
  return /^[A-Za-z][A-Za-z0-9]*$/.test(type) ? {type, attributes} : undefined
}

const linkStyles = new Set(['hyperlink', 'internet link', 'followedhyperlink', 'followed hyperlink'])

/** The formatting frames of a run: its direct properties over its character style's. */
function formatFrames(run: XmlElement, state: ReadState): Frame[] {
  const rPr = first(run, 'w:rPr')
  let direct: RunProperties = runProperties(rPr)
  const change = first(rPr, 'w:rPrChange')
  if (change && state.changes === 'reject') {
    state.seen.trackedChanges++
    direct = runProperties(first(change, 'w:rPr'))
  } else if (change) state.seen.trackedChanges++
  const styled: RunProperties = {}
  // A link style's underline says "this is a link", which the link itself says.
  const chain = state.styles.chain(attribute(first(rPr, 'w:rStyle')))
  for (const style of chain.filter((entry) => !linkStyles.has(entry.name.toLowerCase())).reverse()) {
    Object.assign(
      styled,
      Object.fromEntries(Object.entries(style.run).filter(([, value]) => value !== undefined)),
    )
  }
  const b = direct.b ?? styled.b
  const i = direct.i ?? styled.i
  const u = direct.u ?? styled.u
  const vertAlign = direct.vertAlign ?? styled.vertAlign
  const frames: Frame[] = []
  if (b) frames.push({kind: 'format', type: 'b'})
  if (i) frames.push({kind: 'format', type: 'i'})
  if (u) frames.push({kind: 'format', type: 'u'})
  if (vertAlign === 'superscript') frames.push({kind: 'format', type: 'sup'})
  if (vertAlign === 'subscript') frames.push({kind: 'format', type: 'sub'})
  return frames
}

function pushText(
  collector: Collector,
  text: string,
  frames: Frame[],
  state: ReadState,
  kind: 'text' | 'number' = 'text',
): void {
  if (text === '') return
  if (state.fields.length > 0 && state.fields[state.fields.length - 1]) return
  if (collector.customMark) {
    collector.customMark.marker += text
    return
  }
  const last = collector.pieces[collector.pieces.length - 1]
  if (last && last.kind === kind && last.frames === frames) {
    last.text += text
    return
  }
  countNodes(state)
  collector.pieces.push({kind, text, frames})
}

function noteReference(
  element: XmlElement,
  kind: 'footnote' | 'endnote',
  frames: Frame[],
  collector: Collector,
  state: ReadState,
): void {
  const id = attribute(element, 'w:id')
  if (!state.notesAllowed || id === undefined) {
    state.diagnostics.push({
      reason: `A ${kind} reference inside a note was ignored`,
      ruleId: 'note-in-note',
      source: '@clausewise/docx',
      fatal: false,
    })
    return
  }
  countNodes(state)
  const flag = element.attributes['w:customMarkFollows']
  const custom = flag === '1' || flag === 'true' || flag === 'on'
  const note: AuthorialNote = {type: 'authorialNote', eId: '', marker: '', placement: 'bottom', children: []}
  state.notes.push({note, kind, id, custom})
  // Notes sit outside formatting: the reference's superscript is the note's marker, not text.
  collector.pieces.push({kind: 'note', note, frames: frames.filter((frame) => frame.kind !== 'format')})
  if (custom) collector.customMark = note
}

/** Read one run's content. */
function readRun(run: XmlElement, outer: Frame[], collector: Collector, state: ReadState): void {
  const rPr = first(run, 'w:rPr')
  if (onOff(first(rPr, 'w:vanish')) === true || onOff(first(rPr, 'w:specVanish')) === true) {
    const text = elements(run, 'w:t').map(textOf).join('')
    if (text.trim() !== '') {
      state.seen.hiddenText++
      state.diagnostics.push({
        reason: 'Hidden text was left out, as Word does not show it',
        ruleId: 'hidden-text',
        source: '@clausewise/docx',
        fatal: false,
        text: text.slice(0, 500),
      })
    }
    return
  }
  const rStyle = attribute(first(rPr, 'w:rStyle'))
  if (rStyle !== undefined && state.styles.byId.get(rStyle)?.name === noteRefStyle.name) {
    // The marker of a reference to a note kept apart, whose content control a client dropped.
    const node: Inline = {type: 'noteRef', href: '', marker: elements(run, 'w:t').map(textOf).join('')}
    countNodes(state)
    collector.pieces.push({kind: 'leaf', node, frames: outer})
    return
  }
  const frames = [...outer, ...formatFrames(run, state)]
  collector.customMark = undefined
  // A number written as text by `toDocx` (a number automatic numbering cannot print).
  const kind =
    rStyle !== undefined && state.styles.byId.get(rStyle)?.name === numberStyle.name ? 'number' : 'text'
  for (const child of run.children) {
    if (child.type !== 'element') continue
    switch (child.name) {
      case 'w:t':
        pushText(collector, textOf(child), frames, state, kind)
        break
      case 'w:delText':
        // Deleted text is only ever in a kept `w:del` when changes are rejected.
        pushText(collector, textOf(child), frames, state, kind)
        break
      case 'w:tab':
      case 'w:ptab':
        pushText(collector, '\t', frames, state)
        break
      case 'w:noBreakHyphen':
        pushText(collector, '\u2011', frames, state)
        break
      case 'w:sym': {
        const code = Number.parseInt(attribute(child, 'w:char') ?? '', 16)
        if (Number.isInteger(code) && code > 0 && code <= 0x10ffff) {
          pushText(collector, String.fromCodePoint(code), frames, state)
        }
        break
      }
      case 'w:cr':
        pushText(collector, '\n', frames, state)
        break
      case 'w:br': {
        const type = attribute(child, 'w:type')
        if (type === 'page' || type === 'column') break
        if (state.fields.length > 0 && state.fields[state.fields.length - 1]) break
        countNodes(state)
        collector.pieces.push({kind: 'br', frames})
        break
      }
      case 'w:fldChar': {
        const type = attribute(child, 'w:fldCharType')
        if (type === 'begin') state.fields.push(true)
        else if (type === 'separate' && state.fields.length > 0) state.fields[state.fields.length - 1] = false
        else if (type === 'end') state.fields.pop()
        break
      }
      case 'w:footnoteReference':
        noteReference(child, 'footnote', frames, collector, state)
        break
      case 'w:endnoteReference':
        noteReference(child, 'endnote', frames, collector, state)
        break
      case 'w:drawing':
      case 'w:pict':
      case 'w:object':
      case 'mc:AlternateContent':
        embedded(child, collector, state)
        break
      case 'w:commentReference':
        state.seen.comments++
        break
      default:
        // Instruction text, soft hyphens, footnote marks inside notes, rendering hints: not text.
        break
    }
  }
}

/** Images are left out (counted); text boxes inside a drawing are read after the paragraph. */
function embedded(element: XmlElement, collector: Collector, state: ReadState): void {
  const stack: XmlElement[] = [element]
  let boxes = 0
  while (stack.length > 0) {
    const current = stack.pop()!
    if (current.name === 'w:txbxContent') {
      collector.textBoxes.push(current)
      boxes++
      continue
    }
    // Word writes a text box twice (DrawingML and a VML fallback): read one.
    if (current.name === 'mc:AlternateContent') {
      const choice = first(current, 'mc:Choice') ?? first(current, 'mc:Fallback')
      if (choice) stack.push(choice)
      continue
    }
    for (const child of current.children) if (child.type === 'element') stack.push(child)
  }
  if (boxes > 0) state.seen.textBoxes += boxes
  else state.seen.images++
}

/** Read the run-level content of a paragraph (or of a container inside it). */
export function readContent(
  parent: XmlElement,
  frames: Frame[],
  collector: Collector,
  state: ReadState,
): void {
  for (const child of parent.children) {
    if (child.type !== 'element') continue
    const name = child.name
    if (name === 'w:r') readRun(child, frames, collector, state)
    else if (isRevision(name)) {
      state.seen.trackedChanges++
      if (!dropped(child, state)) readContent(child, frames, collector, state)
    } else if (name === 'w:hyperlink') {
      const id = attribute(child, 'r:id')
      const relation = id === undefined ? undefined : state.relationships.get(id)
      let inner = frames
      if (relation?.external && safeHref(relation.target)) {
        inner = [...frames, {kind: 'ref', id: state.nextFrameId++, href: relation.target.trim()}]
        countNodes(state)
      } else if (relation?.external) {
        state.diagnostics.push({
          reason: 'A link to a target that is neither http, https, mailto nor relative was kept as text',
          ruleId: 'unsafe-link',
          source: '@clausewise/docx',
          fatal: false,
        })
      }
      readContent(child, inner, collector, state)
    } else if (name === 'w:sdt') {
      const tag = parseTag(attribute(first(first(child, 'w:sdtPr'), 'w:tag')))
      const content = first(child, 'w:sdtContent')
      if (!content) continue
      if (tag && tag.type === 'noteRef') {
        const node: Inline = {type: 'noteRef', href: tag.attributes.href ?? '', marker: textOf(content)}
        if (node.marker === '') delete node.marker
        countNodes(state)
        collector.pieces.push({kind: 'leaf', node, frames})
      } else if (tag && isWrapperType(tag.type)) {
        countNodes(state)
        const frame: Frame = {
          kind: 'node',
          id: state.nextFrameId++,
          type: tag.type,
          attributes: tag.attributes,
        }
        readContent(content, [...frames, frame], collector, state)
      } else readContent(content, frames, collector, state)
    } else if (
      name === 'w:fldSimple' ||
      name === 'w:smartTag' ||
      name === 'w:customXml' ||
      name === 'w:dir' ||
      name === 'w:bdo'
    ) {
      // A simple field's shown text is its runs; the others only wrap runs.
      readContent(child, frames, collector, state)
    } else if (name === 'mc:AlternateContent') {
      const choice = first(child, 'mc:Choice') ?? first(child, 'mc:Fallback')
      if (choice) readContent(choice, frames, collector, state)
    } else if (name === 'm:oMath' || name === 'm:oMathPara') {
      state.seen.math++
      pushText(collector, elements(child).length > 0 ? mathText(child) : '', frames, state)
    }
  }
}

function mathText(element: XmlElement): string {
  let text = ''
  const stack: XmlElement[] = [element]
  while (stack.length > 0) {
    const current = stack.pop()!
    if (current.name === 'm:t') {
      text += textOf(current)
      continue
    }
    for (let index = current.children.length - 1; index >= 0; index--) {
      const child = current.children[index]!
      if (child.type === 'element') stack.push(child)
    }
  }
  return text
}
