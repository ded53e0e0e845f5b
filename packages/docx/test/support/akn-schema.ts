import {execFileSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

/** The shared AKN 3.0 schema (`/work/shared/akn-schema`). */
const schema = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  '..',
  '..',
  'shared',
  'akn-schema',
  'akomantoso30.xsd',
)

/**
 * The distinct schema errors xmllint reports for an AKN document (line numbers left out, so that
 * the errors of two documents compare), none for a valid one.
 */
export function schemaErrors(xml: string): string[] {
  const folder = mkdtempSync(join(tmpdir(), 'clausewise-docx-'))
  try {
    const file = join(folder, 'document.xml')
    writeFileSync(file, xml)
    try {
      execFileSync('xmllint', ['--noout', '--schema', schema, file], {
        stdio: 'pipe',
        maxBuffer: 64 * 1024 * 1024,
      })
      return []
    } catch (error) {
      const lines = String((error as {stderr?: unknown}).stderr ?? error).split('\n')
      return [
        ...new Set(
          lines.filter((line) => line.includes(' error')).map((line) => line.replace(/^[^ ]* /, '')),
        ),
      ]
    }
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}
