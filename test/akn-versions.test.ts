import {readFileSync} from 'node:fs'
import {fromAkn, toAkn} from '@clausewise/akn'
import {diff} from '@clausewise/diff'
import {type ClauseGroup, type Comparison, type Document, type Nodes, visit} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {validateAkn} from './support/xsd.js'

const corpus = new URL('../../shared/corpus/akn/', import.meta.url)
const read = (name: string): Document => fromAkn(readFileSync(new URL(name, corpus), 'utf8')).document

/** A group as a line: change, flags, kind, eIds, and its word changes (white space collapsed). */
function line(group: ClauseGroup): string {
  const flags = `${group.moved ? ' moved' : ''}${group.renumbered ? ' renumbered' : ''}`
  const edits = group.changes
    .filter((change) => change.op !== 'equal')
    .map((change) => `${change.op === 'insert' ? '+' : '-'}${change.text.replace(/\s+/g, ' ').trim()}`)
  return `${group.change}${flags} ${group.kind} ${group.old.join('+')} → ${group.new.join('+')}: ${edits.join(' | ')}`
}

/** The groups that changed, as lines. */
const changed = (comparison: Comparison): string[] =>
  comparison.clauses
    .filter((group) => group.change !== 'unchanged' || group.moved || group.renumbered)
    .map(line)

describe('the AKN 2.0 version pairs of the corpus', () => {
  // Each line below was checked against a line-by-line diff of the two files (white space apart): the
  // words that changed, the clauses that went and came, and nothing else. Changes of markup alone
  // (the `contains` attribute, `trm` ids renumbered, `eol` dropped, a `class`) are not text changes.
  it('Cape Town Ombudsman By-law, 2015-07-03 → 2017-02-10: every change of the amendment, and no other', () => {
    const comparison = diff(
      read('openbylaws-akn2-za-cpt-ombudsman-eng-2015-07-03.xml'),
      read('openbylaws-akn2-za-cpt-ombudsman-eng-2017-02-10.xml'),
      {ignore: ['whitespace']},
    )
    expect(changed(comparison)).toEqual([
      // 3(1): "The Office of the City Ombudsman must:" → "…City Ombudsman:", and the modal moves into (a), (b).
      'modified hcontainer section-3.1 → section-3.1: -must',
      'modified item section-3.1.list1.a → section-3.1.list1.a: +may',
      'modified item section-3.1.list1.b → section-3.1.list1.b: +must',
      // 3(2): "must not interfere with the functioning" → "must facilitate the unhindered functioning".
      'modified hcontainer section-3.2 → section-3.2: -not interfere with the | +facilitate the unhindered',
      // 5(1) with its list (a)–(c) and 5(2) go; a new 5(1) refers to the City's HR policies.
      'deleted hcontainer section-5.1 → : -Council must place an advertisement in at least three (3) newspapers, in the three official languages, for the position of the City Ombudsman.',
      'deleted item section-5.1.list1.a → : -Council must establish an ad hoc committee, proportionally composed of members of all parties represented in the Council, to conduct the shortlisting and interviewing stages of the appointment.',
      'deleted item section-5.1.list1.b → : -The ad hoc committee must recommend three candidates who comply with section 5(3) to Council.',
      'deleted item section-5.1.list1.c → : -Council must recommend the preferred candidate to the Executive Mayor by way of a resolution adopted with a supporting vote of a majority of the members of the Council.',
      'deleted hcontainer section-5.2 → : -The Executive Mayor, on recommendation of the Council, must appoint the preferred candidate who must be suitably qualified to serve as Ombudsman for the City in terms of section 5(3) of this bylaw.',
      'inserted hcontainer  → section-5.1: +The appointment of the City Ombudsman will be done in accordance with the City’s Human Resources policies.',
      // 5(3) becomes 5(2): its two "or" lines before (d) and (e) go with them; (a) "citizen" → "Citizen";
      // (c), (d), (e) are replaced by one new (c).
      'modified renumbered hcontainer section-5.3 → section-5.2: -or or',
      'modified item section-5.3.list1.a → section-5.2.list1.a: -citizen | +Citizen',
      'deleted item section-5.3.list1.c → : -have specialised knowledge of or experience, for a cumulative period of at least 10 (ten) years, in the administration of justice, public administration, public finance or legal field;',
      'deleted item section-5.3.list3.d → : -for a cumulative period of at least 10 (ten) years, have been in the employment of a municipality or International Ombudsman Institute or International Ombudsman Association;',
      'deleted item section-5.3.list5.e → : -have acquired any combination of experience mentioned in paragraphs (c) and (d), for a cumulative period of at least 10 (ten) years.',
      'inserted item  → section-5.2.list1.c: +have relevant prior experience, suitable to the position.',
      // 5(4) → 5(3): "for a period of 5 (five) years" → "for period of five years".
      'modified renumbered hcontainer section-5.4 → section-5.3: -a | -5 (five) | +five',
      // 5(5) → 5(4): "re-appointed … provided that no more than two consecutive terms are served" → "re appointed … only once".
      'modified renumbered hcontainer section-5.5 → section-5.4: -re-appointed | +re appointed | -, provided that no more than two consecutive terms are served | +only once',
    ])
    expect(comparison.metadata.map((change) => [change.field, change.old, change.new])).toEqual([
      ['date', '2015-07-03', '2017-02-10'],
      [
        'lifecycle',
        undefined,
        '2017-02-10 amendment City of Cape Town: City Ombudsman Amendment By law,  2016',
      ],
    ])
  })

  it('El Salvador Decreto 604, original → 2006-01-20: the reform of Decreto 912, clause by clause', () => {
    const comparison = diff(
      read('akn2-sv-decreto-604-1993.xml'),
      read('akn2-sv-decreto-604-1993-at-2006-01-20.xml'),
      {ignore: ['whitespace']},
    )
    expect(changed(comparison)).toEqual([
      // The new name of the law, in the preface (now inside a container) and in the first paragraph.
      'modified block preface__p_1 → prf1__p_1: -FOMENTO Y PROTECCION DE LA',
      'modified paragraph prg1 → prg1: -FOMENTO Y PROTECCION DE LA',
      // Art. 1 second clause rewritten.
      'deleted hcontainer art1-cls2 → : -La Propiedad Intelectual comprende la propiedad literaria, artística, científica e industrial.',
      'inserted hcontainer  → art1-cls2: +Esta ley comprende el derecho de autor, los derechos conexos y la propiedad industrial en lo relativo a invenciones, modelos de utilidad, diseños industriales y secretos industriales o comerciales y datos de prueba.',
      'modified hcontainer art3-cls1 → art3-cls1: -propaganda | +publicidad comercial | -el Convenio Centroamericano para la Protección de la Propiedad Industrial, del cual El Salvador es parte. | +la Ley de Marcas y otros Signos Distintivos.',
      // Title II heading, Arts. 4, 5 and 7 ("pecuniario" → "económico"), the items of Art. 7 with their
      // "(2)" reform markers, and a new item f).
      'modified hcontainer tlt2 → tlt2: -, LITERARIA O CIENTIFICA | +O LITERARIA',
      'modified hcontainer art4-cls1 → art4-cls1: -, artística o científica | +o artística',
      'modified hcontainer art5-cls1 → art5-cls1: -pecuniario. | +económico.',
      'modified hcontainer art7-cls1 → art7-cls1: -pecuniario | +económico | +el derecho exclusivo de autorizar o prohibir el uso de sus obras, así como | -provenientes | +,',
      'modified item art7-cls1-lst1-itma → art7-cls1-lst1-itma: +, | +asimismo comprende la facultad de prohibir toda reproducción de la obra en cualquier manera o forma permanente o temporal, incluyendo el almacenamiento temporal en forma electrónica; (2)',
      'modified item art7-cls1-lst1-itmb → art7-cls1-lst1-itmb: -creación | +obra | +(2)',
      'modified item art7-cls1-lst1-itmc → art7-cls1-lst1-itmc: -trasmitir | +transmitir | -, | +(2)',
      'modified item art7-cls1-lst1-itmd → art7-cls1-lst1-itmd: -, | +(2)',
      'modified item art7-cls1-lst1-itme → art7-cls1-lst1-itme: -, | -. | +; y (2)',
      'inserted item  → art7-cls1-lst1-itmf: +La comunicación pública de la obra.',
      // A new Art. 184A; Art. 186 repealed ("Derogado."), with a note in its number.
      'inserted hcontainer  → art184A: ',
      'inserted hcontainer  → art184A-cls1: +Para efectos de esta ley, se entiende por Registro, el Registro de la Propiedad Intelectual.',
      expect.stringMatching(
        /^deleted hcontainer art186-cls1 → : -Los que actualmente sin autorización del titular .* sujetas a las sanciones pertinentes\.$/,
      ),
      expect.stringMatching(
        /^inserted authorialNote {2}→ ath3: \+\*INICIO DE NOTA: En el Artículo 186 .* FIN DE NOTA\.$/,
      ),
      'inserted hcontainer  → art186-cls1: +Derogado.',
      // The consolidation note the reform markers refer to, in `meta`.
      'inserted note  → n1: +(2) D. L. Nº 912, del 14 de diciembre de 2005, publicado en el D. O. Nº 8, Tomo 370, del 12 de enero de 2006.',
    ])
    expect(comparison.metadata.map((change) => change.field)).toEqual(['title', 'lifecycle'])
  })
})

/**
 * The same words in another markup, as a second converter could write them: every eId changed, block
 * lists as lists of points, sections as articles and subsections as paragraphs, and each section's
 * heading moved out of it onto a container of its own.
 */
function remarked(document: Document): Document {
  const copy = structuredClone(document)
  visit(copy, (node) => {
    if ('eId' in node && typeof node.eId === 'string' && node.eId)
      node.eId = `v2-${node.eId.replace(/[.-]/g, '_')}`
    return undefined
  })
  const rewrap = (children: Nodes[]): Nodes[] =>
    children.flatMap((child): Nodes[] => {
      if (child.type !== 'hcontainer') return [child]
      child.children = rewrap(child.children as Nodes[]) as typeof child.children
      // `content` holding one block list: its introduction, then a list of points.
      const content = child.children.find((part) => part.type === 'content')
      const only =
        content?.type === 'content' && content.children.length === 1 ? content.children[0] : undefined
      if (content && only?.type === 'blockList') {
        const intro = only.children.filter((part) => part.type === 'listIntroduction')
        const items = only.children.filter((part) => part.type === 'item')
        child.children.splice(
          child.children.indexOf(content),
          1,
          ...(intro.length > 0
            ? [
                {
                  type: 'intro' as const,
                  children: intro.map((part) => ({type: 'p' as const, children: part.children})),
                },
              ]
            : []),
          {
            type: 'list',
            eId: '',
            children: items.map((item) => ({
              type: 'point' as const,
              eId: item.eId,
              children: [
                ...item.children.filter((part) => part.type === 'num'),
                {
                  type: 'content' as const,
                  children: item.children.filter((part) => part.type !== 'num') as never,
                },
              ],
            })),
          },
        )
      }
      if (child.name === 'subsection') child.name = 'paragraph'
      if (child.name !== 'section') return [child]
      child.name = 'article'
      const heading = child.children.findIndex((part) => part.type === 'heading')
      if (heading === -1) return [child]
      const [moved] = child.children.splice(heading, 1)
      return [
        {type: 'hcontainer', name: 'crossheading', eId: `${child.eId}_heading`, children: [moved!]},
        child,
      ]
    })
  for (const part of copy.children) {
    if (part.type === 'body') part.children = rewrap(part.children as Nodes[]) as typeof part.children
  }
  return copy
}

describe('two markups of one text', () => {
  it('give no text changes: alignment follows the words, not the elements or their eIds', async () => {
    const original = read('openbylaws-akn2-za-cpt-ombudsman-eng-2015-07-03.xml')
    const xml = toAkn(remarked(original))
    expect(xml).toContain('<article eId="v2-section_5">')
    expect(xml).toContain('<hcontainer eId="v2-section_5_heading" name="crossheading">')
    expect(xml).toContain('<point eId="v2-section_3_1_list1_a">')
    expect(await validateAkn(xml, 'ombudsman-remarked.xml')).toEqual([])
    const other = fromAkn(xml).document
    const comparison = diff(original, other)
    const textChanges = comparison.clauses.filter((group) =>
      group.changes.some((change) => change.op !== 'equal'),
    )
    expect(textChanges.map(line)).toEqual([])
    // What differs is markup alone: units that hold no words of their own on one side.
    for (const group of comparison.clauses) {
      if (group.change === 'unchanged') continue
      expect([group.change, group.oldText, group.newText]).toEqual([group.change, '', ''])
    }
    expect(comparison.clauses.filter((group) => group.change === 'unchanged').length).toBeGreaterThan(80)
  })
})
