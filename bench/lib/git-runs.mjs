// Character ranges deleted and inserted by `git diff --no-index --word-diff=porcelain`, found by walking
// its output against the two texts: each hunk header gives the first line on each side, each segment's
// words are found in order from there (git's words are runs of non-space; a context segment is printed
// with one side's spacing, so words are matched, not whole segments).

function lineStarts(text) {
  const starts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1))
    starts.push(index + 1)
  return starts
}

const isSpace = (code) => code === 32 || code === 10 || code === 9 || code === 13 || Number.isNaN(code)

/** Position of `word` as a whole whitespace-delimited word in `text` at or after `from`. */
function findWord(text, word, from) {
  let at = text.indexOf(word, from)
  while (at !== -1) {
    if (isSpace(text.charCodeAt(at - 1)) && isSpace(text.charCodeAt(at + word.length))) return at
    if (at === 0 && isSpace(text.charCodeAt(word.length))) return at
    at = text.indexOf(word, at + 1)
  }
  return -1
}

/** Range covered by the words of `segment` found in order in `text` from `cursor`, or undefined. */
function locate(text, segment, cursor) {
  const words = segment.split(/\s+/).filter(Boolean)
  if (words.length === 0) return undefined
  let start = -1
  let end = cursor
  for (const word of words) {
    const at = findWord(text, word, end)
    if (at === -1) throw new Error(`git output: word ${JSON.stringify(word)} not found after offset ${end}`)
    if (start === -1) start = at
    end = at + word.length
  }
  return [start, end]
}

/** `{deleted, inserted}` ranges from git's porcelain word diff of `oldText` and `newText`. */
export function gitRuns(output, oldText, newText) {
  const oldStarts = lineStarts(oldText)
  const newStarts = lineStarts(newText)
  const deleted = []
  const inserted = []
  let oldCursor = 0
  let newCursor = 0
  let inHunk = false
  for (const line of output.split('\n')) {
    if (line.startsWith('@@')) {
      const match = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line)
      const oldLine = Number(match[1]) - (match[2] === '0' ? 0 : 1)
      const newLine = Number(match[3]) - (match[4] === '0' ? 0 : 1)
      oldCursor = oldStarts[Math.min(oldLine, oldStarts.length - 1)]
      newCursor = newStarts[Math.min(newLine, newStarts.length - 1)]
      inHunk = true
      continue
    }
    if (!inHunk || line === '' || line === '~') continue
    const marker = line.charAt(0)
    const segment = line.slice(1)
    if (marker === ' ') {
      const inOld = locate(oldText, segment, oldCursor)
      const inNew = locate(newText, segment, newCursor)
      if (inOld) oldCursor = inOld[1]
      if (inNew) newCursor = inNew[1]
    } else if (marker === '-') {
      const range = locate(oldText, segment, oldCursor)
      if (range) {
        deleted.push(range)
        oldCursor = range[1]
      }
    } else if (marker === '+') {
      const range = locate(newText, segment, newCursor)
      if (range) {
        inserted.push(range)
        newCursor = range[1]
      }
    }
  }
  return {deleted, inserted}
}
