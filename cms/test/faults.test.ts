import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { guardRest } from '../src/api/guard'
import { isWellFormedId } from '../src/api/ids'
import { expectPlainEnglish } from './fixtures'
import { bootPayload } from './payload'

/** The safety net behind the up-front checks: what escapes a handler, and what is logged. */
let payload: Payload
beforeAll(async () => {
  payload = await bootPayload()
})
afterAll(async () => {
  await payload?.destroy()
})

async function throughGuard(error: Error) {
  const { default: config } = await import('../src/payload.config')
  const route = guardRest(config, async () => {
    throw error
  })
  const res = await route(
    new Request('http://localhost:3000/api/resources?where[title][equals]=Private%20words', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'What a visitor typed' }),
    }),
    { params: Promise.resolve({ slug: ['resources'] }) },
  )
  return {
    status: res.status,
    message: ((await res.json()) as { errors: { message: string }[] }).errors[0]!.message,
  }
}

describe('errors that escape a handler', () => {
  it('a genuine fault stays a 500 with a plain message and is logged as an error, without the request', async () => {
    const logged = vi.spyOn(payload.logger, 'error')
    const answer = await throughGuard(new Error('SQLITE_IOERR: disk I/O error'))
    expect(answer.status).toBe(500)
    expectPlainEnglish(answer.message)
    expect(logged).toHaveBeenCalled()
    const line = JSON.stringify(logged.mock.calls)
    expect(line).toContain('disk I/O error')
    expect(line).not.toContain('What a visitor typed')
    expect(line).not.toContain('Private')
    logged.mockRestore()
  })

  it('a value the database cannot take is the input’s fault: 400, not logged as an error', async () => {
    const logged = vi.spyOn(payload.logger, 'error')
    const cause = new RangeError(
      'Only finite numbers (not Infinity or NaN) can be passed as arguments',
    )
    const answer = await throughGuard(new Error('Failed query: select 1', { cause }))
    expect(answer.status).toBe(400)
    expectPlainEnglish(answer.message)
    expect(logged).not.toHaveBeenCalled()
    logged.mockRestore()
  })
})

describe('ids by database', () => {
  it.each([
    ['sqlite', '42', true],
    ['sqlite', '0', false],
    ['sqlite', '507f1f77bcf86cd799439011', false],
    ['sqlite', '99999999999999999999', false],
    ['mongodb', '507f1f77bcf86cd799439011', true],
    ['mongodb', '42', false],
    ['mongodb', '{"$gt":""}', false],
  ] as const)('%s: %s is an id → %s', (kind, id, ok) => {
    expect(isWellFormedId(id, kind)).toBe(ok)
  })
})
