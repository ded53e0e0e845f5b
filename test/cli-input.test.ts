import {mkdtempSync, readFileSync, truncateSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {type Document, plainText} from '@clausewise/model'
import {type Io, main, nodeIo} from 'clausewise'
import {describe, expect, it} from 'vitest'
import {run} from './support/cli.js'

// Bad input is refused or decoded, never misread in silence (issue 14): every input below is made
// here, from small generators, and each run is checked for its exit code and its one-line message.
const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const text717 = join(root, '..', 'shared', 'corpus', 'osce', 'mc-dec-7-17.fr.txt')
const original = readFileSync(text717, 'utf8')

/** Each line of stderr, without the empty one after the last line break. */
const lines = (stderr: string) => stderr.split('\n').filter(Boolean)

/** Bytes of a deterministic pseudo-random generator (a linear congruential one), so that a failure reproduces. */
function randomBytes(length: number, seed: number): Uint8Array {
  let state = seed
  return new Uint8Array(length).map(() => {
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state >>> 23
  })
}

/** An ELF header (64-bit, little-endian, an executable for x86-64) followed by zeros and code-like bytes. */
function elfBinary(): Uint8Array {
  const bytes = new Uint8Array(4096)
  bytes.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0], 0)
  bytes.set([2, 0, 0x3e, 0, 1, 0, 0, 0], 16)
  bytes.set(randomBytes(2048, 3), 1024)
  return bytes
}

/** A stored (uncompressed) ZIP archive of these entries, as `zip -0` writes it. */
function zipOf(entries: Record<string, string>): Uint8Array {
  const parts: number[] = []
  const central: number[] = []
  const u16 = (value: number) => [value & 0xff, value >>> 8]
  const u32 = (value: number) => [...u16(value & 0xffff), ...u16(value >>> 16)]
  for (const [name, content] of Object.entries(entries)) {
    const nameBytes = [...new TextEncoder().encode(name)]
    const data = [...new TextEncoder().encode(content)]
    const crc = crc32(data)
    const offset = parts.length
    const common = [
      ...u16(20),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u32(crc),
      ...u32(data.length),
      ...u32(data.length),
      ...u16(nameBytes.length),
      ...u16(0),
    ]
    parts.push(0x50, 0x4b, 0x03, 0x04, ...common, ...nameBytes, ...data)
    central.push(
      0x50,
      0x4b,
      0x01,
      0x02,
      ...u16(20),
      ...common,
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u32(0),
      ...u32(offset),
      ...nameBytes,
    )
  }
  const count = Object.keys(entries).length
  const end = [
    0x50,
    0x4b,
    0x05,
    0x06,
    ...u16(0),
    ...u16(0),
    ...u16(count),
    ...u16(count),
    ...u32(central.length),
    ...u32(parts.length),
    ...u16(0),
  ]
  return Uint8Array.from([...parts, ...central, ...end])
}

function crc32(bytes: readonly number[]): number {
  let crc = 0xffffffff
  for (const byte of bytes) {
    crc ^= byte
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1
  }
  return (crc ^ 0xffffffff) >>> 0
}

const docx = () =>
  zipOf({
    '[Content_Types].xml': '<?xml version="1.0"?><Types/>',
    'word/document.xml':
      '<w:document><w:body><w:p><w:r><w:t>1. Décide</w:t></w:r></w:p></w:body></w:document>',
  })

/** UTF-16LE with its byte-order mark, as Notepad writes it. */
function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2)
  const view = new DataView(bytes.buffer)
  view.setUint16(0, 0xfeff, true)
  for (let index = 0; index < text.length; index++)
    view.setUint16(2 + index * 2, text.charCodeAt(index), true)
  return bytes
}

/** One byte a character, for text whose characters are all below U+0100 (ISO-8859-1). */
function latin1(text: string): Uint8Array {
  return Uint8Array.from(
    [...text].map((character) => {
      const code = character.charCodeAt(0)
      if (code > 0xff) throw new Error(`not Latin-1: ${character}`)
      return code
    }),
  )
}

async function parseToJson(name: string, bytes: Uint8Array) {
  const result = await run(['parse', name, '--to', 'json'], {[name]: bytes})
  expect(result.code, result.stderr).toBe(0)
  const document = (JSON.parse(result.stdout) as {document: Document}).document
  const paragraphs: string[] = []
  const walk = (node: {type: string; children?: unknown[]}) => {
    if (node.type === 'paragraph') paragraphs.push(plainText(node as never))
    for (const child of node.children ?? []) walk(child as never)
  }
  walk(document as never)
  return {document, paragraphs, stderr: result.stderr}
}

describe('clausewise on bad input', () => {
  it('reads an empty .txt or .md as an empty but valid document, with a warning', async () => {
    for (const name of ['empty.txt', 'empty.md']) {
      const result = await run(['parse', name, '--to', 'akn'], {[name]: ''})
      expect(result.code, name).toBe(0)
      expect(lines(result.stderr)).toEqual([
        `clausewise: ${name}: 1 warning (empty-input); --verbose shows them`,
      ])
      expect(result.stdout).toMatch(/^<\?xml[\s\S]*<akomaNtoso/)
    }
  })

  it('refuses an empty input with --strict: exit 2, nothing written', async () => {
    const result = await run(['parse', 'empty.md', '--to', 'akn', '--strict', '-o', 'out.xml'], {
      'empty.md': ' \n',
    })
    expect(result.code).toBe(2)
    expect(lines(result.stderr)).toEqual([
      'empty.md: warning: The input is empty: the document is empty [empty-input]',
      'clausewise: empty.md: 1 warning (empty-input) with --strict: nothing written',
    ])
    expect(result.written).toEqual({})
  })

  it('refuses 4 KB of random bytes as a binary file, exit 2, one line', async () => {
    for (const seed of [1, 2, 3]) {
      const result = await run(['parse', 'noise.txt', '--to', 'akn'], {'noise.txt': randomBytes(4096, seed)})
      expect(result.code).toBe(2)
      expect(lines(result.stderr)).toHaveLength(1)
      expect(result.stderr).toMatch(
        /^clausewise: noise\.txt: error: not a text file \(binary data[^\n]*\[not-text\]\n$/,
      )
      expect(result.stdout).toBe('')
    }
  })

  it('names an ELF binary renamed .txt', async () => {
    const result = await run(['parse', 'program.txt', '--to', 'akn'], {'program.txt': elfBinary()})
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      'clausewise: program.txt: error: not a text file (looks like an ELF executable) [not-text]\n',
    )
  })

  it('names a Word document renamed .txt or .md, with a hint, and a plain ZIP', async () => {
    for (const name of ['decision.txt', 'decision.md']) {
      const result = await run(['parse', name, '--to', 'akn'], {[name]: docx()})
      expect(result.code, name).toBe(2)
      expect(lines(result.stderr)).toHaveLength(1)
      expect(result.stderr).toContain(
        `clausewise: ${name}: error: not a text file (looks like a Word document (.docx));`,
      )
      // A Word file is read as one when its name or --from says so.
      expect(result.stderr).toMatch(/read it as a Word file: name it \.docx or pass --from docx/)
    }
    const zip = await run(['parse', 'bundle.md', '--to', 'akn'], {'bundle.md': zipOf({'a.txt': 'x'})})
    expect(zip.code).toBe(2)
    expect(zip.stderr).toBe(
      'clausewise: bundle.md: error: not a text file (looks like a ZIP archive) [not-text]\n',
    )
  })

  it('reads the 7/17 text in UTF-16LE with a byte-order mark like the UTF-8 original', async () => {
    const utf8 = await parseToJson('7-17.txt', new TextEncoder().encode(original))
    const utf16 = await parseToJson('7-17.txt', utf16le(original))
    expect(utf8.paragraphs.length).toBeGreaterThan(10)
    expect(utf16.paragraphs).toEqual(utf8.paragraphs)
    expect(utf16.document.meta.frbr.number).toBe(utf8.document.meta.frbr.number)
    expect(utf16.stderr).toBe(utf8.stderr)
  })

  it('reads the 7/17 text in Latin-1 with a warning: same number, same paragraphs', async () => {
    const utf8 = await parseToJson('7-17.txt', new TextEncoder().encode(original))
    // ISO-8859-1 has no ’ or œ: written the way a Latin-1 editor saves them.
    const ascii = original.replaceAll('’', "'").replaceAll('œ', 'oe')
    const plain = await parseToJson('7-17.txt', new TextEncoder().encode(ascii))
    const eightBit = await parseToJson('7-17.txt', latin1(ascii))
    expect(eightBit.document.meta.frbr.number).toBe(utf8.document.meta.frbr.number)
    expect(eightBit.paragraphs).toEqual(plain.paragraphs)
    expect(eightBit.paragraphs).toHaveLength(utf8.paragraphs.length)
    expect(lines(eightBit.stderr)).toEqual([
      expect.stringMatching(
        /^clausewise: 7-17\.txt: 2 warnings \(1 encoding-guessed, 1 footnote-reattached\); --verbose shows them$/,
      ),
    ])
  })

  it('shows where the guessed encoding starts with --verbose, and decodes --encoding without a warning', async () => {
    const bytes = latin1('Décision\n\n1. Décide de poursuivre ;\n')
    const verbose = await run(['parse', 'd.txt', '--to', 'json', '--verbose'], {'d.txt': bytes})
    expect(verbose.stderr).toMatch(
      /^d\.txt:1:2: warning: Not valid UTF-8 \(byte 0xE9 at 1:2\): read as Windows-1252 \[encoding-guessed\]$/m,
    )
    const given = await run(['parse', 'd.txt', '--to', 'json', '--encoding', 'latin1'], {'d.txt': bytes})
    expect(given.code).toBe(0)
    expect(given.stderr).not.toContain('encoding-guessed')
    expect(JSON.stringify(JSON.parse(given.stdout).document)).toContain('Décide de poursuivre')
    const unknown = await run(['parse', 'd.txt', '--to', 'json', '--encoding', 'ebcdic-42'], {'d.txt': bytes})
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toBe('clausewise: unknown encoding `ebcdic-42` (see clausewise --help)\n')
  })

  it('never turns bad bytes into U+FFFD without a word', async () => {
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode('Décision ° 7/17 — Conseil ministériel\n\n1. Décide'),
      0xff,
      0x0a,
    ])
    const result = await run(['parse', 'd.txt', '--to', 'json'], {'d.txt': bytes})
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('\uFFFD')
    expect(result.stderr).toMatch(/warnings? \([^)]*invalid-encoding/)
  })
})

describe('clausewise on characters XML cannot store', () => {
  it('writes the AKN with U+FFFD in their place and a warning for each, at its line and column', async () => {
    const result = await run(['parse', 'd.txt', '--to', 'akn', '--verbose'], {
      'd.txt': 'Decision\n\n1. Decides a\u0001b;\n\n2. Asks\u001Bc.\n',
    })
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Decides a\uFFFDb;')
    expect(result.stdout).toContain('Asks\uFFFDc.')
    expect(result.stderr).toMatch(/^d\.txt:3:13: warning: [^\n]*U\+0001[^\n]*\[forbidden-character\]$/m)
    expect(result.stderr).toMatch(/^d\.txt:5:8: warning: [^\n]*U\+001B[^\n]*\[forbidden-character\]$/m)
  })
})

describe('clausewise on a file too large to read', () => {
  it('refuses it from its size, before reading it, exit 2', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'clausewise-large-')), 'huge.txt')
    writeFileSync(path, '')
    truncateSync(path, 64 * 1024 * 1024 + 1) // sparse: no disk used, nothing read
    let stderr = ''
    const io: Io = {
      ...nodeIo,
      stderr(text) {
        stderr += text
      },
      isTty: false,
    }
    expect(await main(['parse', path, '--to', 'akn'], io)).toBe(2)
    expect(stderr).toBe(
      `clausewise: ${path}: error: input of 67108865 bytes is longer than maxLength (67108864) [input-too-large]\n`,
    )
  })
})
