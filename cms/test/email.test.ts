import { simpleParser } from 'mailparser'
import type { Payload } from 'payload'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { solveProof } from '@hcri/shared/proofOfWork'

import {
  buildFailedMail,
  emailAdapter,
  mailSent,
  newSupportRequestMail,
  noSmtpWarning,
  notifyBuildFailed,
} from '../src/lib/email'
import { bootPayload, makeUser } from './payload'
import { rest, restAt } from './routes'

/**
 * Real e-mail: a real SMTP server (smtp-server) on a local port, the CMS's nodemailer adapter
 * talking to it with a login. Each message is checked for its recipients and for what it must
 * not carry.
 */
// Before any import loads the Payload config (the route modules do): it reads SMTP_* once.
const smtpPort = vi.hoisted(() => {
  // Our SMTP test ports: 4490-4499.
  const chosen = 4491
  Object.assign(process.env, {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(chosen),
    SMTP_USER: 'mailer',
    SMTP_PASS: 'smtp-test-pass',
    SMTP_FROM: 'Walsall HCRI <no-reply@example.org>',
    SMTP_SECURE: 'false',
  })
  return chosen
})

type Mail = { from: string; to: string[]; subject: string; text: string; raw: string }
const received: Mail[] = []
let server: SMTPServer
let payload: Payload

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: false,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth: (auth, _session, callback) =>
      auth.username === 'mailer' && auth.password === 'smtp-test-pass'
        ? callback(null, { user: 'mailer' })
        : callback(new Error('bad login')),
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', async () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        const parsed = await simpleParser(raw)
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: parsed.subject ?? '',
          text: parsed.text ?? '',
          raw,
        })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(smtpPort, '127.0.0.1', resolve))
  payload = await bootPayload()
})
afterAll(async () => {
  for (const name of [
    'SMTP_HOST',
    'SMTP_PORT',
    'SMTP_USER',
    'SMTP_PASS',
    'SMTP_FROM',
    'SMTP_SECURE',
  ])
    delete process.env[name]
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

const take = () => received.splice(0, received.length)

describe('e-mail over SMTP', () => {
  it('a new support request tells each support volunteer, and only them, without any content', async () => {
    // The first account is always an admin: the others come first.
    const others = []
    for (const role of ['admin', 'editor', 'contributor'] as const)
      others.push(await makeUser(payload, role))
    const volunteers = [
      await makeUser(payload, 'support', 'vol1'),
      await makeUser(payload, 'support', 'vol2'),
    ]
    take()
    const secret = {
      firstName: 'Farida',
      email: 'farida.hidden@example.net',
      phone: '07700 900456',
      message: 'My neighbour keeps leaving notes on my door',
      safeTimes: 'Mornings only',
    }
    const challenge = await restAt('GET', 'forms/challenge?form=support')
    const body = new URLSearchParams({
      ...secret,
      contactBy: 'email',
      language: 'bn',
      leaveMessage: 'no',
      locale: 'bn',
      altcha: (await solveProof(challenge.body))!,
    })
    const answer = await rest({
      method: 'POST',
      segments: ['forms', 'support'],
      body: body.toString(),
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
      },
    })
    expect(answer.status).toBe(201)
    await mailSent()
    const mails = take()
    expect(
      mails
        .map((m) => m.to)
        .flat()
        .sort(),
    ).toEqual(volunteers.map((v) => v.email).sort())
    // One message each: no volunteer learns who else is on the team.
    for (const mail of mails) expect(mail.to).toHaveLength(1)
    for (const mail of mails) {
      expect(mail.subject).toBe(newSupportRequestMail.subject)
      expect(mail.from).toBe('no-reply@example.org')
      expect(mail.text).toContain('/admin/collections/support-requests')
      for (const value of [...Object.values(secret), 'Bengali', 'বাংলা'])
        expect(mail.raw).not.toContain(value)
      for (const other of others) expect(mail.raw).not.toContain(other.email)
    }
  })

  it('a forgotten password sends the reset link to that person only', async () => {
    const user = await makeUser(payload, 'editor', 'forgetful')
    take()
    const answer = await restAt('POST', 'users/forgot-password', { body: { email: user.email } })
    expect(answer.status).toBe(200)
    // Payload sends the reset mail without waiting for it: wait for it to arrive.
    while (received.length === 0) await new Promise((r) => setTimeout(r, 50))
    const mails = take()
    expect(mails).toHaveLength(1)
    expect(mails[0]!.to).toEqual([user.email])
    expect(mails[0]!.text).toMatch(/reset/i)
  })

  it('a failed site build tells editors and admins, with no content', async () => {
    const users = await payload.find({ collection: 'users', overrideAccess: true, limit: 100 })
    const expected = users.docs.filter((u) => u.role === 'editor' || u.role === 'admin')
    take()
    notifyBuildFailed({ ok: false, error: 'The build failed: a secret page title' })
    notifyBuildFailed({ ok: true })
    await mailSent()
    const mails = take()
    expect(
      mails
        .map((m) => m.to)
        .flat()
        .sort(),
    ).toEqual(expected.map((u) => u.email).sort())
    for (const mail of mails) {
      expect(mail.subject).toBe(buildFailedMail.subject)
      expect(mail.raw).not.toContain('secret page title')
    }
  })
})

describe('e-mail settings', () => {
  it('a production start without SMTP warns plainly, once; a build or development does not', () => {
    const warnings: string[] = []
    const warn = (m: string) => warnings.push(m)
    emailAdapter({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' }, warn)
    emailAdapter({ NODE_ENV: 'development' }, warn)
    expect(warnings).toEqual([])
    emailAdapter({ NODE_ENV: 'production' }, warn)
    emailAdapter({ NODE_ENV: 'production' }, warn)
    expect(warnings).toEqual([`WARNING: ${noSmtpWarning}`])
    expect(noSmtpWarning).toMatch(/not be sent/)
  })
})
