/**
 * E-mail through SMTP (Payload's nodemailer adapter), set by SMTP_* variables: password resets,
 * "a new support request is waiting" to support volunteers, and "the site build failed" to
 * editors and admins. The alerts carry no content, no names and no addresses of anyone but the
 * recipient: only that something is waiting, and where to sign in.
 *
 * Without SMTP_HOST nothing is sent (not even to the log, where a reset link would be a key):
 * a production start says so plainly.
 */
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter, Payload } from 'payload'

import type { Role } from '@hcri/shared'

export type SmtpSettings = {
  host: string
  port: number
  secure: boolean
  user?: string
  pass?: string
  fromName: string
  fromAddress: string
}

export const noSmtpWarning =
  'E-mail is NOT set up (SMTP_HOST is empty): password resets, "new support request" alerts and build-failure alerts will not be sent. Set SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASS, SMTP_FROM and SMTP_SECURE in cms/.env.'

const defaultFromName = 'Walsall Hate Crime Reduction Initiative'

export function smtpSettings(env: NodeJS.ProcessEnv = process.env): SmtpSettings | undefined {
  const host = env.SMTP_HOST?.trim()
  if (!host) return undefined
  const secure = env.SMTP_SECURE === 'true' || env.SMTP_SECURE === '1'
  const port = Number(env.SMTP_PORT) || (secure ? 465 : 587)
  const from = env.SMTP_FROM?.trim() || env.SMTP_USER?.trim() || ''
  // "Name <address>" or a bare address.
  const named = /^(.*?)\s*<([^>]+)>$/.exec(from)
  return {
    host,
    port,
    secure,
    user: env.SMTP_USER?.trim() || undefined,
    pass: env.SMTP_PASS || undefined,
    fromName: named?.[1]?.replace(/^"|"$/g, '') || defaultFromName,
    fromAddress: named?.[2] ?? from,
  }
}

/** Drops every message: what runs without SMTP settings. */
const noEmail: EmailAdapter = () => ({
  name: 'none',
  defaultFromAddress: '',
  defaultFromName,
  sendEmail: async () => undefined,
})

let warned = false
/** The adapter for the Payload config; warns once when a production server has no SMTP. */
export function emailAdapter(
  env: NodeJS.ProcessEnv = process.env,
  warn: (message: string) => void = console.warn,
): EmailAdapter | Promise<EmailAdapter> {
  const smtp = smtpSettings(env)
  if (!smtp) {
    const building = env.NEXT_PHASE === 'phase-production-build'
    if (env.NODE_ENV === 'production' && !building && !warned) {
      warned = true
      warn(`WARNING: ${noSmtpWarning}`)
    }
    return noEmail
  }
  return nodemailerAdapter({
    defaultFromAddress: smtp.fromAddress,
    defaultFromName: smtp.fromName,
    skipVerify: true,
    transportOptions: {
      host: smtp.host,
      port: smtp.port,
      secure: smtp.secure,
      ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.pass } } : {}),
      // A local relay or test server may offer no TLS; a remote one should.
      ignoreTLS: false,
    },
  })
}

const adminUrl = (payload: Payload, path = '') =>
  `${payload.config.serverURL}${payload.config.routes.admin}${path}`

async function addressesOf(payload: Payload, roles: Role[]): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { role: { in: roles } },
    limit: 500,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { email: true },
  })
  return docs.map((u) => u.email).filter(Boolean)
}

/** One message per recipient, so nobody learns who else is on the team. Never throws. */
async function sendToRoles(payload: Payload, roles: Role[], subject: string, text: string) {
  try {
    const to = await addressesOf(payload, roles)
    for (const address of to) await payload.sendEmail({ to: address, subject, text })
    return to.length
  } catch (error) {
    // The SMTP error only: it names no request and no person.
    payload.logger.error(`E-mail "${subject}" could not be sent: ${(error as Error).message}`)
    return 0
  }
}

const pending = new Set<Promise<unknown>>()
/** Sends in the background (a visitor's request never waits for SMTP); tests await `mailSent`. */
const background = (work: Promise<unknown>) => {
  pending.add(work)
  void work.finally(() => pending.delete(work))
}
export const mailSent = async () => {
  while (pending.size) await Promise.all([...pending])
}

export const newSupportRequestMail = {
  subject: 'A new support request is waiting',
  text: (payload: Payload) =>
    [
      'A new confidential support request has arrived.',
      '',
      `Sign in to read it: ${adminUrl(payload, '/collections/support-requests')}`,
      '',
      'This e-mail holds nothing of the request on purpose. Please do not forward it.',
    ].join('\n'),
}

export function notifyNewSupportRequest(payload: Payload) {
  background(
    sendToRoles(
      payload,
      ['support'],
      newSupportRequestMail.subject,
      newSupportRequestMail.text(payload),
    ),
  )
}

export const buildFailedMail = {
  subject: 'The website build failed',
  text: (payload: Payload) =>
    [
      'A build of the public website failed. The live site has not changed.',
      '',
      `The publishing panel says why and can try again: ${adminUrl(payload)}`,
    ].join('\n'),
}

/** Holds the running Payload so the publisher (which has none of its own) can send alerts. */
const key = Symbol.for('hcri.mailPayload')
type WithPayload = typeof globalThis & { [key]?: Payload }
export const rememberPayloadForMail = (payload: Payload) => {
  ;(globalThis as WithPayload)[key] = payload
}

/** The publisher's failure path: tells editors and admins, in the background. */
export function notifyBuildFailed<T extends { ok?: boolean }>(entry: T): T {
  const payload = (globalThis as WithPayload)[key]
  if (entry.ok === false && payload)
    background(
      sendToRoles(
        payload,
        ['editor', 'admin'],
        buildFailedMail.subject,
        buildFailedMail.text(payload),
      ),
    )
  return entry
}
