/** A file format recognised by its first bytes: what a file is when it is not text. */
export interface BinaryFormat {
  /** Short kebab-case name, e.g. `docx`, `zip`, `pdf`, `elf`. */
  format: string
  /** How a message names it, e.g. `a Word document (.docx)`. */
  description: string
}

interface Signature extends BinaryFormat {
  /** The bytes the file starts with (after `offset`); `undefined` matches any byte. */
  bytes: readonly (number | undefined)[]
  offset?: number
}

const ascii = (text: string): number[] => [...text].map((character) => character.charCodeAt(0))

// Only signatures of four bytes or more (or three with a fixed fourth), so that no text can start with
// one by chance: a text that starts with `MZ` or `BM` is still text.
const signatures: readonly Signature[] = [
  {format: 'zip', description: 'a ZIP archive', bytes: [0x50, 0x4b, 0x03, 0x04]},
  {format: 'zip', description: 'a ZIP archive', bytes: [0x50, 0x4b, 0x05, 0x06]},
  {format: 'pdf', description: 'a PDF document', bytes: ascii('%PDF-')},
  {format: 'elf', description: 'an ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46]},
  {format: 'mach-o', description: 'a Mach-O executable', bytes: [0xcf, 0xfa, 0xed, 0xfe]},
  {format: 'mach-o', description: 'a Mach-O executable', bytes: [0xce, 0xfa, 0xed, 0xfe]},
  {format: 'mach-o', description: 'a Mach-O executable', bytes: [0xfe, 0xed, 0xfa, 0xcf]},
  {format: 'mach-o', description: 'a Mach-O executable', bytes: [0xfe, 0xed, 0xfa, 0xce]},
  {format: 'wasm', description: 'a WebAssembly module', bytes: [0x00, 0x61, 0x73, 0x6d]},
  {
    format: 'ole',
    description: 'an old Office document (.doc, .xls, .ppt)',
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
  },
  {format: 'rtf', description: 'an RTF document', bytes: ascii('{\\rtf')},
  {format: 'png', description: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]},
  {format: 'jpeg', description: 'a JPEG image', bytes: [0xff, 0xd8, 0xff]},
  {format: 'gif', description: 'a GIF image', bytes: ascii('GIF87a')},
  {format: 'gif', description: 'a GIF image', bytes: ascii('GIF89a')},
  {format: 'tiff', description: 'a TIFF image', bytes: [0x49, 0x49, 0x2a, 0x00]},
  {format: 'tiff', description: 'a TIFF image', bytes: [0x4d, 0x4d, 0x00, 0x2a]},
  {format: 'webp', description: 'a WebP image', bytes: ascii('WEBP'), offset: 8},
  {format: 'gzip', description: 'a gzip archive', bytes: [0x1f, 0x8b, 0x08]},
  {format: 'bzip2', description: 'a bzip2 archive', bytes: [...ascii('BZh'), undefined, 0x31, 0x41, 0x59]},
  {format: 'xz', description: 'an xz archive', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]},
  {format: 'zstd', description: 'a Zstandard archive', bytes: [0x28, 0xb5, 0x2f, 0xfd]},
  {format: '7z', description: 'a 7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]},
  {format: 'rar', description: 'a RAR archive', bytes: [...ascii('Rar!'), 0x1a, 0x07]},
  {format: 'sqlite', description: 'an SQLite database', bytes: [...ascii('SQLite format 3'), 0x00]},
]

// What a ZIP holds, told by the names of its first entries (read from at most this many bytes).
const zipWindow = 64 * 1024
const zipKinds: readonly (BinaryFormat & {marker: string})[] = [
  {format: 'docx', description: 'a Word document (.docx)', marker: 'word/'},
  {format: 'xlsx', description: 'an Excel workbook (.xlsx)', marker: 'xl/'},
  {format: 'pptx', description: 'a PowerPoint presentation (.pptx)', marker: 'ppt/'},
  {
    format: 'odt',
    description: 'an OpenDocument text (.odt)',
    marker: 'application/vnd.oasis.opendocument.text',
  },
  {format: 'epub', description: 'an EPUB book', marker: 'application/epub+zip'},
]

/**
 * The binary format a file's first bytes announce (a ZIP, and which Office or OpenDocument file it
 * is; PDF; executables; images; archives), or `undefined` when they announce none — which does not
 * make the bytes text: {@link decodeText} decides that. Looks at no more than the first 64 KiB.
 *
 * @example binaryFormat(new TextEncoder().encode('%PDF-1.7\n')) // {format: 'pdf', description: 'a PDF document'}
 */
export function binaryFormat(bytes: Uint8Array): BinaryFormat | undefined {
  for (const signature of signatures) {
    if (!startsWith(bytes, signature.bytes, signature.offset ?? 0)) continue
    const found = {format: signature.format, description: signature.description}
    return signature.format === 'zip' ? (zipKind(bytes) ?? found) : found
  }
  return undefined
}

function startsWith(bytes: Uint8Array, expected: readonly (number | undefined)[], offset: number): boolean {
  if (bytes.length < offset + expected.length) return false
  return expected.every((byte, index) => byte === undefined || bytes[offset + index] === byte)
}

function zipKind(bytes: Uint8Array): BinaryFormat | undefined {
  // Entry names are ASCII: read the window as Latin-1 so that every byte is one character.
  const window = bytes.subarray(0, zipWindow)
  let names = ''
  for (let start = 0; start < window.length; start += 8192) {
    names += String.fromCharCode(...window.subarray(start, start + 8192))
  }
  const kind = zipKinds.find((candidate) => names.includes(candidate.marker))
  return kind && {format: kind.format, description: kind.description}
}
