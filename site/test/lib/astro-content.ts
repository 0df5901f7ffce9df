/**
 * Stands in for `astro:content` in the unit tests of src/lib (`vi.mock('astro:content', () =>
 * import('./astro-content'))`): collections and globals hold what a test puts in `store`, shaped
 * as the loader stores CMS documents (every language at once, `{ en, ur }` for localized fields).
 */
export const store: {
  collections: Record<string, Record<string, unknown>[]>
  globals: Record<string, Record<string, unknown>>
} = { collections: {}, globals: {} }

export async function getCollection(collection: string) {
  return (store.collections[collection] ?? []).map((data) => ({
    id: String(data.id),
    collection,
    data,
  }))
}

export async function getEntry(collection: string, id: string) {
  const data = store.globals[collection]
  return data ? { id, collection, data } : undefined
}
