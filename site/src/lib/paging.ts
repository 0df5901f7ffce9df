/**
 * Static pagination for long lists: page 1 stays at the list's own URL (`/films/`), later pages
 * are `/films/page/2/` and so on (pagePath in the route table), in every locale.
 */

export const perPage = 24

/** Always at least 1: an empty list still has its first page. */
export const pageCount = (items: number) => Math.max(1, Math.ceil(items / perPage))

/** The items shown on one page (1-based). */
export const pageItems = <T>(list: T[], page: number): T[] =>
  list.slice((page - 1) * perPage, page * perPage)

/**
 * `getStaticPaths` entries for pages 2…n of a list of `items` things, with the list's own
 * `params` and `props`; page 1 is the list's own route.
 */
export function laterPagePaths<P extends Record<string, string>, X extends Record<string, unknown>>(
  items: number,
  params = {} as P,
  props = {} as X,
) {
  return Array.from({ length: pageCount(items) - 1 }, (_, i) => i + 2).map((page) => ({
    params: { ...params, page: String(page) },
    props: { ...props, page },
  }))
}

/** "Events (Page 2)": later pages need their own title for search results and tabs. */
export const pagedTitle = (title: string, page: number, pageLabel: string) =>
  page > 1 ? `${title} (${pageLabel})` : title
