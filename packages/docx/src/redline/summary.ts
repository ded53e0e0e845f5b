import {type ClauseGroup, type Comparison, type ComparisonStats, changeKinds} from '@clausewise/model'
import {escapeText} from '../write/xml.js'
import type {Labels} from './labels.js'

const clauseCounts = ['modified', 'inserted', 'deleted', 'moved', 'renumbered', 'split', 'merged'] as const
/** Word change kinds in the contract's order. */
const wordKinds = changeKinds

function paragraph(style: 'CWSummary' | 'CWSummaryHeading', text: string, bold = false): string {
  const run = text
    ? `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${escapeText(text)}</w:t></w:r>`
    : ''
  return `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${run}</w:p>`
}

function cell(text: string, width: number, bold = false): string {
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${paragraph('CWSummary', text, bold)}</w:tc>`
}

function table(head: [string, string], rows: [string, string][]): string {
  const widths = [4200, 1400]
  const row = (values: [string, string], bold = false): string =>
    `<w:tr>${cell(values[0], widths[0]!, bold)}${cell(values[1], widths[1]!, bold)}</w:tr>`
  return (
    '<w:tbl><w:tblPr><w:tblStyle w:val="CWSummaryTable"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>' +
    `<w:tblGrid><w:gridCol w:w="${widths[0]}"/><w:gridCol w:w="${widths[1]}"/></w:tblGrid>` +
    row(head, true) +
    rows.map((values) => row(values)).join('') +
    '</w:tbl>'
  )
}

function count(value: unknown): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '0'
}

/** A clause group named for people: `paragraph 5`, `Statement 1, paragraph 2`. */
export function groupLabel(group: ClauseGroup, side: 'old' | 'new', labels: Labels): string {
  const num = side === 'old' ? (group.oldNum ?? group.newNum) : (group.newNum ?? group.oldNum)
  const kind = labels.clauseKind[group.kind] ?? group.kind
  let label: string
  if (typeof num === 'string' && num.trim() !== '') label = `${kind} ${num.trim().replace(/\.$/, '')}`
  else {
    const eId = (side === 'old' ? [...group.old, ...group.new] : [...group.new, ...group.old])[0] ?? ''
    const last = eId.split('__').pop() ?? ''
    const number = last.slice(last.lastIndexOf('_') + 1)
    label = number ? `${kind} ${number}` : kind
  }
  if (group.section === 'attachment') label = `${labels.statement(group.attachment ?? 1)}, ${label}`
  return label
}

/** Whether a group is a change worth listing. */
export function isChange(group: ClauseGroup): boolean {
  return group.moved || group.renumbered || group.change !== 'unchanged'
}

/**
 * The first page of a redline, as body XML: what is compared, counts by kind of change (clauses, then
 * word changes), and the list of changed clauses. Paragraphs in the `Summary` styles, which `fromDocx`
 * leaves out.
 */
export function summaryXml(
  comparison: Comparison,
  labels: Labels,
  names: {old: string; new: string},
): string {
  const stats: Partial<ComparisonStats> = comparison.stats ?? {}
  const byKind: Partial<Record<string, number>> = stats.changesByKind ?? {}
  const out: string[] = [
    paragraph('CWSummaryHeading', labels.summary),
    paragraph('CWSummary', `${labels.from}${labels.colon}${names.old}`),
    paragraph('CWSummary', `${labels.to}${labels.colon}${names.new}`),
    paragraph('CWSummary', labels.legend),
    table(
      [labels.clauses, labels.count],
      clauseCounts.map((key) => [labels.clauseChange[key], count(stats[key])]),
    ),
    paragraph('CWSummary', ''),
    table(
      [labels.wordChanges, labels.count],
      wordKinds.map((kind) => [labels.changeKind[kind], count(byKind[kind])]),
    ),
    paragraph('CWSummaryHeading', labels.changedClauses),
  ]
  let listed = 0
  for (const change of comparison.metadata ?? []) {
    out.push(
      paragraph(
        'CWSummary',
        `${labels.field[change.field] ?? change.field} — ${labels.clauseChange.modified}`,
      ),
    )
    listed++
  }
  for (const group of comparison.clauses) {
    if (!isChange(group)) continue
    const how: string[] = []
    if (group.change !== 'unchanged') how.push(labels.clauseChange[group.change])
    if (group.moved) how.push(labels.clauseChange.moved)
    if (group.renumbered) how.push(labels.renumbered(group.oldNum ?? '', group.newNum ?? ''))
    const name =
      group.change === 'deleted'
        ? labels.inOldText(groupLabel(group, 'old', labels))
        : groupLabel(group, 'new', labels)
    out.push(paragraph('CWSummary', `${name} — ${how.join(', ')}`))
    listed++
  }
  if (listed === 0) out.push(paragraph('CWSummary', labels.noChanges))
  return out.join('')
}
