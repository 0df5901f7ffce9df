import type { Access, PayloadRequest } from 'payload'

import { hasRole } from './roles'

/**
 * Editors and admins publish, unpublish and delete. Contributors cannot. Takes only the request,
 * so the jobs queue's run, queue and cancel checks use it too.
 */
export const isEditor = (({ req }: { req: PayloadRequest }) =>
  hasRole(req.user, 'admin', 'editor')) satisfies Access
