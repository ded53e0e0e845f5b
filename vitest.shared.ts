import {fileURLToPath} from 'node:url'

const packages = ['model', 'akn', 'text', 'markdown', 'diff', 'html']

/**
 * Tests import our packages from source, so `pnpm test:unit` needs no build: `@clausewise/x` resolves
 * to `packages/x/src/index.ts`, and `clausewise` (the CLI) to `packages/cli/src/index.ts`.
 */
export const alias: Record<string, string> = {
  ...Object.fromEntries(
    packages.map((name) => [
      `@clausewise/${name}`,
      fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url)),
    ]),
  ),
  clausewise: fileURLToPath(new URL('./packages/cli/src/index.ts', import.meta.url)),
}
