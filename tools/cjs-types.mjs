// Gives every package's declarations a CommonJS twin: for each `dist/types/**/*.d.ts` that `tsc -b`
// emitted, a `.d.cts` beside it whose relative imports name `.cjs` files. A package is ESM
// (`"type": "module"`), so TypeScript reads its `.d.ts` as ES modules; a `require()` user resolves the
// `require` condition to `index.d.cts` and must find CommonJS declarations all the way down, or
// TypeScript (and attw) report types that do not match the `.cjs` code. Linear in the files; run by
// `pnpm build` after `tsc -b`.
import {readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const packages = join(root, 'packages')

/** Relative specifiers in `from '…'`, `import('…')` and `declare module '…'`, ending in `.js`. */
const relative = /(from\s+|import\(\s*|declare module\s+)(['"])(\.{1,2}\/[^'"\n]*?)\.js\2/g

function declarations(directory) {
  let names
  try {
    names = readdirSync(directory)
  } catch {
    return []
  }
  return names.flatMap((name) => {
    const path = join(directory, name)
    if (statSync(path).isDirectory()) return declarations(path)
    return name.endsWith('.d.ts') ? [path] : []
  })
}

let written = 0
for (const name of readdirSync(packages)) {
  const types = join(packages, name, 'dist', 'types')
  for (const file of declarations(types)) {
    const source = readFileSync(file, 'utf8')
    const twin = source.replace(
      relative,
      (_all, before, quote, path) => `${before}${quote}${path}.cjs${quote}`,
    )
    const target = `${file.slice(0, -'.d.ts'.length)}.d.cts`
    let current
    try {
      current = readFileSync(target, 'utf8')
    } catch {
      current = undefined
    }
    if (current !== twin) {
      writeFileSync(target, twin)
      written++
    }
  }
}
console.log(`cjs-types: ${written} CommonJS declaration file(s) written`)
