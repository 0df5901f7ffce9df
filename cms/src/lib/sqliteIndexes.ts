/**
 * An index Payload's SQLite schema lacks. Every read of a localized document fetches its
 * translations with a subquery on `<table>_locales._parent_id`, and Payload indexes that column only
 * second, after `_locale` (the pair is unique), so each subquery read the whole translations table.
 * With a sort SQLite cannot take from an index (the public's `_status = 'published'` filter plus
 * `-createdAt`), it evaluates the subquery for every row that enters the top of the list: for a
 * descending sort over rows stored oldest first that is every row. 2,000 resources: `GET
 * /api/resources?limit=24` took 5.2 s; with this index 0.02 s for the same SQL.
 */
import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

export const indexTranslationsByDocument: SQLiteSchemaHook = ({ extendTable, schema }) => {
  for (const [name, table] of Object.entries(schema.tables)) {
    if (!name.endsWith('_locales') || !('_parentID' in table)) continue
    const indexName = `${name}_parent_id_idx`
    extendTable({
      table,
      extraConfig: (t) => ({ [indexName]: index(indexName).on(t._parentID) }),
    })
  }
  return schema
}
