/**
 * SHA-256 (base64) of `navigationScript` and of `stylesheet()`, for the Content-Security-Policy.
 * Precomputed because browsers have no synchronous SHA-256; `test/hashes.test.ts` checks them.
 */
export const scriptHash = 'sha256-F8+ucVF/rx4nfv+oWlJ9jrlcVYAtgfuEKnHofhXTml8='
export const styleHash = 'sha256-vLIoVYoESCKHa4PNtwTXTsAhJQ98zDCjWH1ETxE7fNI='
