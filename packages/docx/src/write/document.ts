import type {AuthorialNote, Inline} from '@clausewise/model'
import type {OutParagraph} from './blocks.js'
import {type InlineContext, type Revision, type WriteInline, writeInline} from './inline.js'
import {noteParagraphs} from './note-paragraphs.js'
import type {NumberingRegistry} from './numbering.js'
import {declaration, escapeAttribute, escapeText, wordNamespaces} from './xml.js'

/** Who and when tracked changes are attributed to. */
export interface RevisionAuthor {
  author: string
  /** ISO 8601 date-time, or `undefined` to leave the date out. */
  date?: string | undefined
}

/** What writing the body produces: the document part, the footnotes part, hyperlink targets. */
export interface WrittenBody {
  document: string
  footnotes: string | undefined
  hyperlinks: Map<string, string>
}

interface PendingFootnote {
  id: number
  note: AuthorialNote
  custom: boolean
  revision: Revision['kind'] | undefined
}

/** Page setup: A4, 2.5 cm margins. */
const sectionProperties =
  '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'

/**
 * Write paragraphs as `word/document.xml` (and their notes as `word/footnotes.xml`). `before` is body
 * XML written first (the redline's summary).
 */
export function writeBody(
  paragraphs: readonly OutParagraph[],
  numbering: NumberingRegistry,
  author: RevisionAuthor,
  before = '',
): WrittenBody {
  let nextRevision = 1
  let nextFootnote = 2
  let autoMarker = 1
  const footnotes: PendingFootnote[] = []
  const hyperlinks = new Map<string, string>()
  const byTarget = new Map<string, string>()
  const revisionAttributes = (): string =>
    `w:id="${nextRevision++}" w:author="${escapeAttribute(author.author)}"${author.date ? ` w:date="${escapeAttribute(author.date)}"` : ''}`
  const context: InlineContext = {
    footnote(note, revision) {
      const id = nextFootnote++
      // Word numbers notes 1, 2, 3… and skips those with a mark of their own: a note whose marker is
      // the next number is numbered by Word, any other keeps its marker as text.
      const custom = note.marker !== String(autoMarker)
      if (!custom) autoMarker++
      footnotes.push({id, note, custom, revision})
      return {id, custom}
    },
    hyperlink(href) {
      let id = byTarget.get(href)
      if (!id) {
        id = `rIdLink${byTarget.size + 1}`
        byTarget.set(href, id)
        hyperlinks.set(id, href)
      }
      return id
    },
    revision: () => revisionAttributes(),
  }

  const out: string[] = [declaration, `<w:document ${wordNamespaces}><w:body>`, before]
  const ranges = new Map<string, string>()
  for (const paragraph of paragraphs) {
    out.push(writeParagraph(paragraph, numbering, context, revisionAttributes, ranges))
  }
  out.push(sectionProperties, '</w:body></w:document>')

  let footnotesXml: string | undefined
  if (footnotes.length > 0) {
    const notes: string[] = [
      declaration,
      `<w:footnotes ${wordNamespaces}>`,
      '<w:footnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
      '<w:footnote w:type="continuationSeparator" w:id="1"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
    ]
    // Notes inside notes are not possible in Word: a nested note's text is left to its marker.
    const noteContext: InlineContext = {...context, footnote: () => ({id: 0, custom: true})}
    for (const {id, note, custom, revision} of footnotes) {
      notes.push(`<w:footnote w:id="${id}">`)
      const content = noteParagraphs(note.children)
      const paragraphs = content.length > 0 ? content : [{type: 'p' as const, children: []}]
      paragraphs.forEach((p, index) => {
        const content: WriteInline[] = withoutNotes(p.children)
        let lead = ''
        if (index === 0) {
          const mark = custom
            ? `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:t xml:space="preserve">${escapeText(note.marker)}</w:t></w:r>`
            : '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
          lead = `${mark}<w:r><w:t xml:space="preserve"> </w:t></w:r>`
        }
        const wrapped: WriteInline[] = revision
          ? [{type: 'revision', kind: revision, children: content}]
          : content
        const mark = revision ? `<w:rPr><w:${revision} ${revisionAttributes()}/></w:rPr>` : ''
        notes.push(
          `<w:p><w:pPr><w:pStyle w:val="FootnoteText"/>${mark}</w:pPr>${lead}${writeInline(wrapped, noteContext)}</w:p>`,
        )
      })
      notes.push('</w:footnote>')
    }
    notes.push('</w:footnotes>')
    footnotesXml = notes.join('')
  }
  return {document: out.join(''), footnotes: footnotesXml, hyperlinks}
}

function withoutNotes(children: readonly Inline[]): WriteInline[] {
  return children.filter((child) => child.type !== 'authorialNote')
}

function writeParagraph(
  paragraph: OutParagraph,
  numbering: NumberingRegistry,
  context: InlineContext,
  revisionAttributes: () => string,
  ranges: Map<string, string>,
): string {
  let properties = `<w:pStyle w:val="${paragraph.style}"/>`
  if (paragraph.pageBreakBefore) properties += '<w:pageBreakBefore/>'
  const numId = paragraph.numbering ? numbering.numId(paragraph.numbering.list) : undefined
  if (paragraph.numbering && numId !== undefined) {
    properties += `<w:numPr><w:ilvl w:val="${paragraph.numbering.level}"/><w:numId w:val="${numId}"/></w:numPr>`
  }
  if (paragraph.indent) {
    const hanging = paragraph.hanging ? ` w:hanging="${paragraph.hanging}"` : ''
    properties += `<w:ind w:left="${paragraph.indent}"${hanging}/>`
  }
  if (paragraph.revision) properties += `<w:rPr><w:${paragraph.revision} ${revisionAttributes()}/></w:rPr>`

  const content: WriteInline[] = []
  if (paragraph.number) {
    content.push({type: 'clauseNumber', children: paragraph.number})
    if (!paragraph.noTab) content.push({type: 'text', value: '\t'})
  }
  content.push(...paragraph.children)
  const wrapped: WriteInline[] = paragraph.revision
    ? [{type: 'revision', kind: paragraph.revision, children: content}]
    : content
  let runs = writeInline(wrapped, context)
  const {move} = paragraph
  if (move) {
    const kind = paragraph.revision === 'moveFrom' ? 'moveFrom' : 'moveTo'
    const key = `${kind}\u0000${move.name}`
    if (move.start) {
      const attributes = revisionAttributes()
      ranges.set(key, /w:id="(\d+)"/.exec(attributes)![1]!)
      runs = `<w:${kind}RangeStart ${attributes} w:name="${escapeAttribute(move.name)}"/>${runs}`
    }
    if (move.end) runs += `<w:${kind}RangeEnd w:id="${ranges.get(key) ?? '0'}"/>`
  }
  const starts = (paragraph.bookmarkStarts ?? [])
    .map(({id, name}) => `<w:bookmarkStart w:id="${id}" w:name="${escapeAttribute(name)}"/>`)
    .join('')
  const ends = (paragraph.bookmarkEnds ?? []).map((id) => `<w:bookmarkEnd w:id="${id}"/>`).join('')
  let xml = `<w:p><w:pPr>${properties}</w:pPr>${starts}${runs}${ends}</w:p>`
  for (const directive of [...paragraph.directives].reverse()) {
    xml = `<w:sdt><w:sdtPr><w:tag w:val="${escapeAttribute(directive)}"/></w:sdtPr><w:sdtContent>${xml}</w:sdtContent></w:sdt>`
  }
  return (paragraph.before ?? '') + xml + (paragraph.after ?? '')
}
