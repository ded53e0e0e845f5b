/**
 * SHA-256 (base64) of `navigationScript` and of `stylesheet()`, for the Content-Security-Policy.
 * Precomputed because browsers have no synchronous SHA-256; `test/hashes.test.ts` checks them.
 */
export const scriptHash = 'sha256-xV+vlYfsDrFqWTl7wxAIU6eKGP981CZePi5thRuN9pw='
export const styleHash = 'sha256-xGHx5kqkXUx8wuPglfnXqoPLwZIFEAK7mUi1W7tObBQ='
