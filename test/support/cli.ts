import {readFileSync} from 'node:fs'
import {type Io, main} from 'clausewise'

/** Run the CLI in process with a recording Io; files are read from disk unless given in `files`. */
export async function run(
  argv: string[],
  files: Record<string, string> = {},
): Promise<{code: number; stdout: string; stderr: string; written: Record<string, string>}> {
  let stdout = ''
  let stderr = ''
  const written: Record<string, string> = {}
  const io: Io = {
    readFile: async (path) => {
      if (Object.hasOwn(files, path)) return files[path]!
      return readFileSync(path, 'utf8')
    },
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
  return {code, stdout, stderr, written}
}
