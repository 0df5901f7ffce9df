import type { Access, FieldAccess } from 'payload'

import { hasRole } from './roles'

/** Any signed-in member of staff: admin, editor or contributor. */
export const isStaff: Access = ({ req: { user } }) =>
  hasRole(user, 'admin', 'editor', 'contributor')

export const isStaffField: FieldAccess = ({ req: { user } }) =>
  hasRole(user, 'admin', 'editor', 'contributor')
