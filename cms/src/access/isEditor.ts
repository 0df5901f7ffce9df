import type { Access } from 'payload'

import { hasRole } from './roles'

/** Editors and admins publish, unpublish and delete. Contributors cannot. */
export const isEditor: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor')
