import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {run} from './support/cli.js'
import {expectValidComparison} from './support/comparison-schema.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const corpus = join(root, '..', 'shared', 'corpus', 'osce')
const text717 = join(corpus, 'mc-dec-7-17.fr.txt')
const text617 = join(corpus, 'mc-dec-6-17.fr.txt')
const draft1 = join(root, 'examples', 'drafts', 'mc-dec-7-17.draft-1.md')
const draft2 = join(root, 'examples', 'drafts', 'mc-dec-7-17.draft-2.md')
const skeleton = join(root, '..', 'shared', 'akn-schema', 'examples', 'decision-skeleton.xml')

describe('clausewise parse', () => {
  it('writes AKN for a text file, guessing the format from the extension', async () => {
    const result = await run(['parse', text717, '--to', 'akn'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^<\?xml/)
    expect(result.stdout).toContain('<statement name="decision">')
    expect(result.stdout).toContain('para_13')
  })

  it('writes the model as JSON with its diagnostics', async () => {
    const result = await run(['parse', skeleton, '--to', 'json'])
    expect(result.code).toBe(0)
    const parsed = JSON.parse(result.stdout)
    expect(parsed.document.type).toBe('document')
    expect(Array.isArray(parsed.diagnostics)).toBe(true)
  })

  it('reads standard input with --from', async () => {
    const result = await run(['parse', '-', '--from', 'markdown', '--to', 'json'], {
      '-': '# Décision\n\n1. Décide ;\n',
    })
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout).document.type).toBe('document')
  })

  it('writes to -o and nothing to stdout', async () => {
    const result = await run(['parse', text617, '--to', 'markdown', '-o', 'out.md'])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('')
    expect(result.written['out.md']).toContain('Le Conseil ministériel')
  })

  it('rejects an unknown format with one line naming the file, exit 2', async () => {
    const result = await run(['parse', 'decision.pdf', '--to', 'akn'])
    expect(result.code).toBe(2)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toContain('decision.pdf')
  })

  it('reports an unreadable file, exit 2', async () => {
    const result = await run(['parse', join(root, 'no-such-file.txt'), '--to', 'akn'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/no-such-file\.txt: no such file/)
  })

  it('reports invalid XML with line and column, exit 2, and writes nothing to -o', async () => {
    const result = await run(['parse', 'broken.xml', '--to', 'json', '-o', 'out.json'], {
      'broken.xml': '<akomaNtoso>\n  <statement name="x">\n    <p>text</statement>\n',
    })
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^clausewise: broken\.xml:\d+:\d+: /)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.written).toEqual({})
  })

  it('rejects a missing --to and unknown options, exit 2', async () => {
    expect((await run(['parse', text717])).code).toBe(2)
    expect((await run(['parse', text717, '--to', 'pdf'])).code).toBe(2)
    expect((await run(['parse', text717, '--to', 'akn', '--bogus'])).code).toBe(2)
    expect((await run(['frobnicate'])).code).toBe(2)
  })

  it('prints the version of its package', async () => {
    const manifest = JSON.parse(readFileSync(join(root, 'packages', 'cli', 'package.json'), 'utf8'))
    expect((await run(['--version'])).stdout).toBe(`${manifest.version}\n`)
  })

  it('prints help for each command', async () => {
    for (const command of ['parse', 'diff', 'compare']) {
      const result = await run([command, '--help'])
      expect(result.code).toBe(0)
      expect(result.stdout).toContain(`Usage: clausewise ${command}`)
    }
    expect((await run(['--help'])).stdout).toContain('clausewise parse')
  })
})

describe('clausewise messages', () => {
  it('names the file once when its format is unknown', async () => {
    const result = await run(['parse', 'notes.odt', '--to', 'akn'], {'notes.odt': 'x'})
    expect(result.code).toBe(2)
    expect(result.stderr.split('notes.odt')).toHaveLength(2)
    expect(result.stderr).toContain('--from akn|text|markdown|docx')
  })

  it('says a folder is a folder, with or without --from', async () => {
    for (const extra of [[], ['--from', 'text']]) {
      const result = await run(['parse', join(root, 'examples'), '--to', 'akn', ...extra])
      expect(result.code).toBe(2)
      expect(result.stderr).toMatch(/examples: is a directory/)
    }
  })

  it('counts warnings on stderr and shows them with --verbose', async () => {
    const quiet = await run(['parse', text717, '--to', 'json'])
    expect(quiet.code).toBe(0)
    // The count names the kinds of warning it counts.
    expect(quiet.stderr).toMatch(
      /^clausewise: .*mc-dec-7-17\.fr\.txt: 1 warning \(footnote-reattached\); --verbose shows them$/m,
    )
    const verbose = await run(['parse', text717, '--to', 'json', '--verbose'])
    // formatDiagnostic's form: file:line:column (the start of the place, never a range).
    expect(verbose.stderr).toMatch(/mc-dec-7-17\.fr\.txt:\d+:\d+: warning: [^\n]+ \[footnote-reattached\]$/m)
    expect(verbose.stderr).not.toMatch(/\d+:\d+-\d+:\d+/)
    expect(verbose.stderr).not.toContain('--verbose shows them')
  })

  it('lists the kinds --ignore takes', async () => {
    const result = await run(['diff', draft1, draft2, '--to', 'json', '--ignore', 'typo'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(
      '(expected typography, whitespace, case, punctuation, formatting, number, wording)',
    )
  })

  it('prints usage on stderr, exit 2, when given nothing', async () => {
    const result = await run([])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain('Usage:')
  })
})

describe('clausewise diff', () => {
  it('compares a text with a Markdown draft and writes the comparison as JSON', async () => {
    const result = await run(['diff', text717, draft2, '--to', 'json'])
    expect(result.code).toBe(0)
    const comparison = JSON.parse(result.stdout)
    expectValidComparison(result.stdout)
    expect(comparison.schema).toBe('clausewise/comparison@1')
    expect(comparison.old.label).toBe(text717)
    expect(comparison.clauses.length).toBeGreaterThan(20)
  })

  it('writes every redline format', async () => {
    for (const to of ['html', 'markdown', 'akn']) {
      const result = await run(['diff', draft1, draft2, '--to', to])
      expect(result.code, `${to}: ${result.stderr}`).toBe(0)
      expect(result.stdout.length).toBeGreaterThan(1000)
    }
    const side = await run(['diff', draft1, draft2, '--to', 'html', '--layout', 'side-by-side'])
    expect(side.code).toBe(0)
    expect((await run(['diff', draft1, draft2, '--to', 'html', '--layout', 'diagonal'])).code).toBe(2)
  })

  it('needs two files', async () => {
    const result = await run(['diff', draft1, '--to', 'json'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('two files')
  })
})

describe('clausewise compare', () => {
  it('aligns many documents and reports progress past three files', async () => {
    const result = await run(['compare', text617, text717, draft1, draft2, '--to', 'json'])
    expect(result.code).toBe(0)
    const multi = JSON.parse(result.stdout)
    expect(multi.schema).toBe('clausewise/multi-comparison@1')
    expect(multi.documents).toHaveLength(4)
    expect(result.stderr).toContain('reading 4/4')
  })

  it('writes an HTML table', async () => {
    const result = await run(['compare', text617, text717, '--to', 'html'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('<table')
  })
})

describe('the built executable', () => {
  const bin = join(root, 'packages', 'cli', 'dist', 'cli.js')

  it.skipIf(!existsSync(bin))(
    'exits 2 with one line on stderr for bad input, and leaves -o untouched',
    () => {
      const folder = mkdtempSync(join(tmpdir(), 'clausewise-'))
      const bad = join(folder, 'bad.xml')
      const output = join(folder, 'out.json')
      writeFileSync(bad, '<akomaNtoso><statement>')
      const result = spawnSync(process.execPath, [bin, 'parse', bad, '--to', 'json', '-o', output], {
        encoding: 'utf8',
      })
      expect(result.status).toBe(2)
      expect(result.stderr.trim().split('\n')).toHaveLength(1)
      expect(result.stderr).toContain('bad.xml')
      expect(existsSync(output)).toBe(false)
    },
  )

  it.skipIf(!existsSync(bin))('says when the folder of -o does not exist, exit 1', () => {
    const output = join(tmpdir(), 'clausewise-no-such-folder', 'out.xml')
    const result = spawnSync(process.execPath, [bin, 'parse', text717, '--to', 'akn', '-o', output], {
      encoding: 'utf8',
    })
    expect(result.status).toBe(1)
    expect(result.stderr.trim().split('\n').pop()).toBe(`clausewise: ${output}: cannot write: no such folder`)
  })

  it.skipIf(!existsSync(bin))('runs through pnpm exec from the repository root', () => {
    const output = execFileSync('pnpm', ['exec', 'clausewise', 'parse', text717, '--to', 'akn'], {
      cwd: root,
      encoding: 'utf8',
    })
    expect(output).toContain('<akomaNtoso')
    expect(readFileSync(text717, 'utf8').length).toBeGreaterThan(0)
  })
})

describe('clausewise and Word files', () => {
  it('parses a draft to .docx and a .docx to every format', async () => {
    const toWord = await run(['parse', draft1, '--to', 'docx', '-o', 'draft-1.docx'])
    expect(toWord.code).toBe(0)
    const word = toWord.written['draft-1.docx'] as Uint8Array
    expect([...word.subarray(0, 2)]).toEqual([0x50, 0x4b])
    const folder = mkdtempSync(join(tmpdir(), 'clausewise-'))
    const path = join(folder, 'draft-1.docx')
    writeFileSync(path, word)
    const fromWord = await run(['parse', path, '--to', 'markdown'])
    const fromMarkdown = await run(['parse', draft1, '--to', 'markdown'])
    expect(fromWord.code).toBe(0)
    // The text round-trips whole; of the metadata, a .docx keeps what its properties hold.
    const body = (markdown: string): string => markdown.slice(markdown.indexOf('\n---\n') + 5)
    expect(body(fromWord.stdout)).toBe(body(fromMarkdown.stdout))
    for (const to of ['akn', 'json', 'html'])
      expect((await run(['parse', path, '--to', to])).code, to).toBe(0)
  })

  it('writes a redline of any two inputs as Word tracked changes, by the author and date given', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'clausewise-'))
    const old = join(folder, 'old.docx')
    writeFileSync(old, (await run(['parse', draft1, '--to', 'docx', '-o', 'x'])).written.x as Uint8Array)
    const result = await run([
      'diff',
      old,
      draft2,
      '--to',
      'docx',
      '--author',
      'Secretariat',
      '--date',
      '2018-02-02T00:00:00Z',
      '-o',
      'redline.docx',
    ])
    expect(result.code).toBe(0)
    const {unzipSync, strFromU8} = await import('fflate')
    const xml = strFromU8(unzipSync(result.written['redline.docx'] as Uint8Array)['word/document.xml']!)
    expect(xml).toContain('<w:ins w:id=')
    expect(xml).toContain('w:author="Secretariat" w:date="2018-02-02T00:00:00Z"')
    expect(xml).toContain('<w:moveFrom ')
  })

  it('writes a .docx to standard output only when it is not a terminal', async () => {
    const piped = await run(['parse', draft1, '--to', 'docx'])
    expect(piped.code).toBe(0)
    expect(piped.bytes).toHaveLength(1)
    const terminal = await run(['parse', draft1, '--to', 'docx'], {}, {stdoutIsTty: true})
    expect(terminal.code).toBe(2)
    expect(terminal.bytes).toHaveLength(0)
    expect(terminal.stderr).toMatch(/binary file: give -o FILE\.docx/)
  })

  it('refuses a .docx that is not one in one line naming the file', async () => {
    const result = await run(['parse', 'broken.docx', '--to', 'json'], {'broken.docx': 'not a zip'})
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('clausewise: broken.docx: error: Not a .docx: not a zip archive [not-docx]\n')
  })
})
