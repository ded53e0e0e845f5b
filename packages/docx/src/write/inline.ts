import {type AuthorialNote, type Inline, plainText} from '@clausewise/model'
import {noteRefStyle, numberStyle} from '../structure/roles.js'
import {escapeAttribute, escapeText} from './xml.js'

/** A tracked change around inline content of the redline. */
export interface Revision {
  type: 'revision'
  kind: 'ins' | 'del' | 'moveFrom' | 'moveTo'
  /** Change class, used for filtering before we get here; kept for the summary. */
  children: WriteInline[]
}

/** A number written as text, in our number style. */
export interface ClauseNumber {
  type: 'clauseNumber'
  children: WriteInline[]
}

/** Inline content to write: the model's, plus tracked changes and numbers written as text. */
export type WriteInline = Inline | Revision | ClauseNumber

/** Run formatting in effect. */
interface RunFormat {
  b: boolean
  i: boolean
  u: boolean
  vertAlign?: 'superscript' | 'subscript' | undefined
  rStyle?: string | undefined
}

/** What inline writing needs from the document being written. */
export interface InlineContext {
  /**
   * Register a footnote for a note (inside a tracked change of this kind, if any) and return its id
   * and whether its marker is custom.
   */
  footnote(note: AuthorialNote, revision: Revision['kind'] | undefined): {id: number; custom: boolean}
  /** Register an external hyperlink target, returning its relationship id. */
  hyperlink(href: string): string
  /** Attributes of a tracked change of this kind (id, author, date). */
  revision(kind: Revision['kind']): string
}

/** The XML of inline content, as runs and the containers Word allows between them. */
export function writeInline(nodes: readonly WriteInline[], context: InlineContext): string {
  const out: string[] = []
  let open: {kind: Revision['kind']; token: object} | undefined
  const close = (): void => {
    if (open) out.push(`</w:${open.kind}>`)
    open = undefined
  }
  const run = (
    body: string,
    format: RunFormat,
    revision: {kind: Revision['kind']; token: object} | undefined,
  ) => {
    if (revision && open?.token !== revision.token) {
      close()
      out.push(`<w:${revision.kind} ${context.revision(revision.kind)}>`)
      open = revision
    } else if (!revision) close()
    out.push(`<w:r>${properties(format)}${body}</w:r>`)
  }

  const text = (
    value: string,
    format: RunFormat,
    revision: {kind: Revision['kind']; token: object} | undefined,
  ): void => {
    const deleted = revision?.kind === 'del' || revision?.kind === 'moveFrom'
    const element = deleted ? 'w:delText' : 'w:t'
    let body = ''
    let start = 0
    for (let index = 0; index <= value.length; index++) {
      const character = value[index]
      if (index < value.length && character !== '\t' && character !== '\n') continue
      if (index > start) {
        // A carriage return is a reference, or parsing would turn it into a line feed.
        const escaped = escapeText(value.slice(start, index)).replace(/\r/g, '&#13;')
        body += `<${element} xml:space="preserve">${escaped}</${element}>`
      }
      // A line feed inside text (a soft break of the source) is a carriage return, apart from the
      // model's explicit line break (`br`), which is Word's `w:br`.
      if (character === '\t') body += '<w:tab/>'
      else if (character === '\n') body += '<w:cr/>'
      start = index + 1
    }
    if (body) run(body, format, revision)
  }

  const walk = (
    list: readonly WriteInline[],
    format: RunFormat,
    revision: {kind: Revision['kind']; token: object} | undefined,
  ): void => {
    for (const node of list) {
      switch (node.type) {
        case 'text':
          text(node.value, format, revision)
          break
        case 'br':
          run('<w:br/>', format, revision)
          break
        case 'b':
        case 'i':
        case 'u':
          walk(node.children, {...format, [node.type]: true}, revision)
          break
        case 'sup':
          walk(node.children, {...format, vertAlign: 'superscript'}, revision)
          break
        case 'sub':
          walk(node.children, {...format, vertAlign: 'subscript'}, revision)
          break
        case 'revision':
          walk(node.children, format, {kind: node.kind, token: node})
          break
        case 'clauseNumber':
          walk(node.children, {...format, rStyle: numberStyle.id}, revision)
          break
        case 'authorialNote': {
          const deleted = revision?.kind === 'del' || revision?.kind === 'moveFrom'
          const {id, custom} = context.footnote(node, revision?.kind)
          const noteFormat: RunFormat = {b: false, i: false, u: false, rStyle: 'FootnoteReference'}
          if (custom) {
            const mark = deleted ? 'w:delText' : 'w:t'
            run(
              `<w:footnoteReference w:customMarkFollows="1" w:id="${id}"/><${mark} xml:space="preserve">${escapeText(node.marker)}</${mark}>`,
              noteFormat,
              revision,
            )
          } else run(`<w:footnoteReference w:id="${id}"/>`, noteFormat, revision)
          break
        }
        case 'ref': {
          close()
          out.push(`<w:hyperlink r:id="${escapeAttribute(context.hyperlink(node.href))}">`)
          walk(node.children, {...format, rStyle: 'Hyperlink'}, revision)
          close()
          out.push('</w:hyperlink>')
          break
        }
        case 'noteRef': {
          close()
          out.push(sdtStart(tag('noteRef', {href: node.href})))
          // In a character style of its own too: a client that drops content controls keeps it.
          text(node.marker ?? '', {...format, vertAlign: 'superscript', rStyle: noteRefStyle.id}, revision)
          close()
          out.push('</w:sdtContent></w:sdt>')
          break
        }
        case 'party':
        case 'quotedText':
        case 'docNumber':
        case 'docTitle':
        case 'shortTitle':
        case 'ins':
        case 'del': {
          const attributes: Record<string, string | undefined> = {}
          if (node.type === 'party') attributes.refersTo = node.refersTo
          if (node.type === 'quotedText') {
            attributes.startQuote = node.startQuote
            attributes.endQuote = node.endQuote
          }
          if ((node.type === 'ins' || node.type === 'del') && node.eId) attributes.eId = node.eId
          close()
          out.push(sdtStart(tag(node.type, attributes)))
          walk(node.children, format, revision)
          close()
          out.push('</w:sdtContent></w:sdt>')
          break
        }
        case 'inline':
          // An AKN inline element without a Word counterpart (`term`, `date`, `span`, …): its content.
          walk(node.children, format, revision)
          break
        case 'marker':
          // A line or page end keeps the words either side apart; an image or a bare marker has none.
          if (node.element === 'eol' || node.element === 'eop') run('<w:br/>', format, revision)
          break
        default: {
          // Anything else (structure quoted in running text, content kept as it came): its words, on
          // lines of their own as in the plain text of the block that holds them.
          const value = plainText(node)
          if (!value) break
          if (node.type === 'opaque') text(`\n${value}\n`, format, revision)
          else if (node.type === 'subFlow') text(`${value}\n`, format, revision)
          else text(value, format, revision)
        }
      }
    }
  }
  walk(nodes, {b: false, i: false, u: false}, undefined)
  close()
  return out.join('')
}

function properties(format: RunFormat): string {
  let result = ''
  if (format.rStyle) result += `<w:rStyle w:val="${format.rStyle}"/>`
  if (format.b) result += '<w:b/>'
  if (format.i) result += '<w:i/>'
  if (format.u) result += '<w:u w:val="single"/>'
  if (format.vertAlign) result += `<w:vertAlign w:val="${format.vertAlign}"/>`
  return result ? `<w:rPr>${result}</w:rPr>` : ''
}

/** A content-control tag of ours: `clausewise:type?key=value&…`. */
export function tag(type: string, attributes: Record<string, string | undefined> = {}): string {
  const query = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&')
  return `clausewise:${type}${query ? `?${query}` : ''}`
}

/** The start of an inline or block content control carrying our tag, up to its content. */
export function sdtStart(value: string): string {
  return `<w:sdt><w:sdtPr><w:tag w:val="${escapeAttribute(value)}"/></w:sdtPr><w:sdtContent>`
}
