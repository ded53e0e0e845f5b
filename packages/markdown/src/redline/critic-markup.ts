/** The CriticMarkup marks, by opening: closing token, and what accepting and rejecting keep. */
const marks: Record<string, {close: string}> = {
  '{++': {close: '++}'},
  '{--': {close: '--}'},
  '{~~': {close: '~~}'},
  '{>>': {close: '<<}'},
  '{==': {close: '==}'},
}

/**
 * Resolve every CriticMarkup mark of one line: accept (`{++x++}` → `x`, `{--x--}` → ``,
 * `{~~a~>b~~}` → `b`) or reject (the opposite); comments go. A backslash escapes the next character,
 * and a mark left open at the end of the line is text.
 */
function resolveLine(line: string, accept: boolean): string {
  let result = ''
  let index = 0
  while (index < line.length) {
    const character = line[index]!
    if (character === '\\') {
      result += line.slice(index, index + 2)
      index += 2
      continue
    }
    const open = character === '{' ? marks[line.slice(index, index + 3)] : undefined
    const end = open ? findClose(line, index + 3, open.close) : -1
    if (!open || end === -1) {
      result += character
      index++
      continue
    }
    const body = line.slice(index + 3, end)
    switch (line[index + 1]) {
      case '+':
        if (accept) result += body
        break
      case '-':
        if (!accept) result += body
        break
      case '~': {
        const arrow = findClose(body, 0, '~>')
        result += arrow === -1 ? body : accept ? body.slice(arrow + 2) : body.slice(0, arrow)
        break
      }
      case '=':
        result += body
        break
      default:
        break
    }
    index = end + 3
  }
  return result
}

/** Offset of the first unescaped `token` from `from`, or -1. */
function findClose(line: string, from: number, token: string): number {
  for (let index = from; index < line.length; index++) {
    if (line[index] === '\\') {
      index++
      continue
    }
    if (line.startsWith(token, index)) return index
  }
  return -1
}

function resolve(markdown: string, accept: boolean): string {
  // A final line ending belongs to the text, not to its last block (which may be left empty).
  const ending = markdown.endsWith('\n') ? '\n' : ''
  const blocks = markdown.slice(0, markdown.length - ending.length).split('\n\n')
  const kept: string[] = []
  for (const block of blocks) {
    // A line a mark held whole (a table row deleted or inserted) goes with its change.
    const resolved = block
      .split('\n')
      .map((line) => [line, resolveLine(line, accept)] as const)
      .filter(([line, result]) => result.trim() !== '' || line.trim() === '')
      .map(([, result]) => result)
      .join('\n')
    if (resolved.trim() === '' && block.trim() !== '') continue
    kept.push(resolved)
  }
  return kept.join('\n\n') + ending
}

/**
 * Accept every change of a CriticMarkup text: insertions kept, deletions dropped, substitutions
 * resolved to their new side, comments dropped; a block left empty is dropped with its blank line, a
 * line left empty (a table row a mark held whole) with its line ending.
 *
 * @example acceptCriticMarkup('Le {--vieux--}{++nouveau++} texte') // 'Le nouveau texte'
 */
export function acceptCriticMarkup(markdown: string): string {
  return resolve(markdown, true)
}

/**
 * Reject every change of a CriticMarkup text: the opposite of {@link acceptCriticMarkup}.
 *
 * @example rejectCriticMarkup('Le {~~vieux~>nouveau~~} texte') // 'Le vieux texte'
 */
export function rejectCriticMarkup(markdown: string): string {
  return resolve(markdown, false)
}
