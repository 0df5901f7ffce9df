import type { Field, PayloadRequest } from 'payload'

type Data = Record<string, unknown>

/** A value in every language (`locale: 'all'`) or just one. */
const perLocale = (field: Field, value: unknown): unknown[] =>
  'localized' in field &&
  field.localized &&
  value &&
  typeof value === 'object' &&
  !Array.isArray(value)
    ? Object.values(value)
    : [value]

/**
 * Walks a document, read with access overridden, as an anonymous visitor would read it: every
 * field whose read access refuses the public (`req` has no user) is removed from it, at any depth
 * and in every language, and `visit` sees each value the public may read. Groups, arrays, blocks
 * and tabs are followed; `visit` sees them too, and anything else (rich text, for one).
 */
export async function walkAsPublic(
  fields: Field[],
  data: Data,
  doc: Data,
  req: PayloadRequest,
  visit: (field: Field, value: unknown) => void | Promise<void>,
): Promise<void> {
  for (const field of fields) {
    if (!('name' in field) || !field.name) {
      if (field.type === 'row' || field.type === 'collapsible' || field.type === 'group')
        await walkAsPublic(field.fields, data, doc, req, visit)
      if (field.type === 'tabs')
        for (const tab of field.tabs) {
          const value = 'name' in tab && tab.name ? data[tab.name] : data
          if (value && typeof value === 'object')
            await walkAsPublic(tab.fields, value as Data, doc, req, visit)
        }
      continue
    }
    const read = 'access' in field ? field.access?.read : undefined
    if (read && !(await read({ req, doc, data: doc, siblingData: data, id: doc.id as never }))) {
      delete data[field.name]
      continue
    }
    for (const value of perLocale(field, data[field.name])) {
      if (value === null || value === undefined) continue
      await visit(field, value)
      if (field.type === 'group' && typeof value === 'object')
        await walkAsPublic(field.fields, value as Data, doc, req, visit)
      else if (field.type === 'array' && Array.isArray(value))
        for (const row of value) await walkAsPublic(field.fields, row as Data, doc, req, visit)
      else if (field.type === 'blocks' && Array.isArray(value))
        for (const row of value as Data[]) {
          const block = field.blocks.find((b) => b.slug === row.blockType)
          if (block) await walkAsPublic(block.fields, row, doc, req, visit)
        }
    }
  }
}

/** The same request as the public makes it: no user, and a context of its own. */
export const asVisitor = (req: PayloadRequest): PayloadRequest =>
  ({ ...req, user: null, context: {} }) as PayloadRequest
