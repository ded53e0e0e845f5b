import type {DocumentIdentity, GroupMember, MultiComparison, MultiGroup} from '@clausewise/model'
import {createIds} from './ids.js'
import {type Labels, labelsFor, langAttribute} from './labels.js'
import {type Child, h} from './markup.js'
import type {MultiOptions} from './options.js'
import {page} from './page.js'
import {identityName} from './redline/body.js'
import {eIdLabel} from './redline/label.js'

const excerptLength = 160

function excerpt(text: unknown): string {
  if (typeof text !== 'string') return ''
  return text.length > excerptLength ? `${text.slice(0, excerptLength - 1)}…` : text
}

function cell(member: GroupMember | undefined, labels: Labels, name: string): Child {
  const heading = h('span', {class: 'cell-label', 'aria-hidden': 'true'}, name)
  if (!member) return h('td', {class: 'lacks'}, heading, labels.lacks)
  const relation =
    member.relation === 'reference' || member.relation === 'same' ? member.relation : 'reworded'
  const words =
    relation === 'reference' ? labels.reference : relation === 'same' ? labels.same : labels.reworded
  const similarity =
    relation === 'reworded' && typeof member.similarity === 'number' && Number.isFinite(member.similarity)
      ? ` (${Math.round(member.similarity * 100)} %)`
      : ''
  const num =
    typeof member.num === 'string' && member.num !== '' ? h('span', {class: 'num'}, member.num) : undefined
  // Reworded text is shown in the cell, not only in a tooltip: it is what differs.
  const text =
    relation === 'reworded' ? h('span', {class: 'text', dir: 'auto'}, excerpt(member.text)) : undefined
  return h('td', {class: relation}, heading, num, `${words}${similarity}`, text)
}

function rowLabel(group: MultiGroup, labels: Labels, documents: readonly DocumentIdentity[]): Child {
  const first = Array.isArray(group.members) ? group.members[0] : undefined
  const name = first && typeof first.eId === 'string' ? eIdLabel(first.eId, labels) : String(group.kind)
  // Numbering differs between documents: say whose numbering names the row.
  const whose = first && documents[first.document] ? identityName(documents[first.document]!) : undefined
  return h(
    'th',
    {scope: 'row'},
    h('span', {class: 'clause-name'}, name),
    whose ? h('span', {class: 'whose'}, ' · ', h('bdi', null, whose)) : undefined,
    h('br', null),
    h('span', {class: 'excerpt', dir: 'auto'}, excerpt(first?.text)),
  )
}

/**
 * A page with the table of which documents share, reword or lack each clause: one row per group of
 * corresponding clauses, one column per document, each cell in words (`same`, `reworded (83 %)`,
 * `lacks`), never colour alone.
 *
 * @example toHtmlMultiComparison(compare([decision2016, decision2017, decision2018]))
 */
export function toHtmlMultiComparison(multi: MultiComparison, options: MultiOptions = {}): string {
  const documents = Array.isArray(multi.documents) ? multi.documents : []
  const groups = Array.isArray(multi.groups) ? multi.groups : []
  const language = documents[0]?.language
  const labels = labelsFor(options.locale ?? language)
  const title = options.title ?? labels.comparison(documents.length)
  const ids = createIds()
  const mainId = ids.take('comparison', 'comparison')
  const stats = multi.stats ?? {documents: documents.length, groups: groups.length, shared: 0, unique: 0}
  const number = (value: unknown) =>
    typeof value === 'number' && Number.isFinite(value) ? String(value) : '0'
  const table = h(
    'table',
    {class: 'multi-table'},
    h('caption', null, title),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', {scope: 'col'}, labels.clause),
        documents.map((identity) => h('th', {scope: 'col'}, h('bdi', null, identityName(identity)))),
      ),
    ),
    h(
      'tbody',
      null,
      groups.map((group, index) => {
        const members = Array.isArray(group.members) ? group.members : []
        return h(
          'tr',
          {id: ids.take(String(group.id), `group-${index + 1}`)},
          rowLabel(group, labels, documents),
          documents.map((identity, document) =>
            cell(
              members.find((member) => member.document === document),
              labels,
              identityName(identity),
            ),
          ),
        )
      }),
    ),
  )
  const body = [
    h('a', {class: 'skip-link', href: `#${mainId}`}, labels.skipToContent),
    h('header', null, h('h1', null, title)),
    h(
      'main',
      {id: mainId, tabindex: -1},
      h(
        'p',
        {class: 'meta-line'},
        `${labels.groups}${labels.colon}${number(stats.groups)} — ${labels.shared}${labels.colon}${number(stats.shared)} — ${labels.unique}${labels.colon}${number(stats.unique)}`,
      ),
      table,
    ),
  ]
  return page({title, lang: langAttribute(language), body, script: false, runningHeader: title, wide: true})
}
