/**
 * Seed files shipped in the repository (cms/src/seed/assets/), uploaded once and found again by
 * file name, like the generated pictures in images.ts.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import type { Media } from '@hcri/shared/payload-types'

import type { SeedContext } from './context'
import { clearStaleFile } from './images'

export type FileSpec = {
  /** Path under cms/src/seed/assets/. */
  asset: string
  mimetype: string
  /** Required for images (the Media collection refuses an image without alt text). */
  alt?: string
  caption?: string
  credit?: string
}

export const assetPath = (asset: string) =>
  fileURLToPath(new URL(`./assets/${asset}`, import.meta.url))

export async function ensureFile(ctx: SeedContext, spec: FileSpec): Promise<number> {
  const name = `hcri-seed-${spec.asset.replaceAll('/', '-')}`
  const cached = ctx.images.get(name)
  if (cached) return cached
  const found = await ctx.payload.find({
    collection: 'media',
    where: { filename: { equals: name } },
    limit: 1,
    depth: 0,
    pagination: false,
  })
  let id = found.docs[0]?.id
  if (id) ctx.tally('media').existing++
  else {
    clearStaleFile(name)
    const data = readFileSync(assetPath(spec.asset))
    const fields: Partial<Media> = { credit: spec.credit ?? 'Made for this site (seed content)' }
    if (spec.alt) fields.alt = spec.alt
    if (spec.caption) fields.caption = spec.caption
    const doc = await ctx.payload.create({
      collection: 'media',
      data: fields as Media,
      file: { data, mimetype: spec.mimetype, name, size: data.length },
      depth: 0,
    })
    id = doc.id
    ctx.tally('media').created++
  }
  ctx.images.set(name, id)
  return id
}
