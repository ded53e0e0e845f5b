import type {Options} from 'tsup'

/**
 * How every clausewise library builds its JavaScript: ESM and CJS with source maps. Type declarations
 * are not built here: one `tsc -b` at the root emits them for every package at once (into
 * `dist/types/`, with `.d.cts` twins for `require`; see `tools/cjs-types.mjs`), which is the same
 * work as the typecheck instead of one more TypeScript program per package and format. So `dist/` is
 * not cleaned here either: it holds the declarations `tsc -b` keeps up to date.
 */
export const library: Options = {
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: false,
  sourcemap: true,
  clean: false,
  tsconfig: 'tsconfig.json',
}
