import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {eIds, textOf} from './genre-support.js'

// Probes of the genre (see genre-support.ts): clauses that quote text, as amending acts and
// resolutions citing rules do. Expectations written by hand from each text.

describe('an EU amending directive: quoted provisions after `replaced by the following:`', () => {
  const text = [
    'DIRECTIVE (EU) 2031/12 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL',
    'of 5 March 2031',
    'amending Directive 2010/75/EU as regards reporting obligations',
    'THE EUROPEAN PARLIAMENT AND THE COUNCIL OF THE EUROPEAN UNION,',
    'Having regard to the Treaty on the Functioning of the European Union, and in particular Article 192(1) thereof,',
    'Whereas:',
    '(1) Reporting obligations under Directive 2010/75/EU should be simplified.',
    'HAVE ADOPTED THIS DIRECTIVE:',
    'Article 1',
    'Amendments to Directive 2010/75/EU',
    'Directive 2010/75/EU is amended as follows:',
    '(1) in Article 3, the following point is added:',
    '\'(50) "reporting period" means a calendar year;\';',
    '(2) Article 72 is replaced by the following:',
    "'Article 72",
    'Reporting by Member States',
    "Member States shall report to the Commission every three years.';",
    'Article 2',
    'Entry into force',
    'This Directive shall enter into force on the twentieth day following that of its publication in the Official Journal of the European Union.',
    'Done at Strasbourg, 5 March 2031.',
  ].join('\n')
  const {document} = fromText(text)

  it('keeps the quoted point and the quoted `Article 72` in the amending points, not as the act’s own', () => {
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'preamble__recitals_1__recital_1',
      'preamble__recitals_2__recital_1',
      'preamble__formula_2',
      'art_1',
      'art_1__para_1',
      'art_1__para_2',
      'art_2',
    ])
    expect(textOf(document, 'art_1__para_2')).toBe(
      "Article 72 is replaced by the following:\n'Article 72\nReporting by Member States\nMember States shall report to the Commission every three years.';",
    )
    expect(textOf(document, 'art_1__para_1')).toBe(
      'in Article 3, the following point is added:\n\'(50) "reporting period" means a calendar year;\';',
    )
  })
})

describe('a quotation that closes stays closed', () => {
  it('reads the article after a closed quotation as the act’s', () => {
    const {document} = fromText(
      [
        'HAVE ADOPTED THIS REGULATION:',
        'Article 1',
        'Article 5 is replaced by the following:',
        '‘Article 5',
        'The Commission shall report.’;',
        'Article 2',
        'This Regulation shall enter into force on the day following its publication.',
      ].join('\n'),
      {language: 'en'},
    )
    expect(eIds(document)).toEqual(['preamble__formula_1', 'art_1', 'art_2'])
  })
})

describe('a General Assembly paragraph quoting a rule’s points, each opening with “', () => {
  it('keeps the quoted (a) and (b) in paragraph 1: they are the rule’s, not the resolution’s points', () => {
    const {document} = fromText(
      [
        'The General Assembly,',
        '1. Notes that rule 3.3 of the Staff Rules continues to read as follows:',
        '“(a) On appointment, a staff member shall be placed at the first step of the level.',
        '“(b) On promotion, a staff member shall be placed at the lowest step of the level.”',
        '2. Decides to review the rule at its next session.',
      ].join('\n'),
      {language: 'en'},
    )
    expect(eIds(document)).toEqual(['preamble__formula_1', 'para_1', 'para_2'])
    expect(textOf(document, 'para_1')).toBe(
      'Notes that rule 3.3 of the Staff Rules continues to read as follows:\n“(a) On appointment, a staff member shall be placed at the first step of the level.\n“(b) On promotion, a staff member shall be placed at the lowest step of the level.”',
    )
  })
})

describe('a resolution that quotes an amended rule in double quotation marks', () => {
  // The quotation closes inside the block that opened it; the numbered paragraphs after it are the
  // resolution's own.
  const text = [
    'The General Assembly,',
    '',
    'Recalling its earlier resolutions,',
    '',
    '1. Welcomes the report of the Committee on its work in the field of the environment and development.',
    '',
    '2. Decides to amend rule 3 of its rules of procedure to read as follows:',
    '',
    '“The Committee shall meet once a year at the seat of the Organization.” The amendment shall enter into force on 1 January 2026;',
    '',
    '3. Requests the Secretary-General to report to it at its next session on the implementation.',
    '',
    '4. Decides to remain seized of the matter.',
  ].join('\n')

  it('keeps the quoted rule in paragraph 2 and reads paragraphs 3 and 4 after it', () => {
    for (const layout of [undefined, 'single-spaced'] as const) {
      const {document} = fromText(text, layout ? {layout} : {})
      expect(eIds(document).filter((eId) => eId.startsWith('para_'))).toEqual([
        'para_1',
        'para_2',
        'para_3',
        'para_4',
      ])
    }
  })
})

describe('a resolution that quotes an amended rule in single quotation marks (‘…’), apostrophes inside', () => {
  // As the double-mark probe above, in the single marks British usage prints: the quotation closes
  // inside its block at `.’`, though `Committee’s` and `Member States’ reports` share the mark.
  const text = [
    'The Assembly,',
    '',
    'Recalling its earlier resolutions,',
    '',
    '1. Welcomes the report of the Committee on its work in the field of the environment and development.',
    '',
    '2. Decides to amend rule 3 of its rules of procedure to read as follows:',
    '',
    '‘The Committee’s session shall be held once a year and shall consider the Member States’ reports.’ The amendment shall enter into force on 1 January 2026;',
    '',
    '3. Requests the Secretary-General to report to it at its next session on the implementation.',
    '',
    '4. Decides to remain seized of the matter.',
  ].join('\n')

  it('keeps the quoted rule in paragraph 2 and reads paragraphs 3 and 4 after it', () => {
    for (const layout of [undefined, 'single-spaced'] as const) {
      const {document} = fromText(text, layout ? {layout, language: 'en'} : {language: 'en'})
      expect(eIds(document).filter((eId) => eId.startsWith('para_'))).toEqual([
        'para_1',
        'para_2',
        'para_3',
        'para_4',
      ])
      expect(textOf(document, 'para_2')).toBe(
        'Decides to amend rule 3 of its rules of procedure to read as follows:\n‘The Committee’s session shall be held once a year and shall consider the Member States’ reports.’ The amendment shall enter into force on 1 January 2026;',
      )
    }
  })
})

describe('an amending regulation quoting an article over three blocks in single marks', () => {
  it('keeps the quoted article, a defined term `‘goods’ means` inside, on the amending point', () => {
    const {document} = fromText(
      [
        'HAVE ADOPTED THIS REGULATION:',
        'Article 1',
        'Regulation (EU) 2031/1 is amended as follows:',
        '(1) Article 2 is replaced by the following:',
        '‘Article 2',
        'Definitions',
        'For the purposes of this Regulation, ‘goods’ means products placed on the market.’;',
        '(2) Article 9 is deleted.',
        'Article 2',
        'This Regulation shall enter into force on the twentieth day following that of its publication.',
      ].join('\n'),
      {language: 'en'},
    )
    expect(eIds(document)).toEqual([
      'preamble__formula_1',
      'art_1',
      'art_1__para_1',
      'art_1__para_2',
      'art_2',
    ])
  })
})

describe('a quotation in straight single marks that closes inside its block', () => {
  it('reads the paragraph after it as the act’s own', () => {
    const {document} = fromText(
      [
        'The Council,',
        '1. Decides that rule 5 shall read as follows:',
        "'The Council's meetings shall be public.' This decision shall apply from its adoption;",
        '2. Decides to remain seized of the matter.',
      ].join('\n'),
      {language: 'en'},
    )
    expect(eIds(document)).toEqual(['preamble__formula_1', 'para_1', 'para_2'])
  })
})

describe('a German amending act quoting with low and high marks (`„…“`)', () => {
  // German, Czech and Polish open a quotation with the low mark `„` and close it with the high one
  // (`“`, Polish `”`), which in English opens one.
  const text = [
    'Verordnung zur Änderung der Musterverordnung',
    'Vom 3. März 2031',
    'Auf Grund des § 4 des Mustergesetzes verordnet das Bundesministerium für Gesundheit:',
    'Artikel 1',
    'Änderung der Musterverordnung',
    'Die Musterverordnung wird wie folgt geändert:',
    '1. In § 7 Absatz 1 wird die Angabe „0,01 Milligramm“ durch die Angabe „0,005 Milligramm“ ersetzt.',
    '2. Dem § 12 wird folgender Absatz 4 angefügt:',
    '„(4) Die zuständige Behörde kann Ausnahmen zulassen.“',
    'Artikel 2',
    'Inkrafttreten',
    'Diese Verordnung tritt am Tag nach der Verkündung in Kraft.',
  ].join('\n')
  const {document} = fromText(text, {language: 'de'})

  it('ends the quoted paragraph at its high mark: the next article is the act’s', () => {
    const ids = eIds(document)
    expect(ids).toContain('art_2')
    expect(ids.filter((id) => id.startsWith('art_1__'))).toEqual(['art_1__para_1', 'art_1__para_2'])
    expect(textOf(document, 'art_1__para_2')).toBe(
      'Dem § 12 wird folgender Absatz 4 angefügt:\n„(4) Die zuständige Behörde kann Ausnahmen zulassen.“',
    )
  })
})

describe('a German quotation over several paragraphs, closed by the high mark in the last', () => {
  // An Austrian amending act quotes a whole section (`„§ 24b. (1) …` / `(2) … festlegen.“`): the
  // high mark that ends the last quoted paragraph closes the quotation the first opened, and the
  // next item is the act's own.
  const text = [
    'Der Nationalrat hat beschlossen:',
    'Das Bibliotheksgesetz wird wie folgt geändert:',
    '1. In § 3 wird das Wort „Leihfrist“ durch das Wort „Ausleihfrist“ ersetzt.',
    '2. Nach § 8 wird folgender § 8a eingefügt:',
    '„§ 8a. (1) Die Bibliothek führt ein Verzeichnis ihrer Bestände.',
    '(2) Das Verzeichnis ist öffentlich zugänglich.“',
    '3. Dem § 20 wird folgender Abs. 4 angefügt:',
    '„(4) § 8a tritt mit 1. Juli 2031 in Kraft.“',
  ].join('\n\n')
  const {document} = fromText(text, {language: 'de'})

  it('reads the third item as a paragraph of its own', () => {
    expect(eIds(document).filter((id) => id.startsWith('para_'))).toEqual(['para_1', 'para_2', 'para_3'])
    expect(textOf(document, 'para_3')).toBe(
      'Dem § 20 wird folgender Abs. 4 angefügt:\n„(4) § 8a tritt mit 1. Juli 2031 in Kraft.“',
    )
  })
})
