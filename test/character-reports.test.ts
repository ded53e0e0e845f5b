import {fromAkn} from '@clausewise/akn'
import {fromDocx, toDocx} from '@clausewise/docx'
import {fromMarkdown} from '@clausewise/markdown'
import {characterReportLimit, type Diagnostic} from '@clausewise/model'
import {fromText} from '@clausewise/text'
import {describe, expect, it} from 'vitest'

// A hostile input floods a reader with characters it must report. Every reader reports the same way:
// the first thousand one by one, then one diagnostic counting the rest (characterReporter of the model).

const over = 37
const spaces = '\u200B'.repeat(characterReportLimit + over)
const controls = '\u0002'.repeat(characterReportLimit + over)

function summary(diagnostics: Diagnostic[], ruleId: string): {count: number; last: string | undefined} {
  const found = diagnostics.filter((diagnostic) => diagnostic.ruleId === ruleId)
  return {count: found.length, last: found.at(-1)?.reason}
}

const invisibleExpected = {
  count: characterReportLimit + 1,
  last: `${over} more invisible characters, from U+200B on`,
}

describe('every reader reports a flood of characters alike', () => {
  it('invisible characters: text, Markdown, AKN and Word', () => {
    const text = fromText(`The Council,\n\n1. Decides a${spaces}b;\n`, {language: 'en'})
    expect(summary(text.diagnostics, 'invisible-character')).toEqual(invisibleExpected)
    expect(summary(fromMarkdown(`1. Decides a${spaces}b;\n`).diagnostics, 'invisible-character')).toEqual(
      invisibleExpected,
    )
    const xml = `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><doc name="decision"><meta><identification source="#x"><FRBRWork><FRBRthis value="/a"/><FRBRuri value="/a"/><FRBRdate date="2020-01-01" name="x"/><FRBRauthor href="#x"/><FRBRcountry value="un"/></FRBRWork><FRBRExpression><FRBRthis value="/a/eng"/><FRBRuri value="/a/eng"/><FRBRdate date="2020-01-01" name="x"/><FRBRauthor href="#x"/><FRBRlanguage language="eng"/></FRBRExpression><FRBRManifestation><FRBRthis value="/a/eng/main"/><FRBRuri value="/a/eng/main.xml"/><FRBRdate date="2020-01-01" name="x"/><FRBRauthor href="#x"/></FRBRManifestation></identification></meta><mainBody><p>a${spaces}b</p></mainBody></doc></akomaNtoso>`
    expect(summary(fromAkn(xml).diagnostics, 'invisible-character')).toEqual(invisibleExpected)
    const word = fromDocx(toDocx(text.document))
    expect(summary(word.diagnostics, 'invisible-character')).toEqual(invisibleExpected)
  })

  it('characters XML cannot store: text and Markdown replace and report them alike', () => {
    const expected = {
      count: characterReportLimit + 1,
      last: `${over} more characters XML cannot store, from U+0002 on: replaced by U+FFFD`,
    }
    const text = fromText(`The Council,\n\n1. Decides a${controls}b;\n`, {language: 'en'})
    expect(summary(text.diagnostics, 'forbidden-character')).toEqual(expected)
    expect(summary(fromMarkdown(`1. Decides a${controls}b;\n`).diagnostics, 'forbidden-character')).toEqual(
      expected,
    )
  })
})
