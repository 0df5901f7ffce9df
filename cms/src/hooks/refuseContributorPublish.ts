import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { hasRole } from '../access/roles'

/**
 * Contributors save drafts; publishing is for editors. Runs before access checks so the contributor
 * reads why, instead of a bare "not allowed".
 */
export const refuseContributorPublish: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args as { data?: { _status?: string } }).data
  if (hasRole(req.user, 'contributor') && data?._status === 'published') {
    throw new APIError(
      'Contributors can save drafts but cannot publish. Save your changes as a draft and ask an editor to publish them.',
      403,
      undefined,
      true,
    )
  }
  return args
}
