import {isDocumentKind} from '@clausewise/recognize'
import type {Profile} from './profile.js'
import {isLower} from './text-utils.js'

/**
 * Whether a line ends with a document's kind after a colon, in at most four words in lower case or
 * one (`: draft resolution`, `: revised draft decision`, `: proyecto de resolución`,
 * `: Resolutionsentwurf`): the line of a draft's sponsors (`Argentina, Brazil and Chile: draft
 * resolution`), which is the document's text, not its cover.
 */
export function namesKindAfterColon(line: string, profile: Profile): boolean {
  const colon = line.lastIndexOf(': ')
  if (colon < 0 || line.length - colon > 40) return false
  const kind = line.slice(colon + 2)
  const words = kind.split(' ')
  // In lower case, as a kind is named after the sponsors (`draft resolution`, `projet de résolution`,
  // `проект резолюции`), or one word (`Resolutionsentwurf`): `…: the Arms Trade Treaty` is an agenda
  // item's title.
  if (words.length > 4 || (words.length > 1 && words.some((word) => !isLower(word[0])))) return false
  return isDocumentKind(words[words.length - 1]!, profile)
}
