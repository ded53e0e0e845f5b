import type {Inline} from '@clausewise/model'

/**
 * Whether a line holds nothing but the document's number or its title (and notes): such a line is
 * paired with the old one whatever it says, the comparison's metadata marking its changes. A line
 * that holds more is a block of text like any other, marked word by word.
 */
export function isTitleLine(children: readonly Inline[]): boolean {
  let found = false
  for (const child of children) {
    if (child.type === 'authorialNote' || child.type === 'noteRef') continue
    if (child.type === 'text' && child.value.trim() === '') continue
    if ((child.type === 'docNumber' || child.type === 'docTitle') && !found) {
      found = true
      continue
    }
    return false
  }
  return found
}
