import {elementStyle} from '../structure/element-styles.js'
import {noteRefStyle, numberStyle, roleStyles} from '../structure/roles.js'
import {indentation} from './numbering.js'
import {declaration, escapeAttribute, wordNamespaces} from './xml.js'

const boldElements: ReadonlySet<string> = new Set([
  'from',
  'crossHeading',
  'subheading',
  'caption',
  'th',
  'heading',
])

function paragraphStyle(
  id: string,
  name: string,
  properties: string,
  run = '',
  options: {basedOn?: string; next?: string} = {},
): string {
  const basedOn = options.basedOn === undefined ? '<w:basedOn w:val="Normal"/>' : options.basedOn
  const next = options.next ? `<w:next w:val="${options.next}"/>` : ''
  return (
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${escapeAttribute(name)}"/>${basedOn}${next}` +
    `<w:qFormat/><w:pPr>${properties}</w:pPr>${run ? `<w:rPr>${run}</w:rPr>` : ''}</w:style>`
  )
}

function spacing(after = 120): string {
  return `<w:spacing w:after="${after}"/>`
}

function indent(level: number): string {
  const {left, hanging} = indentation(level)
  return `<w:ind w:left="${left}" w:hanging="${hanging}"/>`
}

/** Properties of each role style: headings bold and outlined, clauses indented by level. */
function roleStyle(id: string, name: string): string {
  if (id === 'Title')
    return paragraphStyle(
      id,
      name,
      `<w:keepNext/>${spacing(120)}<w:jc w:val="center"/>`,
      '<w:b/><w:sz w:val="28"/>',
    )
  if (id === 'Subtitle')
    return paragraphStyle(id, name, `<w:keepNext/>${spacing(240)}<w:jc w:val="center"/>`, '<w:b/>')
  if (id === 'CWPreface' || id === 'CWLongTitle')
    return paragraphStyle(id, name, `${spacing()}<w:jc w:val="center"/>`)
  if (id === 'CWAttachment') return paragraphStyle(id, name, spacing(0))
  if (id === 'CWFormula') return paragraphStyle(id, name, `<w:keepNext/>${spacing()}`)
  if (
    id === 'CWRecital' ||
    id === 'CWPreamble' ||
    id === 'CWBlock' ||
    id === 'CWUnitText' ||
    id === 'CWConclusions'
  )
    return paragraphStyle(id, name, `${spacing()}<w:ind w:firstLine="567"/><w:jc w:val="both"/>`)
  if (id === 'CWContinued')
    return paragraphStyle(id, name, `${spacing()}<w:ind w:left="567"/><w:jc w:val="both"/>`)
  const clause = /^CWParagraph$|^CWPoint(\d)$/.exec(id)
  if (clause) {
    const level = clause[1] === undefined ? 0 : Number(clause[1])
    return paragraphStyle(id, name, `${spacing()}${indent(level)}<w:jc w:val="both"/>`)
  }
  const wrapUp = /^CWWrapUp(\d)$/.exec(id)
  if (wrapUp) {
    const {left} = indentation(Number(wrapUp[1]))
    return paragraphStyle(id, name, `${spacing()}<w:ind w:left="${left}"/><w:jc w:val="both"/>`)
  }
  const heading = /^Heading(\d)$/.exec(id)
  if (heading) {
    const level = Number(heading[1])
    const size = Math.max(24, 32 - 2 * (level - 1))
    return paragraphStyle(
      id,
      name,
      `<w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="${level - 1}"/>`,
      `<w:b/><w:sz w:val="${size}"/>`,
      {next: 'Normal'},
    )
  }
  return paragraphStyle(id, name, spacing())
}

/** `styles.xml`: defaults in the document's language, Word's built-in styles we use, and our role styles. */
export function stylesXml(language: string, elements: Iterable<string> = []): string {
  const lang = escapeAttribute(language === 'und' || language === '' ? 'en-GB' : language)
  const out: string[] = [
    declaration,
    `<w:styles ${wordNamespaces}>`,
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/>',
    `<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="${lang}"/></w:rPr></w:rPrDefault>`,
    '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>',
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>',
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>',
  ]
  for (const style of roleStyles) out.push(roleStyle(style.id, style.name))
  for (const key of elements) {
    const style = elementStyle(key)
    // Who speaks, a heading that is no unit's, a caption and a header cell stand out in bold.
    const bold = boldElements.has(style.key) ? '<w:b/>' : ''
    out.push(paragraphStyle(style.id, style.name, `${spacing()}<w:jc w:val="both"/>`, bold))
  }
  out.push(
    paragraphStyle('FootnoteText', 'footnote text', '', '<w:sz w:val="20"/>'),
    '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>',
    '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>',
    `<w:style w:type="character" w:styleId="${numberStyle.id}"><w:name w:val="${numberStyle.name}"/></w:style>`,
    `<w:style w:type="character" w:styleId="${noteRefStyle.id}"><w:name w:val="${noteRefStyle.name}"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>`,
    paragraphStyle(
      'CWSummaryHeading',
      'Summary Heading',
      `<w:keepNext/>${spacing(120)}`,
      '<w:b/><w:sz w:val="28"/>',
    ),
    paragraphStyle('CWSummary', 'Summary', spacing(60), '<w:sz w:val="20"/>'),
    '<w:style w:type="table" w:styleId="CWSummaryTable"><w:name w:val="Summary Table"/><w:tblPr><w:tblBorders>' +
      '<w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>' +
      '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>' +
      '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/>' +
      '</w:tblBorders><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
    '<w:style w:type="table" w:styleId="CWTable"><w:name w:val="Clausewise table"/><w:tblPr><w:tblBorders>' +
      '<w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>' +
      '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>' +
      '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/>' +
      '</w:tblBorders><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
    '</w:styles>',
  )
  return out.join('')
}
