import {ClausewiseError} from '@clausewise/model'
import {Inflate} from 'fflate'

/** One entry of a zip's central directory. */
export interface ZipEntry {
  /** The part name as stored, decoded as UTF-8. */
  name: string
  /** 0 stored, 8 deflate; anything else is not read. */
  method: number
  /** Bit 0: encrypted. */
  flags: number
  compressedSize: number
  /** As declared; never trusted for allocation. */
  declaredSize: number
  localOffset: number
}

/** What bounds the work of reading a zip. */
export interface ZipLimits {
  maxParts: number
  maxPartSize: number
  maxInflatedSize: number
  maxCompressionRatio: number
}

/** Why a part could not be read: the caller decides whether that is fatal. */
export type PartProblem = 'too-large' | 'ratio' | 'encrypted' | 'method' | 'corrupt' | 'total'

/** A zip read on demand: its directory now, each part's bytes when asked for. */
export interface ZipArchive {
  entries: Map<string, ZipEntry>
  /** Names refused from the directory (path traversal, absolute, duplicate), with why. */
  refused: {name: string; why: string}[]
  /** Inflated bytes of a part, or a problem; bounded by the limits. */
  read(name: string): Uint8Array | {problem: PartProblem; detail: string}
}

const oleSignature = [0xd0, 0xcf, 0x11, 0xe0]
// Input bytes handed to the inflater at a time: deflate expands at most ~1032×, so one push cannot
// produce more than about 8 MB before the size checks run again.
const pushSize = 8192
// A part this small is never called a bomb for its ratio alone (tiny, repetitive XML compresses well).
const ratioFloor = 1024 * 1024

function notDocx(reason: string): ClausewiseError {
  return new ClausewiseError('not-docx', reason)
}

function u16(bytes: Uint8Array, at: number): number {
  return bytes[at]! | (bytes[at + 1]! << 8)
}

function u32(bytes: Uint8Array, at: number): number {
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0
}

const decoder = new TextDecoder('utf-8')

/** Why a part name is refused, or `undefined` for a safe one. */
function unsafeName(name: string): string | undefined {
  if (name === '') return 'an empty name'
  if (name.startsWith('/') || name.includes('\\') || /^[A-Za-z]:/.test(name)) return 'an absolute path'
  if (name.split('/').some((segment) => segment === '..' || segment === '.')) return 'a path traversal'
  if (/[\u0000-\u001f]/.test(name)) return 'a control character'
  return undefined
}

/**
 * Read the central directory of a zip, without inflating anything: entry count, names and sizes are
 * checked against the limits before any part is read.
 */
export function openZip(bytes: Uint8Array, limits: ZipLimits): ZipArchive {
  if (oleSignature.every((value, index) => bytes[index] === value)) {
    throw notDocx('This is an OLE compound file (an encrypted .docx or an old .doc), not a .docx')
  }
  if (bytes.length < 22 || u32(bytes, 0) !== 0x04034b50) throw notDocx('Not a .docx: not a zip archive')
  // The end-of-central-directory record is in the last 22 + 65,535 bytes.
  let end = -1
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65535); at--) {
    if (u32(bytes, at) === 0x06054b50) {
      end = at
      break
    }
  }
  if (end < 0) throw notDocx('Not a .docx: the zip has no central directory')
  const count = u16(bytes, end + 10)
  const directorySize = u32(bytes, end + 12)
  const directoryOffset = u32(bytes, end + 16)
  if (count === 0xffff || directoryOffset === 0xffffffff) {
    throw notDocx('Not a .docx: ZIP64 archives are not read')
  }
  if (count > limits.maxParts) {
    throw new ClausewiseError(
      'input-too-large',
      `The .docx has ${count} parts, more than the limit of ${limits.maxParts} (maxParts)`,
    )
  }
  if (directoryOffset + directorySize > end) throw notDocx('Not a .docx: the zip directory is corrupt')

  const entries = new Map<string, ZipEntry>()
  const refused: {name: string; why: string}[] = []
  let at = directoryOffset
  for (let index = 0; index < count; index++) {
    if (at + 46 > end || u32(bytes, at) !== 0x02014b50) {
      throw notDocx('Not a .docx: the zip directory is corrupt')
    }
    const nameLength = u16(bytes, at + 28)
    const extraLength = u16(bytes, at + 30)
    const commentLength = u16(bytes, at + 32)
    if (at + 46 + nameLength > end) throw notDocx('Not a .docx: the zip directory is corrupt')
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength))
    const entry: ZipEntry = {
      name,
      flags: u16(bytes, at + 8),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      declaredSize: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
    }
    at += 46 + nameLength + extraLength + commentLength
    const why = unsafeName(name) ?? (entries.has(name) ? 'a duplicate' : undefined)
    if (why) {
      if (refused.length < 100) refused.push({name: name.slice(0, 200), why})
      continue
    }
    entries.set(name, entry)
  }

  let inflatedTotal = 0
  const read = (name: string): Uint8Array | {problem: PartProblem; detail: string} => {
    const entry = entries.get(name)
    if (!entry) return {problem: 'corrupt', detail: 'missing'}
    if (entry.flags & 1) return {problem: 'encrypted', detail: 'it is encrypted'}
    const local = entry.localOffset
    if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) {
      return {problem: 'corrupt', detail: 'its local header is missing'}
    }
    const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28)
    const stop = start + entry.compressedSize
    if (stop > bytes.length) return {problem: 'corrupt', detail: 'its data runs past the end of the file'}
    const data = bytes.subarray(start, stop)
    const budget = Math.min(limits.maxPartSize, limits.maxInflatedSize - inflatedTotal)
    if (entry.method === 0) {
      if (data.length > limits.maxPartSize) return {problem: 'too-large', detail: `${data.length} bytes`}
      if (data.length > budget) return {problem: 'total', detail: `${data.length} bytes`}
      inflatedTotal += data.length
      return data
    }
    if (entry.method !== 8) return {problem: 'method', detail: `compression method ${entry.method}`}
    const chunks: Uint8Array[] = []
    let size = 0
    let overflow: PartProblem | undefined
    const inflater = new Inflate((chunk) => {
      size += chunk.length
      if (size > limits.maxPartSize) overflow = 'too-large'
      else if (size > budget) overflow = 'total'
      else if (size > ratioFloor && size > limits.maxCompressionRatio * Math.max(1, data.length)) {
        overflow = 'ratio'
      } else chunks.push(chunk)
    })
    try {
      for (let offset = 0; offset < data.length && !overflow; offset += pushSize) {
        const last = offset + pushSize >= data.length
        inflater.push(data.subarray(offset, offset + pushSize), last)
      }
    } catch (error) {
      return {problem: 'corrupt', detail: `its data does not inflate (${String(error)})`}
    }
    if (overflow) {
      const detail =
        overflow === 'ratio'
          ? `it inflates more than ${limits.maxCompressionRatio} times its ${data.length} compressed bytes (maxCompressionRatio)`
          : overflow === 'too-large'
            ? `it inflates past ${limits.maxPartSize} bytes (maxPartSize)`
            : `the parts read inflate past ${limits.maxInflatedSize} bytes in all (maxInflatedSize)`
      return {problem: overflow, detail}
    }
    inflatedTotal += size
    const out = new Uint8Array(size)
    let offset = 0
    for (const chunk of chunks) {
      out.set(chunk, offset)
      offset += chunk.length
    }
    return out
  }
  return {entries, refused, read}
}
