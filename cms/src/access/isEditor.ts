import type { Access, PayloadRequest } from 'payload'

import { hasRole } from './roles'

/** Editors and admins publish, unpublish and delete. Contributors cannot. */
export const isEditor: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor')

/** The same for checks that get only the request (the jobs queue's run, queue and cancel). */
export const isEditorRequest = ({ req }: { req: PayloadRequest }) =>
  hasRole(req.user, 'admin', 'editor')
