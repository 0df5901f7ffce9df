/**
 * The browser's half of the forms' proof of work (ALTCHA's SHA-256 scheme, checked by
 * cms/src/forms/proofOfWork.ts): finds the number whose hash with the salt is the challenge, with
 * the browser's own Web Crypto. Runs in the site's script; no third party, nothing stored.
 */
export type Challenge = {
  algorithm: string
  challenge: string
  maxnumber?: number
  salt: string
  signature: string
}

const hex = (buffer: ArrayBuffer) =>
  Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('')

/** Hashes this many numbers at once: Web Crypto answers in parallel, one at a time is slow. */
const batch = 500

/** The solved challenge as the form's proof field carries it (base64 JSON), or null if none. */
export async function solveProof(
  challenge: Challenge,
  subtle: SubtleCrypto = globalThis.crypto.subtle,
): Promise<string | null> {
  if (challenge.algorithm !== 'SHA-256') return null
  const max = challenge.maxnumber ?? 1_000_000
  const encoder = new TextEncoder()
  for (let start = 0; start <= max; start += batch) {
    const numbers = Array.from({ length: Math.min(batch, max - start + 1) }, (_, i) => start + i)
    const hashes = await Promise.all(
      numbers.map((n) => subtle.digest('SHA-256', encoder.encode(challenge.salt + n))),
    )
    const found = hashes.findIndex((h) => hex(h) === challenge.challenge)
    if (found >= 0)
      return btoa(
        JSON.stringify({
          algorithm: challenge.algorithm,
          challenge: challenge.challenge,
          number: numbers[found],
          salt: challenge.salt,
          signature: challenge.signature,
        }),
      )
  }
  return null
}
