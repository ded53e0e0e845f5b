import {plainText} from '@clausewise/model'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/index.js'
import {eIds, textOf} from './genre-support.js'

// Probes of the genre (see genre-support.ts): acts of governments and ministers as their official
// journals print them (on the web, one paragraph a line, or from a PDF), written for these tests.
// Expectations worked out by hand from each text.

/** The text of a document's conclusions, or undefined. */
function conclusionsOf(document: ReturnType<typeof fromText>['document']): string | undefined {
  const conclusions = document.children.find((node) => node.type === 'conclusions')
  return conclusions && plainText(conclusions)
}

describe('the closing lines of a Portuguese decree-law: approval, promulgation, countersignature', () => {
  const text = [
    'Decreto-Lei n.º 12/2031, de 4 de abril',
    'Importa regular o acesso aos arquivos públicos.',
    'Assim:',
    'Nos termos da alínea a) do n.º 1 do artigo 198.º da Constituição, o Governo decreta o seguinte:',
    'Artigo 1.º',
    'Objeto',
    'O presente decreto-lei regula o acesso aos arquivos públicos.',
    'Artigo 2.º',
    'Entrada em vigor',
    'O presente decreto-lei entra em vigor no dia seguinte ao da sua publicação.',
    'Visto e aprovado em Conselho de Ministros de 2 de março de 2031. - Ana Silva - Rui Costa.',
    'Promulgado em 28 de março de 2031.',
    'Publique-se.',
    'O Presidente da República, João Sousa.',
    'Referendado em 30 de março de 2031.',
    'O Primeiro-Ministro, Ana Silva.',
  ].join('\n')
  const {document} = fromText(text)

  it('ends the last article at `Visto e aprovado em …`: the lines under it are the conclusions', () => {
    expect(eIds(document).filter((eId) => eId.startsWith('art_'))).toEqual(['art_1', 'art_2'])
    expect(textOf(document, 'art_2')).toBe(
      'Entrada em vigor\nO presente decreto-lei entra em vigor no dia seguinte ao da sua publicação.',
    )
    expect(conclusionsOf(document)?.split('\n')).toEqual(text.split('\n').slice(10))
    // The title's date is the act's; the Council's approval does not replace it.
    expect(document.meta.frbr.date).toBe('2031-04-04')
  })
})

describe('the place and date over an Italian minister’s signature, from a PDF', () => {
  // The Official Journal's page as pdftotext reads it: lines wrapped, no blank line between paragraphs.
  const text = [
    'DECRETO 3 marzo 2031, n. 12',
    'Disposizioni in materia di etichettatura',
    'dei prodotti alimentari.',
    '',
    'IL MINISTRO DELLE IMPRESE',
    'Visto il decreto legislativo 15 dicembre 2029, n. 231, recante disciplina sanzionatoria per la',
    'violazione delle disposizioni;',
    'Decreta:',
    'Art. 1.',
    'Ambito di applicazione',
    '1. Il presente decreto si applica ai prodotti confezionati nel territorio nazionale e a quelli',
    'importati da Paesi terzi.',
    '2. Il presente decreto entra in vigore il giorno successivo alla sua pubblicazione.',
    'Roma, 3 marzo 2031',
    'Il Ministro: Bianchi',
  ].join('\n')
  const {document} = fromText(text)

  it('ends the last article at `Roma, 3 marzo 2031`: it and the signature are the conclusions', () => {
    expect(eIds(document).filter((eId) => eId.startsWith('art_'))).toEqual([
      'art_1',
      'art_1__para_1',
      'art_1__para_2',
    ])
    expect(textOf(document, 'art_1__para_2')).toBe(
      'Il presente decreto entra in vigore il giorno successivo alla sua pubblicazione.',
    )
    expect(conclusionsOf(document)?.replace(/\s+/g, ' ')).toBe('Roma, 3 marzo 2031 Il Ministro: Bianchi')
    expect(document.meta.frbr.date).toBe('2031-03-03')
  })
})
