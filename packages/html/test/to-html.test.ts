import type {Document, Inline} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {toHtml, toHtmlFragment} from '../src/index.js'
import {frenchDecision} from './fixtures/document.js'
import {byId, decode, ids, scan, textOf} from './fixtures/scan.js'

describe('toHtml', () => {
  const document = frenchDecision()
  const html = toHtml(document)

  it('writes a standalone page in the document’s language', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="fr"><head><meta charset="utf-8">')).toBe(true)
    expect(html).toContain('<title>Décision no 7/17 — Renforcement des efforts')
    expect(html).not.toContain('<script')
    expect(html).toContain('script-src &#39;none&#39;')
  })

  it('renders the preface: number, then the title as the one h1', () => {
    const h1 = scan(html).filter((tag) => tag.name === 'h1' && !tag.closing)
    expect(h1).toHaveLength(1)
    expect(textOf(html, h1[0]!)).toBe(
      'Renforcement des efforts visant à lutter contre toutes les formes de traite des enfants',
    )
    expect(html).toContain(
      '<p class="doc-number"><span class="doc-number-text">Décision n<sup>o</sup> 7/17</span>',
    )
  })

  it('renders preamble, paragraphs with their numbers and points, with eIds as ids', () => {
    expect(byId(html, 'preamble__formula_1')?.name).toBe('div')
    expect(byId(html, 'preamble__recitals_1__recital_2')).toBeDefined()
    expect(textOf(html, byId(html, 'para_5__list_1__point_b')!)).toBe(
      'b)Un moyen d’échanger des informations par-delà les frontières ;',
    )
    expect(html).toContain('<span class="num">1.</span>')
  })

  it('moves footnotes to a notes section with links both ways', () => {
    const notes = html.slice(html.indexOf('<section class="notes"'))
    expect(notes).toContain('<h2 id="notes-heading">Notes</h2>')
    const marker = byId(html, 'ref-preface__authorialNote_1')!
    expect(marker.attributes.get('href')).toBe('#preface__authorialNote_1')
    expect(marker.attributes.get('role')).toBe('doc-noteref')
    const note = byId(html, 'preface__authorialNote_1')!
    expect(note.name).toBe('li')
    expect(textOf(html, note)).toContain('séance de mise en conformité linguistique')
    expect(notes).toContain('href="#ref-preface__authorialNote_1" role="doc-backlink"')
    // A note kept in meta.notes and called by noteRef.
    expect(byId(html, 'note_1')?.name).toBe('li')
    expect(byId(html, 'ref-note_1')?.attributes.get('href')).toBe('#note_1')
  })

  it('renders attachments with a heading and their author', () => {
    const attachment = byId(html, 'att_1')!
    expect(attachment.name).toBe('section')
    expect(html).toContain('<h2 id="att_1-heading">Déclaration 1</h2>')
    expect(html).toContain('<p class="author">Auteur : délégation de la Fédération de Russie</p>')
    expect(html).toContain('<h3 class="doc-title">')
  })

  it('keeps allowed links and drops others', () => {
    expect(html).toContain('<a class="ref" href="/akn/osce/statement/decision/2004-12-07/mc-13-04">')
    const hostile = frenchDecision()
    const recital = hostile.children[1]!
    const ref = JSON.stringify(recital).includes('"ref"')
    expect(ref).toBe(true)
    const withBadLink = toHtml(
      JSON.parse(
        JSON.stringify(hostile).replace(
          '/akn/osce/statement/decision/2004-12-07/mc-13-04',
          'javascript:alert(1)',
        ),
      ) as Document,
    )
    expect(withBadLink).toContain('<span class="ref">sur les besoins spéciaux des enfants</span>')
    expect(withBadLink).not.toContain('javascript:')
  })

  it('has unique ids and every in-page link lands on one', () => {
    const all = ids(html)
    expect(new Set(all).size).toBe(all.length)
    for (const tag of scan(html)) {
      const href = tag.attributes.get('href')
      if (href?.startsWith('#')) expect(all).toContain(decode(href.slice(1)))
    }
  })

  it('does not overflow the stack on a deep tree', () => {
    let inline: Inline = {type: 'text', value: 'deep'}
    for (let index = 0; index < 50_000; index++) inline = {type: 'b', children: [inline]}
    const deep = frenchDecision()
    deep.children.push({type: 'conclusions', children: [{type: 'p', children: [inline]}]})
    expect(toHtml(deep)).toContain('deep')
  })
})

describe('toHtmlFragment', () => {
  it('returns an article without html, head or landmarks', () => {
    const html = toHtmlFragment(frenchDecision())
    expect(html.startsWith('<article class="clausewise-document" lang="fr">')).toBe(true)
    expect(html.endsWith('</article>')).toBe(true)
    expect(html).not.toMatch(/<(html|head|main|style|script)[ >]/)
  })

  it('gives a document without a title an h1 from the options', () => {
    const document = frenchDecision()
    document.children = document.children.filter((child) => child.type !== 'preface')
    expect(toHtmlFragment(document, {title: 'Projet'})).toContain('<h1>Projet</h1>')
  })
})
