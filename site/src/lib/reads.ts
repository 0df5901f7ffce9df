/**
 * What a page read while it rendered, so the next build can tell whether it would render the same
 * (lib/cacheKeys.ts). Every read of CMS content goes through lib/content.ts, which notes it here;
 * the middleware collects one page's notes around its render.
 *
 * A read is one of:
 * - `entry:<collection>:<id>`  one document, looked up by id (a related item, an image)
 * - `slug:<collection>:<slug>` the document a page is about, looked up by its slug
 * - `scan:<collection>`       every published document of a collection (lists, filters)
 * - `slugs`                   every published document's address (links inside rich text)
 * - `global:<name>`           site settings, navigation or footer
 * - `clock:events`            which events have ended by now (upcoming/past)
 */
import { AsyncLocalStorage } from 'node:async_hooks'

const log = new AsyncLocalStorage<Set<string>>()

/** Notes a read for the page rendering now; outside a render (getStaticPaths, feeds) it does nothing. */
export function noteRead(read: string): void {
  log.getStore()?.add(read)
}

/** Runs a page's render and returns what it read. */
export async function trackReads<T>(
  render: () => Promise<T>,
): Promise<{ value: T; reads: string[] }> {
  const reads = new Set<string>()
  const value = await log.run(reads, render)
  return { value, reads: [...reads].sort() }
}
