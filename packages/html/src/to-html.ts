import type {Document} from '@clausewise/model'
import {titleBlocks, titleOf} from '@clausewise/model'
import {notesSection, one} from './document/handlers.js'
import type {DocumentState} from './document/state.js'
import {createIds} from './ids.js'
import {labelsFor, langAttribute} from './labels.js'
import {type Child, h, serialize} from './markup.js'
import type {Options} from './options.js'
import {page} from './page.js'

function render(
  document: Document,
  options: Options,
): {body: Child; title: string; lang: string | undefined} {
  const labels = labelsFor(options.locale ?? document.meta.language)
  const state: DocumentState = {
    document,
    labels,
    ids: createIds(),
    notes: [],
    noteIds: new Map(),
    depth: 0,
    attachment: 0,
    titled: false,
    titleBlocks: titleBlocks(document),
  }
  const {number, title} = titleOf(document)
  const pageTitle = options.title ?? ([number, title].filter(Boolean).join(' — ') || labels.document)
  const content = one(document, state)
  const notes = notesSection(state)
  const lang = langAttribute(document.meta.language)
  const body = h(
    'article',
    {class: 'clausewise-document', lang},
    // A document without a printed title still gets one heading to start its outline.
    state.titled ? undefined : h('h1', null, pageTitle),
    content,
    notes,
  )
  return {body, title: pageTitle, lang}
}

/**
 * A standalone, accessible HTML page for a document: preface (number, title), preamble (formula,
 * recitals), operative part (paragraphs, points), footnotes as a notes section with back-links, and
 * attachments (statements) with their heading and author. All text is escaped.
 *
 * @example toHtml(fromText(text).document) // '<!doctype html>\n<html lang="fr">…'
 */
export function toHtml(document: Document, options: Options = {}): string {
  const {body, title, lang} = render(document, options)
  const skip = h(
    'a',
    {class: 'skip-link', href: '#content'},
    labelsFor(options.locale ?? document.meta.language).skipToContent,
  )
  const header = [document.meta.symbol, title]
    .filter((part) => typeof part === 'string' && part !== '')
    .join(' — ')
  return page({
    title,
    lang,
    body: [skip, h('main', {id: 'content', tabindex: -1}, body)],
    script: false,
    runningHeader: header,
  })
}

/**
 * The same as {@link toHtml} without `<html>`, `<head>` and landmarks: an `<article>` to embed in
 * a page of yours (add {@link stylesheet} there).
 *
 * @example toHtmlFragment(document) // '<article class="clausewise-document" lang="fr">…</article>'
 */
export function toHtmlFragment(document: Document, options: Options = {}): string {
  return serialize(render(document, options).body)
}
