import type {ClauseGroup, Comparison, DocumentIdentity} from '@clausewise/model'
import {formatDate, versionDate} from './dates.js'
import {safeUrl} from './escape.js'
import {createIds, type IdRegistry} from './ids.js'
import {labelsFor, langAttribute} from './labels.js'
import {type Child, h, serialize} from './markup.js'
import type {RedlineOptions} from './options.js'
import {page} from './page.js'
import {identityName, redlineSections} from './redline/body.js'
import {changeNavigation, viewControls} from './redline/controls.js'
import {metadataSection} from './redline/metadata.js'
import {indexGroups, type RedlineState} from './redline/state.js'
import {summary} from './redline/summary.js'

function pageLanguage(options: RedlineOptions, comparison: Comparison): 'en' | 'fr' {
  const locale = options.locale ?? comparison.new?.language
  return typeof locale === 'string' && locale.toLowerCase().startsWith('fr') ? 'fr' : 'en'
}

function createState(
  comparison: Comparison,
  options: RedlineOptions,
  ids: IdRegistry,
  prefix: string,
  interactive: boolean,
): RedlineState {
  const expression = typeof comparison.new?.expression === 'string' ? comparison.new.expression : ''
  const metadata = Array.isArray(comparison.metadata) ? comparison.metadata : []
  const clauses = Array.isArray(comparison.clauses) ? comparison.clauses : []
  const byEId = {old: new Map<string, ClauseGroup>(), new: new Map<string, ClauseGroup>()}
  for (const group of clauses) {
    for (const side of ['old', 'new'] as const) {
      for (const eId of Array.isArray(group[side]) ? group[side] : []) {
        if (typeof eId === 'string' && !byEId[side].has(eId)) byEId[side].set(eId, group)
      }
    }
  }
  const language = pageLanguage(options, comparison)
  return {
    comparison: {...comparison, clauses, metadata},
    labels: labelsFor(language),
    language,
    ids,
    hide: new Set(options.hide ?? []),
    unchanged: options.unchanged !== false,
    groupIds: new Map(),
    moves: new Map(),
    metadataIds: metadata.map((_, index) => ids.take(`${prefix}m${index + 1}`, `${prefix}m${index + 1}`)),
    datetime: versionDate(comparison.new),
    cite: expression.startsWith('/') ? safeUrl(expression) : undefined,
    prefix,
    interactive,
    superscriptOrdinals: language === 'fr',
    byEId,
    ...indexGroups(clauses),
  }
}

interface Rendered {
  title: string
  lang: string | undefined
  header: Child
  nav: Child
  controls: Child
  main: Child
  navigation: Child
  runningHeader: string
}

/** `MC.DEC/7/17 (8 December 2017)`: a version's name and, when known, its date. */
function versionName(identity: DocumentIdentity | undefined, language: string): string {
  const label = identityName(identity ?? {})
  // A file name alone does not say which version it is: add the symbol when there is one.
  const symbol =
    typeof identity?.symbol === 'string' && identity.symbol.trim() !== '' ? identity.symbol : undefined
  const name = symbol !== undefined && symbol !== label ? `${label}, ${symbol}` : label
  const date = versionDate(identity)
  return date === undefined ? name : `${name} (${formatDate(date, language)})`
}

function render(comparison: Comparison, options: RedlineOptions, script: boolean): Rendered {
  const ids = createIds()
  for (const reserved of ['redline', 'content']) ids.take(reserved, reserved)
  const state = createState(comparison, options, ids, '', true)
  const {labels, language} = state
  const layout = options.layout === 'side-by-side' ? 'side-by-side' : 'inline'
  const oldName = identityName(comparison.old ?? {})
  const newName = identityName(comparison.new ?? {})
  const title = options.title ?? labels.redline(oldName, newName)
  // Body first: it settles the ids the summary links to.
  const sections = redlineSections(state, layout)
  const metadata = metadataSection(state)
  let main: Child = [metadata, sections]
  if (layout === 'side-by-side') {
    // Print turns side by side into inline: a second, inline rendering shown only on paper.
    const print = createState(comparison, options, ids, 'print-', false)
    main = [
      h('div', {class: 'screen-only'}, main),
      h('div', {class: 'print-only'}, metadataSection(print), redlineSections(print, 'inline')),
    ]
  }
  // The decision itself, as the new version names it: a reader must see what is being compared even
  // when its number and title did not change (they then appear nowhere else).
  const subject = [comparison.new?.number, comparison.new?.title].filter(
    (part): part is string => typeof part === 'string' && part.trim() !== '',
  )
  const oldVersion = versionName(comparison.old, language)
  const newVersion = versionName(comparison.new, language)
  const header = [
    h('h1', null, title),
    subject.length > 0 ? h('p', {class: 'subject'}, h('bdi', null, subject.join(' — '))) : undefined,
    h(
      'p',
      {class: 'meta-line versions'},
      h('span', {class: 'version'}, `${labels.old}${labels.colon}`, h('bdi', null, oldVersion)),
      ' — ',
      h('span', {class: 'version'}, `${labels.new}${labels.colon}`, h('bdi', null, newVersion)),
    ),
    h('p', {class: 'legend'}, labels.legend),
    script ? h('p', {class: 'keyboard-help'}, labels.keyboard) : undefined,
  ]
  return {
    title,
    lang: langAttribute(comparison.new?.language),
    header,
    nav: summary(state),
    controls: viewControls(state),
    main,
    navigation: script ? changeNavigation(state) : undefined,
    runningHeader: `${oldVersion} → ${newVersion}`,
  }
}

/**
 * A standalone, accessible redline page for a comparison: a summary (counts by kind of change, then
 * one entry per edit, each linking to its change), view controls (changes only, cosmetic classes
 * hidden — without script), the clauses with `<del>`/`<ins>` inline or side by side, moves linked
 * both ways, screen-reader words, print rules with a running header and page numbers, and a small
 * script (allowed by hash in the Content-Security-Policy) for previous / next buttons and shortcuts
 * that can be turned off. Renders the `Comparison` only; it never diffs again.
 *
 * @example toHtmlRedline(diff(oldDocument, newDocument), {layout: 'side-by-side', hide: ['typography']})
 */
export function toHtmlRedline(comparison: Comparison, options: RedlineOptions = {}): string {
  const script = options.script !== false
  const rendered = render(comparison, options, script)
  const labels = labelsFor(pageLanguage(options, comparison))
  const body = [
    h('a', {class: 'skip-link', href: '#redline'}, labels.skipToChanges),
    h('header', {class: 'redline-header'}, rendered.header),
    rendered.nav,
    // The controls belong to the text they act on: inside `main` (every part of a page in a landmark).
    h(
      'main',
      {id: 'redline', class: 'redline', tabindex: -1},
      rendered.controls,
      rendered.main,
      rendered.navigation,
    ),
  ]
  return page({
    title: rendered.title,
    lang: rendered.lang,
    body,
    script,
    runningHeader: rendered.runningHeader,
    wide: options.layout === 'side-by-side',
  })
}

/**
 * The same as {@link toHtmlRedline} as an `<article>` to embed: no `<html>`, `<head>`, script or
 * `<main>` (your page has its own); add {@link stylesheet} to your page.
 *
 * @example toHtmlRedlineFragment(comparison) // '<article class="clausewise-redline" lang="fr">…'
 */
export function toHtmlRedlineFragment(comparison: Comparison, options: RedlineOptions = {}): string {
  const rendered = render(comparison, options, false)
  return serialize(
    h(
      'article',
      {class: 'clausewise-redline', lang: rendered.lang},
      h('header', {class: 'redline-header'}, rendered.header),
      rendered.nav,
      h('div', {id: 'redline', class: 'redline'}, rendered.controls, rendered.main),
    ),
  )
}
