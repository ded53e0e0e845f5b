import {defineConfig} from 'tsup'
import {library} from '../../tsup.shared.js'

// unified, remark and micromark are ESM only; Node ≥ 20.19 `require()`s them, so the CJS entry loads
// them like any dependency (it does not bundle them).
export default defineConfig(library)
