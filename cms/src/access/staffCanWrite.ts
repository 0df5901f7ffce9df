import type { Access } from 'payload'

import { hasRole } from './roles'

/**
 * Create and update: editors and admins always; contributors only while the document stays a draft.
 * A contributor's attempt to publish is refused here and explained by the `refuseContributorPublish`
 * hook (which runs first and gives a message a person understands).
 */
export const staffCanWrite: Access = ({ req: { user }, data }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  if (!hasRole(user, 'contributor')) return false
  return (data as { _status?: string } | undefined)?._status !== 'published'
}
