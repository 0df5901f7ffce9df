/**
 * What every public form runs before it keeps anything: the honeypot, the proof of work when the
 * browser ran our script (a plain POST without JavaScript has none, and gets tighter limits), and
 * rate limits that keep no address (rateLimit.ts). Nothing here logs or stores an address, a user
 * agent or the time of a submission.
 */
import type { PayloadRequest } from 'payload'

import { protectionFields, type PublicForm } from '@hcri/shared/forms'

import { clientAddress } from '../lib/loginThrottle'
import { formRateLimit } from './rateLimit'
import { spendProof } from './proofOfWork'

export type Protection = { ok: true } | { ok: false; status: number; message: string }

const field = (body: unknown, name: string): string | undefined => {
  if (typeof body !== 'object' || body === null) return undefined
  const value = (body as Record<string, unknown>)[name]
  if (Array.isArray(value)) return value.length ? String(value.at(-1)) : ''
  return value === undefined || value === null ? undefined : String(value)
}

export const refusals = {
  honeypot:
    'This form could not be sent. If you filled in the field marked “leave this empty”, clear it and send again.',
  proof: 'This form could not be checked. Please reload the page and send it again.',
  spent: 'This form has already been sent. Please reload the page to send another.',
  tooMany:
    'Too many forms have been sent from this device or network. Please wait an hour and try again, or e-mail us instead.',
} as const

/**
 * `body` is the form's fields by name (readFormBody's `fields`, or a parsed JSON object). The
 * proof field may be absent (no JavaScript); when present it must be a fresh, valid solution for
 * this form.
 */
export async function protectSubmission(
  req: PayloadRequest,
  body: unknown,
  { form }: { form: PublicForm },
): Promise<Protection> {
  if (field(body, protectionFields.honeypot)?.trim())
    return { ok: false, status: 400, message: refusals.honeypot }
  const proof = field(body, protectionFields.proof)?.trim()
  const proved = Boolean(proof)
  if (!formRateLimit.take(clientAddress(req.headers), form, proved))
    return { ok: false, status: 429, message: refusals.tooMany }
  if (proof) {
    const verdict = await spendProof(req.payload, proof, form)
    if (verdict === 'invalid') return { ok: false, status: 400, message: refusals.proof }
    if (verdict === 'spent') return { ok: false, status: 409, message: refusals.spent }
  }
  return { ok: true }
}
