/**
 * Counters as Word prints them, by `w:numFmt` (ECMA-376 §17.18.59). Formats we do not know are printed
 * as decimal numbers.
 */

const romanTable: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
]

/** Roman numerals; Word prints 0 and numbers past 3999 as decimals. */
export function roman(value: number): string {
  if (value <= 0 || value >= 4000) return String(value)
  let rest = value
  let result = ''
  for (const [amount, symbol] of romanTable) {
    while (rest >= amount) {
      result += symbol
      rest -= amount
    }
  }
  return result
}

/** Word's letters: 1 → a … 26 → z, 27 → aa, 28 → bb … (the letter repeated, not base 26). */
export function letters(value: number): string {
  if (value <= 0) return String(value)
  const letter = String.fromCharCode(97 + ((value - 1) % 26))
  return letter.repeat(Math.floor((value - 1) / 26) + 1)
}

const ones = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
]
const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']

function cardinal(value: number): string {
  if (value < 20) return ones[value]!
  if (value < 100) {
    const rest = value % 10
    return tens[Math.floor(value / 10)]! + (rest ? `-${ones[rest]}` : '')
  }
  if (value < 1000) {
    const rest = value % 100
    return `${ones[Math.floor(value / 100)]} hundred${rest ? ` ${cardinal(rest)}` : ''}`
  }
  return String(value)
}

const ordinalWords: Record<string, string> = {
  one: 'first',
  two: 'second',
  three: 'third',
  five: 'fifth',
  eight: 'eighth',
  nine: 'ninth',
  twelve: 'twelfth',
}

function ordinalText(value: number): string {
  const words = cardinal(value)
  const match = /^(.*?)([a-z]+)$/.exec(words)
  if (!match) return words
  const last = match[2]!
  const replaced = ordinalWords[last] ?? (last.endsWith('y') ? `${last.slice(0, -1)}ieth` : `${last}th`)
  return match[1]! + replaced
}

function ordinalSuffix(value: number): string {
  const hundred = value % 100
  if (hundred >= 11 && hundred <= 13) return `${value}th`
  const suffix = ['th', 'st', 'nd', 'rd'][value % 10] ?? 'th'
  return `${value}${suffix}`
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

/**
 * A counter as printed in a format (`decimal`, `lowerLetter`, `upperRoman`, …). English is used for
 * the text formats (`ordinal`, `cardinalText`, `ordinalText`), as Word does for English documents.
 */
export function formatCounter(value: number, format: string): string {
  switch (format) {
    case 'decimal':
      return String(value)
    case 'decimalZero':
      return value < 10 && value >= 0 ? `0${value}` : String(value)
    case 'lowerLetter':
      return letters(value)
    case 'upperLetter':
      return letters(value).toUpperCase()
    case 'lowerRoman':
      return roman(value).toLowerCase()
    case 'upperRoman':
      return roman(value)
    case 'ordinal':
      return ordinalSuffix(value)
    case 'cardinalText':
      return capitalise(cardinal(value))
    case 'ordinalText':
      return capitalise(ordinalText(value))
    case 'none':
    case 'bullet':
      return ''
    default:
      return String(value)
  }
}
