import {sha256} from '@noble/hashes/sha2'
import {cssString} from './css-string.js'
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
  /** Text of the running header of every printed page, e.g. both versions' symbols and dates. */
  runningHeader?: string | undefined
  /** A wide page (side by side fills a desktop screen). */
  wide?: boolean | undefined
}

function base64(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary)
}

/** The page's own print rules (its running header), and their hash for the Content-Security-Policy. */
function printStyle(header: string | undefined): {css: string; hash: string} | undefined {
  if (header === undefined || header.trim() === '') return undefined
  const css = `@page{@top-center{content:${cssString(header)}}}`
  return {css, hash: `sha256-${base64(sha256(new TextEncoder().encode(css)))}`}
}

/**
 * A standalone HTML page: doctype, a Content-Security-Policy that allows only our own style and
 * script (by hash), the stylesheet, the body, and optionally the navigation script and a running
 * header for print (a second small stylesheet, hashed when the page is made).
 */
export function page(parts: PageParts): string {
  const print = printStyle(parts.runningHeader)
  const policy = [
    "default-src 'none'",
    `style-src '${styleHash}'${print ? ` '${print.hash}'` : ''}`,
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
      print ? h('style', null, trusted(print.css)) : undefined,
    ),
    h(
      'body',
      null,
      h('div', {class: parts.wide ? 'clausewise-page wide' : 'clausewise-page'}, parts.body),
      parts.script ? h('script', null, trusted(navigationScript)) : undefined,
    ),
  )
  return serialize(fragment(trusted('<!doctype html>\n'), document)) + '\n'
}
