// Scores a tool's result against the edits planted in a pair (see pairs.mjs): planted word edits,
// clause insertions, deletions and moves found or missed, and spurious changes (a change no planted edit
// explains). Word-diff tools are scored from the character ranges they mark deleted in the old text
// and inserted in the new one; clausewise from its clause groups.

/** Whole words (letters) of a text, lowercased. */
function wordsOf(text) {
  return text.toLowerCase().match(/[a-z\u00c0-\u024f]+/g) ?? []
}

function containsWord(text, word) {
  return wordsOf(text).includes(word.toLowerCase())
}

function emptyScore(truth) {
  return {
    edits: {planted: truth.edits.length, found: 0},
    inserted: {planted: truth.inserted.length, found: 0},
    deleted: {planted: truth.deleted.length, found: 0},
    moves: {planted: truth.moved.length, found: 0, asDeleteInsert: 0},
    spurious: 0,
    renumbering: 0,
    examples: [],
  }
}

function spurious(score, what) {
  score.spurious++
  if (score.examples.length < 5) score.examples.push(what)
}

/** Planted facts indexed by clause: the words each old and new clause must lose or gain. */
function plantedByClause(truth) {
  const oldWords = truth.old.map(() => [])
  const newWords = truth.new.map(() => [])
  for (const edit of truth.edits) {
    oldWords[edit.old].push(edit.oldWord)
    newWords[edit.new].push(edit.newWord)
  }
  const oldWhole = new Uint8Array(truth.old.length)
  const newWhole = new Uint8Array(truth.new.length)
  for (const index of truth.deleted) oldWhole[index] = 1
  for (const index of truth.inserted) newWhole[index] = 1
  for (const move of truth.moved) {
    oldWhole[move.old] = 2
    newWhole[move.new] = 2
  }
  return {oldWords, newWords, oldWhole, newWhole}
}

/** Start offset of each line of a text. */
function lineStarts(text) {
  const starts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1))
    starts.push(index + 1)
  return starts
}

/** Character range of each clause in a text, from its line span; the formula's range is -1. */
function clauseRanges(text, spans) {
  const starts = lineStarts(text)
  return spans.map(([first, last]) => {
    const end = last + 1 < starts.length ? starts[last + 1] - 1 : text.length
    return [starts[first], end]
  })
}

/** The pieces of `runs` ([start, end) ranges) inside each clause range, as text, by clause index. */
function piecesByClause(text, ranges, runs) {
  const pieces = ranges.map(() => [])
  const sorted = [...runs].sort((a, b) => a[0] - b[0])
  let clause = 0
  for (const [start, end] of sorted) {
    while (clause < ranges.length && ranges[clause][1] <= start) clause++
    for (let index = clause; index < ranges.length && ranges[index][0] < end; index++) {
      const from = Math.max(start, ranges[index][0])
      const to = Math.min(end, ranges[index][1])
      if (to > from) pieces[index].push({from, to, text: text.slice(from, to)})
    }
  }
  return pieces
}

/** Share of a clause's non-space characters covered by pieces. */
function covered(text, range, pieces) {
  let total = 0
  let marked = 0
  for (let index = range[0]; index < range[1]; index++) if (text.charCodeAt(index) > 32) total++
  for (const piece of pieces)
    for (let index = piece.from; index < piece.to; index++) if (text.charCodeAt(index) > 32) marked++
  return total === 0 ? 1 : marked / total
}

/**
 * Score a word-diff tool from the ranges it marks: `deletedRuns` in `oldText`, `insertedRuns` in
 * `newText`. Whitespace-only runs are left out (line breaks move when a word changes length); a run
 * inside a paragraph's number (`12.` against `13.`) is renumbering, not spurious.
 */
export function scoreRuns(truth, oldText, newText, deletedRuns, insertedRuns) {
  const score = emptyScore(truth)
  const planted = plantedByClause(truth)
  const oldRanges = clauseRanges(oldText, truth.oldSpans)
  const newRanges = clauseRanges(newText, truth.newSpans)
  const oldPieces = piecesByClause(oldText, oldRanges, deletedRuns)
  const newPieces = piecesByClause(newText, newRanges, insertedRuns)
  const numberEnd = (text, range, clause) => {
    if (clause.kind !== 'paragraph') return range[0]
    return range[0] + text.slice(range[0], range[0] + 12).indexOf(' ')
  }
  const judge = (text, ranges, pieces, clauses, words, whole, side) => {
    pieces.forEach((list, index) => {
      if (whole[index]) return
      const end = numberEnd(text, ranges[index], clauses[index])
      for (const piece of list) {
        if (piece.text.trim() === '') continue
        if (piece.to <= end + 1) {
          score.renumbering++
          continue
        }
        if (words[index].some((word) => containsWord(piece.text, word))) continue
        spurious(score, `${side} clause ${index}: ${JSON.stringify(piece.text.slice(0, 60))}`)
      }
    })
  }
  judge(oldText, oldRanges, oldPieces, truth.old, planted.oldWords, planted.oldWhole, 'old')
  judge(newText, newRanges, newPieces, truth.new, planted.newWords, planted.newWhole, 'new')
  for (const edit of truth.edits) {
    const lost = oldPieces[edit.old].some((piece) => containsWord(piece.text, edit.oldWord))
    const gained = newPieces[edit.new].some((piece) => containsWord(piece.text, edit.newWord))
    if (lost && gained) score.edits.found++
  }
  for (const index of truth.deleted)
    if (covered(oldText, oldRanges[index], oldPieces[index]) >= 0.9) score.deleted.found++
  for (const index of truth.inserted)
    if (covered(newText, newRanges[index], newPieces[index]) >= 0.9) score.inserted.found++
  for (const move of truth.moved) {
    const gone = covered(oldText, oldRanges[move.old], oldPieces[move.old]) >= 0.9
    const come = covered(newText, newRanges[move.new], newPieces[move.new]) >= 0.9
    if (gone && come) score.moves.asDeleteInsert++
  }
  return score
}

/**
 * Score a clausewise comparison. `oldClause` / `newClause` map an eId to the planted clause's
 * position (recitals and paragraphs in order).
 */
export function scoreComparison(truth, comparison, oldClause, newClause) {
  const score = emptyScore(truth)
  const planted = plantedByClause(truth)
  const moved = new Set(truth.moved.map((move) => `${move.old}:${move.new}`))
  const deleted = new Set(truth.deleted)
  const inserted = new Set(truth.inserted)
  const pairOf = new Map()
  for (const group of comparison.clauses) {
    const olds = group.old.map((eId) => oldClause.get(eId))
    const news = group.new.map((eId) => newClause.get(eId))
    if (olds.includes(undefined) || news.includes(undefined)) {
      if (group.change !== 'unchanged')
        spurious(score, `${group.id} ${group.change} outside the planted clauses`)
      continue
    }
    if (group.change === 'inserted') {
      if (inserted.has(news[0])) score.inserted.found++
      else spurious(score, `${group.id} inserted new clause ${news[0]}`)
      continue
    }
    if (group.change === 'deleted') {
      if (deleted.has(olds[0])) score.deleted.found++
      else spurious(score, `${group.id} deleted old clause ${olds[0]}`)
      continue
    }
    if (olds.length !== 1 || news.length !== 1) {
      spurious(score, `${group.id} ${group.change} old ${olds.join('+')} new ${news.join('+')}`)
      continue
    }
    const [oldIndex] = olds
    const [newIndex] = news
    if (truth.new[newIndex].from !== oldIndex) {
      spurious(score, `${group.id} pairs old ${oldIndex} with new ${newIndex}`)
      continue
    }
    pairOf.set(`${oldIndex}:${newIndex}`, group)
    if (group.moved) {
      if (moved.has(`${oldIndex}:${newIndex}`)) score.moves.found++
      else spurious(score, `${group.id} moved old ${oldIndex} to new ${newIndex}`)
    }
    for (const change of group.changes) {
      if (change.op === 'equal') continue
      const words = change.op === 'delete' ? planted.oldWords[oldIndex] : planted.newWords[newIndex]
      if (!words.some((word) => containsWord(change.text, word))) {
        spurious(score, `${group.id} ${change.op} ${JSON.stringify(change.text.slice(0, 60))}`)
      }
    }
  }
  for (const edit of truth.edits) {
    const group = pairOf.get(`${edit.old}:${edit.new}`)
    if (!group) continue
    const lost = group.changes.some(
      (change) => change.op === 'delete' && containsWord(change.text, edit.oldWord),
    )
    const gained = group.changes.some(
      (change) => change.op === 'insert' && containsWord(change.text, edit.newWord),
    )
    if (lost && gained) score.edits.found++
  }
  return score
}
