/** GET /api/health through the real route: 200 while the database answers, 503 once it does not. */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload } from './payload'
import { rest } from './routes'

let payload: Payload
beforeAll(async () => {
  payload = await bootPayload()
})
afterAll(async () => {
  await payload?.destroy().catch(() => {})
})

describe('/api/health', () => {
  it('answers 200 ok, never cached, naming nothing of the content', async () => {
    const res = await rest({ method: 'GET', segments: ['health'] })
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ status: 'ok' })
  })

  it('answers 503 when the database is gone (its connection closed)', async () => {
    // SQLite's client or PostgreSQL's pool: either way, nothing answers any more.
    const db = payload.db as unknown as {
      client?: { close: () => void }
      pool?: { end: () => Promise<void> }
    }
    if (db.pool)
      void db.pool.end() // waits for clients still out; the pool refuses new work at once
    else db.client!.close()
    const res = await rest({ method: 'GET', segments: ['health'] })
    expect(res.status).toBe(503)
    expect(res.body).toEqual({ status: 'unavailable', database: 'down' })
  })
})
