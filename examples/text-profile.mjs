import {plainText} from '@clausewise/model'
import {fromText} from '@clausewise/text'

// A Spanish profile for OSCE decisions: data only. The engine does not change for a new language.
const es = {
  language: 'es',
  stopWords: ['el', 'la', 'los', 'las', 'de', 'del', 'y', 'que', 'en', 'por'],
  documentNumber: [/^DECISIÓN N[º°o]\.? ?(\d{1,4}\/\d{1,4})/u],
  bodies: [
    {
      formula: 'El Consejo Ministerial',
      country: 'osce',
      subtype: 'decision',
      eId: 'osce-mc',
      href: '/ontology/organization/osce/ministerialCouncil',
      showAs: 'Consejo Ministerial de la OSCE',
      symbolPrefix: 'MC.DEC/',
    },
  ],
  recitalOpeners: ['Reafirmando', 'Recordando', 'Profundamente preocupado'],
  operativeVerbs: ['Decide', 'Alienta', 'Pide'],
}

const text = [
  'DECISIÓN Nº 7/17',
  '',
  'REFUERZO DE LOS ESFUERZOS PARA COMBATIR LA TRATA DE NIÑOS',
  '',
  ' ',
  '',
  ' El Consejo Ministerial,',
  '',
  ' ',
  '',
  ' Reafirmando el Documento de Copenhague (1990),',
  '',
  ' ',
  '',
  ' Profundamente preocupado por la persistencia de la trata de niños,',
  '',
  ' ',
  '',
  '1. Alienta la cooperación entre los Estados participantes;',
  '',
  ' ',
  '',
  '2. Pide a los Estados participantes que refuercen la cooperación.',
  '',
].join('\n')

const {document} = fromText(text, {profile: es})
console.log(document.meta.symbol, document.meta.language)
for (const node of document.children)
  console.log(`${node.type}: ${plainText(node).split('\n').length} blocks`)
