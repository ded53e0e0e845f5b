import {defineConfig} from 'tsup'
import {library} from '../../tsup.shared.js'

export default defineConfig([
  library,
  // The executable: ESM only, with its shebang kept.
  {entry: ['src/cli.ts'], format: ['esm'], sourcemap: true, tsconfig: 'tsconfig.json'},
])
