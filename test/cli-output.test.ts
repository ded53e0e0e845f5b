import {spawn as spawnChild, spawnSync} from 'node:child_process'
import {
  chmodSync,
  closeSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {type Io, main, nodeIo} from 'clausewise'
import {describe, expect, it} from 'vitest'
import {bin, built} from './support/cli.js'

// Output errors are one line and exit 1; -o writes whole files only where it may (issues 14 and 16).
const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const draft = join(root, 'examples', 'drafts', 'mc-dec-7-17.draft-1.md')

/** The CLI in process on the real file system, its stdout and stderr recorded. */
async function runOnDisk(argv: string[]) {
  let stdout = ''
  let stderr = ''
  const io: Io = {
    ...nodeIo,
    stdout(text) {
      stdout += text
    },
    stderr(text) {
      stderr += text
    },
    isTty: false,
    stdoutIsTty: false,
  }
  const code = await main(argv, io)
  return {code, stdout, stderr}
}

const folder = () => mkdtempSync(join(tmpdir(), 'clausewise-out-'))
const leftovers = (path: string) => readdirSync(path).filter((name) => name.endsWith('.tmp'))

describe('clausewise -o', () => {
  it('accepts -o=FILE and --to=FORMAT', async () => {
    const output = join(folder(), 'x.xml')
    const result = await runOnDisk(['parse', draft, '--to=akn', `-o=${output}`])
    expect(result.code, result.stderr).toBe(0)
    expect(readFileSync(output, 'utf8')).toMatch(/^<\?xml/)
    expect(existsSync(join(dirname(output), `=${output}`))).toBe(false)
  })

  it('writes output names of 238 to 255 bytes, leaving no temporary file', async () => {
    const place = folder()
    for (const length of [238, 250, 255]) {
      const output = join(place, `${'n'.repeat(length - 4)}.xml`)
      const result = await runOnDisk(['parse', draft, '--to', 'akn', '-o', output])
      expect(result.code, `${length}: ${result.stderr}`).toBe(0)
      expect(readFileSync(output, 'utf8')).toContain('<akomaNtoso')
    }
    expect(leftovers(place)).toEqual([])
  })

  it('refuses to replace a read-only file unless --force, which keeps its permissions', async () => {
    const output = join(folder(), 'locked.xml')
    writeFileSync(output, 'keep me')
    chmodSync(output, 0o444)
    const refused = await runOnDisk(['parse', draft, '--to', 'akn', '-o', output])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toBe(`clausewise: ${output}: is read-only; pass --force to replace it\n`)
    expect(readFileSync(output, 'utf8')).toBe('keep me')
    const forced = await runOnDisk(['parse', draft, '--to', 'akn', '-o', output, '--force'])
    expect(forced.code, forced.stderr).toBe(0)
    expect(readFileSync(output, 'utf8')).toContain('<akomaNtoso')
    expect(statSync(output).mode & 0o777).toBe(0o444)
    expect(leftovers(dirname(output))).toEqual([])
  })

  it('does not write through a symbolic link unless --follow-symlinks, which keeps the link', async () => {
    const place = folder()
    const target = join(place, 'target.xml')
    const link = join(place, 'link.xml')
    writeFileSync(target, 'old')
    symlinkSync(target, link)
    const refused = await runOnDisk(['parse', draft, '--to', 'akn', '-o', link])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toBe(
      `clausewise: ${link}: is a symbolic link; pass --follow-symlinks to write to the file it points to\n`,
    )
    expect(readFileSync(target, 'utf8')).toBe('old')
    expect(lstatSync(link).isSymbolicLink()).toBe(true)
    const followed = await runOnDisk(['parse', draft, '--to', 'akn', '-o', link, '--follow-symlinks'])
    expect(followed.code, followed.stderr).toBe(0)
    expect(readFileSync(target, 'utf8')).toContain('<akomaNtoso')
    expect(readlinkSync(link)).toBe(target)
    expect(leftovers(place)).toEqual([])
  })

  it('refuses a link to nothing even with --follow-symlinks', async () => {
    const place = folder()
    const link = join(place, 'dangling.xml')
    symlinkSync(join(place, 'missing', 'file.xml'), link)
    const result = await runOnDisk(['parse', draft, '--to', 'akn', '-o', link, '--follow-symlinks'])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(`clausewise: ${link}: is a symbolic link to a file that does not exist\n`)
  })

  it.skipIf(!existsSync('/dev/null'))('writes to a device in place, never replacing it', async () => {
    const result = await runOnDisk(['parse', draft, '--to', 'akn', '-o', '/dev/null'])
    expect(result.code, result.stderr).toBe(0)
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true)
  })

  it('leaves the target and its folder untouched when the input is bad', async () => {
    const place = folder()
    const input = join(place, 'bad.xml')
    const output = join(place, 'out.xml')
    writeFileSync(input, '<akomaNtoso><statement>')
    writeFileSync(output, 'before')
    const result = await runOnDisk(['parse', input, '--to', 'json', '-o', output])
    expect(result.code).toBe(2)
    expect(readFileSync(output, 'utf8')).toBe('before')
    expect(leftovers(place)).toEqual([])
  })
})

describe('output errors', () => {
  // The errors a system gives, as Node reports them (`code`), thrown by a stand-in for the real Io.
  const failing = (code: string, where: 'stdout' | 'writeFile') => {
    let stderr = ''
    const error = Object.assign(new Error(`${code}: failed`), {code})
    const io: Io = {
      ...nodeIo,
      stdout: where === 'stdout' ? () => Promise.reject(error) : () => undefined,
      writeFile: where === 'writeFile' ? () => Promise.reject(error) : () => undefined,
      stderr(text) {
        stderr += text
      },
      isTty: false,
    }
    return {io, stderr: () => stderr}
  }

  it('are one line and exit 1, naming the file or <stdout>', async () => {
    const cases: [string, 'stdout' | 'writeFile', string][] = [
      ['EACCES', 'writeFile', 'clausewise: out.xml: cannot write: permission denied'],
      ['ENOSPC', 'writeFile', 'clausewise: out.xml: cannot write: no space left on device'],
      ['EROFS', 'writeFile', 'clausewise: out.xml: cannot write: read-only file system'],
      ['ENOSPC', 'stdout', 'clausewise: <stdout>: cannot write: no space left on device'],
      ['EIO', 'stdout', 'clausewise: <stdout>: cannot write: input/output error'],
    ]
    for (const [code, where, message] of cases) {
      const {io, stderr} = failing(code, where)
      const argv = ['parse', draft, '--to', 'akn', ...(where === 'writeFile' ? ['-o', 'out.xml'] : [])]
      expect(await main(argv, io), code).toBe(1)
      expect(stderr(), code).toBe(`${message}\n`)
    }
  })

  it('end quietly with exit 0 when the reader of standard output went away (EPIPE)', async () => {
    const {io, stderr} = failing('EPIPE', 'stdout')
    expect(await main(['parse', draft, '--to', 'akn'], io)).toBe(0)
    expect(stderr()).toBe('')
  })
})

describe.skipIf(!built)('the executable and its standard output', () => {
  it('ends quietly with exit 0 when the reader of a pipe goes away (EPIPE)', async () => {
    const input = join(folder(), 'long.md')
    const paragraphs = Array.from(
      {length: 500},
      (_, index) => `${index + 1}. Décide de poursuivre les travaux ;`,
    )
    writeFileSync(input, `# Décision\n\n${paragraphs.join('\n')}\n`)
    const child = spawnChild(process.execPath, [bin, 'parse', input, '--to', 'json'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (chunk) => {
      stderr += chunk
    })
    // Like `| head -c 1`: read one chunk of a megabyte of JSON, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy())
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(code).toBe(0)
    expect(stderr).not.toMatch(/EPIPE|Error|at /)
  })

  it.skipIf(!existsSync('/dev/full'))('says in one line, exit 1, when standard output is full', () => {
    const full = openSync('/dev/full', 'w')
    try {
      const result = spawnSync(process.execPath, [bin, 'parse', draft, '--to', 'akn'], {
        stdio: ['ignore', full, 'pipe'],
        encoding: 'utf8',
      })
      expect(result.status).toBe(1)
      expect(result.stderr).toBe('clausewise: <stdout>: cannot write: no space left on device\n')
    } finally {
      closeSync(full)
    }
  })

  it('reports what a parser warns on the process in the one-line form', () => {
    const input = join(folder(), 'tagged.md')
    writeFileSync(input, '---\nsymbol: !custom MC.DEC/7/17\n---\n\n# Décision\n\n1. Décide ;\n')
    for (const extra of [[], ['--verbose']]) {
      const result = spawnSync(process.execPath, [bin, 'parse', input, '--to', 'json', ...extra], {
        encoding: 'utf8',
      })
      expect(result.status).toBe(0)
      expect(result.stderr).not.toContain('(node:')
      for (const line of result.stderr.split('\n').filter(Boolean)) {
        expect(line).toMatch(
          /^(clausewise: |[^:]+tagged\.md(:\d+:\d+)?: (warning|info|error): .+ \[[\w-]+\]$)/,
        )
      }
    }
  })
})
