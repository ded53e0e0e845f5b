import {scriptHash, styleHash} from './hashes.js'
import {type Child, fragment, h, serialize, trusted} from './markup.js'
import {navigationScript} from './script.js'
import {stylesheet} from './style.js'

/** What a standalone page needs. */
export interface PageParts {
  title: string
  lang: string | undefined
  body: Child
  /** Include the keyboard navigation script. */
  script: boolean
}

/**
 * A standalone HTML page: doctype, a Content-Security-Policy that allows only our own style and
 * script (by hash), the stylesheet, the body, and optionally the navigation script.
 */
export function page(parts: PageParts): string {
  const policy = [
    "default-src 'none'",
    `style-src '${styleHash}'`,
    parts.script ? `script-src '${scriptHash}'` : "script-src 'none'",
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')
  const document = h(
    'html',
    {lang: parts.lang},
    h(
      'head',
      null,
      h('meta', {charset: 'utf-8'}),
      h('meta', {'http-equiv': 'Content-Security-Policy', content: policy}),
      h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
      h('meta', {name: 'referrer', content: 'no-referrer'}),
      h('meta', {name: 'generator', content: 'clausewise'}),
      h('title', null, parts.title),
      h('style', null, trusted(stylesheet())),
    ),
    h(
      'body',
      null,
      h('div', {class: 'clausewise-page'}, parts.body),
      parts.script ? h('script', null, trusted(navigationScript)) : undefined,
    ),
  )
  return serialize(fragment(trusted('<!doctype html>\n'), document)) + '\n'
}
