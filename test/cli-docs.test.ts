import {mkdtempSync, readdirSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {fromAkn} from '@clausewise/akn'
import {removePositions} from '@clausewise/model'
import {profiles} from '@clausewise/text'
import {describe, expect, it} from 'vitest'
import {run} from './support/cli.js'
import {validateAkn} from './support/xsd.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

describe('docs/cli.md', () => {
  // Every `pnpm exec clausewise …` line of the guide's examples runs, in order (a later line may read
  // what an earlier one wrote), from the repository root, with files written to a temporary folder.
  const guide = readFileSync(join(root, 'docs', 'cli.md'), 'utf8')
  const block = guide.slice(guide.indexOf('Examples, run by the tests'))
  const lines = [...block.matchAll(/^pnpm exec clausewise (.+)$/gm)].map((match) => match[1]!)

  it('shows no bare `clausewise` command, which is not on the PATH of a clone', () => {
    const commands = [...guide.matchAll(/^```sh\n([\s\S]*?)```/gm)].flatMap((match) => match[1]!.split('\n'))
    for (const command of commands.filter(Boolean))
      expect(command).toMatch(/^(pnpm exec |npx pnpm@9 exec |node )/)
  })

  it('lists the --ignore kinds and --lang profiles that the CLI takes', async () => {
    const error = (await run(['diff', 'a.md', 'b.md', '--to', 'json', '--ignore', 'typo'])).stderr
    const kinds = /\(expected ([a-z, ]+)\)/.exec(error)![1]!.split(', ')
    const listed = /`--ignore <kinds>`[^—]*—([^.]*)\./.exec(guide.replace(/\n\s*/g, ' '))![1]!
    expect([...listed.matchAll(/`([a-z]+)`/g)].map((match) => match[1])).toEqual(kinds)
    expect(guide).toContain(
      `built-in profiles: ${Object.keys(profiles)
        .map((name) => `\`${name}\``)
        .join(', ')}`,
    )
  })

  it('has examples', () => {
    expect(lines.length).toBeGreaterThanOrEqual(5)
  })

  it('runs each example successfully', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'clausewise-docs-'))
    const written: Record<string, string | Uint8Array> = {}
    // A bare file name is an output of the examples (in the temporary folder); a path is from the root.
    const place = (part: string) =>
      /^[\w.-]+\.(?:xml|html|md|json|docx)$/.test(part)
        ? join(folder, part)
        : part.includes('/')
          ? resolve(root, part)
          : part
    // `-o=table.html`: the value after `=` is placed like a separate argument.
    const placeArgument = (part: string) => {
      const option = /^(-\w=|--[\w-]+=)(.+)$/.exec(part)
      return option ? `${option[1]}${place(option[2]!)}` : place(part)
    }
    for (const line of lines) {
      const argv = line.split(' ').map(placeArgument)
      const result = await run(argv, written)
      expect(result.code, `clausewise ${line}: ${result.stderr}`).toBe(0)
      Object.assign(written, result.written)
      expect(result.stdout.length + Object.keys(result.written).length, line).toBeGreaterThan(0)
    }
  })
})

describe('clausewise parse on the AKN examples', () => {
  const folder = join(root, '..', 'shared', 'akn-schema', 'examples')
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.xml'))) {
    it(`${name}: writes valid AKN that reads back to the same model`, async () => {
      const path = join(folder, name)
      const first = await run(['parse', path, '--to', 'akn'])
      expect(first.code, first.stderr).toBe(0)
      expect(await validateAkn(first.stdout, name)).toEqual([])
      const again = await run(['parse', 'again.xml', '--to', 'json'], {'again.xml': first.stdout})
      expect(again.code, again.stderr).toBe(0)
      const original = fromAkn(readFileSync(path, 'utf8')).document
      expect(removePositions(JSON.parse(again.stdout).document)).toEqual(removePositions(original))
    })
  }
})
