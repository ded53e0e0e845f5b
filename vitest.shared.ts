import {fileURLToPath} from 'node:url'

const packages = ['model', 'akn', 'recognize', 'text', 'markdown', 'docx', 'diff', 'html']

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

/**
 * No test's verdict depends on wall-clock time: performance lives in `pnpm bench`, and a hostile-input
 * test bounds the work (operations, output size), not the seconds. The timeouts below only stop a test
 * that hangs, so they are far above anything a loaded 2-core machine needs; never lower one to assert
 * speed.
 */
export const hangGuard = {testTimeout: 600_000, hookTimeout: 600_000}

/**
 * Every project's setup: property tests draw from one fixed seed (`vitest.setup.ts`; `FC_SEED` draws
 * from another, `FC_SEED=random` from a new one each run).
 */
export const setupFiles = [fileURLToPath(new URL('./vitest.setup.ts', import.meta.url))]
