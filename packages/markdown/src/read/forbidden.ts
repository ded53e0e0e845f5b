import {
  characterReporter,
  type InvisibleCharacter,
  replaceXmlForbidden,
  xmlForbiddenCharacters,
} from '@clausewise/model'
import {type ReaderContext, warn} from './context.js'

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

/**
 * Report each character replaced, with its place: the first thousand one by one, the rest counted
 * (`characterReporter` of the model).
 */
export function reportForbidden(found: InvisibleCharacter[], context: ReaderContext): void {
  const reporter = characterReporter<number>('forbidden-character', (reason, index) =>
    warn(context, 'forbidden-character', reason, context.locator.position(index, index + 1), false),
  )
  for (const character of found) reporter.add(character.label, character.index)
  reporter.finish()
}
