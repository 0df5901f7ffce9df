import { solveChallenge } from 'altcha-lib/v1'
import type { Payload, PayloadRequest } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { protectionFields } from '@hcri/shared/forms'
import { solveProof } from '@hcri/shared/proofOfWork'

import { formRateLimit, protectSubmission, refusals } from '../src/forms'
import { FormRateLimit } from '../src/forms/rateLimit'
import { bootPayload } from './payload'
import { restAt } from './routes'

let payload: Payload

beforeAll(async () => {
  process.env.TRUST_PROXY = '1'
  payload = await bootPayload()
})
afterAll(() => {
  delete process.env.TRUST_PROXY
})
beforeEach(() => formRateLimit.reset())

/** A request as a public form's endpoint sees it, from the client at `ip`. */
const request = (ip: string) =>
  ({ payload, headers: new Headers({ 'x-forwarded-for': ip }) }) as unknown as PayloadRequest

/** Fetches a challenge through the real route and solves it with the site's own solver. */
async function solved(form = 'support'): Promise<string> {
  const answer = await restAt('GET', `forms/challenge?form=${form}`)
  expect(answer.status).toBe(200)
  const proof = await solveProof(answer.body)
  expect(proof).toBeTruthy()
  return proof!
}

const body = (extra: Record<string, string> = {}) => ({ message: 'hello', ...extra })

describe('public forms: proof of work', () => {
  it('the challenge endpoint answers any origin, uncached, and refuses unknown forms', async () => {
    const answer = await restAt('GET', 'forms/challenge?form=support')
    expect(answer.status).toBe(200)
    expect(answer.body.algorithm).toBe('SHA-256')
    expect(answer.body.salt).toMatch(/form=support/)
    expect((await restAt('GET', 'forms/challenge?form=nope')).status).toBe(400)
    expect((await restAt('GET', 'forms/challenge')).status).toBe(400)
  })

  it('a solved challenge is accepted once; sent again it is refused', async () => {
    const proof = await solved()
    const first = await protectSubmission(
      request('203.0.113.1'),
      body({ [protectionFields.proof]: proof }),
      { form: 'support' },
    )
    expect(first).toEqual({ ok: true })
    const again = await protectSubmission(
      request('203.0.113.2'),
      body({ [protectionFields.proof]: proof }),
      { form: 'support' },
    )
    expect(again).toEqual({ ok: false, status: 409, message: refusals.spent })
  })

  it('a wrong number, a forged signature, junk or another form’s proof is refused', async () => {
    const proof = await solved()
    const decoded = JSON.parse(Buffer.from(proof, 'base64').toString())
    const encode = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64')
    const wrongNumber = encode({ ...decoded, number: decoded.number + 1 })
    const forged = encode({ ...decoded, signature: 'a'.repeat(64) })
    for (const bad of [wrongNumber, forged, 'not base64 json', encode([1, 2]), 'x'.repeat(5000)]) {
      const verdict = await protectSubmission(
        request('203.0.113.3'),
        body({ [protectionFields.proof]: bad }),
        { form: 'support' },
      )
      expect(verdict).toEqual({ ok: false, status: 400, message: refusals.proof })
    }
    formRateLimit.reset()
    const surveyProof = await solved('survey')
    expect(
      await protectSubmission(request('203.0.113.3'), body({ altcha: surveyProof }), {
        form: 'support',
      }),
    ).toEqual({ ok: false, status: 400, message: refusals.proof })
    // The genuine one still works: refusals did not spend it.
    expect(
      await protectSubmission(request('203.0.113.3'), body({ altcha: proof }), { form: 'support' }),
    ).toEqual({ ok: true })
  })

  it('an expired challenge is refused', async () => {
    const { makeChallenge, spendProof, challengeLifetimeMs } = await import(
      '../src/forms/proofOfWork'
    )
    const old = await makeChallenge(payload, 'support', Date.now() - challengeLifetimeMs - 1000)
    const solution = await solveChallenge(old.challenge, old.salt, old.algorithm, old.maxnumber)
      .promise
    const proof = Buffer.from(JSON.stringify({ ...old, number: solution!.number })).toString(
      'base64',
    )
    expect(await spendProof(payload, proof, 'support')).toBe('invalid')
  })

  it('spent proofs are kept as hashes only, unreadable through the API', async () => {
    const proof = await solved()
    await protectSubmission(request('203.0.113.4'), body({ altcha: proof }), { form: 'support' })
    const rows = await payload.find({ collection: 'form-proofs', overrideAccess: true })
    expect(rows.totalDocs).toBeGreaterThan(0)
    for (const row of rows.docs) {
      expect(Object.keys(row).sort()).toEqual(['expires', 'hash', 'id'])
      expect(JSON.stringify(row)).not.toContain(
        JSON.parse(Buffer.from(proof, 'base64').toString()).signature,
      )
    }
    expect((await restAt('GET', 'form-proofs')).status).toBe(403)
  })
})

describe('public forms: honeypot and rate limits', () => {
  it('a filled honeypot is refused, with or without a proof', async () => {
    const verdict = await protectSubmission(
      request('203.0.113.10'),
      body({ [protectionFields.honeypot]: 'http://spam.example' }),
      { form: 'support' },
    )
    expect(verdict).toEqual({ ok: false, status: 400, message: refusals.honeypot })
    const proof = await solved()
    expect(
      (
        await protectSubmission(request('203.0.113.10'), body({ website: 'x', altcha: proof }), {
          form: 'support',
        })
      ).ok,
    ).toBe(false)
    // An empty honeypot is what people send.
    expect(
      await protectSubmission(request('203.0.113.10'), body({ website: '' }), { form: 'support' }),
    ).toEqual({ ok: true })
  })

  it('without JavaScript a client may send three, then waits; another client is not held up', async () => {
    const results = []
    for (let i = 0; i < 4; i++)
      results.push(
        (await protectSubmission(request('198.51.100.5'), body(), { form: 'support' })).ok,
      )
    expect(results).toEqual([true, true, true, false])
    const refused = await protectSubmission(request('198.51.100.5'), body(), { form: 'support' })
    expect(refused).toEqual({ ok: false, status: 429, message: refusals.tooMany })
    expect(refused.ok || refused.message).not.toContain('198.51.100.5')
    // Another client, and the same client on the other form, go on.
    expect((await protectSubmission(request('198.51.100.6'), body(), { form: 'support' })).ok).toBe(
      true,
    )
    expect((await protectSubmission(request('198.51.100.5'), body(), { form: 'survey' })).ok).toBe(
      true,
    )
    // A solved proof lifts the client to the higher limit.
    expect(
      (
        await protectSubmission(request('198.51.100.5'), body({ altcha: await solved() }), {
          form: 'support',
        })
      ).ok,
    ).toBe(true)
  })

  it('limits keep no address, and a new window forgets everything', () => {
    let now = 1_000_000
    const limit = new FormRateLimit({
      perClientWithProof: 2,
      perClientWithoutProof: 1,
      allWithoutProof: 3,
    })
    limit.now = () => now
    expect(limit.take('192.0.2.1', 'support', false)).toBe(true)
    expect(limit.take('192.0.2.1', 'support', false)).toBe(false)
    expect(limit.take('192.0.2.2', 'support', false)).toBe(true)
    expect(limit.take('192.0.2.3', 'support', false)).toBe(true)
    // Everyone together without proof: the cap.
    expect(limit.take('192.0.2.4', 'support', false)).toBe(false)
    // With proof, the per-client limit only.
    expect(limit.take('192.0.2.4', 'support', true)).toBe(true)
    expect(limit.take('192.0.2.4', 'support', true)).toBe(true)
    expect(limit.take('192.0.2.4', 'support', true)).toBe(false)
    const kept = JSON.stringify(limit.snapshot())
    expect(kept).not.toMatch(/192\.0\.2/)
    const keyBefore = limit.clientKey('192.0.2.1')
    now += 60 * 60 * 1000
    expect(limit.clientKey('192.0.2.1')).not.toBe(keyBefore)
    expect(limit.snapshot()).toEqual([])
    expect(limit.take('192.0.2.1', 'support', false)).toBe(true)
  })
})
