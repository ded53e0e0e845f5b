import {defineProject} from 'vitest/config'
import {alias, hangGuard, setupFiles} from '../../vitest.shared.js'

export default defineProject({
  resolve: {alias},
  test: {name: 'markdown', include: ['test/**/*.test.ts'], ...hangGuard, setupFiles},
})
