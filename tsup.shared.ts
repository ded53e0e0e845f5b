import type {Options} from 'tsup'

/** How every clausewise library builds: ESM and CJS with their own type declarations and source maps. */
export const library: Options = {
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  tsconfig: 'tsconfig.build.json',
}
