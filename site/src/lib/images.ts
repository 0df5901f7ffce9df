/**
 * Astro's `getImage`, made once per set of options in a build. Pages show the same few pictures
 * again and again (at the full set ~50,000 card pictures of a few uploads), and each call hashes
 * its options once per width: ~5 s of a cold build's 123 s (CPU profile). Astro records the
 * pictures each page rendered, so that a later build keeping the page without rendering it still
 * writes them; a page given a picture from here is given the same records, so nothing is lost.
 */
import { getImage } from 'astro:assets'

type Options = Parameters<typeof getImage>[0]
type Image = Awaited<ReturnType<typeof getImage>>
/** What Astro records of a picture a page rendered (astro/dist/core/render-scope). */
type Recorded = { finalPath: string }

/** Astro's record of the page being rendered: undefined outside a prerendered page's render. */
function pageRecord(): Recorded[] | undefined {
  const scope = (globalThis as Record<symbol, { getStore?: () => unknown } | undefined>)[
    Symbol.for('astro:render-scope')
  ]
  const store = scope?.getStore?.() as { staticImages?: unknown } | undefined
  return Array.isArray(store?.staticImages) ? (store.staticImages as Recorded[]) : undefined
}

const made = new Map<string, Promise<{ image: Image; recorded: Recorded[] } | undefined>>()

/** `getImage(options)`, the same result and records as Astro's for the same options. */
export async function getImageOnce(options: Options): Promise<Image> {
  const record = pageRecord()
  // An imported file, or not a page's render (the preview server): Astro's own, each time.
  if (!record || typeof options.src !== 'string') return getImage(options)
  const key = JSON.stringify(options)
  const known = await made.get(key)
  if (known) {
    record.push(...known.recorded)
    return known.image
  }
  const from = record.length
  const making = getImage(options).then((image) => {
    // Only this picture's files: another picture of the same page may be made meanwhile.
    const files = new Set([image.src, ...image.srcSet.values.map((v) => v.url)])
    const recorded = record.slice(from).filter((r) => files.has(r.finalPath))
    // Not one record per file (Astro changed how it records): made anew each time.
    return { image, recorded: recorded.length === files.size ? recorded : undefined }
  })
  // A failed picture is not kept: the page that asked fails as with Astro's, the next one tries.
  made.set(
    key,
    making.then(
      ({ image, recorded }) => (recorded ? { image, recorded } : undefined),
      () => undefined,
    ),
  )
  return (await making).image
}
