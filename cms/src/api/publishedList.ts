/**
 * GET /api/published-list/:collection — the id and `updatedAt` (and slug, where documents have
 * one) of every document the public may read in one of the site's collections, in id order: what
 * the site's content loader compares with its store before each build (shared/src/loader.ts) to
 * fetch only what changed, and what the publisher checks a build against (every published
 * document has its page: src/publish/published.ts).
 *
 * The same documents as `GET /api/:collection?select[updatedAt]=true&limit=0` asked without
 * signing in, and nothing more: the collection's own read access is run for an anonymous request
 * whoever asks (staff get the public list too), and a collection the public may not read lists
 * nothing. What it leaves out is Payload's per-document read hooks, which decide the fields this
 * list does not return: at the full set they were most of a build's check for changes (2,000
 * resources: ~70 ms of the CMS per list).
 */
import {
  combineQueries,
  executeAccess,
  type CollectionSlug,
  type Endpoint,
  type PayloadRequest,
  type Where,
} from 'payload'

import { publicCollections } from '@hcri/shared/enums'

import { uncachedJson } from './answer'

/** The collections the site's build reads (site/src/content.config.ts): the others answer 404. */
export const listedCollections: readonly string[] = [...publicCollections, 'media', 'surveys']

type Item = { id: number | string; updatedAt: string; slug?: string | null }

export const publishedListEndpoint: Endpoint = {
  path: '/published-list/:collection',
  method: 'get',
  handler: async (req) => {
    const slug = String(req.routeParams?.collection ?? '')
    const collection = listedCollections.includes(slug)
      ? req.payload.collections[slug as CollectionSlug]
      : undefined
    if (!collection) return uncachedJson({ errors: [{ message: 'Not found.' }] }, 404)
    const config = collection.config
    const anonymous = { ...req, user: null } as PayloadRequest
    const access = await executeAccess({ disableErrors: true, req: anonymous }, config.access.read)
    if (access === false) return uncachedJson({ docs: [] })
    const untrashed: Where = config.trash ? { deletedAt: { exists: false } } : {}
    const where = combineQueries(untrashed, access)
    const sluggable = config.flattenedFields.some((field) => field.name === 'slug')
    const { docs } = await req.payload.db.find<Item>({
      collection: config.slug,
      limit: 0,
      pagination: false,
      req: anonymous,
      select: { updatedAt: true, ...(sluggable ? { slug: true } : {}) },
      sort: 'id',
      where,
    })
    return uncachedJson({
      docs: docs.map(({ id, updatedAt, slug }) =>
        sluggable ? { id, updatedAt, slug } : { id, updatedAt },
      ),
    })
  },
}
