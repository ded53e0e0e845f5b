import {plainText} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {eIds} from './genre-support.js'

// Probes of the genre (see genre-support.ts): where an attachment starts after an act's closing, in
// single-spaced PDF text (`pdftotext` without `-layout`) whose blank lines stand around the page
// furniture only. Expectations written by hand.

describe('an EU implementing regulation in Italian: its annex after the signature, on a new page', () => {
  const text = [
    'HA ADOTTATO IL PRESENTE REGOLAMENTO:',
    '',
    'Articolo 1',
    "L'allegato I del regolamento di esecuzione (UE) 2031/1793 è modificato conformemente all'allegato del presente",
    'regolamento.',
    '',
    'Articolo 2',
    'Il presente regolamento entra in vigore il ventesimo giorno successivo alla pubblicazione nella Gazzetta ufficiale',
    "dell'Unione europea.",
    'Fatto a Bruxelles, il 14 marzo 2031',
    'Per la Commissione',
    'La presidente',
    'Maria ROSSI',
    '',
    '1/2',
    '\fALLEGATO',
    "Nell'allegato I del regolamento di esecuzione (UE) 2031/1793, la voce relativa alle arachidi originarie del Senegal è",
    'soppressa.',
    '',
    '2/2',
  ].join('\n')

  it('opens the annex at its heading in capitals, though the line before ends on a name', () => {
    const {document} = fromText(text, {language: 'it'})
    expect(document.children.map((child) => child.type)).toEqual([
      'preamble',
      'mainBody',
      'conclusions',
      'attachments',
    ])
    const conclusions = document.children.find((child) => child.type === 'conclusions')!
    expect(plainText(conclusions)).not.toContain('ALLEGATO')
    const attachments = document.children.find((child) => child.type === 'attachments')!
    expect(plainText(attachments)).toMatch(/^ALLEGATO\s+Nell'allegato I/)
    // The sentence under the heading is the annex's text, not its title.
    expect(eIds(document).filter((id) => id.startsWith('att_'))).toHaveLength(1)
  })
})

describe('a Portuguese resolution’s annex: `ANEXO` / `(a que se refere o n.º 1)` / its title / `1 — …`', () => {
  const text = [
    'N.º 61',
    '',
    '27 de março de 2031',
    '',
    'Pág. 14',
    '',
    'Diário da República, 1.ª série',
    'Resolução do Conselho de Ministros n.º 48/2031',
    'A transformação digital da Administração Pública exige que todos os cidadãos disponham das competências',
    'necessárias para aceder aos serviços públicos digitais.',
    'Nos termos da alínea g) do artigo 199.º da Constituição, o Conselho de Ministros resolve:',
    '1 — Aprovar o Plano de Ação para a Literacia Digital 2031-2033, doravante designado por Plano, que consta',
    'do anexo à presente resolução e da qual faz parte integrante.',
    '2 — Determinar que a presente resolução produz efeitos no dia seguinte ao da sua publicação.',
    'Presidência do Conselho de Ministros, 13 de março de 2031. — O Primeiro-Ministro, João Silva.',
    'ANEXO',
    '(a que se refere o n.º 1)',
    'Plano de Ação para a Literacia Digital 2031-2033',
    '1 — Objetivos',
    'O Plano tem como objetivo aumentar a percentagem da população com competências digitais básicas, em especial',
    'da população sénior.',
    '2 — Medidas',
    'O Plano prevê a criação de espaços de apoio digital nas juntas de freguesia.',
  ].join('\n')
  const {document} = fromText(text, {language: 'pt'})

  it('opens the annex at its heading with the provision it belongs to in brackets', () => {
    expect(document.children.map((child) => child.type)).toEqual([
      'preface',
      'preamble',
      'mainBody',
      'conclusions',
      'attachments',
    ])
    const attachments = document.children.find((child) => child.type === 'attachments')!
    expect(plainText(attachments)).toMatch(/^ANEXO\s+\(a que se refere o n\.º 1\)/)
  })

  it('starts each numbered part after the title line, short of the measure, that it follows', () => {
    expect(eIds(document).filter((id) => id.startsWith('att_'))).toEqual([
      'att_1__para_o_1',
      'att_1__para_1',
      'att_1__para_2',
    ])
  })
})
