/**
 * SHA-256 (base64) of `navigationScript` and of `stylesheet()`, for the Content-Security-Policy.
 * Precomputed because browsers have no synchronous SHA-256; `test/hashes.test.ts` checks them.
 */
export const scriptHash = 'sha256-V/tCWb3XvMJsIs2lYNmzc9z7GsHXP2UON9EsaWghrZ8='
export const styleHash = 'sha256-IhKEIJdzoOM8S7LWxhlyYHDNF2ho3nFq3O2pBa67/To='
