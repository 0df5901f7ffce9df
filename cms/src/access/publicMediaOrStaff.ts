import type { Access } from 'payload'

import { publicMediaIdList } from '../lib/publicMedia'
import { hasRole } from './roles'

/**
 * Staff read every file; the public (and so the site build) only files that published content
 * shows. Anything else answers as if it did not exist.
 */
export const publicMediaOrStaff: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor', 'contributor')) return true
  const ids = await publicMediaIdList(req)
  return ids.length ? { id: { in: ids } } : { id: { exists: false } }
}
