import type { CollectionBeforeOperationHook } from 'payload'

import { hasRole } from '../access/roles'
import { userError } from '../lib/userError'

/**
 * Contributors save drafts; publishing (and changing what is published) is for editors. Runs
 * before access checks so the contributor reads why, instead of a bare "not allowed".
 */
export const refuseContributorPublish: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args as { data?: { _status?: string } }).data
  if (hasRole(req.user, 'contributor') && data?._status === 'published') {
    throw userError('Contributors can save drafts but cannot publish. Save your changes as a draft and ask an editor to publish them.', 403)
  }
  // An update without `draft` writes the live document: a contributor's edit to a published page
  // (or a change of its status back to draft) would reach visitors at once. Their edits are always
  // saved as a new draft, which leaves the published version as it is until an editor publishes.
  if (operation === 'update' && hasRole(req.user, 'contributor')) return { ...args, draft: true }
  return args
}
