import type {Data, Parents, PhrasingContent} from 'mdast'
import type {CompileContext, Extension as FromMarkdownExtension, Token} from 'mdast-util-from-markdown'
import type {Options as ToMarkdownExtension, Handle as ToMarkdownHandle} from 'mdast-util-to-markdown'
import type {Code, Construct, Effects, State, TokenizeContext} from 'micromark-util-types'
import type {Node} from 'unist'

/** `^text^`: a superscript (Pandoc's syntax), e.g. the `o` of `n^o^`. */
export interface Superscript extends Node {
  type: 'superscript'
  children: PhrasingContent[]
  data?: Data | undefined
}

declare module 'mdast' {
  interface PhrasingContentMap {
    superscript: Superscript
  }
  interface RootContentMap {
    superscript: Superscript
  }
}

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    superscript: 'superscript'
    superscriptMarker: 'superscriptMarker'
    superscriptString: 'superscriptString'
  }
}

const caret = 94
const backslash = 92

function isSpaceOrEnd(code: Code): boolean {
  // EOF, line endings (negative codes and CR/LF), tab, space.
  return code === null || code < 0 || code === 9 || code === 10 || code === 13 || code === 32
}

function isAsciiPunctuation(code: Code): boolean {
  return (
    code !== null &&
    ((code >= 33 && code <= 47) ||
      (code >= 58 && code <= 64) ||
      (code >= 91 && code <= 96) ||
      (code >= 123 && code <= 126))
  )
}

/**
 * `^` then one or more characters without white space (a backslash escapes the next punctuation, so
 * `\^` does not close) then `^`. As in Pandoc, `x^2 + y^2` is not a superscript: its content would
 * hold spaces. The scan stops at the first white space, so each character is looked at a bounded
 * number of times: linear.
 */
function tokenizeSuperscript(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const start: State = (code) => {
    if (code !== caret) return nok(code)
    effects.enter('superscript')
    effects.enter('superscriptMarker')
    effects.consume(code)
    effects.exit('superscriptMarker')
    return open
  }
  const open: State = (code) => {
    if (code === caret || isSpaceOrEnd(code)) return nok(code)
    effects.enter('superscriptString')
    effects.enter('chunkString', {contentType: 'string'})
    return inside(code)
  }
  const inside: State = (code) => {
    if (isSpaceOrEnd(code)) return nok(code)
    if (code === caret) {
      effects.exit('chunkString')
      effects.exit('superscriptString')
      effects.enter('superscriptMarker')
      effects.consume(code)
      effects.exit('superscriptMarker')
      effects.exit('superscript')
      return ok
    }
    effects.consume(code)
    return code === backslash ? escaped : inside
  }
  const escaped: State = (code) => {
    if (isAsciiPunctuation(code)) {
      effects.consume(code)
      return inside
    }
    return inside(code)
  }
  return start
}

/** The `^superscript^` construct (text). */
export const superscriptConstruct: Construct = {name: 'superscript', tokenize: tokenizeSuperscript}

/** mdast-util-from-markdown extension: `superscript` tokens become `superscript` nodes. */
export const superscriptFromMarkdown: FromMarkdownExtension = {
  enter: {
    superscript(this: CompileContext, token: Token) {
      this.enter({type: 'superscript', children: []} as unknown as Parents, token)
    },
  },
  exit: {
    superscript(this: CompileContext, token: Token) {
      this.exit(token)
    },
  },
}

const handleSuperscript: ToMarkdownHandle = (node, _parent, state, info) => {
  const tracker = state.createTracker(info)
  const exit = state.enter('superscript' as never)
  let value = tracker.move('^')
  value += state.containerPhrasing(node as Superscript as never, {
    ...tracker.current(),
    before: '^',
    after: '^',
  })
  value += tracker.move('^')
  exit()
  return value
}

/** mdast-util-to-markdown extension: `superscript` nodes as `^text^`, and `^` in text escaped. */
export const superscriptToMarkdown: ToMarkdownExtension = {
  handlers: {superscript: handleSuperscript} as ToMarkdownExtension['handlers'],
  unsafe: [{character: '^', inConstruct: 'phrasing'}],
}
