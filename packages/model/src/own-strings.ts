/**
 * The same text in a string of its own. V8 makes a slice of 13 characters or more point into the
 * string it was cut from, which the slice then keeps alive whole: a document whose texts are slices
 * of its source holds the source as long as it lives (twice the memory for a collection of documents
 * read from files). A string joined with one character and cut again points only into that short join.
 *
 * @example ownString('Decides to convene a conference') // 'Decides to convene a conference'
 */
export function ownString(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1)
}

/**
 * Make every string of a reader's result a string of its own ({@link ownString}), in place: the
 * strings of the document's nodes and metadata and of the diagnostics, at any depth (walked without
 * recursion). The value is a tree, as the model is: an object reached twice (a note both in the text
 * and in the metadata) is walked twice, and one that holds itself would be walked without end. Readers
 * call it on what they return, so that a document does not keep its source alive. Plain objects and
 * arrays only; `position` and `place` (source positions, numbers only) are passed over. Returns its
 * argument.
 *
 * @example ownStrings({type: 'text', value: 'Decides to convene a conference'.slice(0, 20)}).value // 'Decides to convene a'
 */
export function ownStrings<T>(value: T): T {
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const current = stack.pop()
    if (Array.isArray(current)) {
      for (let index = 0; index < current.length; index++) {
        const item: unknown = current[index]
        if (typeof item === 'string') current[index] = ownString(item)
        else if (item !== null && typeof item === 'object') stack.push(item)
      }
    } else if (current !== null && typeof current === 'object') {
      const record = current as Record<string, unknown>
      for (const key of Object.keys(record)) {
        // Source positions (a node's `position`, a diagnostic's `place`) hold numbers only.
        if (key === 'position' || key === 'place') continue
        const item = record[key]
        if (typeof item === 'string') record[key] = ownString(item)
        else if (item !== null && typeof item === 'object') stack.push(item)
      }
    }
  }
  return value
}
