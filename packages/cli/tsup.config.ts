import {defineConfig} from 'tsup'

export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    tsconfig: 'tsconfig.build.json',
  },
  {
    // The executable: ESM only, with its shebang kept.
    entry: ['src/cli.ts'],
    format: ['esm'],
    sourcemap: true,
    tsconfig: 'tsconfig.build.json',
  },
])
