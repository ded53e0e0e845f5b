import {createHash} from 'node:crypto'
import {describe, expect, it} from 'vitest'
import {scriptHash, styleHash} from '../src/hashes.js'
import {stylesheet} from '../src/index.js'
import {navigationScript} from '../src/script.js'

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`

describe('hashes', () => {
  it('matches the navigation script, so the CSP allows it and nothing else', () => {
    expect(scriptHash).toBe(sha256(navigationScript))
  })

  it('matches the stylesheet', () => {
    expect(styleHash).toBe(sha256(stylesheet()))
  })
})
