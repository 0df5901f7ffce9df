/**
 * POST /api/forms/support: a confidential support request from the site's /support/ page. A
 * plain form POST (no JavaScript) is answered with a small page in the visitor's language
 * (page.ts); the site's script asks for JSON and confirms in place. Nothing of the request is
 * logged; the stored fields are encrypted (collections/SupportRequests).
 */
import type { Endpoint } from 'payload'

import { contactMethods, type ContactMethod } from '@hcri/shared'
import { confidentialEmail, formEndpoints, supportLimits } from '@hcri/shared/forms'
import type { UiKey } from '@hcri/shared/i18n'
import { defaultLocale, isLocale, localeInfo, type Locale } from '@hcri/shared/locales'
import { localePath } from '@hcri/shared/urls'

import { supportKey } from '../collections/SupportRequests/encryption'
import { supportRetentionDays } from '../jobs/deleteClosedSupportRequests'
import { siteUrl } from '../publish/config'
import { all, one, readFormBody, type FormFields } from './body'
import { formCors, formPreflight } from './endpoints'
import { pageHeaders, resultPage } from './page'
import { protectSubmission } from './protect'

export type SupportInput = {
  firstName: string
  contactBy: ContactMethod[]
  email: string
  phone: string
  safeTimes: string
  leaveMessage: 'yes' | 'no' | ''
  language: string
  message: string
}

/** Reads and checks the form's fields; the UI string that says what to fix when they are wrong. */
export function parseSupport(
  fields: FormFields,
): { ok: true; input: SupportInput } | { ok: false; error: UiKey } {
  const methods = contactMethods.map((m) => m.value as ContactMethod)
  const contactBy = [...new Set(all(fields, 'contactBy'))].filter((m): m is ContactMethod =>
    methods.includes(m as ContactMethod),
  )
  const input: SupportInput = {
    firstName: one(fields, 'firstName'),
    contactBy,
    email: contactBy.includes('email') ? one(fields, 'email') : '',
    phone: contactBy.some((m) => m !== 'email') ? one(fields, 'phone') : '',
    safeTimes: one(fields, 'safeTimes'),
    leaveMessage: (['yes', 'no'] as const).find((v) => v === one(fields, 'leaveMessage')) ?? '',
    language: one(fields, 'language'),
    message: one(fields, 'message'),
  }
  if (!input.message) return { ok: false, error: 'support.error.message' }
  for (const name of Object.keys(supportLimits) as (keyof typeof supportLimits)[])
    if ([...input[name]].length > supportLimits[name])
      return { ok: false, error: 'support.error.tooLong' }
  if (!contactBy.length) return { ok: false, error: 'support.error.contact' }
  if (contactBy.includes('email') && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.email))
    return { ok: false, error: 'support.error.email' }
  if (contactBy.some((m) => m !== 'email') && !/^[+()\d][\d\s()+-]{5,}$/.test(input.phone))
    return { ok: false, error: 'support.error.phone' }
  return { ok: true, input }
}

/** What volunteers read: English labels, only what the person gave. */
function stored(input: SupportInput) {
  const label = (value: ContactMethod) => contactMethods.find((m) => m.value === value)!.label
  const language = isLocale(input.language)
    ? `${localeInfo(input.language).label} (${localeInfo(input.language).nativeName})`
    : input.language === 'other'
      ? 'Another language (see the message)'
      : ''
  return {
    status: 'new' as const,
    firstName: input.firstName || null,
    contactBy: input.contactBy.map(label).join(', '),
    email: input.email || null,
    phone: input.phone || null,
    safeTimes: input.safeTimes || null,
    leaveMessage:
      input.leaveMessage === 'yes'
        ? 'Yes, it is safe to leave a message'
        : input.leaveMessage === 'no'
          ? 'No, do not leave a message'
          : 'Not said',
    language: language || null,
    message: input.message,
  }
}

const protectionKeys: Record<number, UiKey> = { 429: 'support.error.tooMany' }

export const supportEndpoint: Endpoint = {
  path: formEndpoints.submit('support'),
  method: 'post',
  handler: async (req) => {
    const read = await readFormBody(req)
    const fields = read.ok ? read.fields : {}
    const pageLocale = one(fields, 'locale')
    const locale: Locale = isLocale(pageLocale) ? pageLocale : defaultLocale
    const answer = async (status: number, key: UiKey | 'sent') => {
      if (read.wantsJson)
        return Response.json(key === 'sent' ? { ok: true } : { ok: false, error: key }, {
          status,
          headers: formCors,
        })
      const site = siteUrl()
      const html = resultPage({
        locale,
        title: key === 'sent' ? 'support.sentTitle' : 'support.errorTitle',
        body: key === 'sent' ? 'support.sentBody' : key,
        backHref: new URL(localePath(locale, key === 'sent' ? '/' : '/support/'), site).href,
        // The site's own quick-exit hop: it clears what the site stored, then leaves.
        exitHref: new URL(localePath(locale, '/exit/'), site).href,
        email: confidentialEmail,
      })
      return new Response(html, {
        status,
        headers: { ...pageHeaders, ...formCors, 'Content-Type': pageHeaders['Content-Type'] },
      })
    }
    if (!read.ok)
      return answer(
        read.status,
        read.status === 413 ? 'support.error.tooLong' : 'support.error.check',
      )

    const protection = await protectSubmission(req, fields, { form: 'support' })
    if (!protection.ok)
      return answer(protection.status, protectionKeys[protection.status] ?? 'support.error.check')

    const parsed = parseSupport(fields)
    if (!parsed.ok) return answer(400, parsed.error)
    if (!supportKey()) {
      req.payload.logger.error('Support request refused: SUPPORT_ENCRYPTION_KEY is not set.')
      return answer(503, 'support.error.unavailable')
    }
    await req.payload.create({
      collection: 'support-requests',
      data: stored(parsed.input),
      overrideAccess: true,
      depth: 0,
    })
    return answer(201, 'sent')
  },
}

export const retentionDays = supportRetentionDays

export const supportEndpoints: Endpoint[] = [
  supportEndpoint,
  formPreflight(formEndpoints.submit('support')),
]
