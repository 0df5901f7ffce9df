import type { Access } from 'payload'

import { hasRole } from './roles'

/** Admins see and edit every account; other staff only their own. Anonymous: nothing. */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}
