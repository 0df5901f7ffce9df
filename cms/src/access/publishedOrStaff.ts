import type { Access } from 'payload'

import { hasRole } from './roles'

/**
 * Staff read everything; everyone else reads published documents only. This is what keeps drafts
 * out of the public API and so out of the static site.
 */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor', 'contributor')) return true
  return { _status: { equals: 'published' } }
}
