import {assignEIds, clauses, emptyMeta, plainText} from '@clausewise/model'

const p = (value) => ({type: 'p', children: [{type: 'text', value}]})
const document = assignEIds({
  type: 'document',
  documentType: 'statement',
  name: 'decision',
  meta: emptyMeta('fr'),
  children: [
    {
      type: 'preamble',
      children: [
        {type: 'formula', eId: '', name: 'enactingFormula', children: [p('Le Conseil ministériel,')]},
        {
          type: 'recitals',
          eId: '',
          children: [
            {type: 'recital', eId: '', children: [p('Réaffirmant le Document de Copenhague (1990),')]},
          ],
        },
      ],
    },
    {
      type: 'mainBody',
      children: [
        {
          type: 'paragraph',
          eId: '',
          children: [
            {type: 'num', value: '1.'},
            {type: 'content', children: [p('Encourage la coopération ;')]},
          ],
        },
      ],
    },
  ],
})

for (const clause of clauses(document)) console.log(`${clause.eId}: ${plainText(clause)}`)
