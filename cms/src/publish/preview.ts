/**
 * Draft preview links. The admin's Preview button opens the site's /preview/ route with a link
 * signed here (HMAC of collection, id and expiry, keyed from PAYLOAD_SECRET); the site passes the
 * signature back to /api/publish/preview/…, which alone hands out the draft. Nobody without a
 * fresh link from a signed-in staff member can read a draft.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'

import type { CollectionConfig, Endpoint, PayloadRequest } from 'payload'

import { publicCollections } from '@hcri/shared/enums'
import { previewPath } from '@hcri/shared/routes'

import { hasRole } from '../access/roles'
import { publicView } from '../lib/publicView'
import { payloadSecret } from '../lib/secret'
import { siteUrl } from './config'

/** How long a preview link works: long enough to share with a colleague for a quick look. */
export const previewTtlSeconds = 60 * 60

/** Staff can preview every visitor-facing collection. */
export const isPublicCollection = (slug: string) =>
  (publicCollections as readonly string[]).includes(slug)

const key = () => createHmac('sha256', payloadSecret()).update('hcri draft preview').digest()

export const sign = (collection: string, id: string | number, exp: number) =>
  createHmac('sha256', key()).update(`${collection}:${id}:${exp}`).digest('base64url')

export function verify(
  collection: string,
  id: string,
  exp: string,
  sig: string,
  now = Date.now(),
): boolean {
  const expires = Number(exp)
  if (
    !Number.isInteger(expires) ||
    expires * 1000 < now ||
    expires * 1000 > now + previewTtlSeconds * 2000
  )
    return false
  const expected = Buffer.from(sign(collection, id, expires))
  const given = Buffer.from(sig)
  return expected.length === given.length && timingSafeEqual(expected, given)
}

/** Where previews are rendered: the site server (PREVIEW_URL when it is not SITE_URL). */
const previewBase = () => (process.env.PREVIEW_URL || siteUrl()).replace(/\/$/, '')

export function previewUrl(
  collection: string,
  id: string | number,
  locale?: string,
  now = Date.now(),
): string {
  const exp = Math.floor(now / 1000) + previewTtlSeconds
  const query = new URLSearchParams({ exp: String(exp), sig: sign(collection, id, exp) })
  if (locale) query.set('locale', locale)
  return `${previewBase()}${previewPath(collection, id)}?${query}`
}

/** The admin's Preview button, for staff only (Payload calls this on the server). */
export const adminPreview =
  (collection: string): NonNullable<NonNullable<CollectionConfig['admin']>['preview']> =>
  (doc, { locale, req }) => {
    if (!doc?.id || !hasRole(req.user, 'admin', 'editor', 'contributor')) return null
    return previewUrl(
      collection,
      doc.id as string | number,
      typeof locale === 'string' ? locale : undefined,
    )
  }

const noStore = { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' }

export const previewEndpoint: Endpoint = {
  path: '/publish/preview/:collection/:id',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const collection = String(req.routeParams?.collection ?? '')
    const id = String(req.routeParams?.id ?? '')
    const exp = String(req.query?.exp ?? '')
    const sig = String(req.query?.sig ?? '')
    if (!isPublicCollection(collection) || !verify(collection, id, exp, sig))
      return Response.json(
        { error: 'This preview link is not valid or has expired.' },
        { status: 403, headers: noStore },
      )
    try {
      // The latest version, draft or published, in every language, relations as ids: the same
      // shape the site's loader stores, so the site's views render it unchanged.
      const doc = await req.payload.findByID({
        collection: collection as 'resources',
        id,
        draft: true,
        locale: 'all',
        depth: 0,
        overrideAccess: true,
        req,
      })
      // Whoever holds the link sees what visitors would: no consent notes, no hidden names.
      const visible = await publicView(
        req.payload.collections[collection as 'resources'].config,
        doc as unknown as Record<string, unknown>,
        req,
      )
      return Response.json(visible, { headers: noStore })
    } catch {
      return Response.json({ error: 'Not found' }, { status: 404, headers: noStore })
    }
  },
}
