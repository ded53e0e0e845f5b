import {readFileSync} from 'node:fs'
import {fromAkn} from '@clausewise/akn'
import {diff} from '@clausewise/diff'
import {toHtml, toHtmlRedline} from '@clausewise/html'
import {acceptCriticMarkup, rejectCriticMarkup, toMarkdownRedline} from '@clausewise/markdown'
import {comparisonUnits, type Document, titleOf} from '@clausewise/model'
import {describe, expect, it} from 'vitest'

const corpus = new URL('../../shared/corpus/akn/', import.meta.url)
const read = (name: string): Document => fromAkn(readFileSync(new URL(name, corpus), 'utf8')).document

/** An AKN4EU-style proposal whose title is its `longTitle` (stage, type, purpose), with one article. */
function proposal(purpose: string, article: string): Document {
  return fromAkn(`<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <bill name="regulation">
    <meta>
      <identification source="#ec">
        <FRBRWork><FRBRthis value="/akn/eu/bill/2024/1/main"/><FRBRuri value="/akn/eu/bill/2024/1"/><FRBRdate date="2024-01-01" name=""/><FRBRauthor href="#ec"/><FRBRcountry value="eu"/></FRBRWork>
        <FRBRExpression><FRBRthis value="/akn/eu/bill/2024/1/eng@/main"/><FRBRuri value="/akn/eu/bill/2024/1/eng@"/><FRBRdate date="2024-01-01" name=""/><FRBRauthor href="#ec"/><FRBRlanguage language="eng"/></FRBRExpression>
        <FRBRManifestation><FRBRthis value="/akn/eu/bill/2024/1/eng@/main.xml"/><FRBRuri value="/akn/eu/bill/2024/1/eng@.akn"/><FRBRdate date="2024-01-01" name=""/><FRBRauthor href="#ec"/></FRBRManifestation>
      </identification>
    </meta>
    <preface>
      <longTitle eId="longTitle">
        <p><docStage>Proposal for a</docStage> <docType>REGULATION OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL</docType> <docPurpose>${purpose}</docPurpose></p>
      </longTitle>
    </preface>
    <body>
      <article eId="art_1"><num>Article 1</num><content><p>${article}</p></content></article>
    </body>
  </bill>
</akomaNtoso>`).document
}

const oldPurpose = 'on the marketing of seed potatoes'
const newPurpose = 'on the production and marketing of seed potatoes'

describe('titles from shortTitle, longTitle and the work alias', () => {
  it('reads an AKN4EU long title (stage, type and purpose) as the title', () => {
    expect(titleOf(proposal(oldPurpose, 'This Regulation applies.')).title).toBe(
      `Proposal for a REGULATION OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL ${oldPurpose}`,
    )
  })

  it('gives the corpus documents of legislation.gov.uk, Laws.Africa and Open By-laws their titles', () => {
    // Each title checked against the file: UK `<shortTitle>`, Laws.Africa and Open By-laws `<FRBRalias>`.
    expect(titleOf(read('ukleg-ssi-2017-102-enacted.xml'))).toEqual({
      number: '2017 No. 102',
      title: 'The Town and Country Planning (Environmental Impact Assessment) (Scotland) Regulations 2017',
    })
    expect(titleOf(read('ukleg-ssi-2017-113-enacted.xml')).title).toBe(
      'The Forestry (Environmental Impact Assessment) (Scotland) Regulations 2017',
    )
    expect(titleOf(read('lawsafrica-tz-constitution-1977-swa.xml')).title).toBe(
      'Katiba ya Jamhuri ya Muungano wa Tanzania, ya Mwaka',
    )
    expect(titleOf(read('openbylaws-za-cpt-community-fire-safety-2002-akn3.xml')).title).toBe(
      'Community Fire Safety By-law',
    )
    expect(titleOf(read('openbylaws-akn2-za-cpt-ombudsman-eng-2017-02-10.xml')).title).toBe(
      'City of Cape Town: City Ombudsman By-law, 2015',
    )
  })

  it('keeps a long title that is only the number line out of the title (ITU: RESOLUTION 2 …)', () => {
    expect(titleOf(read('itu-pp18-res-2.xml')).title).toBeUndefined()
  })

  it('compares the UK short title as the title, not as a block of the preface too', () => {
    // The body's citation section names the regulations too: only the preface's title line is metadata.
    const preface = comparisonUnits(read('ukleg-ssi-2017-113-enacted.xml')).filter(
      (unit) => unit.section === 'preface',
    )
    expect(preface.length).toBeGreaterThan(0)
    expect(preface.some((unit) => unit.text.includes('The Forestry (Environmental Impact Assessment)'))).toBe(
      false,
    )
  })

  describe('a changed long title is marked once', () => {
    const before = proposal(oldPurpose, 'This Regulation applies.')
    const after = proposal(newPurpose, 'This Regulation applies.')
    const comparison = diff(before, after)

    it('in JSON: one metadata change of the title, no changed clause', () => {
      expect(comparison.metadata.map((change) => change.field)).toEqual(['title'])
      expect(comparison.metadata[0]!.changes?.filter((run) => run.op !== 'equal')).toEqual([
        expect.objectContaining({op: 'insert', text: expect.stringContaining('production and')}),
      ])
      expect(comparison.clauses.filter((group) => group.change !== 'unchanged')).toEqual([])
      // Every run of changed words in the comparison: the title's insertion and nothing else.
      const runs = [...comparison.metadata, ...comparison.clauses].flatMap((change) =>
        (change.changes ?? []).filter((run) => run.op !== 'equal').map((run) => run.text.trim()),
      )
      expect(runs).toEqual(['production and'])
    })

    it('in HTML: the inserted words once', () => {
      const html = toHtmlRedline(comparison)
      const inserted = [...html.matchAll(/<ins\b[^>]*>([\s\S]*?)<\/ins>/g)].filter((match) =>
        match[1]!.includes('production'),
      )
      expect(inserted).toHaveLength(1)
    })

    it('in Markdown: one mark, and accepting or rejecting it gives either title', () => {
      const markdown = toMarkdownRedline(comparison, before, after)
      // The title's words marked where they changed, as a docTitle's are; no other mark anywhere.
      expect(markdown).toContain('on the {++production and ++}marketing of seed potatoes')
      expect(markdown.match(/\{(\+\+|--|~~)/g)).toHaveLength(1)
      expect(acceptCriticMarkup(markdown)).toContain(newPurpose)
      expect(rejectCriticMarkup(markdown)).toContain(oldPurpose)
      expect(rejectCriticMarkup(markdown)).not.toContain('production')
    })
  })

  it('shows a long title as the page heading, once', () => {
    const html = toHtml(proposal(oldPurpose, 'This Regulation applies.'))
    expect(html.match(/<h1\b/g)).toHaveLength(1)
    const body = html.slice(html.indexOf('<article'))
    expect(body.match(/seed potatoes/g)).toHaveLength(1)
    expect(body).toMatch(/<h1 class="doc-title"><span[^>]*>Proposal for a<\/span>/)
  })
})
