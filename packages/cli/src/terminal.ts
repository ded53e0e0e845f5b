// C0 and C1 controls, DEL, and the invisible format characters that reorder or hide text (bidi
// controls, zero-width characters, line and paragraph separators): none reaches a terminal raw.
const unsafe = /[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/g
const unsafeKeepingLines =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/g

const named: Record<string, string> = {'\n': '\\n', '\r': '\\r', '\t': '\\t'}

function visible(character: string): string {
  if (Object.hasOwn(named, character)) return named[character]!
  const code = character.charCodeAt(0)
  return code < 0x100
    ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
    : `\\u{${code.toString(16).toUpperCase()}}`
}

/**
 * A text made safe to print on a terminal: control characters (escape codes, line breaks, carriage
 * returns) and invisible format characters (bidi overrides, zero-width characters) become visible
 * escapes such as `\x1B`, `\n` or `\u{202E}`, so that no file name or message can move the cursor,
 * recolour the terminal, or forge a second line. `keepLines` leaves line feeds and tabs alone (for a
 * whole output printed on a terminal).
 *
 * @example escapeControlCharacters('evil\u001B[31m\nname.txt') // 'evil\\x1B[31m\\nname.txt'
 */
export function escapeControlCharacters(
  text: string,
  options: {keepLines?: boolean | undefined} = {},
): string {
  return text.replace(options.keepLines ? unsafeKeepingLines : unsafe, visible)
}
