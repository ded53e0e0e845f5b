import {ClausewiseError} from '@clausewise/model'
import {strToU8, zipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import {fromDocx} from '../src/index.js'
import {buildDocx, p} from './support/build-docx.js'

/** The error `fromDocx` throws on these bytes, checked to be a one-line `ClausewiseError`. */
function refusal(bytes: Uint8Array, options = {}): ClausewiseError {
  try {
    fromDocx(bytes, options)
  } catch (error) {
    expect(error).toBeInstanceOf(ClausewiseError)
    expect((error as Error).message).not.toMatch(/\n/)
    return error as ClausewiseError
  }
  throw new Error('fromDocx read the input')
}

const document = (body: string): string =>
  `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`

/** Set the declared (uncompressed) size of every entry to `size`, as a lying archive would. */
function lieAboutSizes(zip: Uint8Array, size: number): Uint8Array {
  const copy = zip.slice()
  const view = new DataView(copy.buffer)
  for (let at = 0; at + 4 <= copy.length; at++) {
    const signature = view.getUint32(at, true)
    if (signature === 0x02014b50) view.setUint32(at + 24, size, true)
    if (signature === 0x04034b50) view.setUint32(at + 22, size, true)
  }
  return copy
}

describe('fromDocx on hostile input', () => {
  it('refuses a part that inflates far past its compressed size (a zip bomb)', () => {
    // 8 MB of spaces in one text deflate about a thousandfold: past the ratio cap once the part has
    // inflated its first MiB, whatever its declared size says, and long before it is parsed.
    const huge = document(`<w:p><w:r><w:t>${' '.repeat(8 * 1024 * 1024)}</w:t></w:r></w:p>`)
    const bomb = buildDocx({body: '', extra: {'word/document.xml': huge}})
    expect(bomb.length).toBeLessThan(20_000)
    const error = refusal(lieAboutSizes(bomb, 100))
    expect(error.code).toBe('input-too-large')
    expect(error.message).toMatch(/maxCompressionRatio/)
  })

  it('refuses a part past maxPartSize and parts past maxInflatedSize in all', () => {
    const body = p('A clause of a decision, long enough to weigh something. '.repeat(40)).repeat(200)
    const bytes = buildDocx({body})
    expect(refusal(bytes, {maxPartSize: 100_000}).message).toMatch(/maxPartSize/)
    expect(refusal(bytes, {maxInflatedSize: 100_000}).message).toMatch(/maxInflatedSize/)
    expect(fromDocx(bytes).document.type).toBe('document')
  })

  it('ignores parts whose names climb out of the package or are absolute, and says so', () => {
    const bytes = buildDocx({
      body: p('Text'),
      extra: {
        '../../evil.xml': '<x/>',
        '/etc/passwd': 'x',
        'C:\\autoexec.bat': 'x',
        'word/../../up.xml': '<x/>',
      },
    })
    const {document, diagnostics} = fromDocx(bytes)
    expect(document.type).toBe('document')
    const refused = diagnostics.filter((diagnostic) => diagnostic.ruleId === 'part-refused')
    expect(refused).toHaveLength(4)
  })

  it('refuses an archive of 10,000 parts before inflating any', () => {
    const files: Record<string, Uint8Array> = {}
    for (let index = 0; index < 10_000; index++) files[`word/media/part${index}.xml`] = strToU8('<x/>')
    const error = refusal(zipSync(files, {level: 0}))
    expect(error.code).toBe('input-too-large')
    expect(error.message).toMatch(/10000 parts.*maxParts/)
  })

  it('never follows external targets or runs macros, and says so', () => {
    const bytes = buildDocx({
      body: p('Text'),
      relationships: [
        ['rIdTemplate', 'attachedTemplate', 'http://attacker.invalid/template.dotm', true],
        ['rIdImage', 'image', 'file:///etc/passwd', true],
        ['rIdMacros', 'http://schemas.microsoft.com/office/2006/relationships/vbaProject', 'vbaProject.bin'],
      ],
      extra: {'word/vbaProject.bin': new Uint8Array([1, 2, 3])},
    })
    const rules = fromDocx(bytes).diagnostics.map((diagnostic) => diagnostic.ruleId)
    expect(rules.filter((rule) => rule === 'external-target-ignored')).toHaveLength(2)
    expect(rules).toContain('macros-ignored')
  })

  it('refuses malformed XML, DTDs and nesting past maxDepth with one line naming the part', () => {
    const malformed = buildDocx({body: '', extra: {'word/document.xml': document('<w:p><w:r><w:t>open')}})
    expect(refusal(malformed)).toMatchObject({code: 'xml-malformed'})
    expect(refusal(malformed).message).toMatch(/word\/document\.xml/)
    const entity = buildDocx({
      body: '',
      extra: {'word/document.xml': `<!DOCTYPE x [<!ENTITY a "aaaa">]>${document(p('&a;'))}`},
    })
    expect(refusal(entity).code).toBe('xml-doctype')
    const deep = buildDocx({
      body: `${'<w:sdt><w:sdtContent>'.repeat(300)}${'</w:sdtContent></w:sdt>'.repeat(300)}`,
    })
    expect(refusal(deep).code).toBe('xml-too-deep')
  })

  it('refuses what is not a .docx', () => {
    expect(refusal(new Uint8Array()).code).toBe('not-docx')
    expect(refusal(strToU8('Décision nº 7/17')).code).toBe('not-docx')
    const ole = new Uint8Array(600)
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    expect(refusal(ole).message).toMatch(/encrypted \.docx or an old \.doc/)
    expect(refusal(zipSync({'readme.txt': strToU8('hello')})).code).toBe('not-docx')
  })

  it('applies the shared limits: maxLength in bytes, maxNodes', () => {
    const bytes = buildDocx({body: p('One').repeat(50)})
    expect(refusal(bytes, {maxLength: 100}).code).toBe('input-too-large')
    expect(refusal(bytes, {maxNodes: 20}).code).toBe('too-many-nodes')
  })
})
