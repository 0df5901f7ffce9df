import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, makeUser } from './payload'

const password = 'correct horse battery staple'

let payload: Payload

beforeAll(async () => {
  // These tests stand for a CMS behind a reverse proxy that sets X-Forwarded-For.
  process.env.TRUST_PROXY = '1'
  payload = await bootPayload()
})
afterAll(() => {
  delete process.env.TRUST_PROXY
})

/** A sign-in through Payload's own REST route handler, from the client at `ip`. */
async function login(email: string, pw: string, ip: string) {
  const { REST_POST } = await import('@payloadcms/next/routes')
  const { default: config } = await import('../src/payload.config')
  const res = await REST_POST(config)(
    new Request('http://localhost:3000/api/users/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': ip },
      body: JSON.stringify({ email, password: pw }),
    }),
    { params: Promise.resolve({ slug: ['users', 'login'] }) },
  )
  return { status: res.status, text: await res.text() }
}

describe('login throttle: by client as well as by account', () => {
  it('a stranger who fails five times is shut out of that account; its owner still signs in', async () => {
    const user = await makeUser(payload, 'editor', 'target')
    const stranger = '203.0.113.7'
    const owner = '198.51.100.20'
    for (let i = 1; i <= 5; i++)
      expect((await login(user.email, `guess ${i}`, stranger)).status).toBe(401)
    // The stranger is stopped, even with the right password, with a plain message.
    const stopped = await login(user.email, password, stranger)
    expect(stopped.status).toBe(429)
    expect(stopped.text).toMatch(/too many/i)
    expect(stopped.text).not.toContain(stranger)
    // The owner, from their own address, is not locked out.
    const signedIn = await login(user.email, password, owner)
    expect(signedIn.status, signedIn.text).toBe(200)
    expect(JSON.parse(signedIn.text).token).toBeTruthy()
  })

  it('a client that fails on many accounts is stopped on all of them', async () => {
    const client = '203.0.113.99'
    const users = await Promise.all(
      Array.from({ length: 7 }, (_, i) => makeUser(payload, 'contributor', `many${i}`)),
    )
    let stopped = 0
    for (const user of users)
      for (let i = 1; i <= 3; i++)
        if ((await login(user.email, `guess ${i}`, client)).status === 429) stopped++
    expect(stopped).toBeGreaterThan(0)
    const fresh = await makeUser(payload, 'contributor', 'fresh')
    expect((await login(fresh.email, password, client)).status).toBe(429)
    expect((await login(fresh.email, password, '198.51.100.21')).status).toBe(200)
  })

  it('the stranger’s lock ends after its time', async () => {
    const { loginThrottle } = await import('../src/lib/loginThrottle')
    const user = await makeUser(payload, 'editor', 'expires')
    const stranger = '203.0.113.8'
    for (let i = 1; i <= 5; i++) await login(user.email, `guess ${i}`, stranger)
    expect((await login(user.email, password, stranger)).status).toBe(429)
    const realNow = loginThrottle.now
    loginThrottle.now = () => realNow() + 16 * 60 * 1000
    try {
      expect((await login(user.email, password, stranger)).status).toBe(200)
    } finally {
      loginThrottle.now = realNow
    }
  })

  it('keeps no address: clients are known by a keyed hash only', async () => {
    const { loginThrottle } = await import('../src/lib/loginThrottle')
    const user = await makeUser(payload, 'editor', 'hashed')
    await login(user.email, 'wrong', '192.0.2.55')
    expect(JSON.stringify(loginThrottle.snapshot())).not.toMatch(/192\.0\.2\.55|@example\.org/)
  })
})

describe('login throttle: the per-account ceiling', () => {
  it('slows, and never refuses, guessing spread over many clients', async () => {
    const { LoginThrottle } = await import('../src/lib/loginThrottle')
    const throttle = new LoginThrottle({ perClientAccount: 5, perClient: 20, perAccount: 3 })
    for (let i = 0; i < 3; i++) {
      const keys = throttle.keys('secret', `203.0.113.${i}`, 'editor@example.org')
      expect(throttle.check(keys)).toEqual({ refused: false, delayMs: 0 })
      throttle.attempt(keys)
    }
    const next = throttle.keys('secret', '198.51.100.1', 'editor@example.org')
    const verdict = throttle.check(next)
    expect(verdict.refused).toBe(false)
    expect(!verdict.refused && verdict.delayMs).toBeGreaterThan(0)
    // Another account is not slowed.
    expect(throttle.check(throttle.keys('secret', '198.51.100.1', 'other@example.org'))).toEqual({
      refused: false,
      delayMs: 0,
    })
  })
})
