// Windows-1252 by hand: Node 20's TextDecoder reads the label as ISO-8859-1 (0x92 becomes U+0092, not
// the apostrophe U+2019), so the one 8-bit encoding we guess is decoded here, per the WHATWG index.
// Bytes 0x80–0x9F; the five the encoding leaves undefined map to the C1 control of the same value.
const high = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
]

/** Decode Windows-1252 bytes (every byte is one UTF-16 code unit). Linear. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = ''
  const chunk: number[] = []
  for (const byte of bytes) {
    chunk.push(byte >= 0x80 && byte < 0xa0 ? high[byte - 0x80]! : byte)
    if (chunk.length === 8192) {
      text += String.fromCharCode(...chunk)
      chunk.length = 0
    }
  }
  return text + String.fromCharCode(...chunk)
}

/**
 * Decode UTF-32 (little- or big-endian, without its byte-order mark); code units that are no Unicode
 * scalar value become U+FFFD and are counted, the first one's UTF-16 offset in the text kept.
 */
export function decodeUtf32(
  bytes: Uint8Array,
  littleEndian: boolean,
): {text: string; replaced: number; firstReplaced: number} {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let text = ''
  let replaced = 0
  let firstReplaced = -1
  const chunk: number[] = []
  const flush = () => {
    text += String.fromCodePoint(...chunk)
    chunk.length = 0
  }
  const whole = bytes.length - (bytes.length % 4)
  for (let index = 0; index < whole; index += 4) {
    const value = view.getUint32(index, littleEndian)
    if (value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
      if (replaced++ === 0) {
        flush()
        firstReplaced = text.length
      }
      chunk.push(0xfffd)
    } else chunk.push(value)
    if (chunk.length === 8192) flush()
  }
  if (whole < bytes.length) {
    if (replaced++ === 0) {
      flush()
      firstReplaced = text.length
    }
    chunk.push(0xfffd)
  }
  flush()
  return {text, replaced, firstReplaced}
}
