import {defineConfig} from 'tsup'
import {library} from '../../tsup.shared.js'

export default defineConfig([
  {...library, format: ['esm']},
  // unified and remark are ESM only: `require()` of them fails, so the CJS entry bundles them.
  {...library, format: ['cjs'], clean: false, noExternal: [/^(?!@clausewise\/)/]},
])
