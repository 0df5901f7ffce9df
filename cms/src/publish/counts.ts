/** Published documents per public collection, as an anonymous visitor (and so the build) sees them. */
export const publicCollections = [
  'resources',
  'films',
  'stories',
  'events',
  'places',
  'pages',
] as const

export async function countPublished(cmsUrl: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  await Promise.all(
    publicCollections.map(async (slug) => {
      const res = await fetch(`${cmsUrl}/api/${slug}?limit=1&depth=0&select[id]=true`, {
        signal: AbortSignal.timeout(15_000),
      })
      if (!res.ok) throw new Error(`The CMS answered ${res.status} for ${slug}`)
      counts[slug] = ((await res.json()) as { totalDocs: number }).totalDocs
    }),
  )
  return counts
}
