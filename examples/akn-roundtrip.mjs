import {fromAkn, toAkn, toAknRedline} from '@clausewise/akn'

const xml = `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <statement name="decision">
    <mainBody>
      <paragraph eId="para_1">
        <num>1.</num>
        <content><p>Encourage la coopération entre les États participants ;</p></content>
      </paragraph>
      <paragraph><num>2.</num><content><p>Décide de <term>rester</term> saisi de la question.</p></content></paragraph>
    </mainBody>
  </statement>
</akomaNtoso>`

// Read: eIds kept or assigned, unknown elements keep their text and are reported.
const {document, diagnostics} = fromAkn(xml)
console.log(document.children[0].children.map((paragraph) => paragraph.eId))
console.log(
  diagnostics.map(
    (diagnostic) => `${diagnostic.place.start.line}:${diagnostic.place.start.column} ${diagnostic.reason}`,
  ),
)

// Write: valid AKN 3.0; reading it back gives the same document.
const written = toAkn(document)
console.log(
  written
    .split('\n')
    .filter((line) => line.includes('<p>'))
    .join('\n'),
)

// Redline: the changes of a comparison marked inline.
const comparison = {
  clauses: [
    {
      id: 'g1',
      change: 'modified',
      kind: 'paragraph',
      depth: 0,
      old: ['para_1'],
      new: ['para_1'],
      oldText: 'Encourage la coopération ;',
      newText: 'Encourage la coopération entre les États participants ;',
      changes: [
        {op: 'equal', text: 'Encourage la coopération'},
        {op: 'insert', text: ' entre les États participants', kind: 'wording'},
        {op: 'equal', text: ' ;'},
      ],
    },
  ],
}
console.log(
  toAknRedline(comparison, document)
    .split('\n')
    .find((line) => line.includes('<ins'))
    .trim(),
)
