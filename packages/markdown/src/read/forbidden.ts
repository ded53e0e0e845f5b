import {type InvisibleCharacter, replaceXmlForbidden, xmlForbiddenCharacters} from '@clausewise/model'
import {type ReaderContext, warn} from './context.js'

/** How many forbidden characters are reported one by one; the rest are counted in one diagnostic. */
const reported = 100

/** What {@link replaceForbidden} found: the text with each one replaced, and where each one was. */
export interface ForbiddenCharacters {
  text: string
  /** The characters replaced, in order, with their UTF-16 offsets. */
  found: InvisibleCharacter[]
}

/**
 * Replace every character XML 1.0 forbids (C0 controls but tab and line ends, U+FFFE, U+FFFF, lone
 * surrogates) with U+FFFD, one code unit for one, so that every offset of the text stays where it
 * was: the model's `replaceXmlForbidden`, which every reader shares with the AKN writer's check.
 *
 * @example replaceForbidden('a\u0001b').text // 'a\uFFFDb'
 */
export function replaceForbidden(text: string): ForbiddenCharacters {
  const clean = replaceXmlForbidden(text)
  return {text: clean, found: clean === text ? [] : xmlForbiddenCharacters(text)}
}

/** Report each character replaced, with its place: the first 100 one by one, the rest counted. */
export function reportForbidden(found: InvisibleCharacter[], context: ReaderContext): void {
  for (const character of found.slice(0, reported))
    warn(
      context,
      'forbidden-character',
      `Character ${character.label} cannot be stored in XML: replaced by U+FFFD`,
      context.locator.position(character.index, character.index + 1),
      false,
    )
  if (found.length > reported) {
    const next = found[reported]!
    warn(
      context,
      'forbidden-character',
      `${found.length - reported} more characters XML cannot store, from ${next.label} on: replaced by U+FFFD`,
      context.locator.position(next.index, next.index + 1),
      false,
    )
  }
}
