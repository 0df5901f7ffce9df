import type { Access, FieldAccess } from 'payload'

import { hasRole } from './roles'

/**
 * Support volunteers only: the people trained to answer support requests. Admins, editors and
 * contributors are not among them (an admin who needs to must give themselves the role, which
 * the users list shows).
 */
export const isSupport: Access = ({ req: { user } }) => hasRole(user, 'support')

export const isSupportField: FieldAccess = ({ req: { user } }) => hasRole(user, 'support')
