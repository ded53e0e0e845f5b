import {fromAkn, toAkn, toAknRedline} from '@clausewise/akn'
import {diff} from '@clausewise/diff'

// A small act in AKN 2.0, as older repositories hold them: read with a warning, written as AKN 3.0.
const xml = `<akomaNtoso xmlns="http://www.akomantoso.org/2.0">
  <act contains="originalVersion">
    <meta>
      <identification source="#council">
        <FRBRWork><FRBRthis value="/za/act/2015/1/main"/><FRBRuri value="/za/act/2015/1"/>
          <FRBRdate date="2015-07-03" name="Generation"/><FRBRauthor href="#council"/><FRBRcountry value="za"/></FRBRWork>
        <FRBRExpression><FRBRthis value="/za/act/2015/1/eng@/main"/><FRBRuri value="/za/act/2015/1/eng@"/>
          <FRBRdate date="2015-07-03" name="Generation"/><FRBRauthor href="#council"/><FRBRlanguage language="eng"/></FRBRExpression>
        <FRBRManifestation><FRBRthis value="/za/act/2015/1/eng@/main.xml"/><FRBRuri value="/za/act/2015/1/eng@.akn"/>
          <FRBRdate date="2017-05-06" name="Generation"/><FRBRauthor href="#council"/></FRBRManifestation>
      </identification>
      <references source="#council"><TLCOrganization id="council" href="/ontology/organization/za/council" showAs="Council"/></references>
    </meta>
    <body>
      <section id="section-5">
        <num>5.</num>
        <heading>Appointment</heading>
        <subsection id="section-5.1" status="removed"><num>(1)</num><content><p>Council must advertise the position.</p></content></subsection>
        <subsection id="section-5.2"><num>(2)</num><content><blockList id="section-5.2.list1">
          <listIntroduction>The Ombudsman must:</listIntroduction>
          <item id="section-5.2.list1.a"><num>(a)</num><p>be a South African citizen;</p></item>
        </blockList></content></subsection>
      </section>
    </body>
  </act>
</akomaNtoso>`

const {document, diagnostics} = fromAkn(xml)
console.log(diagnostics.map((diagnostic) => `${diagnostic.ruleId}: ${diagnostic.reason}`))

// Written as AKN 3.0: ids became eIds, attributes such as `status` kept.
const written = toAkn(document)
console.log(
  written
    .split('\n')
    .filter((line) => line.includes('<subsection'))
    .map((line) => line.trim()),
)

// A second version, compared: every unit (sections, subsections, items) is a clause.
const amended = fromAkn(
  xml.replace('citizen;', 'citizen; and').replace('must advertise', 'must publish'),
).document
const comparison = diff(document, amended)
console.log(
  comparison.clauses
    .filter((group) => group.change !== 'unchanged')
    .map((group) => `${group.change} ${group.element ?? group.kind} ${group.new.join()}`),
)

// The redline: changes inline, recorded as textual modifications.
const redline = toAknRedline(comparison, amended)
console.log(
  redline
    .split('\n')
    .filter((line) => line.includes('<ins') || line.includes('<textualMod '))
    .map((line) => line.trim()),
)
