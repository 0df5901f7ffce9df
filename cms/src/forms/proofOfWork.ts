/**
 * A self-hosted proof of work (ALTCHA's SHA-256 scheme, altcha-lib on the server): the browser
 * gets a signed challenge from the CMS, searches for the number whose hash matches, and sends it
 * with the form. Nothing is asked of a third party and no cookie is set. The challenge names its
 * form (a survey's proof cannot send a support request) and expires; a spent proof is recorded
 * (UsedProofs) so it cannot be sent again.
 */
import { createHash, createHmac } from 'node:crypto'

import { createChallenge, extractParams, verifySolution } from 'altcha-lib/v1'
import type { Challenge, Payload as Solution } from 'altcha-lib/v1/types'
import type { Payload } from 'payload'

import type { PublicForm } from '@hcri/shared/forms'

/** How long a challenge may be solved and sent: the browser fetches it when the form is sent. */
export const challengeLifetimeMs = 10 * 60 * 1000
/**
 * The largest number searched: about 50,000 SHA-256 hashes on average, well under a second in a
 * phone's browser, a cost per message for a script sending thousands.
 */
export const challengeMaxNumber = 100_000

const hmacKey = (secret: string) =>
  createHmac('sha256', secret).update('hcri-form-proof').digest('hex')

export async function makeChallenge(
  payload: Payload,
  form: PublicForm,
  now = Date.now(),
): Promise<Challenge> {
  return createChallenge({
    hmacKey: hmacKey(payload.secret),
    maxNumber: challengeMaxNumber,
    expires: new Date(now + challengeLifetimeMs),
    params: { form },
  })
}

export type ProofVerdict = 'ok' | 'invalid' | 'spent'

type Decoded = Solution

function decode(proof: string): Decoded | undefined {
  try {
    const value = JSON.parse(
      Buffer.from(proof, 'base64').toString('utf8'),
    ) as Partial<Decoded> | null
    if (
      value?.algorithm === 'SHA-256' &&
      typeof value.challenge === 'string' &&
      typeof value.number === 'number' &&
      typeof value.salt === 'string' &&
      typeof value.signature === 'string'
    )
      return value as Decoded
  } catch {
    // not base64 JSON: invalid
  }
  return undefined
}

/** Checks a proof (base64 JSON, as the widget sends it) for this form and spends it. */
export async function spendProof(
  payload: Payload,
  proof: string,
  form: PublicForm,
  now = Date.now(),
): Promise<ProofVerdict> {
  if (proof.length > 2000) return 'invalid'
  const decoded = decode(proof)
  if (!decoded) return 'invalid'
  if (!(await verifySolution(decoded, hmacKey(payload.secret), false))) return 'invalid'
  const params = extractParams(decoded)
  const expires = Number(params.expires) * 1000
  if (params.form !== form || !Number.isFinite(expires) || expires < now) return 'invalid'

  const hash = createHash('sha256').update(decoded.signature).digest('base64url')
  // Spent proofs past their challenge's expiry can go: the signature check refuses them anyway.
  await payload.delete({
    collection: 'form-proofs',
    where: { expires: { less_than: now } },
    overrideAccess: true,
  })
  try {
    await payload.create({
      collection: 'form-proofs',
      data: { hash, expires },
      overrideAccess: true,
    })
    return 'ok'
  } catch (error) {
    const { totalDocs } = await payload.count({
      collection: 'form-proofs',
      where: { hash: { equals: hash } },
      overrideAccess: true,
    })
    if (totalDocs > 0) return 'spent'
    throw error
  }
}
