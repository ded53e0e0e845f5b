import {describe, expect, it} from 'vitest'
import {toHtmlRedline, toHtmlRedlineFragment} from '../src/index.js'
import {comparisonOf, frenchComparison} from './fixtures/comparison.js'
import {byId, decode, ids, scan, textOf} from './fixtures/scan.js'

function changeTags(html: string, attribute = 'data-change') {
  return scan(html).filter((tag) => !tag.closing && tag.attributes.has(attribute))
}

describe('toHtmlRedline', () => {
  const comparison = frenchComparison()
  const inline = toHtmlRedline(comparison)
  const side = toHtmlRedline(comparison, {layout: 'side-by-side'})

  it('writes a page in the documents’ language with landmarks and ordered headings', () => {
    expect(inline.startsWith('<!doctype html>\n<html lang="fr">')).toBe(true)
    const names = scan(inline)
      .filter((tag) => !tag.closing)
      .map((tag) => tag.name)
    expect(names).toContain('header')
    expect(names).toContain('main')
    const nav = scan(inline).find((tag) => tag.name === 'nav')
    expect(nav?.attributes.get('aria-label')).toBe('Modifications')
    const levels = names.filter((name) => /^h[1-6]$/.test(name)).map((name) => Number(name.slice(1)))
    expect(levels[0]).toBe(1)
    for (let index = 1; index < levels.length; index++) {
      expect(levels[index]! - levels[index - 1]!).toBeLessThanOrEqual(1)
    }
  })

  it('has unique ids, and every summary link points at one of them', () => {
    for (const html of [inline, side]) {
      const all = ids(html)
      expect(new Set(all).size).toBe(all.length)
      const links = scan(html).filter(
        (tag) => tag.name === 'a' && tag.attributes.get('href')?.startsWith('#'),
      )
      expect(links.length).toBeGreaterThan(10)
      for (const link of links) expect(all).toContain(decode(link.attributes.get('href')!.slice(1)))
    }
  })

  it('lists every changed clause in the summary, linking to its group', () => {
    const list = inline.slice(inline.indexOf('<ol class="change-list">'), inline.indexOf('</ol>'))
    const targets = [...list.matchAll(/href="#([^"]+)"/g)].map((match) => match[1])
    expect(targets).toEqual([
      'm1',
      'm2',
      'g2',
      'g3',
      'g4',
      'g5',
      'g6',
      'g7',
      'g8',
      'g9',
      'g10',
      'g11',
      'g12',
      'g13',
      'g14',
    ])
    expect(list).not.toContain('#g1"')
  })

  it('names a deleted clause by the old text’s numbering, and says so', () => {
    const list = inline.slice(inline.indexOf('<ol class="change-list">'), inline.indexOf('</ol>'))
    expect(list).toContain('alinéa 4 du préambule (ancien texte)</a> — supprimé')
    expect(list).not.toMatch(/préambule \(ancien texte\)<\/a> — inséré/)
  })

  it('shows the counts by kind of change', () => {
    const english = toHtmlRedline({...comparison, new: {...comparison.new, language: 'en'}})
    const rows = [...english.matchAll(/<tr><th scope="row">([^<]+)<\/th><td>(\d+)<\/td><\/tr>/g)].map((m) => [
      m[1],
      Number(m[2]),
    ])
    expect(Object.fromEntries(rows)).toMatchObject({
      modified: comparison.stats.modified,
      inserted: 1,
      deleted: 1,
      moved: 1,
      renumbered: 2,
      split: 1,
      merged: 1,
      wording: comparison.stats.changesByKind.wording,
      typography: 1,
      'number or reference': 2,
    })
  })

  it('marks each change with an id, its class and the clause’s eId', () => {
    const changes = changeTags(inline).filter((tag) =>
      ['delete', 'insert', 'replace'].includes(tag.attributes.get('data-change')!),
    )
    const counted: Record<string, number> = {}
    for (const tag of changes) {
      expect(tag.attributes.get('id')).toMatch(/^g\d+-c\d+$/)
      expect(tag.attributes.get('data-eid')).toMatch(/^[a-z]/)
      expect(tag.attributes.get('tabindex')).toBe('-1')
      const kind = tag.attributes.get('data-kind')!
      counted[kind] = (counted[kind] ?? 0) + 1
    }
    expect(counted).toEqual(
      Object.fromEntries(Object.entries(comparison.stats.changesByKind).filter(([, n]) => (n ?? 0) > 0)),
    )
  })

  it('groups a replacement as a suggestion holding a deletion then an insertion', () => {
    const suggestion = byId(inline, 'g7-c1')!
    expect(suggestion.name).toBe('span')
    expect(suggestion.attributes.get('role')).toBe('suggestion')
    const after = scan(inline.slice(suggestion.offset))
      .filter((tag) => !tag.closing)
      .map((tag) => tag.name)
    expect(after.slice(0, 6)).toEqual(['span', 'del', 'span', 'bdi', 'ins', 'span'])
    expect(textOf(inline, suggestion)).toBe('supprimé : la traiteinséré : toutes les formes de traite')
  })

  it('announces changes in words for screen readers, in the DOM', () => {
    const english = toHtmlRedline({...comparison, new: {...comparison.new, language: 'en'}})
    expect(english).toContain('<span class="visually-hidden">deleted: </span>')
    expect(english).toContain('<span class="visually-hidden">inserted: </span>')
    expect(english).toContain('(moved from paragraph 4)')
    expect(english).toContain('(moved to paragraph 2)')
    expect(english).toContain('(renumbered 2. → 3.)')
    expect(inline).toContain('<span class="visually-hidden">supprimé : </span>')
  })

  it('links a moved clause to where it came from and back', () => {
    const to = byId(inline, 'move-1-to')!
    const from = byId(inline, 'move-1-from')!
    expect(to.attributes.get('href')).toBe('#move-1-from')
    expect(from.attributes.get('href')).toBe('#move-1-to')
    // The "from" end stands where the clause was: after old paragraph 3 (group g10).
    expect(from.offset).toBeGreaterThan(byId(inline, 'g10')!.offset)
    expect(from.offset).toBeLessThan(byId(inline, 'g11')!.offset)
    expect(byId(inline, 'g8')!.attributes.get('data-moved')).toBe('true')
  })

  it('renders footnotes and statements as their own sections', () => {
    expect(inline).toContain('<h2 id="section-notes">Notes</h2>')
    expect(inline).toContain('<h2 id="section-attachment-1">Déclaration 1</h2>')
    expect(byId(inline, 'g14')!.attributes.get('data-eid')).toBe('preface__authorialNote_1')
    expect(inline.indexOf('section-notes')).toBeGreaterThan(inline.indexOf('section-attachment-1'))
  })

  it('shows metadata changes such as the corrigendum', () => {
    const row = byId(inline, 'm2')!
    expect(row.attributes.get('data-change')).toBe('metadata')
    expect(textOf(inline, row)).toContain('Adoption et rectificatifs')
    expect(textOf(inline, row)).toContain('rectificatif')
    expect(textOf(inline, row)).toContain('MC.DEC/7/17/Corr.1')
    expect(inline).toContain('datetime="2018-02-02"')
  })

  it('wraps changed text in bdi so that right-to-left overrides cannot reorder the markers', () => {
    const html = toHtmlRedline(
      comparisonOf([
        {
          moved: false,
          renumbered: false,
          depth: 0,
          change: 'modified',
          kind: 'paragraph',
          section: 'mainBody',
          old: ['para_1'],
          new: ['para_1'],
          changes: [
            {op: 'equal', text: 'a '},
            {op: 'insert', text: '\u202Eevil', kind: 'wording'},
          ],
        },
      ]),
      {locale: 'en'},
    )
    expect(html).toMatch(
      /<span class="visually-hidden">inserted: <\/span><bdi><span class="invisible-character">⟨U\+202E⟩<\/span>evil<\/bdi><\/ins>/,
    )
    expect(html).not.toContain('\u202E')
  })

  it('includes the keyboard script and a CSP allowing only it', () => {
    expect(inline).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-[^&]+&#39;(?: &#39;sha256-[^&]+&#39;)?; script-src &#39;sha256-/,
    )
    expect(scan(inline).filter((tag) => tag.name === 'script' && !tag.closing)).toHaveLength(1)
    const without = toHtmlRedline(comparison, {script: false})
    expect(without).not.toContain('<script')
    expect(without).toContain('script-src &#39;none&#39;')
  })

  it('has a skip link to the changes that works without script', () => {
    expect(inline).toContain('<a class="skip-link" href="#redline">Aller aux modifications</a>')
    expect(byId(inline, 'redline')?.name).toBe('main')
  })
})

describe('toHtmlRedline side by side', () => {
  const comparison = frenchComparison()
  const side = toHtmlRedline(comparison, {layout: 'side-by-side'})

  it('puts each aligned group on one row with a header cell: clause | old | new', () => {
    const row = byId(side, 'g7')!
    expect(row.name).toBe('tr')
    const cells = scan(side.slice(row.offset, side.indexOf('</tr>', row.offset))).filter(
      (tag) => !tag.closing && ['th', 'td'].includes(tag.name),
    )
    expect(cells.map((cell) => cell.name)).toEqual(['th', 'td', 'td'])
    expect(side).toContain('<th scope="col">Ancien (draft-1)</th>')
  })

  it('puts deletions in the old column and insertions in the new one, paired', () => {
    const del = byId(side, 'g7-c1')!
    const ins = byId(side, 'g7-c1-new')!
    expect(del.name).toBe('del')
    expect(ins.name).toBe('ins')
    expect(del.attributes.get('data-pair')).toBe('g7-c1')
    expect(ins.attributes.get('data-pair')).toBe('g7-c1')
  })

  it('includes an inline copy for print, without duplicate ids or navigation targets', () => {
    const print = side.slice(side.indexOf('<div class="print-only">'))
    expect(print).toContain('<span role="suggestion"')
    expect(print).not.toMatch(/\sdata-change=/)
    expect(print).toContain('id="print-move-1-from"')
  })
})

describe('hide option', () => {
  const comparison = frenchComparison()

  it('renders hidden classes as plain new text, in both layouts', () => {
    for (const layout of ['inline', 'side-by-side'] as const) {
      const html = toHtmlRedline(comparison, {layout, hide: ['typography', 'whitespace']})
      const kinds = changeTags(html).map((tag) => tag.attributes.get('data-kind'))
      expect(kinds).not.toContain('typography')
      expect(kinds).not.toContain('whitespace')
      expect(kinds).toContain('punctuation')
      expect(html).toContain('protection et d’assistance,')
    }
  })

  it('drops clauses whose only changes are hidden from the change list', () => {
    const html = toHtmlRedline(
      comparisonOf([
        {
          moved: false,
          renumbered: false,
          depth: 0,
          change: 'modified',
          kind: 'paragraph',
          section: 'mainBody',
          old: ['para_1'],
          new: ['para_1'],
          changes: [
            {op: 'delete', text: "l'", kind: 'typography'},
            {op: 'insert', text: 'l’', kind: 'typography'},
            {op: 'equal', text: 'OSCE'},
          ],
        },
      ]),
      {hide: ['typography'], locale: 'en'},
    )
    expect(html).toContain('No changes.')
    expect(html).toContain('l’OSCE')
    expect(html).not.toContain('<del')
  })

  it('can leave out unchanged clauses', () => {
    const html = toHtmlRedline(comparison, {unchanged: false})
    expect(byId(html, 'g1')).toBeUndefined()
    expect(byId(html, 'g2')).toBeDefined()
  })
})

describe('toHtmlRedlineFragment', () => {
  it('returns an article without html, head, script or main', () => {
    const html = toHtmlRedlineFragment(frenchComparison())
    expect(html.startsWith('<article class="clausewise-redline" lang="fr">')).toBe(true)
    expect(html.endsWith('</article>')).toBe(true)
    for (const name of ['html', 'head', 'script', 'main', 'style'])
      expect(html).not.toMatch(new RegExp(`<${name}[ >]`))
    expect(html).toContain('<nav class="summary"')
  })
})

describe('the subject of a redline', () => {
  it('names the decision compared by its number and title, escaped', () => {
    const comparison = frenchComparison()
    const html = toHtmlRedline({
      ...comparison,
      new: {...comparison.new, number: 'Décision nº 7/17', title: 'Traite <des> enfants'},
    })
    expect(html).toContain('<p class="subject"><bdi>Décision nº 7/17 — Traite &lt;des&gt; enfants</bdi></p>')
  })
})

describe('statements in a redline', () => {
  it('are headed by their printed heading and author line', () => {
    const comparison = frenchComparison()
    const html = toHtmlRedline({
      ...comparison,
      new: {
        ...comparison.new,
        attachments: [{title: 'DÉCLARATION <INTERPRÉTATIVE>', author: 'Faite par la délégation du Canada :'}],
      },
    })
    expect(html).toContain(
      'Déclaration 1 — DÉCLARATION &lt;INTERPRÉTATIVE&gt; — Faite par la délégation du Canada :',
    )
  })
})
