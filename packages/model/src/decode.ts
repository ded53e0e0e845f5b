import {binaryFormat} from './binary-format.js'
import {decodeUtf32, decodeWindows1252} from './decoders.js'
import {ClausewiseError} from './error.js'
import {resolveLimits} from './limits.js'
import {createLocator} from './location.js'
import type {Diagnostic} from './types.js'

/** Options of {@link decodeText}. */
export interface DecodeTextOptions {
  /**
   * The encoding of the bytes, a WHATWG label (`utf-8`, `utf-16le`, `windows-1252`, `iso-8859-15`, …)
   * or `utf-32le`/`utf-32be` (default: detected — a byte-order mark, else UTF-8, else UTF-16 without a
   * mark, else Windows-1252 with a warning).
   */
  encoding?: string | undefined
  /** Longest input accepted, in bytes (default: `defaultLimits.maxLength`, 64 MiB). */
  maxLength?: number | undefined
}

/** What {@link decodeText} read. */
export interface DecodedText {
  /** The text, without its byte-order mark. Positions in `diagnostics` point into it. */
  text: string
  /** The encoding read: `utf-8`, `utf-16le`, `utf-16be`, `utf-32le`, `utf-32be`, `windows-1252`, or the one asked for. */
  encoding: string
  /** `byte-order-mark` (info), `encoding-guessed` and `invalid-encoding` (warnings). */
  diagnostics: Diagnostic[]
}

const source = '@clausewise/model'
// Text holds no control characters but whitespace and the form feed of PDF page breaks. Bytes whose
// first 64 Ki characters hold more than 1 in 100 others (and more than a few) are data, not text with
// stray controls (which readers report).
const sample = 64 * 1024
const controlShare = 0.01
const fewControls = 16

const marks: readonly {bytes: readonly number[]; encoding: string}[] = [
  {bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8'},
  {bytes: [0xff, 0xfe, 0x00, 0x00], encoding: 'utf-32le'},
  {bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'utf-32be'},
  {bytes: [0xff, 0xfe], encoding: 'utf-16le'},
  {bytes: [0xfe, 0xff], encoding: 'utf-16be'},
]

/**
 * Bytes to text, never misread in silence: a byte-order mark (UTF-8, UTF-16, UTF-32) is followed;
 * without one, valid UTF-8 is UTF-8, UTF-16 is recognised by its zero bytes, and other 8-bit text is
 * read as Windows-1252 with an `encoding-guessed` warning; invalid sequences become U+FFFD only with an
 * `invalid-encoding` warning naming the first one's line and column. Pure and browser-safe
 * (`TextDecoder`); linear in the input's length.
 *
 * @throws {ClausewiseError} `not-text` for bytes that are not text (`not a text file (looks like a
 *   Word document (.docx))`, NUL bytes, control characters), `input-too-large` past `maxLength`,
 *   `invalid-option` for an unknown encoding.
 * @example
 * decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00])) // {text: 'A', encoding: 'utf-16le', diagnostics: [{ruleId: 'byte-order-mark', …}]}
 * decodeText(new Uint8Array([0x44, 0xe9, 0x63])).text // 'Déc', with an `encoding-guessed` warning
 */
export function decodeText(bytes: Uint8Array, options: DecodeTextOptions = {}): DecodedText {
  const {maxLength} = resolveLimits({maxLength: options.maxLength})
  if (bytes.length > maxLength) {
    throw new ClausewiseError(
      'input-too-large',
      `input of ${bytes.length} bytes is longer than maxLength (${maxLength} bytes)`,
    )
  }
  const format = binaryFormat(bytes)
  if (format) throw new ClausewiseError('not-text', `not a text file (looks like ${format.description})`)
  if (options.encoding !== undefined) return decodeAs(bytes, options.encoding, [])
  const mark = marks.find((candidate) => startsWithMark(bytes, candidate.bytes))
  if (mark) {
    const note = info('byte-order-mark', `Read as ${mark.encoding.toUpperCase()} (byte-order mark)`)
    return decodeAs(bytes.subarray(mark.bytes.length), mark.encoding, [note])
  }
  const nul = bytes.indexOf(0)
  if (nul >= 0) {
    const utf16 = utf16WithoutMark(bytes)
    if (utf16) return utf16
    throw new ClausewiseError('not-text', `not a text file (binary data: a NUL byte at byte ${nul})`)
  }
  const strict = tryDecode('utf-8', bytes)
  if (strict !== undefined) return checked({text: strict, encoding: 'utf-8', diagnostics: []})
  return utf8OrWindows1252(bytes)
}

function decodeAs(bytes: Uint8Array, label: string, diagnostics: Diagnostic[]): DecodedText {
  const wanted = label.trim().toLowerCase()
  if (wanted === 'utf-32le' || wanted === 'utf-32be') {
    const little = wanted === 'utf-32le'
    const body = startsWithMark(bytes, little ? [0xff, 0xfe, 0, 0] : [0, 0, 0xfe, 0xff])
      ? bytes.subarray(4)
      : bytes
    const {text, replaced, firstReplaced} = decodeUtf32(body, little)
    if (replaced > 0) diagnostics.push(replacedWarning(text, wanted, replaced, firstReplaced))
    return checked({text, encoding: wanted, diagnostics})
  }
  let encoding: string
  try {
    encoding = new TextDecoder(wanted).encoding
  } catch {
    throw new ClausewiseError('invalid-option', `unknown encoding \`${label}\``)
  }
  if (!encoding.startsWith('utf-16')) {
    const nul = bytes.indexOf(0)
    if (nul >= 0)
      throw new ClausewiseError('not-text', `not a text file (binary data: a NUL byte at byte ${nul})`)
  }
  if (encoding === 'windows-1252') return checked({text: decodeWindows1252(bytes), encoding, diagnostics})
  const strict = tryDecode(encoding, bytes)
  if (strict !== undefined) return checked({text: strict, encoding, diagnostics})
  const text = new TextDecoder(encoding).decode(bytes)
  let replaced = 0
  for (const character of text) if (character === '\uFFFD') replaced++
  diagnostics.push(replacedWarning(text, encoding, replaced, text.indexOf('\uFFFD')))
  return checked({text, encoding, diagnostics})
}

// UTF-16 without a byte-order mark: the zero bytes (the high bytes of Latin characters) sit at odd
// offsets (little-endian) or even ones (big-endian), and the bytes decode to text.
function utf16WithoutMark(bytes: Uint8Array): DecodedText | undefined {
  if (bytes.length % 2 !== 0) return undefined
  let even = 0
  let odd = 0
  for (let index = 0; index < bytes.length; index++) {
    if (bytes[index] === 0) {
      if (index % 2 === 0) even++
      else odd++
    }
  }
  const encoding = odd >= 9 * even ? 'utf-16le' : even >= 9 * odd ? 'utf-16be' : undefined
  const text = encoding && tryDecode(encoding, bytes)
  if (!encoding || text === undefined || isBinary(text)) return undefined
  const reason = `No byte-order mark: read as ${encoding.toUpperCase()} (pass the encoding if it is another)`
  return {text, encoding, diagnostics: [warning('encoding-guessed', reason)]}
}

// Invalid UTF-8: text that is mostly valid UTF-8 (more valid multi-byte sequences than invalid bytes)
// keeps its encoding, with the bad sequences replaced and reported; other 8-bit text is Windows-1252.
function utf8OrWindows1252(bytes: Uint8Array): DecodedText {
  const scan = scanUtf8(bytes)
  if (scan.multibyte > scan.invalid) {
    const text = new TextDecoder('utf-8').decode(bytes)
    const first = new TextDecoder('utf-8').decode(bytes.subarray(0, scan.firstInvalid)).length
    return checked({
      text,
      encoding: 'utf-8',
      diagnostics: [replacedWarning(text, 'utf-8', scan.invalid, first, 'invalid byte')],
    })
  }
  const text = decodeWindows1252(bytes)
  if (isBinary(text))
    throw new ClausewiseError('not-text', 'not a text file (binary data: control characters)')
  const place = createLocator(text).point(scan.firstInvalid)
  const reason = `Not valid UTF-8 (byte 0x${bytes[scan.firstInvalid]!.toString(16).toUpperCase()} at ${place.line}:${place.column}): read as Windows-1252`
  return {text, encoding: 'windows-1252', diagnostics: [warning('encoding-guessed', reason, place)]}
}

function checked(result: DecodedText): DecodedText {
  if (isBinary(result.text)) {
    throw new ClausewiseError('not-text', 'not a text file (binary data: control characters)')
  }
  return result
}

function isBinary(text: string): boolean {
  const length = Math.min(text.length, sample)
  let controls = 0
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index)
    if ((code < 0x20 && (code < 0x09 || code > 0x0d)) || (code >= 0x7f && code < 0xa0)) controls++
  }
  return controls > fewControls && controls > length * controlShare
}

function tryDecode(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, {fatal: true}).decode(bytes)
  } catch {
    return undefined
  }
}

function startsWithMark(bytes: Uint8Array, mark: readonly number[]): boolean {
  return mark.every((byte, index) => bytes[index] === byte)
}

/** Valid multi-byte sequences and invalid bytes of would-be UTF-8 (per the WHATWG decoder). */
function scanUtf8(bytes: Uint8Array): {multibyte: number; invalid: number; firstInvalid: number} {
  let multibyte = 0
  let invalid = 0
  let firstInvalid = -1
  let index = 0
  while (index < bytes.length) {
    const lead = bytes[index]!
    if (lead < 0x80) {
      index++
      continue
    }
    const length =
      lead >= 0xc2 && lead <= 0xdf
        ? 2
        : lead >= 0xe0 && lead <= 0xef
          ? 3
          : lead >= 0xf0 && lead <= 0xf4
            ? 4
            : 0
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf
    let valid = length > 0 && index + length <= bytes.length
    for (let next = 1; valid && next < length; next++) {
      const byte = bytes[index + next]!
      valid = next === 1 ? byte >= low && byte <= high : byte >= 0x80 && byte <= 0xbf
    }
    if (valid) {
      multibyte++
      index += length
    } else {
      if (invalid++ === 0) firstInvalid = index
      index++
    }
  }
  return {multibyte, invalid, firstInvalid}
}

function replacedWarning(
  text: string,
  encoding: string,
  count: number,
  first: number,
  what = 'character',
): Diagnostic {
  const place = createLocator(text).point(Math.max(first, 0))
  const reason = `Not valid ${encoding.toUpperCase()}: ${count} ${what}${count === 1 ? '' : 's'} replaced by U+FFFD, the first at ${place.line}:${place.column}`
  return warning('invalid-encoding', reason, place)
}

function warning(ruleId: string, reason: string, place?: Diagnostic['place']): Diagnostic {
  return place ? {reason, place, ruleId, source, fatal: false} : {reason, ruleId, source, fatal: false}
}

function info(ruleId: string, reason: string): Diagnostic {
  return {reason, ruleId, source}
}
