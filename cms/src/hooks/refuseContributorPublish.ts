import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'

import { hasRole } from '../access/roles'
import { userError } from '../lib/userError'

const refusal =
  'Contributors can save drafts but cannot publish. Save your changes as a draft and ask an editor to publish them.'

/**
 * Contributors save drafts; publishing (and changing what is published) is for editors. Runs
 * before access checks so the contributor reads why, instead of a bare "not allowed".
 */
export const refuseContributorPublish: CollectionBeforeOperationHook = ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  if (!hasRole(req.user, 'contributor')) return args
  const data = (args as { data?: { _status?: string } }).data
  if (data?._status === 'published') throw userError(refusal, 403)
  // Whatever a contributor writes is a draft: an update without `draft` would write the live
  // document, and a duplicate of a published document would copy its status. The published
  // version stays as it is until an editor publishes.
  return { ...args, draft: true }
}

/**
 * The last word, whatever route the write came by: nothing a contributor saves is published.
 * (`_status` is only in `data` once Payload has decided it, so this sees the outcome.)
 */
export const keepContributorsToDrafts: CollectionBeforeChangeHook = ({ data, req }) => {
  if (hasRole(req.user, 'contributor') && data?._status === 'published')
    throw userError(refusal, 403)
  return data
}
