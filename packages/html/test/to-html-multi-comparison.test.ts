import {describe, expect, it} from 'vitest'
import {toHtmlMultiComparison} from '../src/index.js'
import {multiComparison} from './fixtures/comparison.js'
import {byId, scan, textOf} from './fixtures/scan.js'

describe('toHtmlMultiComparison', () => {
  const html = toHtmlMultiComparison(multiComparison())

  it('writes a page with one column per document and header cells', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="fr">')).toBe(true)
    const columns = scan(html).filter((tag) => tag.name === 'th' && tag.attributes.get('scope') === 'col')
    expect(columns.map((tag) => textOf(html, tag))).toEqual([
      'Disposition',
      'MC.DEC/7/17',
      'MC.DEC/7/17/Corr.1',
      'MC.DEC/6/18',
    ])
  })

  it('says in words which documents share, reword or lack each clause', () => {
    const cells = (id: string) => {
      const row = byId(html, id)!
      const end = html.indexOf('</tr>', row.offset)
      // Each cell starts with its column's name, shown only when the table is stacked on a phone.
      const slice = html.slice(row.offset, end).replace(/<span class="cell-label"[^>]*>[^<]*<\/span>/g, '')
      return scan(slice)
        .filter((tag) => tag.name === 'td' && !tag.closing)
        .map((tag) => textOf(slice, tag))
    }
    expect(cells('m1')).toEqual(['référence', 'identique', 'identique'])
    const [reference, reworded, lacking] = cells('m2')
    expect([reference, lacking]).toEqual(['1.référence', 'absent'])
    // The reworded text is in the cell, not only in a tooltip.
    const text = multiComparison().groups[1]!.members[1]!.text
    expect(reworded).toBe(`1.reformulé (83 %)${text.length > 160 ? `${text.slice(0, 159)}…` : text}`)
    expect(cells('m3')).toEqual(['absent', 'absent', '7.référence'])
  })

  it('names each row by its clause, in whose numbering, with an excerpt', () => {
    expect(textOf(html, byId(html, 'm2')!)).toContain('paragraphe 1 · MC.DEC/7/17Encourage la coopération')
    // The third group exists only in the third document: its row says so.
    expect(textOf(html, byId(html, 'm3')!)).toMatch(/^paragraphe 7 · \S+/)
  })

  it('uses English words for English documents', () => {
    const multi = multiComparison()
    multi.documents = multi.documents.map((document) => ({...document, language: 'en'}))
    const english = toHtmlMultiComparison(multi)
    expect(english).toContain('>lacks</td>')
    expect(english).toContain('reworded (83 %)')
    expect(english).toContain('<h1>Comparison of 3 documents</h1>')
  })
})
