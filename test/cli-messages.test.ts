import {join} from 'node:path'
import {profiles} from '@clausewise/text'
import {describe, expect, it} from 'vitest'
import {run} from './support/cli.js'

// Every message is one line, safe for a terminal, and help and errors name the same things.

const lines = (stderr: string) => stderr.split('\n').filter(Boolean)
// What no line printed to a terminal may hold raw: C0 and C1 controls (but the line feed ending it),
// DEL, and bidi or zero-width characters.
const raw = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/

describe('file names with control characters', () => {
  const evil = 'evil\u001B[31m\nclausewise: forged.txt'

  it('are escaped in every message, and cannot forge a second line', async () => {
    const empty = await run(['parse', evil, '--to', 'akn'], {[evil]: ''})
    expect(empty.code).toBe(0)
    expect(lines(empty.stderr)).toEqual([
      'clausewise: evil\\x1B[31m\\nclausewise: forged.txt: 1 warning (empty-input); --verbose shows them',
    ])
    const missing = await run(['parse', join('/no/such', evil), '--to', 'akn'])
    expect(missing.code).toBe(2)
    expect(lines(missing.stderr)).toHaveLength(1)
    expect(missing.stderr).not.toMatch(raw)
    const verbose = await run(['parse', evil, '--to', 'akn', '--verbose'], {[evil]: ''})
    expect(verbose.stderr).not.toMatch(raw)
    expect(
      lines(verbose.stderr).every((line) => line.startsWith('evil\\x1B[31m\\nclausewise: forged.txt:')),
    ).toBe(true)
  })

  it('are escaped in the progress of compare and in bidi-reordered names', async () => {
    const names = ['a\rb.md', 'c\u202Etxt.md', 'd\u0007.md', evil.replace('.txt', '.md')]
    const files = Object.fromEntries(names.map((name) => [name, '# Décision\n\n1. Décide ;\n']))
    const result = await run(['compare', ...names, '--to', 'json'], files)
    expect(result.code, result.stderr).toBe(0)
    expect(result.stderr).not.toMatch(raw)
    expect(result.stderr).toContain('reading 2/4 c\\u{202E}txt.md')
    expect(lines(result.stderr).filter((line) => line.includes('reading'))).toHaveLength(4)
  })

  it('are escaped in the reasons of diagnostics too', async () => {
    const source = '---\n"\u001B[2Jkey": x\n---\n\n# Décision\n\n1. Décide ;\n'
    const result = await run(['parse', 'd.md', '--to', 'json', '--verbose'], {'d.md': source})
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('\\x1B[2Jkey')
    expect(result.stderr).not.toMatch(raw)
  })

  it('the output shown on a terminal has its control characters escaped; piped, it is left as data', async () => {
    const source = '# Décision\n\n1. D\u001B]0;pwned\u0007écide ;\n'
    const piped = await run(['parse', 'd.md', '--to', 'markdown'], {'d.md': source})
    const shown = await run(['parse', 'd.md', '--to', 'markdown'], {'d.md': source}, {stdoutIsTty: true})
    expect(shown.code).toBe(0)
    expect(shown.stdout).not.toMatch(raw)
    expect(shown.stdout.split('\n')).toHaveLength(piped.stdout.split('\n').length)
  })
})

describe('arguments', () => {
  it('say what is wrong in one line, exit 2', async () => {
    const cases: [string[], string][] = [
      [
        ['parse', 'a.md', '--to', 'akn', '--bogus'],
        'clausewise: unknown option `--bogus` (see clausewise --help)',
      ],
      [['parse', 'a.md', '--to', 'akn', '-x'], 'clausewise: unknown option `-x` (see clausewise --help)'],
      [['parse', 'a.md', '--to'], 'clausewise: option --to needs a value <format>'],
      [['parse', 'a.md', '-o'], 'clausewise: option -o needs a value <file>'],
      [['parse', 'a.md', '--to', 'akn', '-o='], 'clausewise: option -o needs a value <file>'],
      [['parse', 'a.md', '--to', 'akn', '--verbose=yes'], 'clausewise: option --verbose takes no value'],
      [['parse', 'a.md', '--to', 'akn', '--to', 'json'], 'clausewise: option --to is given twice'],
      [
        ['parse', 'a.md', '--to', 'akn', '--layout', 'inline'],
        'clausewise: option --layout is for diff only (see clausewise parse --help)',
      ],
      [
        ['frobnicate'],
        'clausewise: unknown command `frobnicate` (expected parse, diff, compare; see clausewise --help)',
      ],
      [
        ['parse', 'a.md', '--to', 'pdf'],
        'clausewise: unknown --to `pdf` (expected akn, json, markdown, html, docx)',
      ],
      [['parse', 'a.md'], 'clausewise: --to is required (akn, json, markdown, html, docx)'],
      [
        ['parse', 'a.md', '--to', 'akn', '--from', 'pdf'],
        'clausewise: a.md: error: unknown input format `pdf` (expected akn, text, markdown, docx) [unknown-format]',
      ],
    ]
    for (const [argv, message] of cases) {
      const result = await run(argv, {'a.md': '# Décision\n'})
      expect(result.code, argv.join(' ')).toBe(2)
      expect(result.stderr, argv.join(' ')).toBe(`${message}\n`)
      expect(result.stdout).toBe('')
    }
  })

  it('take values inline, after --, and - for standard input', async () => {
    const files = {'-': '# Décision\n\n1. Décide ;\n', '-odd.md': '# Décision\n\n1. Décide ;\n'}
    expect((await run(['parse', '-', '--from=markdown', '--to=json'], files)).code).toBe(0)
    expect((await run(['parse', '--to', 'json', '--', '-odd.md'], files)).code).toBe(0)
    const written = await run(['parse', '--to=akn', '-oout.xml', '--', '-odd.md'], files)
    expect(Object.keys(written.written)).toEqual(['out.xml'])
    const equals = await run(['parse', '--to=akn', '-o=out.xml', '--', '-odd.md'], files)
    expect(Object.keys(equals.written)).toEqual(['out.xml'])
  })
})

describe('help', () => {
  const help = async (command?: string) => (await run(command ? [command, '--help'] : ['--help'])).stdout

  it('lists --verbose, --strict and --encoding for every command', async () => {
    for (const command of ['parse', 'diff', 'compare']) {
      const text = await help(command)
      for (const option of ['--verbose', '--strict', '--encoding', '--lang', '--from', '-o, --output']) {
        expect(text, `${command} ${option}`).toContain(option)
      }
    }
  })

  it('describes --lang in the same words everywhere', async () => {
    const line = (text: string) => text.split('\n').find((entry) => entry.includes('--lang'))
    const parse = line(await help('parse'))
    // The profiles the text reader has, as help names them.
    expect((await help('parse')).replace(/\n\s+/g, ' ')).toContain(
      `built-in profiles: ${Object.keys(profiles).join(', ')} (default: detected)`,
    )
    expect(line(await help('diff'))).toBe(parse)
    expect(line(await help('compare'))).toBe(parse)
  })

  it('lists the --ignore kinds that the error message lists, and no others', async () => {
    const error = (await run(['diff', 'a.md', 'b.md', '--to', 'json', '--ignore', 'typo'])).stderr
    const expected = /\(expected ([a-z, ]+)\)/.exec(error)![1]!
    const text = (await help('diff')).replace(/\n\s+/g, ' ')
    expect(text).toContain(`comma-separated change kinds to ignore: ${expected}`)
    expect(expected.split(', ')).toHaveLength(7)
  })

  it('lists each command’s output formats as --to accepts them', async () => {
    for (const [command, formats] of [
      ['parse', 'akn, json, markdown, html, docx'],
      ['diff', 'json, html, markdown, akn, docx'],
      ['compare', 'json, html'],
    ] as const) {
      expect(await help(command)).toContain(`--to <format>             output format: ${formats}`)
      const error = await run([command, 'a.md', 'b.md', '--to', 'pdf'])
      expect(error.stderr).toContain(`(expected ${formats})`)
    }
  })

  it('keeps every line within 100 columns', async () => {
    for (const command of [undefined, 'parse', 'diff', 'compare']) {
      for (const line of (await help(command)).split('\n')) expect(line.length, line).toBeLessThanOrEqual(100)
    }
  })
})
