import {defineConfig} from 'tsup'
import {library} from '../../tsup.shared.js'

export default defineConfig([
  library,
  // The executable: one ESM file with its shebang kept. Its own modules are bundled in and evaluated
  // only when needed; readers and writers (@clausewise/*) stay imports, made only by the command that
  // uses them, so that `clausewise --version` loads nothing but this file.
  {
    entry: ['src/cli.ts'],
    format: ['esm'],
    splitting: false,
    noExternal: ['@clausewise/model'],
    sourcemap: true,
    tsconfig: 'tsconfig.json',
  },
])
