/**
 * A CSS string literal for text from input: every character but letters, digits, space and a few
 * safe punctuation marks is written as a hexadecimal escape, so that no input can end the string,
 * the rule or the `<style>` element. Invisible format characters are dropped.
 *
 * @example cssString('a"b') // '"a\\22 b"'
 */
export function cssString(text: string): string {
  let result = '"'
  for (const character of text) {
    const code = character.codePointAt(0)!
    const safe =
      (code >= 48 && code <= 57) ||
      (code >= 65 && code <= 90) ||
      (code >= 97 && code <= 122) ||
      ' .,:;/()-'.includes(character)
    if (safe) result += character
    else if (/\p{Cf}/u.test(character) || code < 0x20) continue
    else result += `\\${code.toString(16)} `
  }
  return `${result}"`
}
