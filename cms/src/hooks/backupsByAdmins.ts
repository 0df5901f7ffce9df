import type { CollectionConfig } from 'payload'

import { hasRole } from '../access/roles'
import { userError } from '../lib/userError'

/**
 * Backups are queued by the schedule. Editors may queue jobs (scheduled publishing), but a backup
 * asked for through the API is an admin's: each one can push an older archive out of retention.
 */
export function backupsByAdmins(jobs: CollectionConfig): CollectionConfig {
  return {
    ...jobs,
    hooks: {
      ...jobs.hooks,
      beforeChange: [
        ...(jobs.hooks?.beforeChange ?? []),
        ({ data, operation, req }) => {
          if (
            operation === 'create' &&
            data?.taskSlug === 'backup' &&
            req.user &&
            !hasRole(req.user, 'admin')
          )
            throw userError('Only admins can start a backup.', 403)
          return data
        },
      ],
    },
  }
}
