import type { CollectionConfig } from 'payload'

import { isEditor } from '../access/isEditor'
import { isStaff } from '../access/isStaff'
import { publishedOrStaff } from '../access/publishedOrStaff'
import { staffCanWrite } from '../access/staffCanWrite'
import {
  keepContributorsToDrafts,
  refuseContributorPublish,
} from '../hooks/refuseContributorPublish'

/**
 * What every visitor-facing collection shares: drafts with autosave and scheduled publishing,
 * anonymous reads of published documents only, contributors limited to drafts, deletes by editors.
 */
export function publicCollection(config: CollectionConfig): CollectionConfig {
  return {
    ...config,
    access: {
      read: publishedOrStaff,
      readVersions: isStaff,
      create: staffCanWrite,
      update: staffCanWrite,
      delete: isEditor,
      ...config.access,
    },
    admin: {
      defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
      ...config.admin,
    },
    versions: {
      drafts: { autosave: { interval: 2000 }, schedulePublish: true },
      maxPerDoc: 50,
    },
    hooks: {
      ...config.hooks,
      beforeOperation: [refuseContributorPublish, ...(config.hooks?.beforeOperation ?? [])],
      beforeChange: [...(config.hooks?.beforeChange ?? []), keepContributorsToDrafts],
    },
  }
}
