export {diff} from './diff.js'
export type {CompareOptions, DiffOptions, PairingMode, PairingOptions} from './options.js'
export {tokenize} from './tokenize.js'
export * from './types.js'
