/**
 * Withdrawal codes: random, shown to the visitor once, never stored. The database keeps only a keyed
 * hash (HMAC-SHA-256 under a key derived from the CMS secret) to find the response, and a second,
 * differently labelled hash on follow-up contact details, so a reader of the database cannot join
 * the two by equal values.
 */
import { createHmac, randomInt } from 'node:crypto'

// No 0/O, 1/I/L, 5/S or 2/Z: read aloud or copied by hand without mistakes.
const alphabet = '346789ABCDEFGHJKMNPQRTUVWXY'

/** 12 characters from 27 (about 57 bits), in groups of four: `K7QX-M3PA-9TRD`. */
export function newWithdrawalCode(): string {
  const chars = Array.from({ length: 12 }, () => alphabet[randomInt(alphabet.length)])
  return [0, 4, 8].map((i) => chars.slice(i, i + 4).join('')).join('-')
}

/** A code as typed: upper case, separators and spaces dropped, look-alikes read as meant. */
export const normaliseCode = (code: string): string =>
  code.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')

export function withdrawalHash(secret: string, code: string, kind: 'response' | 'contact'): string {
  return createHmac('sha256', `${secret}:survey-withdrawal`)
    .update(`${kind}:${normaliseCode(code)}`)
    .digest('base64url')
}
