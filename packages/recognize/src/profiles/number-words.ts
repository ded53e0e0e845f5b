import type {NumberWords} from '../profile.js'
import {phrases} from './phrases.js'

/**
 * Number words as data: a list of words per value, `|` between forms (`five | fifth`), the values
 * given in the same order.
 */
function valuesOf(table: [number, string][]): Record<string, number> {
  const values: Record<string, number> = Object.create(null)
  for (const [value, forms] of table) for (const form of phrases(forms)) values[form] = value
  return values
}

/** English: cardinals and ordinals, `two thousand and twenty-four`, `the twenty-fifth day of`. */
export const englishNumbers: NumberWords = {
  values: valuesOf([
    [1, 'one | first'],
    [2, 'two | second'],
    [3, 'three | third'],
    [4, 'four | fourth'],
    [5, 'five | fifth'],
    [6, 'six | sixth'],
    [7, 'seven | seventh'],
    [8, 'eight | eighth'],
    [9, 'nine | ninth'],
    [10, 'ten | tenth'],
    [11, 'eleven | eleventh'],
    [12, 'twelve | twelfth'],
    [13, 'thirteen | thirteenth'],
    [14, 'fourteen | fourteenth'],
    [15, 'fifteen | fifteenth'],
    [16, 'sixteen | sixteenth'],
    [17, 'seventeen | seventeenth'],
    [18, 'eighteen | eighteenth'],
    [19, 'nineteen | nineteenth'],
    [20, 'twenty | twentieth'],
    [30, 'thirty | thirtieth'],
    [40, 'forty'],
    [50, 'fifty'],
    [60, 'sixty'],
    [70, 'seventy'],
    [80, 'eighty'],
    [90, 'ninety'],
    [100, 'hundred'],
    [1000, 'thousand'],
  ]),
  joiners: ['and'],
  yearsInPairs: true,
  fillers: phrases('the | of | day | this | in | year | month'),
}

/**
 * French: `le cinq décembre deux mille vingt-quatre`, `le premier mars`, `vingt et un`, `quatre-vingts`;
 * a day's ordinal too, as the ILO dates its instruments (`ce dix-neuvième jour de juin`).
 */
export const frenchNumbers: NumberWords = {
  values: valuesOf([
    [1, 'un | une | premier | première | unième'],
    [2, 'deux | deuxième'],
    [3, 'trois | troisième'],
    [4, 'quatre | quatrième'],
    [5, 'cinq | cinquième'],
    [6, 'six | sixième'],
    [7, 'sept | septième'],
    [8, 'huit | huitième'],
    [9, 'neuf | neuvième'],
    [10, 'dix | dixième'],
    [11, 'onze | onzième'],
    [12, 'douze | douzième'],
    [13, 'treize | treizième'],
    [14, 'quatorze | quatorzième'],
    [15, 'quinze | quinzième'],
    [16, 'seize | seizième'],
    [20, 'vingt | vingts | vingtième'],
    [30, 'trente | trentième'],
    [40, 'quarante'],
    [50, 'cinquante'],
    [60, 'soixante'],
    [100, 'cent | cents'],
    [1000, 'mille | mil'],
  ]),
  joiners: ['et'],
  fillers: phrases("le | de | du | l'an | l’an | an | année | mois | jour"),
}

/** Spanish: `a los cinco días del mes de diciembre de dos mil veinticuatro`, `el primero de marzo`. */
export const spanishNumbers: NumberWords = {
  values: valuesOf([
    [1, 'uno | un | primero | primer'],
    [2, 'dos'],
    [3, 'tres'],
    [4, 'cuatro'],
    [5, 'cinco'],
    [6, 'seis'],
    [7, 'siete'],
    [8, 'ocho'],
    [9, 'nueve'],
    [10, 'diez'],
    [11, 'once'],
    [12, 'doce'],
    [13, 'trece'],
    [14, 'catorce'],
    [15, 'quince'],
    [16, 'dieciséis'],
    [17, 'diecisiete'],
    [18, 'dieciocho'],
    [19, 'diecinueve'],
    [20, 'veinte'],
    [21, 'veintiuno | veintiún'],
    [22, 'veintidós'],
    [23, 'veintitrés'],
    [24, 'veinticuatro'],
    [25, 'veinticinco'],
    [26, 'veintiséis'],
    [27, 'veintisiete'],
    [28, 'veintiocho'],
    [29, 'veintinueve'],
    [30, 'treinta'],
    [40, 'cuarenta'],
    [50, 'cincuenta'],
    [60, 'sesenta'],
    [70, 'setenta'],
    [80, 'ochenta'],
    [90, 'noventa'],
    [100, 'cien | ciento'],
    [200, 'doscientos'],
    [300, 'trescientos'],
    [400, 'cuatrocientos'],
    [500, 'quinientos'],
    [600, 'seiscientos'],
    [700, 'setecientos'],
    [800, 'ochocientos'],
    [900, 'novecientos'],
    [1000, 'mil'],
  ]),
  joiners: ['y'],
  fillers: phrases('de | del | el | los | a | día | días | mes | año'),
}
