import {clauses, type Document, type Nodes, plainText, removePositions} from '@clausewise/model'
import {describe, expect, test} from 'vitest'
import {fromMarkdown, toMarkdown} from '../src/index.js'

// Statutes and by-laws as their publishers write them in Markdown (hand-written texts in the shapes of
// the German federal laws of `bundestag/gesetze`, of Spanish and Italian laws, of club by-laws):
// numbered points introduced without a colon, lettered points as paragraphs of a numbered item.

/** Each clause: its type, number, eId and first words, indented by depth. */
function outline(document: Document): string[] {
  const lines: string[] = []
  const walk = (node: Nodes, depth: number) => {
    if (!('children' in node)) return
    for (const child of node.children as Nodes[]) {
      if (!['hcontainer', 'paragraph', 'point'].includes(child.type)) {
        if (['mainBody', 'list'].includes(child.type)) walk(child, depth)
        continue
      }
      const parts = (child as {children: Nodes[]}).children
      const num = parts.find((part) => part.type === 'num')
      const own = parts.find((part) => ['content', 'intro'].includes(part.type))
      const words = own ? plainText(own).split(/\s+/).slice(0, 3).join(' ') : ''
      const label = num?.type === 'num' ? ` ${num.value}` : ''
      lines.push(`${'  '.repeat(depth)}${child.type}${label} ${'eId' in child ? child.eId : ''}: ${words}`)
      walk(child, depth + 1)
    }
  }
  walk(document, 0)
  return lines
}

/** Read, and check that writing and reading again gives the same model. */
function read(markdown: string) {
  const result = fromMarkdown(markdown)
  expect(removePositions(fromMarkdown(toMarkdown(result.document)).document)).toEqual(
    removePositions(result.document),
  )
  return result
}

describe('fromMarkdown on statutes', () => {
  test('reads the numbered points of a subsection introduced without a colon, and lettered points below them', () => {
    const {document} = read(
      [
        '# Gesetz über Beispiele',
        '',
        '### § 1 Anwendungsbereich',
        '',
        '(1) Dieses Gesetz gilt für Beispiele.',
        '',
        '(2) Es gilt nicht für',
        '',
        '1.  Gegenbeispiele,',
        '',
        '2.  Ausnahmen nach',
        '',
        '    a)  § 3 und',
        '',
        '    b)  § 4 sowie',
        '',
        '    c)  § 5,',
        '',
        '    soweit nichts anderes bestimmt ist,',
        '',
        '3.  Beispiele der Länder.',
        '',
        '(3) Das Nähere regelt eine Verordnung.',
        '',
      ].join('\n'),
    )
    expect(outline(document).slice(1)).toEqual([
      '  paragraph (1) art_1__para_1: Dieses Gesetz gilt',
      '  paragraph (2) art_1__para_2: Es gilt nicht',
      '    point 1. art_1__para_2__list_1__point_1: Gegenbeispiele,',
      '    point 2. art_1__para_2__list_1__point_2: Ausnahmen nach',
      '      point a) art_1__para_2__list_1__point_2__list_1__point_a: § 3 und',
      '      point b) art_1__para_2__list_1__point_2__list_1__point_b: § 4 sowie',
      '      point c) art_1__para_2__list_1__point_2__list_1__point_c: § 5,',
      '    point 3. art_1__para_2__list_1__point_3: Beispiele der Länder.',
      '  paragraph (3) art_1__para_3: Das Nähere regelt',
    ])
    const point2 = JSON.stringify(removePositions(document))
    expect(point2).toContain('"type":"wrapUp"')
    expect(plainText(document)).toContain('soweit nichts anderes bestimmt ist,')
  })

  test('keeps a subsection that ends its sentence apart from a list after it', () => {
    const {document} = read(
      ['### § 2 Frist', '', '(1) Die Frist beträgt einen Monat.', '', '1.  Erste Nummer.', ''].join('\n'),
    )
    expect(outline(document).slice(1)).toEqual([
      '  paragraph (1) art_2__para_1: Die Frist beträgt',
      '  paragraph 1. art_2__para_1-2: Erste Nummer.',
    ])
  })

  test('reads lettered paragraphs of a numbered paragraph as its points (Spanish and Italian laws)', () => {
    const {document} = read(
      [
        '### Artículo 1. Objeto.',
        '',
        '1. Esta ley regula los ejemplos.',
        '',
        '2. Se aplicará a:',
        '',
        '   a) Los ejemplos escritos.',
        '',
        '   b) Los ejemplos orales.',
        '',
      ].join('\n'),
    )
    expect(outline(document)).toEqual([
      'hcontainer Artículo 1. art_1: ',
      '  paragraph 1. art_1__para_1: Esta ley regula',
      '  paragraph 2. art_1__para_2: Se aplicará a:',
      '    point a) art_1__para_2__list_1__point_a: Los ejemplos escritos.',
      '    point b) art_1__para_2__list_1__point_b: Los ejemplos orales.',
    ])
  })

  test('keeps a paragraph of an item labelled in the item’s own style in the item', () => {
    const {document} = read(['### Art. 3', '', '- a) Erster Satz.', '', '  b) kein Punkt', ''].join('\n'))
    expect(outline(document).slice(1)).toEqual(['  paragraph a) art_3__para_a: Erster Satz. b)'])
    expect(plainText(document)).toContain('b) kein Punkt')
  })

  test('reads the list an unnumbered paragraph of an article introduces as its points, not as the next paragraphs', () => {
    const {document} = read(
      [
        '# By-laws of the Society',
        '',
        '## Article 2 — Purpose',
        '',
        'The purposes of the Society are:',
        '',
        '1. to promote examples;',
        '2. to publish examples.',
        '',
        'The Society is not for profit.',
        '',
      ].join('\n'),
    )
    expect(outline(document)).toEqual([
      'hcontainer Article 2 art_2: ',
      '  paragraph art_2__para_1: The purposes of',
      '    point 1. art_2__para_1__list_1__point_1: to promote examples;',
      '    point 2. art_2__para_1__list_1__point_2: to publish examples.',
      '  paragraph art_2__para_2: The Society is',
    ])
  })
})

describe('fromMarkdown on articles numbered in words', () => {
  test('reads `Article premier` and `Artículo primero.-` as the first article, and `único` (the only one) too', () => {
    const french = read(
      [
        '# LOI relative aux exemples',
        '',
        '## Article premier',
        '',
        'Le code des exemples est ainsi modifié.',
        '',
        '## Article 2',
        '',
        'La présente loi entre en vigueur le 1er janvier.',
        '',
      ].join('\n'),
    ).document
    expect(outline(french)).toEqual([
      'hcontainer Article premier art_1: ',
      '  paragraph art_1__para_1: Le code des',
      'hcontainer Article 2 art_2: ',
      '  paragraph art_2__para_1: La présente loi',
    ])
    const spanish = read(
      ['### ARTÍCULO PRIMERO.- Objeto', '', 'Se regula.', '', '### Artículo segundo', '', 'Texto.', ''].join(
        '\n',
      ),
    ).document
    expect(outline(spanish).filter((line) => line.startsWith('hcontainer'))).toEqual([
      'hcontainer ARTÍCULO PRIMERO. art_1: ',
      'hcontainer Artículo segundo art_2: ',
    ])
    const sole = read(['### Artículo único', '', 'Texto.', ''].join('\n')).document
    expect(outline(sole).filter((line) => line.startsWith('hcontainer'))).toEqual([
      'hcontainer Artículo único art_1: ',
    ])
  })

  test('keeps an ordinal indicator with the number (`Art. 1º`, `Artículo 2.º`)', () => {
    const {document} = read(
      ['### Art. 1º Fica instituído o exemplo.', '', '### Artículo 2.º Definiciones', ''].join('\n'),
    )
    expect(outline(document)).toEqual(['hcontainer Art. 1º art_1: ', 'hcontainer Artículo 2.º art_2: '])
  })
})

describe('fromMarkdown on the rubric of an Italian article', () => {
  test('reads `(Oggetto)` under `Art. 1` as the article’s heading, so that its paragraphs keep their numbers', () => {
    const {document} = read(
      [
        '### Art. 1',
        '(Oggetto)',
        '',
        '1. La presente legge disciplina gli esempi.',
        '',
        '### Art. 2',
        '',
        '(a) Nessuna rubrica: un punto.',
        '',
      ].join('\n'),
    )
    expect(outline(document)).toEqual([
      'hcontainer Art. 1 art_1: ',
      '  paragraph 1. art_1__para_1: La presente legge',
      'hcontainer Art. 2 art_2: ',
      '  paragraph (a) art_2__para_a: Nessuna rubrica: un',
    ])
    const first = document.children.find((child) => child.type === 'mainBody')?.children[0]
    expect(first?.type === 'hcontainer' && first.children.map((child) => child.type)).toEqual([
      'num',
      'heading',
      'paragraph',
    ])
    expect(plainText(first as Nodes)).toContain('(Oggetto)')
  })
})

describe('fromMarkdown on enumerations of a policy', () => {
  test('keeps `(c)` after `(b) …; or` a sibling: a conjunction ends an item, and c is no roman hundred', () => {
    // `2.1 Users must not:` introduces (a) to (c), its points; (c) ends the enumeration with a full
    // stop, so (d) is the section's next clause, with points of its own.
    const {document} = read(
      [
        '## 2. Rules',
        '',
        '2.1 Users must not:',
        '',
        '(a) share passwords;',
        '',
        '(b) install unapproved software; or',
        '',
        '(c) circumvent security controls.',
        '',
        '(d) Monitoring applies to',
        '',
        '(i) e-mail;',
        '',
        '(ii) browsing.',
        '',
      ].join('\n'),
    )
    expect(outline(document).slice(1)).toEqual([
      '  paragraph sec_2__para_o_1: 2.1 Users must',
      '    point (a) sec_2__para_o_1__list_1__point_a: share passwords;',
      '    point (b) sec_2__para_o_1__list_1__point_b: install unapproved software;',
      '    point (c) sec_2__para_o_1__list_1__point_c: circumvent security controls.',
      '  paragraph (d) sec_2__para_d: Monitoring applies to',
      '    point (i) sec_2__para_d__list_1__point_i: e-mail;',
      '    point (ii) sec_2__para_d__list_1__point_ii: browsing.',
    ])
  })
})

describe('fromMarkdown on a heading line written in bold', () => {
  test('takes the unit’s number out of its heading, as from a plain line', () => {
    const bold = fromMarkdown('# Charter\n\n**Article 1 — Name**\n\nThe name is X.\n').document
    const plain = fromMarkdown('# Charter\n\nArticle 1 — Name\n\nThe name is X.\n').document
    expect(removePositions(bold)).toEqual(removePositions(plain))
    const heading = fromMarkdown(
      '## **Article 2** — Objects\n\nText.\n\n## **Article 3**\n\nMore.\n',
    ).document
    expect(outline(heading)).toEqual([
      'hcontainer Article 2 art_2: ',
      '  paragraph art_2__para_1: Text.',
      'hcontainer Article 3 art_3: ',
      '  paragraph art_3__para_1: More.',
    ])
  })
})

describe('toMarkdown of units whose number holds their word', () => {
  test('writes `Article 1 — Name`, not `Article Article 1`, and reads it back the same', () => {
    const {document} = read(
      '# Charter\n\nArticle 1. Name\n\nThe name is X.\n\nArticle 2. Objects\n\nThe objects.\n',
    )
    const written = toMarkdown(document, {frontMatter: false})
    expect(written).toContain('<!-- clausewise: article num="Article 1." -->\n\n### Article 1. — Name\n')
    expect(written).not.toContain('Article Article')
  })
})

describe('fromMarkdown on rules of procedure', () => {
  test('reads `## Rule 12 — Quorum` as a rule, with its numbered paragraphs', () => {
    const {document} = read(
      [
        '# Rules of Procedure of the Assembly',
        '',
        '## Rule 12 — Quorum',
        '',
        '1. A majority of the members constitutes a quorum.',
        '2. The President verifies the quorum.',
        '',
        '## Clause 3 — Amendments',
        '',
        'These rules may be amended by a two-thirds majority.',
        '',
      ].join('\n'),
    )
    expect(outline(document)).toEqual([
      'hcontainer Rule 12 rule_12: ',
      '  paragraph 1. rule_12__para_1: A majority of',
      '  paragraph 2. rule_12__para_2: The President verifies',
      'hcontainer Clause 3 cl_3: ',
      '  paragraph cl_3__para_1: These rules may',
    ])
  })
})

describe('fromMarkdown on lettered points that a unit’s unnumbered text introduces', () => {
  test('makes `(a)` … `(c)` under `Membership ends:` the points of that paragraph, as the text reader does', () => {
    const {document} = read(
      [
        '## Article 5 — Termination',
        '',
        'Membership ends:',
        '',
        '(a) on resignation;',
        '',
        '(b) on non-payment of dues for two years; or',
        '',
        '(c) on expulsion.',
        '',
        '## Article 6 — Meetings',
        '',
        'The General Meeting meets once a year.',
        '',
      ].join('\n'),
    )
    expect(outline(document)).toEqual([
      'hcontainer Article 5 art_5: ',
      '  paragraph art_5__para_1: Membership ends:',
      '    point (a) art_5__para_1__list_1__point_a: on resignation;',
      '    point (b) art_5__para_1__list_1__point_b: on non-payment of',
      '    point (c) art_5__para_1__list_1__point_c: on expulsion.',
      'hcontainer Article 6 art_6: ',
      '  paragraph art_6__para_1: The General Meeting',
    ])
  })

  test('keeps lettered paragraphs after a unit text that ends a sentence the unit’s clauses', () => {
    const {document} = read(
      [
        '## Article 8 — Seal',
        '',
        'The Association has a seal.',
        '',
        '(a) The Secretary keeps it.',
        '',
        '(b) The Board decides its use.',
        '',
      ].join('\n'),
    )
    expect(outline(document)).toEqual([
      'hcontainer Article 8 art_8: ',
      '  paragraph art_8__para_o_1: The Association has',
      '  paragraph (a) art_8__para_a: The Secretary keeps',
      '  paragraph (b) art_8__para_b: The Board decides',
    ])
  })
})

describe('fromMarkdown on lettered points of a subsection', () => {
  test('takes `a)`, `b)` and `c)` as points of the subsection they follow (c is no roman hundred)', () => {
    const {document} = read(
      [
        '### Art 111',
        '',
        '(1) Die Bundesregierung ist ermächtigt, alle Ausgaben zu leisten, die nötig sind,',
        '',
        'a)  um Einrichtungen zu erhalten,',
        '',
        'b)  um Verpflichtungen zu erfüllen,',
        '',
        'c)  um Bauten fortzusetzen.',
        '',
        '(2) Das Nähere regelt ein Gesetz.',
        '',
      ].join('\n'),
    )
    expect(outline(document).slice(1)).toEqual([
      '  paragraph (1) art_111__para_1: Die Bundesregierung ist',
      '    point a) art_111__para_1__list_1__point_a: um Einrichtungen zu',
      '    point b) art_111__para_1__list_1__point_b: um Verpflichtungen zu',
      '    point c) art_111__para_1__list_1__point_c: um Bauten fortzusetzen.',
      '  paragraph (2) art_111__para_2: Das Nähere regelt',
    ])
  })

  test('leaves a list after an unnumbered paragraph ending in a comma to the unit (it may be an item)', () => {
    const {document} = read(
      [
        '### Art 106',
        '',
        '3 die Verkehrsteuern, soweit nichts anderes gilt,',
        '',
        '4.  die Biersteuer,',
        '',
      ].join('\n'),
    )
    expect(outline(document).slice(1)).toEqual([
      '  paragraph art_106__para_o_1: 3 die Verkehrsteuern,',
      '  paragraph 4. art_106__para_4: die Biersteuer,',
    ])
  })
})

describe('fromMarkdown reads an enacting formula by the language profile’s enacting terms', () => {
  /** The preamble's formulas and the preface's blocks, as text. */
  const parts = (markdown: string) => {
    const {document} = fromMarkdown(markdown)
    const part = (type: string) => document.children.find((child) => child.type === type)
    const formulas: string[] = []
    const preamble = part('preamble')
    for (const child of preamble && 'children' in preamble ? (preamble.children as Nodes[]) : [])
      if (child.type === 'formula') formulas.push(plainText(child))
    const preface = part('preface')
    return {formulas, preface: preface ? plainText(preface) : ''}
  }

  test('German: the Bundestag’s formula under a # title is the enacting formula, not a preface line', () => {
    const formula = 'Der Bundestag hat mit Zustimmung des Bundesrates das folgende Gesetz beschlossen:'
    const read = parts(
      [
        '# Gesetz über die Statistik der Binnenschifffahrt',
        '',
        formula,
        '',
        '## Artikel 1',
        '',
        'Dieses Gesetz gilt.',
        '',
      ].join('\n'),
    )
    expect(read.formulas).toEqual([formula])
    expect(read.preface).toBe('Gesetz über die Statistik der Binnenschifffahrt')
  })

  test('English: an EU regulation’s formula after its recitals closes the preamble', () => {
    const formula =
      'THE EUROPEAN PARLIAMENT AND THE COUNCIL OF THE EUROPEAN UNION HAVE ADOPTED THIS REGULATION:'
    const read = parts(
      [
        '# Regulation on seed potatoes',
        '',
        'Having regard to the Treaty on the Functioning of the European Union,',
        '',
        'Whereas the marketing of seed potatoes should be harmonised,',
        '',
        formula,
        '',
        '## Article 1',
        '',
        'This Regulation applies to seed potatoes.',
        '',
      ].join('\n'),
    )
    expect(read.formulas).toEqual([formula])
  })
})

describe('fromMarkdown names an attachment by its heading’s words', () => {
  /** Each attachment: its name and eId, then the types (and eIds) of its body's children. */
  const attachmentsOf = (document: Document) =>
    (document.children.find((child) => child.type === 'attachments')?.children ?? []).map((attachment) => {
      const body = attachment.children.find((child) => child.type === 'mainBody')
      const children = body && 'children' in body ? (body.children as {type: string; eId?: string}[]) : []
      return `${attachment.name} ${attachment.eId}: ${children.map((child) => child.eId ?? child.type).join(' ')}`
    })

  test('reads `Schedule A: …`, `Annex B: …` and `Appendix` after an act’s articles as a schedule, an annex and an appendix', () => {
    const {document} = read(
      [
        '# Example Fees Regulations',
        '',
        '## Article 1',
        '',
        'The fees are those of the Schedule.',
        '',
        '## Schedule A: Fees',
        '',
        'A fee of ten units.',
        '',
        '## Annex B: Forms',
        '',
        'The form of an application.',
        '',
        '## Appendix',
        '',
        'A note on the forms.',
        '',
      ].join('\n'),
    )
    expect(attachmentsOf(document)).toEqual([
      'schedule att_1: att_1__para_1',
      'annex att_2: att_2__para_1',
      'appendix att_3: att_3__para_1',
    ])
  })

  test('reads `Schedule 1` and `Schedule 2` after a decision’s operative paragraphs as schedules', () => {
    const {document} = read(
      [
        '# Decision on fees',
        '',
        'The Board,',
        '',
        'Decides:',
        '',
        '1. The fees are those of the schedules.',
        '',
        '## Schedule 1',
        '',
        'A fee of ten units.',
        '',
        '## Schedule 2',
        '',
        'A fee of twenty units.',
        '',
      ].join('\n'),
    )
    expect(attachmentsOf(document)).toEqual([
      'schedule att_1: att_1__para_1',
      'schedule att_2: att_2__para_1',
    ])
  })

  test('holds a plain heading under a schedule as a unit of it, and opens a new attachment after an interpretative statement', () => {
    const {document} = read(
      [
        '# Example Regulations',
        '',
        '## Article 1',
        '',
        'The scope is that of the Schedule.',
        '',
        '## Schedule A: Scope',
        '',
        'The scope in outline.',
        '',
        '## Further matters',
        '',
        'Matters left open.',
        '',
        '## Interpretative statement',
        '',
        'The delegation reads Article 1 narrowly.',
        '',
        '## Statement of a second delegation',
        '',
        'It reads it broadly.',
        '',
      ].join('\n'),
    )
    expect(attachmentsOf(document)).toEqual([
      'schedule att_1: att_1__para_1 att_1__hcontainer_1',
      'interpretativeStatement att_2: att_2__para_1',
      'statement att_3: att_3__para_1',
    ])
  })

  test('holds the list a schedule’s paragraph introduces as its points, as a unit does, but not an interpretative statement’s', () => {
    const lines = (heading: string) => [
      '# Example Regulations',
      '',
      '## Article 1',
      '',
      'The fees are those of the annexed text.',
      '',
      heading,
      '',
      'The fees are:',
      '',
      '- ten units for an application;',
      '- five units for a copy.',
      '',
    ]
    const attached = (document: Document) =>
      clauses(document)
        .map((clause) => clause.eId)
        .filter((eId) => eId.startsWith('att_'))
    const schedule = read(lines('## Schedule A: Fees').join('\n')).document
    expect(attachmentsOf(schedule)).toEqual(['schedule att_1: att_1__para_1'])
    expect(attached(schedule)).toEqual([
      'att_1__para_1',
      'att_1__para_1__list_1__point_1',
      'att_1__para_1__list_1__point_2',
    ])
    const statement = read(lines('## Interpretative statement').join('\n')).document
    expect(attachmentsOf(statement)).toEqual([
      'interpretativeStatement att_1: att_1__para_1 att_1__para_2 att_1__para_3',
    ])
  })

  test('opens no attachment at a heading whose first word only starts with the words (`Scheduled reviews`)', () => {
    const {document} = read(
      '# Example Rules\n\n## Article 1\n\nText.\n\n## Scheduled reviews\n\nThe rules are reviewed each year.\n',
    )
    expect(attachmentsOf(document)).toEqual([])
    expect(outline(document)).toEqual([
      'hcontainer Article 1 art_1: ',
      '  paragraph art_1__para_1: Text.',
      'hcontainer hcontainer_1: ',
      '  paragraph hcontainer_1__para_1: The rules are',
    ])
  })

  test('writes an attachment whose heading names another kind with its name, and reads it back', () => {
    const {document} = read(
      '# Example Regulations\n\n## Article 1\n\nText.\n\n## Annex\n\nThe annex.\n\n## Statement of guidelines\n\nThe guidelines.\n',
    )
    const attachments = document.children.find((child) => child.type === 'attachments')!
    attachments.children[0]!.name = 'interpretativeStatement'
    attachments.children[1]!.name = 'annex'
    const written = toMarkdown(document, {frontMatter: false})
    expect(written).toContain('<!-- clausewise: attachment name="interpretativeStatement" -->\n\n## Annex')
    expect(written).toContain('<!-- clausewise: attachment name="annex" -->\n\n## Statement of guidelines')
    expect(attachmentsOf(fromMarkdown(written).document)).toEqual([
      'interpretativeStatement att_1: att_1__para_1',
      'annex att_2: att_2__para_1',
    ])
  })
})
