import type { Field, PayloadRequest, SanitizedCollectionConfig } from 'payload'

type Data = Record<string, unknown>

/**
 * What an anonymous visitor may read of a document that was read with access overridden: every
 * field whose read access refuses the public is removed, at any depth. The preview uses it, so a
 * preview link shows no more than the page would once published.
 */
export async function publicView(
  collection: SanitizedCollectionConfig,
  doc: Data,
  req: PayloadRequest,
): Promise<Data> {
  const visitor = { ...req, user: null } as PayloadRequest
  const copy = structuredClone(doc)
  await redact(collection.fields, copy, copy, visitor)
  return copy
}

async function redact(fields: Field[], siblingData: Data, doc: Data, req: PayloadRequest) {
  for (const field of fields) {
    if ('name' in field && field.name) {
      const read = 'access' in field ? field.access?.read : undefined
      if (read) {
        const allowed = await read({ req, doc, data: doc, siblingData, id: doc.id as never })
        if (!allowed) {
          delete siblingData[field.name]
          continue
        }
      }
      const value = siblingData[field.name]
      if (field.type === 'group') {
        if (value && typeof value === 'object') await redact(field.fields, value as Data, doc, req)
      } else if (field.type === 'array' && Array.isArray(value)) {
        for (const row of value) await redact(field.fields, row as Data, doc, req)
      } else if (field.type === 'blocks' && Array.isArray(value)) {
        for (const row of value as Data[]) {
          const block = field.blocks.find((b) => b.slug === row.blockType)
          if (block) await redact(block.fields, row, doc, req)
        }
      }
    } else if (field.type === 'row' || field.type === 'collapsible' || field.type === 'group') {
      await redact(field.fields, siblingData, doc, req)
    } else if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          const value = siblingData[tab.name]
          if (value && typeof value === 'object') await redact(tab.fields, value as Data, doc, req)
        } else await redact(tab.fields, siblingData, doc, req)
      }
    }
  }
}
