import {readFileSync} from 'node:fs'
import {type Io, main} from 'clausewise'

/** Run the CLI in process with a recording Io; files are read from disk unless given in `files`. */
export async function run(
  argv: string[],
  files: Record<string, string> = {},
  options: {stdoutIsTty?: boolean} = {},
): Promise<{
  code: number
  stdout: string
  stderr: string
  written: Record<string, string | Uint8Array>
  bytes: Uint8Array[]
}> {
  let stdout = ''
  let stderr = ''
  const written: Record<string, string | Uint8Array> = {}
  const bytes: Uint8Array[] = []
  const io: Io = {
    readFile: async (path) => {
      if (Object.hasOwn(files, path)) return files[path]!
      return readFileSync(path, 'utf8')
    },
    readBytes: async (path) => {
      if (Object.hasOwn(files, path)) return new TextEncoder().encode(files[path]!)
      return new Uint8Array(readFileSync(path))
    },
    stdoutBytes(content) {
      bytes.push(content)
    },
    stdoutIsTty: options.stdoutIsTty === true,
    writeFile(path, content) {
      written[path] = content
    },
    stdout(text) {
      stdout += text
    },
    stderr(text) {
      stderr += text
    },
    isTty: false,
  }
  const code = await main(argv, io)
  return {code, stdout, stderr, written, bytes}
}
