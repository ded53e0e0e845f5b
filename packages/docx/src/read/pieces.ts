import type {AuthorialNote, Inline, Position} from '@clausewise/model'

/**
 * A wrapper that a piece of text sits in: a semantic one (a hyperlink, or one of our content controls
 * naming a model node such as `docNumber`), each with its own `id` so that two neighbours never merge,
 * or a formatting one (`b`, `i`, `u`, `sup`, `sub`), which merge with a neighbour of the same kind.
 */
export type Frame =
  | {kind: 'ref'; id: number; href: string}
  | {kind: 'node'; id: number; type: string; attributes: Record<string, string>}
  | {kind: 'format'; type: 'b' | 'i' | 'u' | 'sup' | 'sub'}

/** What a paragraph holds before it is a tree: text, line breaks and notes, each in its frames. */
export type Piece =
  | {kind: 'text'; text: string; frames: Frame[]}
  | {kind: 'br'; frames: Frame[]}
  | {kind: 'note'; note: AuthorialNote; frames: Frame[]}
  | {kind: 'leaf'; node: Inline; frames: Frame[]}
  | {kind: 'number'; text: string; frames: Frame[]}

function sameFrame(left: Frame, right: Frame): boolean {
  if (left.kind !== right.kind) return false
  if (left.kind === 'format') return right.kind === 'format' && left.type === right.type
  return left.id === (right as {id: number}).id
}

/** Attributes a content control may give each model node, and how they are typed. */
const nodeAttributes: Record<string, readonly string[]> = {
  docNumber: [],
  docTitle: [],
  shortTitle: [],
  party: ['refersTo'],
  quotedText: ['startQuote', 'endQuote'],
  ins: ['eId'],
  del: ['eId'],
}

/** Whether a content control's type names a wrapper node we read. */
export function isWrapperType(type: string): boolean {
  return Object.hasOwn(nodeAttributes, type)
}

function open(frame: Frame): Inline & {children: Inline[]} {
  if (frame.kind === 'format') return {type: frame.type, children: []}
  if (frame.kind === 'ref') return {type: 'ref', href: frame.href, children: []}
  const node: Record<string, unknown> = {type: frame.type, children: []}
  for (const name of nodeAttributes[frame.type] ?? []) {
    const value = frame.attributes[name]
    if (value !== undefined) node[name] = value
  }
  if (frame.type === 'party' && typeof node.refersTo !== 'string') node.refersTo = ''
  return node as unknown as Inline & {children: Inline[]}
}

/** A text piece's place in the document text, to give its node a position. */
export interface Placed {
  piece: Piece
  /** Offset of the piece's first character in the document text. */
  offset: number
  line: number
  column: number
}

/**
 * Build the inline tree of a paragraph from its pieces: wrappers opened and closed as the pieces'
 * frames change (a frame kept from one piece to the next stays one node), neighbouring text joined.
 * Text nodes get positions into the document text.
 */
export function buildInline(placed: Placed[]): Inline[] {
  const root: Inline[] = []
  const stack: {frame: Frame; node: Inline & {children: Inline[]}}[] = []
  const target = (): Inline[] => (stack.length > 0 ? stack[stack.length - 1]!.node.children : root)
  for (const {piece, offset, line, column} of placed) {
    let common = 0
    while (
      common < stack.length &&
      common < piece.frames.length &&
      sameFrame(stack[common]!.frame, piece.frames[common]!)
    ) {
      common++
    }
    stack.length = common
    for (let index = common; index < piece.frames.length; index++) {
      const frame = piece.frames[index]!
      const node = open(frame)
      target().push(node)
      stack.push({frame, node})
    }
    const children = target()
    if (piece.kind === 'text' || piece.kind === 'number') {
      const text = piece.text
      if (text === '') continue
      const last = children[children.length - 1]
      if (last && last.type === 'text' && last.position) {
        last.value += text
        last.position.end = {line, column: column + text.length, offset: offset + text.length}
        continue
      }
      const position: Position = {
        start: {line, column, offset},
        end: {line, column: column + text.length, offset: offset + text.length},
      }
      children.push({type: 'text', value: text, position})
    } else if (piece.kind === 'br') children.push({type: 'br'})
    else if (piece.kind === 'note') children.push(piece.note)
    else children.push(piece.node)
  }
  return pruneEmpty(root)
}

/** Formatting wrappers left empty (a bold run that only held a note reference) are dropped. */
function pruneEmpty(nodes: Inline[]): Inline[] {
  const result: Inline[] = []
  for (const node of nodes) {
    if ('children' in node && node.type !== 'authorialNote') {
      const children = pruneEmpty(node.children as Inline[])
      ;(node as {children: Inline[]}).children = children
      if (
        children.length === 0 &&
        (node.type === 'b' ||
          node.type === 'i' ||
          node.type === 'u' ||
          node.type === 'sup' ||
          node.type === 'sub')
      )
        continue
    }
    result.push(node)
  }
  return result
}

/** The plain length a piece takes in the document text (a line break and a note take none). */
export function pieceLength(piece: Piece): number {
  return piece.kind === 'text' || piece.kind === 'number' ? piece.text.length : 0
}
