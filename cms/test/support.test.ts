import type { Payload } from 'payload'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { solveProof } from '@hcri/shared/proofOfWork'

import { formRateLimit } from '../src/forms'
import { deleteClosedSupportRequests } from '../src/jobs/deleteClosedSupportRequests'
import { bootPayload, makeUser, rawSql } from './payload'
import { graphqlQuery, login, rest, restAt } from './routes'

/**
 * Confidential support requests: sent by the public form (JSON and plain POST), stored encrypted
 * (the rows read with raw SQL, as a thief with a backup would; e2e/tests/support.spec.ts reads a
 * database file itself), read and triaged only by support volunteers, deleted after closing.
 */
const password = 'correct horse battery staple'

let payload: Payload
const tokens = {} as Record<'contributor' | 'editor' | 'admin' | 'support', string>

beforeAll(async () => {
  payload = await bootPayload()
  for (const role of ['contributor', 'editor', 'admin', 'support'] as const) {
    const user = await makeUser(payload, role)
    tokens[role] = await login(payload, user.email, password)
  }
})
beforeEach(() => formRateLimit.reset())

const secret = {
  firstName: 'Zainab',
  email: 'zainab.private@example.net',
  phone: '07700 900123',
  safeTimes: 'Weekdays after six',
  message: 'Someone shouted at me on the bus again near Park Street',
}

const form = (extra: Record<string, string | string[]> = {}) => {
  const params = new URLSearchParams()
  const fields: Record<string, string | string[]> = {
    firstName: secret.firstName,
    contactBy: ['email', 'text'],
    email: secret.email,
    phone: secret.phone,
    safeTimes: secret.safeTimes,
    leaveMessage: 'no',
    language: 'ur',
    message: secret.message,
    locale: 'en',
    website: '',
    ...extra,
  }
  for (const [name, value] of Object.entries(fields))
    for (const v of Array.isArray(value) ? value : [value]) params.append(name, v)
  return params.toString()
}

/** A POST as the site sends it: a plain form (HTML answer) or its script (JSON answer). */
const send = (body: string, json: boolean) =>
  rest({
    method: 'POST',
    segments: ['forms', 'support'],
    body,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(json && { accept: 'application/json' }),
    },
  })

async function proof() {
  const answer = await restAt('GET', 'forms/challenge?form=support')
  return (await solveProof(answer.body))!
}

/** Rows as the database holds them: SQL straight to its client (SQLite or PostgreSQL), no Payload in between. */
const sql = async (query: string) =>
  (await rawSql(payload, query)).map((r) => ({ ...(r as object) })) as Record<string, unknown>[]
const rawRows = () => sql('select * from support_requests')

describe('support requests: sending', () => {
  it('with JavaScript: a solved proof and JSON back', async () => {
    const answer = await send(form({ altcha: await proof() }), true)
    expect(answer.status).toBe(201)
    expect(answer.body).toEqual({ ok: true })
  })

  it('without JavaScript: a plain POST gets a page in the visitor’s language, echoing nothing', async () => {
    const answer = await send(form({ locale: 'ur' }), false)
    expect(answer.status).toBe(201)
    const html = String(answer.body)
    expect(html).toContain('<html lang="ur" dir="rtl">')
    expect(html).toContain('mailto:admin@bc-innovate.co.uk')
    expect(html).toMatch(/class="exit" href="http:\/\/localhost:\d+\/ur\/exit\/"/) // the quick exit
    expect(html).toMatch(/href="http:\/\/localhost:\d+\/ur\/"/)
    for (const value of Object.values(secret)) expect(html).not.toContain(value)
    // The title names only the site: the browser's history shows nothing more.
    expect(html).toMatch(/<title>[^<]*<\/title>/)
    expect(html).not.toMatch(/<title>[^<]*(support|sent|thank)/i)
  })

  it('what is wrong is said plainly, and nothing is stored', async () => {
    const before = (await rawRows()).length
    const cases: [Record<string, string | string[]>, string][] = [
      [{ message: '' }, 'support.error.message'],
      [{ contactBy: [] }, 'support.error.contact'],
      [{ contactBy: 'email', email: 'not an address' }, 'support.error.email'],
      [{ contactBy: 'phone', phone: 'call me' }, 'support.error.phone'],
      [{ message: 'x'.repeat(2001) }, 'support.error.tooLong'],
      [{ website: 'http://spam.example' }, 'support.error.check'],
      [{ altcha: 'forged' }, 'support.error.check'],
    ]
    for (const [extra, error] of cases) {
      const answer = await send(form(extra), true)
      expect(answer.status, error).toBeGreaterThanOrEqual(400)
      expect(answer.body, JSON.stringify(extra).slice(0, 80)).toEqual({ ok: false, error })
      formRateLimit.reset()
    }
    const page = await send(form({ message: '' }), false)
    expect(page.status).toBe(400)
    expect(String(page.body)).toContain('Please write a short message.')
    expect((await rawRows()).length).toBe(before)
  })

  it('a client that sends too many without JavaScript is asked to wait', async () => {
    const statuses = []
    for (let i = 0; i < 4; i++) statuses.push((await send(form(), true)).status)
    expect(statuses).toEqual([201, 201, 201, 429])
  })
})

describe('support requests: encrypted at rest', () => {
  it('the database file holds ciphertext only, and no exact time', async () => {
    const rows = await rawRows()
    expect(rows.length).toBeGreaterThan(0)
    const dump = JSON.stringify(rows)
    for (const value of [...Object.values(secret), 'Urdu', 'Text message', 'E-mail'])
      expect(dump).not.toContain(value)
    for (const row of rows) {
      expect(String(row.message)).toMatch(/^enc1:/)
      expect(String(row.first_name)).toMatch(/^enc1:/)
      expect(Object.keys(row)).not.toContain('created_at')
      expect(Object.keys(row)).not.toContain('updated_at')
      // The day only (PostgreSQL hands a timestamp column back as a Date).
      const day = row.received_on instanceof Date ? row.received_on.toISOString() : row.received_on
      expect(String(day)).toMatch(/^\d{4}-\d{2}-\d{2}(T00:00:00\.000Z)?$/)
    }
    // No versions table keeps copies.
    const tables = await sql(
      (payload.db as { pool?: unknown }).pool
        ? "select table_name as name from information_schema.tables where table_schema = 'public'"
        : "select name from sqlite_master where type = 'table'",
    )
    expect(JSON.stringify(tables)).toMatch(/support_requests/)
    expect(JSON.stringify(tables)).not.toMatch(/_support_requests_v/)
  })
})

describe('support requests: who can read them', () => {
  it('anonymous, contributors, editors and admins cannot list, read, count or change them', async () => {
    const [{ id }] = (await rawRows()) as { id: number }[]
    for (const token of [undefined, tokens.contributor, tokens.editor, tokens.admin]) {
      for (const [method, path] of [
        ['GET', 'support-requests'],
        ['GET', `support-requests/${id}`],
        ['GET', 'support-requests/count'],
        ['PATCH', `support-requests/${id}`],
        ['DELETE', `support-requests/${id}`],
        ['POST', 'support-requests'],
      ] as const) {
        const answer = await restAt(method, path, {
          token,
          body: method === 'GET' ? undefined : { status: 'closed', message: 'x' },
        })
        expect([401, 403, 404], `${method} ${path}`).toContain(answer.status)
        expect(answer.text).not.toContain(secret.message)
      }
      const gql = await graphqlQuery('{ SupportRequests { docs { id message firstName } } }', {
        token,
      })
      expect(gql.text).not.toContain(secret.message)
      expect(gql.body.data?.SupportRequests ?? null).toBeNull()
    }
  })

  it('a support volunteer reads them in clear and cannot change what the person wrote', async () => {
    const list = await restAt('GET', 'support-requests?limit=50', { token: tokens.support })
    expect(list.status).toBe(200)
    const doc = list.body.docs.find((d: { message: string }) => d.message === secret.message)
    expect(doc).toMatchObject({
      firstName: secret.firstName,
      contactBy: 'E-mail, Text message',
      email: secret.email,
      phone: secret.phone,
      leaveMessage: 'No, do not leave a message',
      language: 'Urdu (اردو)',
      status: 'new',
    })
    const changed = await restAt('PATCH', `support-requests/${doc.id}`, {
      token: tokens.support,
      body: { message: 'rewritten', notes: 'Called back, all fine' },
    })
    expect(changed.status).toBe(200)
    expect(changed.body.doc.message).toBe(secret.message)
    expect(changed.body.doc.notes).toBe('Called back, all fine')
    expect(JSON.stringify(await rawRows())).not.toContain('Called back')
    // The volunteer cannot create one through the API either (only the form can).
    expect(
      (await restAt('POST', 'support-requests', { token: tokens.support, body: { message: 'x' } }))
        .status,
    ).toBe(403)
  })

  it('a key that is not the one the rows were sealed with reads nothing', async () => {
    const saved = process.env.SUPPORT_ENCRYPTION_KEY
    process.env.SUPPORT_ENCRYPTION_KEY = Buffer.alloc(32, 7).toString('base64')
    try {
      const list = await restAt('GET', 'support-requests', { token: tokens.support })
      expect(list.text).not.toContain(secret.message)
    } finally {
      process.env.SUPPORT_ENCRYPTION_KEY = saved
    }
  })

  it('without a key the form refuses to store anything, saying to e-mail instead', async () => {
    const saved = process.env.SUPPORT_ENCRYPTION_KEY
    delete process.env.SUPPORT_ENCRYPTION_KEY
    const before = (await rawRows()).length
    try {
      const answer = await send(form(), true)
      expect(answer.status).toBe(503)
      expect(answer.body).toEqual({ ok: false, error: 'support.error.unavailable' })
    } finally {
      process.env.SUPPORT_ENCRYPTION_KEY = saved
    }
    expect((await rawRows()).length).toBe(before)
  })
})

describe('support requests: triage and deletion', () => {
  it('contacted and closed are recorded; closed requests go after the retention time, through the jobs queue', async () => {
    const list = await restAt('GET', 'support-requests?limit=100', { token: tokens.support })
    const [first, second, ...rest] = list.body.docs as { id: number }[]
    const contacted = await restAt('PATCH', `support-requests/${first!.id}`, {
      token: tokens.support,
      body: { status: 'contacted' },
    })
    expect(contacted.body.doc).toMatchObject({ status: 'contacted', closedAt: null })
    const closed = await restAt('PATCH', `support-requests/${second!.id}`, {
      token: tokens.support,
      body: { status: 'closed' },
    })
    expect(closed.body.doc.status).toBe('closed')
    expect(closed.body.doc.closedAt).toBeTruthy()
    // Not yet due (29 days on, 30 kept by default): nothing goes.
    const day = 24 * 60 * 60 * 1000
    expect(await deleteClosedSupportRequests(payload, Date.now() + 29 * day)).toBe(0)
    // 31 days later, through the jobs queue as the hourly schedule runs it.
    const later = Date.now() + 31 * day
    await payload.jobs.queue({ task: 'deleteClosedSupportRequests', input: {} })
    const realNow = Date.now
    Date.now = () => later
    try {
      await payload.jobs.run()
    } finally {
      Date.now = realNow
    }
    const ids = (await rawRows()).map((r) => r.id)
    expect(ids).not.toContain(second!.id)
    expect(ids).toContain(first!.id)
    expect(ids.length).toBe(rest.length + 1)
    // The job's record holds a count, never a request.
    const jobs = await payload.find({ collection: 'payload-jobs', overrideAccess: true })
    expect(JSON.stringify(jobs.docs)).not.toContain(secret.message)
  })
})
