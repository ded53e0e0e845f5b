/** The FNV-1a hash of an empty range, to which {@link hashStep} adds each UTF-16 unit. */
export const hashStart = 0x811c9dc5 | 0

/** The hash of a range followed by one more UTF-16 unit `code`. */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193)
}

/**
 * Interns ranges of texts (a token, a word) as small integers without making a string of each range
 * met: an open-addressing hash table over `(text, start, end)`, each id keeping its text (one string
 * a distinct range, made when first seen), so that equal ranges get one id after a hash and one
 * comparison by the engine (`startsWith`), and nothing is allocated for a range seen before. One table
 * serves both sides of a comparison.
 */
export class Interner {
  private slots = new Int32Array(1024)
  /** The text each id stands for, made once when the id is new. */
  private texts: string[] = []
  private lengths = new Int32Array(512)
  private hashes = new Int32Array(512)
  private flags = new Uint8Array(512)
  private count = 0

  /** How many distinct ranges were interned. */
  get size(): number {
    return this.count
  }

  /**
   * The id of `text.slice(start, end)`, new ones numbered from 0 in order of first sight; `flag` is
   * kept with a new id (see {@link Interner.flag}).
   */
  id(text: string, start: number, end: number, flag = 0): number {
    let hash = hashStart
    for (let index = start; index < end; index++) hash = hashStep(hash, text.charCodeAt(index))
    return this.idOfHash(text, start, end, hash, flag)
  }

  /** {@link Interner.id} when the range's hash is known (see {@link hashStep}). */
  idOfHash(text: string, start: number, end: number, hash: number, flag = 0): number {
    const length = end - start
    const mask = this.slots.length - 1
    let slot = hash & mask
    for (;;) {
      const entry = this.slots[slot]!
      if (entry === 0) break
      const id = entry - 1
      if (this.hashes[id] === hash && this.lengths[id] === length && text.startsWith(this.texts[id]!, start))
        return id
      slot = (slot + 1) & mask
    }
    const id = this.count++
    if (id === this.lengths.length) this.grow()
    this.texts.push(text.slice(start, end))
    this.lengths[id] = length
    this.hashes[id] = hash
    this.flags[id] = flag
    this.slots[slot] = id + 1
    if (this.count * 2 > this.slots.length) this.rehash()
    return id
  }

  /** The flag given when `id` was first interned. */
  flag(id: number): number {
    return this.flags[id]!
  }

  /** The 32-bit hash of the text `id` stands for (FNV-1a of its UTF-16 units): the same in any table. */
  hash(id: number): number {
    return this.hashes[id]!
  }

  /** Length in UTF-16 units of the range `id` stands for. */
  length(id: number): number {
    return this.lengths[id]!
  }

  /** The text `id` stands for. */
  text(id: number): string {
    return this.texts[id]!
  }

  private grow(): void {
    const size = this.lengths.length * 2
    const widen = <T extends Int32Array | Uint8Array>(array: T, next: T): T => {
      next.set(array)
      return next
    }
    this.lengths = widen(this.lengths, new Int32Array(size))
    this.hashes = widen(this.hashes, new Int32Array(size))
    this.flags = widen(this.flags, new Uint8Array(size))
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2)
    const mask = slots.length - 1
    for (let id = 0; id < this.count; id++) {
      let slot = this.hashes[id]! & mask
      while (slots[slot] !== 0) slot = (slot + 1) & mask
      slots[slot] = id + 1
    }
    this.slots = slots
  }
}
