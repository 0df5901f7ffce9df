import type { CollectionConfig, GlobalConfig } from 'payload'

import { hasRole } from '../access/roles'

/**
 * Support volunteers answer support requests and nothing else: the admin does not show them the
 * site's content (their access is a visitor's anyway: published documents, no writes).
 */
export function hideFromSupport<T extends CollectionConfig | GlobalConfig>(config: T): T {
  const hidden = config.admin?.hidden
  return {
    ...config,
    admin: {
      ...config.admin,
      hidden: (args: { user: unknown }) =>
        hasRole(args.user as never, 'support') ||
        (typeof hidden === 'function' ? hidden(args as never) : Boolean(hidden)),
    },
  }
}
