import type { CollectionBeforeChangeHook } from 'payload'
import { userError } from '../../lib/userError'

/** People's own stories are published only with their recorded consent (given and dated). */
export const requireConsent: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data._status !== 'published') return data
  const consent = { ...(originalDoc?.consent ?? {}), ...(data.consent ?? {}) } as {
    given?: boolean
    date?: string | null
  }
  if (!consent.given || !consent.date)
    throw userError(
      'This story cannot be published until the storyteller’s consent is recorded. In “Consent”, tick that consent was given and add the date, then publish again.',
      400,
    )
  return data
}
