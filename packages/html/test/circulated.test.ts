import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import type {Change, ClauseGroup} from '@clausewise/model'
import {Ajv} from 'ajv'
import {describe, expect, it} from 'vitest'
import {cssString} from '../src/css-string.js'
import {toHtml, toHtmlRedline, toHtmlRedlineFragment} from '../src/index.js'
import {comparisonOf, frenchComparison} from './fixtures/comparison.js'
import {frenchDecision} from './fixtures/document.js'
import {byId, scan, textOf} from './fixtures/scan.js'

// A hand-built comparison with what a drafter names once: paragraph 2 inserted renumbers 2–4 as 3–5
// (a cascade caused by it), and paragraphs 6 and 7 swapped; plus a paragraph whose only change is an
// apostrophe, and emphasis added to the same words.
const equal = (text: string): Change => ({op: 'equal', text})
const base = {moved: false, renumbered: false, depth: 0, kind: 'paragraph', section: 'mainBody'} as const
const paragraph = (
  old: number | undefined,
  now: number | undefined,
  text: string,
  extra: Partial<ClauseGroup> = {},
) => ({
  ...base,
  change: 'unchanged' as const,
  old: old === undefined ? [] : [`para_${old}`],
  new: now === undefined ? [] : [`para_${now}`],
  ...(old === undefined ? {} : {oldNum: `${old}.`}),
  ...(now === undefined ? {} : {newNum: `${now}.`}),
  changes: [equal(text)],
  ...extra,
})

function drafterComparison() {
  const comparison = comparisonOf([
    paragraph(1, 1, 'Encourage la coopération ;', {
      change: 'modified',
      cosmetic: true,
      changes: [
        equal('Encourage '),
        {op: 'delete', text: 'la coopération', kind: 'formatting', marks: []},
        {op: 'insert', text: 'la coopération', kind: 'formatting', marks: ['i']},
        equal(' ;'),
      ],
    }),
    paragraph(undefined, 2, '', {
      change: 'inserted',
      changes: [{op: 'insert', text: 'Décide de se réunir ;', kind: 'wording'}],
    }),
    paragraph(2, 3, 'Demande aux États de l’OSCE ;', {
      renumbered: true,
      edit: {type: 'cascade', id: 'g3', cause: 'g2'},
    }),
    paragraph(3, 4, 'Charge les structures ;', {
      renumbered: true,
      edit: {type: 'cascade', id: 'g3', cause: 'g2'},
    }),
    paragraph(4, 5, 'Invite les partenaires ;', {
      renumbered: true,
      change: 'modified',
      cosmetic: true,
      edit: {type: 'cascade', id: 'g3', cause: 'g2'},
      changes: [
        equal('Invite les partenaires de '),
        {op: 'delete', text: 'l’', kind: 'typography'},
        {op: 'insert', text: "l'", kind: 'typography'},
        equal('OSCE ;'),
      ],
    }),
    paragraph(7, 6, 'Prie le Secrétaire général ;', {renumbered: true, edit: {type: 'swap', id: 'g6'}}),
    paragraph(6, 7, 'Décide de rester saisi de la question no 5.', {
      renumbered: true,
      moved: true,
      movedFrom: 'g5',
      edit: {type: 'swap', id: 'g6'},
    }),
  ])
  comparison.stats.cosmetic = 2
  comparison.stats.cascades = 1
  comparison.stats.swaps = 1
  return comparison
}

const comparison = drafterComparison()
const html = toHtmlRedline(comparison)
const list = (page: string) => {
  const start = page.indexOf('<ol class="change-list">')
  return scan(page.slice(start))
    .filter((tag) => tag.name === 'li' && !tag.closing)
    .map((tag) => textOf(page.slice(start), tag))
}

describe('the comparison fixtures', () => {
  it('validate against the published comparison@1 schema', () => {
    const schema = JSON.parse(
      readFileSync(new URL('../../diff/comparison.schema.json', import.meta.url), 'utf8'),
    )
    const validate = new Ajv({allErrors: true, strictRequired: false}).compile(schema as object)
    for (const fixture of [comparison, frenchComparison()]) {
      validate(JSON.parse(JSON.stringify(fixture)))
      expect(validate.errors ?? []).toEqual([])
    }
  })
})

describe('edits a drafter names once', () => {
  it('gives a cascade one entry, one note and one stop, on its first group', () => {
    const entries = list(html)
    expect(entries.filter((entry) => entry.includes('renumérotés'))).toEqual([
      'paragraphes 2–4 du dispositif renumérotés 3–5, à la suite du paragraphe 2 du dispositif (inséré)',
    ])
    const stops = (id: string) =>
      scan(html).filter(
        (tag) =>
          tag.attributes.get('data-change') &&
          byId(html, id) &&
          tag.offset > byId(html, id)!.offset &&
          tag.offset < html.indexOf('</div>', byId(html, id)!.offset),
      )
    expect(stops('g3').map((tag) => tag.attributes.get('data-change'))).toEqual(['renumber'])
    expect(stops('g4')).toEqual([])
    // The member modified on top of its renumbering keeps its own entry and stop for that change.
    expect(
      entries.some((entry) =>
        entry.startsWith('paragraphe 4 du dispositif → 5 — modifié (de forme seulement'),
      ),
    ).toBe(true)
    expect(stops('g5').map((tag) => tag.attributes.get('data-change'))).toEqual(['replace'])
    // Members that are only renumbered carry no change bar.
    expect(byId(html, 'g4')!.attributes.get('data-clause-change')).toBeUndefined()
    expect(byId(html, 'g3')!.attributes.get('data-clause-change')).toBe('unchanged')
  })

  it('does not silence a renumbering that points at a cascade nobody opens', () => {
    const forged = drafterComparison()
    forged.clauses = forged.clauses.filter((group) => group.id !== 'g3')
    const page = toHtmlRedline(forged)
    expect(byId(page, 'g4')!.attributes.get('data-clause-change')).toBe('unchanged')
    expect(list(page).some((entry) => entry.startsWith('paragraphe 3 du dispositif → 4'))).toBe(true)
  })

  it('gives a swap one entry and one stop, and no move notes', () => {
    expect(list(html).filter((entry) => entry.includes('intervertis'))).toEqual([
      'paragraphes 6 et 7 du dispositif intervertis',
    ])
    expect(html).not.toContain('class="move-link"')
    expect(html).toContain('(interverti avec paragraphe 6)')
  })
})

describe('cosmetic changes', () => {
  it('draws them quietly and offers to hide each class, without script, with a count', () => {
    const fragment = toHtmlRedlineFragment(comparison)
    expect(fragment).toContain('class="replacement cosmetic"')
    expect(fragment).toMatch(/<input type="checkbox" id="filter-typography" class="filter-typography">/)
    expect(fragment).toContain('data-kind="typography">1 modification (typographie) masquée</p>')
    expect(fragment).toContain('Modifications seulement')
  })

  it('says how many changes a hidden class holds when hidden at rendering', () => {
    const hidden = toHtmlRedline(comparison, {hide: ['typography'], locale: 'en'})
    expect(hidden).toContain('<p class="hidden-note">1 typography change hidden</p>')
    expect(hidden).not.toContain('id="filter-typography"')
  })

  it('says how many changes the differ was asked to ignore', () => {
    const ignored = drafterComparison()
    ignored.stats.ignored = {typography: 2}
    expect(toHtmlRedline(ignored, {locale: 'en'})).toContain(
      '<p class="hidden-note">2 typography changes ignored in this comparison</p>',
    )
  })

  it('shows a formatting change once, with its marks and what changed', () => {
    expect(html).toContain('<bdi><i>la coopération</i></bdi>')
    expect(html).toContain('<span class="formatting-note"> (italique ajouté)</span>')
    expect(list(html)).toContain(
      'paragraphe 1 du dispositif — modifié (de forme seulement : mise en forme) : «\u00A0la coopération\u00A0» (italique ajouté)',
    )
  })
})

describe('a page to circulate', () => {
  it('heads the page with both versions’ symbols and dates, and prints them on every page', () => {
    expect(html).toContain('Ancien : <bdi>draft-1, MC.DEC/7/17 (8 décembre 2017)</bdi>')
    expect(html).toContain('Nouveau : <bdi>draft-2, MC.DEC/7/17/Corr.1 (2 février 2018)</bdi>')
    const styles = scan(html).filter((tag) => tag.name === 'style' && !tag.closing)
    expect(styles).toHaveLength(2)
    expect(html).toMatch(
      /<style>@page\{@top-center\{content:"draft-1, MC\.DEC\/7\/17 \(8 d\\e9 cembre 2017\) \\2192 /,
    )
    // The CSP allows that stylesheet by its hash.
    const css = /<style>(@page[^<]*)<\/style>/.exec(html)![1]!
    expect(html).toContain(
      `'sha256-${createHash('sha256').update(css).digest('base64')}'`.replaceAll("'", '&#39;'),
    )
  })

  it('writes text from input into CSS strings as escapes only', () => {
    expect(cssString('a"}</style><script>')).toBe('"a\\22 \\7d \\3c /style\\3e \\3c script\\3e "')
    expect(cssString('x\u202Ey\\')).toBe('"xy\\5c "')
  })

  it('raises nº in French and shows invisible characters as code-point markers', () => {
    expect(html).toContain('question n<sup>o</sup> 5.')
    const english = toHtmlRedline(comparison, {locale: 'en'})
    expect(english).toContain('question no 5.')
    const document = toHtml(frenchDecision('Texte \u200B caché'))
    expect(document).toContain('<span class="invisible-character">⟨U+200B⟩</span>')
    expect(document).not.toContain('\u200B')
  })

  it('writes metadata values in the page’s language', () => {
    const french = comparisonOf(
      [paragraph(1, 1, 'Encourage la coopération ;')],
      [
        {field: 'language', old: 'en', new: 'fr'},
        {field: 'date', old: '2017-12-08', new: '2018-02-02'},
        {
          field: 'lifecycle',
          old: '2017-12-08 generation adoption',
          new: '2017-12-08 generation adoption\n2018-02-02 amendment linguisticConformity MC.DEC/7/17/Corr.1',
        },
      ],
    )
    const page = toHtmlRedline(french)
    expect(page).toContain('<bdi>anglais</bdi>')
    expect(page).toContain('<bdi>2 février 2018</bdi>')
    // `generation adoption` says adoption once.
    expect(page).toContain('8 décembre 2017 adoption')
    expect(page).not.toContain('adoption adoption')
    expect(page).toContain(
      '<bdi>2 février 2018 rectificatif mise en conformité linguistique MC.DEC/7/17/Corr.1</bdi>',
    )
    expect(page).not.toContain('linguisticConformity')
  })

  it('says "absent" in an empty side-by-side cell, with column names for narrow screens', () => {
    const side = toHtmlRedline(comparison, {layout: 'side-by-side'})
    expect(side).toContain(
      '<td class="absent"><span class="cell-label" aria-hidden="true">Ancien</span>absent</td>',
    )
    expect(side).toContain('class="clausewise-page wide"')
  })

  it('marks deletions and insertions with explicit roles inside a suggestion', () => {
    const suggestion = scan(html).find((tag) => tag.attributes.get('role') === 'suggestion')!
    const inside = scan(html.slice(suggestion.offset)).slice(1, 8)
    expect(
      inside
        .filter((tag) => !tag.closing && (tag.name === 'del' || tag.name === 'ins'))
        .map((tag) => tag.attributes.get('role')),
    ).toEqual(['deletion', 'insertion'])
  })
})
