import {plainText} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {detectLanguage, fromText, type Profile, profiles} from '../src/index.js'
import {all} from './support.js'

/** A tiny German profile: data only, no change to the engine. */
const de: Profile = {
  language: 'de',
  stopWords: ['der', 'die', 'das', 'und', 'zu', 'den', 'des', 'von', 'mit', 'im', 'auf'],
  documentNumber: [/^BESCHLUSS Nr\. ?(\d{1,4}\/\d{1,4})/u],
  bodies: [
    {
      formula: 'Der Ministerrat',
      country: 'osce',
      subtype: 'decision',
      eId: 'osce-mc',
      href: '/ontology/organization/osce/ministerialCouncil',
      showAs: 'OSZE-Ministerrat',
      symbolPrefix: 'MC.DEC/',
    },
  ],
  formulaEndings: [' –', ','],
  lowerCaseClauses: true,
  recitalOpeners: ['in Bekräftigung', 'unter Hinweis', 'zutiefst besorgt'],
  operativeVerbs: ['beschließt', 'ersucht'],
  attachments: [{startsWith: 'INTERPRETATIVE ERKLÄRUNG', name: 'interpretativeStatement'}],
  delegationPrefixes: ['Abgegeben von der '],
  delegationConnectors: ['der ', 'des '],
  corrigendumOpeners: ['Enthält eine Korrektur'],
  linguisticConformity: ['sprachlichen Angleichung'],
  months: [
    'januar',
    'februar',
    'märz',
    'april',
    'mai',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'dezember',
  ],
  pageFurniture: [/^Seite \d{1,4} von \d{1,4}$/u],
}

const text = [
  ' BESCHLUSS Nr. 7/17',
  '',
  'VERSTÄRKUNG DER BEMÜHUNGEN ',
  '',
  ' ',
  '',
  ' Der Ministerrat – ',
  '',
  ' ',
  '',
  ' in Bekräftigung der einschlägigen Bestimmungen des Kopenhagener Dokuments und ',
  '',
  '                                        ',
  '1 Enthält eine Korrektur aus der Sitzung zur sprachlichen Angleichung vom ',
  '',
  '2. Februar 2018. ',
  'Seite 1 von 2',
  ' der Beschlüsse des Ministerrats, ',
  '',
  ' ',
  '',
  ' unter Hinweis auf den Aktionsplan der OSZE zur Bekämpfung des Menschenhandels, ',
  '',
  ' ',
  '',
  '1. ersucht die Teilnehmerstaaten, ihre Zusammenarbeit zu verstärken; ',
  '',
  ' ',
  '',
  '2. beschließt, diese Frage weiter zu prüfen. ',
  '',
  ' INTERPRETATIVE ERKLÄRUNG ZU ABSATZ IV.1 A) 6 DER GESCHÄFTSORDNUNG ',
  '',
  ' ',
  '',
  'Abgegeben von der Delegation der Russischen Föderation: ',
  '',
  ' ',
  '',
  ' „Wir haben uns dem Konsens angeschlossen.“ ',
  '',
].join('\n')

describe('a profile written as data', () => {
  it('reads a German decision with a German profile defined in the test', () => {
    expect(detectLanguage(text, [profiles.fr, profiles.en, de]).language).toBe('de')
    // An excerpt this short holds one wrapped line: too little to tell its layout by (a lower-case
    // recital after the formula is a clause, not a wrap), so it is given, as a caller would.
    const {document, diagnostics} = fromText(text, {profile: de, layout: 'double-spaced'})
    expect(document.meta.language).toBe('de')
    expect(document.meta.frbr).toMatchObject({
      language: 'deu',
      number: '7/17',
      country: 'osce',
      expressionDate: '2018-02-02',
    })
    expect(plainText(all(document, 'formula')[0] as never)).toBe('Der Ministerrat –')
    const recitals = all(document, 'recital').map((node) => plainText(node as never))
    expect(recitals).toEqual([
      'in Bekräftigung der einschlägigen Bestimmungen des Kopenhagener Dokuments und der Beschlüsse des Ministerrats,',
      'unter Hinweis auf den Aktionsplan der OSZE zur Bekämpfung des Menschenhandels,',
    ])
    expect(all(document, 'num').map((node) => node.value)).toEqual(['1.', '2.'])
    const attachment = all(document, 'attachment')[0]!
    expect(attachment.author).toBe('delegation-russischen-foderation')
    expect(document.meta.symbol).toBe('MC.DEC/7/17')
    expect(
      diagnostics
        .filter((diagnostic) => diagnostic.ruleId === 'page-furniture')
        .map((diagnostic) => diagnostic.text),
    ).toEqual(['Seite 1 von 2'])
  })
})
