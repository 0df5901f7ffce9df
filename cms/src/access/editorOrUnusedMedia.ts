import type { Access } from 'payload'

import { publicMediaIdList } from '../lib/publicMedia'
import { hasRole } from './roles'

/**
 * Editors change any file. Contributors change only files that nothing published shows: a new
 * alt text or file on a live page would reach visitors without an editor's review.
 */
export const editorOrUnusedMedia: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (!hasRole(req.user, 'contributor')) return false
  const ids = await publicMediaIdList(req)
  return ids.length ? { id: { not_in: ids } } : true
}
