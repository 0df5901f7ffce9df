/** Published documents per public collection, as an anonymous visitor (and so the build) sees them. */
import { publicCollections } from '@hcri/shared/enums'

export type Published = {
  counts: Record<string, number>
  /** Slugs of the published documents, per collection, for the guard's "every page is there". */
  slugs: Record<string, string[]>
  /** The published stories: a release records them, so a withdrawn one cannot come back. */
  stories: { id: string; slug: string }[]
}

export async function readPublished(cmsUrl: string): Promise<Published> {
  const published: Published = { counts: {}, slugs: {}, stories: [] }
  await Promise.all(
    publicCollections.map(async (collection) => {
      // What the public may read (src/api/publishedList.ts): the same documents as the public
      // REST list, without its per-document read hooks (~0.3 s of the CMS at the full set).
      const url = `${cmsUrl}/api/published-list/${collection}`
      const res = await fetch(url, { signal: AbortSignal.timeout(30_000) })
      if (!res.ok) throw new Error(`The CMS answered ${res.status} for ${collection}`)
      const { docs } = (await res.json()) as {
        docs: { id: string | number; slug?: string | null }[]
      }
      published.counts[collection] = docs.length
      published.slugs[collection] = docs.map((d) => d.slug).filter((s): s is string => Boolean(s))
      if (collection === 'stories')
        published.stories = docs.map((d) => ({ id: String(d.id), slug: d.slug ?? '' }))
    }),
  )
  return published
}
