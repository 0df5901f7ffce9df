/**
 * The record of what each page read when it last rendered, shared between the build's
 * integration (integrations/pageReads.ts: loads it when the build starts, saves it when it ends)
 * and the pages (lib/cacheKeys.ts keys them from it; the middleware adds this build's renders).
 * Astro loads the integration and the pages as separate module copies in one process, so the
 * record lives on globalThis.
 */

/** A page: its route pattern and params, e.g. `/[...locale]/resources/[slug] {"slug":"x"}`. */
export type PageId = string

/** One page as it was last rendered. */
export type PageRecord = {
  /** What it read (lib/reads.ts). */
  reads: string[]
  /** The content of those reads when it rendered (lib/cacheKeys.ts digestOfReads). */
  digest: string
  /** The cacheKey Astro recorded for it: given again while the digest holds, so Astro reuses it. */
  key: string
}

export type PageReads = {
  /** Off outside `astro build` (dev, the preview server): no keys, nothing recorded. */
  enabled: boolean
  /** The pages as the last build that finished left them. */
  previous: Map<PageId, PageRecord>
  /** The pages this build rendered. */
  rendered: Map<PageId, PageRecord>
  /** The key this build gave each page (rendered or reused). */
  keyed: Map<PageId, string>
  /** The URL paths this build rendered, keyed or not (integrations/pageScan.ts). */
  renderedPaths: Set<string>
}

const slot = Symbol.for('hcri.pageReads')

export function pageReads(): PageReads {
  const holder = globalThis as { [slot]?: PageReads }
  holder[slot] ??= {
    enabled: false,
    previous: new Map(),
    rendered: new Map(),
    keyed: new Map(),
    renderedPaths: new Set(),
  }
  return holder[slot]
}

export function pageId(routePattern: string, params: Record<string, string | undefined>): PageId {
  const defined = Object.entries(params)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1))
  return `${routePattern} ${JSON.stringify(Object.fromEntries(defined))}`
}

/** The record the next build starts from: this build's pages, read now or carried over. */
export function nextRecord(reads: PageReads): Record<PageId, PageRecord> {
  const pages: Record<PageId, PageRecord> = {}
  for (const id of [...reads.keyed.keys()].sort()) {
    const found = reads.rendered.get(id) ?? reads.previous.get(id)
    if (found) pages[id] = found
  }
  return pages
}
