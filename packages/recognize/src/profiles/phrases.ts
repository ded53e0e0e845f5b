/**
 * A word list written as one string, phrases parted by `|`: profiles stay data that reads like a
 * list, one language a file.
 */
export function phrases(list: string): string[] {
  return list
    .split('|')
    .map((phrase) => phrase.trim().replace(/\s+/g, ' '))
    .filter((phrase) => phrase.length > 0)
}
