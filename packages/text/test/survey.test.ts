import {invisibleCharacters, replaceXmlForbidden} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {surveyText} from '../src/layout/survey.js'

describe('surveyText', () => {
  it('tells form feeds, other white space and invisible characters apart', () => {
    expect(surveyText('Decides to act.\nRecalling')).toEqual({
      formFeed: false,
      otherSpace: false,
      invisible: false,
      forbidden: false,
      superscript: false,
    })
    expect(surveyText('page one\fpage two')).toEqual({
      formFeed: true,
      otherSpace: true,
      invisible: false,
      forbidden: false,
      superscript: false,
    })
    expect(surveyText('1.\tDecides\u00a0so')).toEqual({
      formFeed: false,
      otherSpace: true,
      invisible: false,
      forbidden: false,
      superscript: false,
    })
    expect(surveyText('a\u0001b').forbidden).toBe(true)
    expect(surveyText('pay \u202e0001\u202c').invisible).toBe(true)
    // A soft hyphen is a format character that the model does not report.
    expect(surveyText('fore\u00adcast').invisible).toBe(false)
  })

  it('answers for every code unit alone in a text as the definitions it is made from do', () => {
    const otherSpaces = new Set([...'\t\v\f\u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff'])
    for (let code = 0x2000; code <= 0x200a; code++) otherSpaces.add(String.fromCharCode(code))
    for (let code = 0; code < 0x10000; code++) {
      const unit = String.fromCharCode(code)
      const highSurrogate = code >= 0xd800 && code < 0xdc00
      const expected = {
        formFeed: unit === '\f',
        // Forbidden as the model replaces it, but for the form feeds and vertical tabs the layout reads.
        forbidden: replaceXmlForbidden(unit, '\f\v') !== unit || (code >= 0xd800 && code < 0xe000),
        otherSpace: otherSpaces.has(unit),
        invisible:
          highSurrogate || (code < 0xdc00 || code > 0xdfff ? invisibleCharacters(unit).length > 0 : false),
      }
      const found = surveyText(`Decides ${unit} to act`)
      if (
        found.formFeed !== expected.formFeed ||
        found.otherSpace !== expected.otherSpace ||
        found.invisible !== expected.invisible ||
        found.forbidden !== expected.forbidden
      )
        expect({code, ...found}).toEqual({code, ...expected})
    }
  })

  it('answers `invisible` for every character the model reports, in the plane and beyond', () => {
    for (const character of ['\u200b', '\u2066', '\ufeff', '\u061c', '\u3164', '\u{e0001}', '\u{1d173}']) {
      expect(invisibleCharacters(character)).toHaveLength(1)
      expect(surveyText(`a${character}b`).invisible).toBe(true)
    }
    for (const character of ['é', '’', '—', '中', '\u{1d400}']) {
      expect(invisibleCharacters(character)).toHaveLength(0)
      expect(surveyText(`a${character}b`).invisible).toBe(character === '\u{1d400}')
    }
  })

  it('answers `forbidden` for every text the model would change, paired surrogates too (asked of it)', () => {
    for (const text of ['a\u0000b', 'a\u001fb', '\ud800', 'x\udc00', '\ufffe', '\uffff', '\u{1d400}'])
      expect(surveyText(text).forbidden).toBe(true)
    for (const text of ['a\fb\vc', 'tab\there', 'line\r\nend', '\ufffd', 'é’—中'])
      expect(surveyText(text).forbidden).toBe(replaceXmlForbidden(text, '\f\v') !== text)
  })
})
