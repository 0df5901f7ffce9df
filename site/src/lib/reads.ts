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
 * - `clock:surveys`           which surveys are open now
 * - `view:resources:<locale>:<filter kind>:<filter value>:<page>`  which resources a list page
 *   shows, in what order, and the filters in use (lib/resources.ts resourcesView): a list page
 *   narrows its scan to this and the entries it shows (narrowRead)
 */
import { AsyncLocalStorage } from 'node:async_hooks'

/** One render's reads, and the reads it narrowed (noted again later, they stay out). */
type Log = { reads: Set<string>; narrowed: Set<string> }

const log = new AsyncLocalStorage<Log>()

/** Notes a read for the page rendering now; outside a render (getStaticPaths, feeds) it does nothing. */
export function noteRead(read: string): void {
  const store = log.getStore()
  if (store && !store.narrowed.has(read)) store.reads.add(read)
}

/**
 * For a page that shows only part of what it read: `read` stands for `by` for the whole render,
 * so an edit elsewhere in a list renders only the list pages that show it. `by` must cover every
 * use of `read` on the page.
 */
export function narrowRead(read: string, by: string[]): void {
  const store = log.getStore()
  if (!store) return
  store.reads.delete(read)
  store.narrowed.add(read)
  for (const r of by) store.reads.add(r)
}

/** Runs a page's render and returns what it read. */
export async function trackReads<T>(
  render: () => Promise<T>,
): Promise<{ value: T; reads: string[] }> {
  const store: Log = { reads: new Set(), narrowed: new Set() }
  const value = await log.run(store, render)
  return { value, reads: [...store.reads].sort() }
}
