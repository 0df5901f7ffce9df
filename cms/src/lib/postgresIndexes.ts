/**
 * PostgreSQL's counterpart of sqliteIndexes.ts. Payload's Postgres schema has the same shape: a
 * localized document's translations are read with a lateral subquery on
 * `<table>_locales._parent_id`, and the only index there is the unique `(_locale, _parent_id)`.
 * PostgreSQL 15 cannot seek on a second column, so every document read its translations table
 * whole (EXPLAIN ANALYZE, 2,000 resources: see README, Operations).
 */
import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'
import { index } from '@payloadcms/db-postgres/drizzle/pg-core'

type PostgresSchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

export const indexTranslationsByDocumentPg: PostgresSchemaHook = ({ extendTable, schema }) => {
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
