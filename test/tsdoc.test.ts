import {readdirSync, readFileSync, statSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

// Every public function, class and constant has a TSDoc comment with an `@example`: public means
// re-exported (not as a type) by the package's src/index.ts from its own modules.
const root = join(dirname(fileURLToPath(import.meta.url)), '..')

function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name)
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : []
  })
}

function publicNames(index: string): string[] {
  const names: string[] = []
  // Names re-exported from another of our packages are documented (and checked) there.
  for (const match of index.matchAll(/export \{([^}]*)\} from '\.\//g)) {
    for (const part of match[1]!.split(',')) {
      const name = part.trim()
      if (name && !name.startsWith('type '))
        names.push(
          name
            .split(/\s+as\s+/)
            .pop()!
            .trim(),
        )
    }
  }
  return names
}

for (const name of readdirSync(join(root, 'packages'))) {
  describe(`packages/${name}`, () => {
    it('documents every public export with an example', () => {
      const folder = join(root, 'packages', name, 'src')
      const code = sources(folder).map((path) => readFileSync(path, 'utf8'))
      const missing: string[] = []
      const names = publicNames(readFileSync(join(folder, 'index.ts'), 'utf8'))
      expect(names.length).toBeGreaterThan(0)
      for (const exported of names) {
        const declaration = new RegExp(
          `(/\\*\\*(?:(?!\\*/)[\\s\\S])*\\*/)\\s*export (?:async )?(?:function|const|class) ${exported}\\b`,
        )
        const documented = code.some((text) => declaration.exec(text)?.[1]?.includes('@example'))
        if (!documented) missing.push(exported)
      }
      expect(missing).toEqual([])
    })
  })
}
