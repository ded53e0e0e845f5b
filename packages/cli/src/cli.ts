import type {Diagnostic} from '@clausewise/model'
import {type Io, nodeIo} from './io.js'
import {main} from './main.js'

// Some parsers warn through `process.emitWarning` (the YAML parser of front matter does), which Node
// prints as a multi-line `(node:1234) …` message. The executable takes them instead and reports them as
// diagnostics of the file being read, in the one-line form; Node's own deprecations are not the user's.
// Set up when the first file is read, so that `--version` and `--help` start with nothing to do.
const emitted: Error[] = []
let capturing = false

function capture(): void {
  if (capturing) return
  capturing = true
  process.removeAllListeners('warning')
  process.on('warning', (warning) => {
    if (warning.name !== 'DeprecationWarning') emitted.push(warning)
  })
  process.stderr.on('error', () => {})
}

const kebab = (text: string) => text.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()

async function warnings(): Promise<Diagnostic[]> {
  // A warning is emitted on the next tick after the call that raised it.
  await new Promise((resolve) => setImmediate(resolve))
  return emitted.splice(0).map((warning) => {
    const kind = kebab(warning.name.replace(/Warning$/, '')) || 'warning'
    const code = (warning as {code?: unknown}).code
    return {
      reason: warning.message.split('\n', 1)[0] ?? '',
      ruleId: typeof code === 'string' ? `${kind}-${kebab(code)}` : kind,
      source: warning.name,
      fatal: false,
    }
  })
}

// nodeIo's other members are inherited, not copied: its getters (`isTty`) stay lazy.
const io: Io = Object.assign(Object.create(nodeIo) as Io, {
  readFile: (path: string) => {
    capture()
    return nodeIo.readFile(path)
  },
  warnings,
})

main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(
      `clausewise: internal error: ${String(error).split('\n', 1)[0]} (please report it)\n`,
    )
    process.exitCode = 1
  },
)
