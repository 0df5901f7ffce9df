import type { Access, FieldAccess } from 'payload'

import { hasRole } from './roles'

/** Users and site settings are managed by admins only. */
export const isAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin')

export const isAdminField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')
