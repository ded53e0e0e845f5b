import {defineConfig} from 'vitest/config'

// CI sets VITEST_JSON so that `.ci/run` can print `N passed, N failed` from vitest's own results.
const json = process.env.VITEST_JSON

export default defineConfig({
  test: {
    projects: ['packages/*', 'test'],
    reporters: json ? ['default', 'json'] : ['default'],
    ...(json ? {outputFile: {json}} : {}),
  },
})
