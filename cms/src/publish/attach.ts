/** Wires publishing into the config: hooks on what the site shows, endpoints, the dashboard panel. */
import type { CollectionConfig, GlobalConfig } from 'payload'

import { adminPreview, isPublicCollection } from './preview'
import { publishOnChange, publishOnDelete, publishOnGlobalChange, rememberLive } from './index'

/** Staff accounts are not on the site; everything else is. */
const offSite = new Set(['users'])

export function withPublishing(collection: CollectionConfig): CollectionConfig {
  if (offSite.has(collection.slug)) return collection
  return {
    ...collection,
    // "Preview" in the editor: the draft rendered by the site itself (publish/preview.ts).
    admin: isPublicCollection(collection.slug)
      ? { ...collection.admin, preview: adminPreview(collection.slug) }
      : collection.admin,
    hooks: {
      ...collection.hooks,
      beforeChange: [...(collection.hooks?.beforeChange ?? []), rememberLive],
      afterChange: [...(collection.hooks?.afterChange ?? []), publishOnChange],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), publishOnDelete],
    },
  }
}

export function withPublishingGlobal(global: GlobalConfig): GlobalConfig {
  return {
    ...global,
    hooks: {
      ...global.hooks,
      afterChange: [...(global.hooks?.afterChange ?? []), publishOnGlobalChange],
    },
  }
}
