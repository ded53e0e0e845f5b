import {CST, Parser, parseDocument} from 'yaml'

/** Bounds on the work YAML front matter may ask for. */
export interface YamlLimits {
  /** Most keys (in every mapping together). */
  maxKeys: number
  /** Most aliases (`*name`). */
  maxAliases: number
}

/** Front matter read as YAML: its value, or why it could not be read; warnings as one line each. */
export type YamlResult =
  | {status: 'read'; data: unknown; warnings: string[]}
  | {status: 'invalid'; reason: string}
  | {status: 'too-large'; reason: string}

/** The first line of a message, bounded: diagnostics are one line and never repeat unbounded input. */
export function oneLine(message: string): string {
  const line = message.split(/\r?\n/)[0] ?? ''
  return line.length > 200 ? `${line.slice(0, 200)}…` : line
}

/**
 * Read YAML front matter within bounds. The `yaml` library checks each key against the mapping's
 * keys before it (quadratic: 20,000 keys take seconds) and resolves aliases one by one, so keys and
 * aliases are first counted on its concrete syntax tree, in one linear pass, and a front matter over
 * the bounds is not read further.
 */
export function readYaml(value: string, limits: YamlLimits): YamlResult {
  let keys = 0
  let aliases = 0
  let over = false
  for (const token of new Parser().parse(value)) {
    if (token.type !== 'document') continue
    CST.visit(token, (item) => {
      if (item.key !== undefined && item.key !== null) keys++
      for (const part of [item.key, item.value]) if (part && part.type === 'alias') aliases++
      if (keys > limits.maxKeys || aliases > limits.maxAliases) {
        over = true
        return CST.visit.BREAK
      }
      return undefined
    })
    if (over) break
  }
  if (keys > limits.maxKeys)
    return {status: 'too-large', reason: `Front matter has more than ${limits.maxKeys} keys: not read`}
  if (aliases > limits.maxAliases)
    return {status: 'too-large', reason: `Front matter has more than ${limits.maxAliases} aliases: not read`}
  const document = parseDocument(value, {prettyErrors: false})
  const error = document.errors[0]
  if (error) return {status: 'invalid', reason: `Front matter is not valid YAML: ${oneLine(error.message)}`}
  let data: unknown
  try {
    data = document.toJS({maxAliasCount: limits.maxAliases})
  } catch (caught) {
    // `yaml` throws a ReferenceError for an alias expanding past `maxAliasCount` (a "billion laughs").
    if (!(caught instanceof ReferenceError)) throw caught
    return {
      status: 'invalid',
      reason: `Front matter is not valid YAML: ${oneLine(String((caught as Error).message))}`,
    }
  }
  return {
    status: 'read',
    data,
    warnings: document.warnings.map((warning) => `Front matter: ${oneLine(warning.message)}`),
  }
}
