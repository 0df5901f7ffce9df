import type { FlattenedField, Payload } from 'payload'

/** What a `where` or `sort` path points at. */
export type Target =
  | { kind: 'id' }
  | { kind: 'field'; field: FlattenedField }
  /** Inside a JSON or rich text value: its shape is free, Payload's adapter decides. */
  | { kind: 'inside'; field: FlattenedField }

const idTarget: Target = { kind: 'id' }

/** The fields every version document has besides `version.*`. */
const versionMeta: Record<string, FlattenedField['type']> = {
  parent: 'relationship',
  latest: 'checkbox',
  autosave: 'checkbox',
  snapshot: 'checkbox',
  publishedLocale: 'select',
  createdAt: 'date',
  updatedAt: 'date',
}

/**
 * Follows a dotted path (`title`, `consent.given`, `image.alt`, `layout.heading`, `title.en`)
 * through groups, tabs, arrays, blocks and relations, as Payload's queries do. Null when nothing
 * is there. Whether the caller may see the field is not decided here: that is Payload's access.
 */
export function resolvePath(
  payload: Payload,
  fields: FlattenedField[],
  path: string,
  { versions = false }: { versions?: boolean } = {},
): Target | null {
  // GraphQL spells nested paths with "__".
  const segments = path.replace(/__/g, '.').split('.')
  if (versions) {
    const [head, ...rest] = segments
    if (head === 'version') return rest.length ? walk(payload, fields, rest) : null
    const type = head ? versionMeta[head] : undefined
    if (!type || rest.length > 0) return head === 'id' && !rest.length ? idTarget : null
    return { kind: 'field', field: { name: head!, type } as FlattenedField }
  }
  return walk(payload, fields, segments)
}

const locales = (payload: Payload) =>
  payload.config.localization ? payload.config.localization.localeCodes : []

function walk(payload: Payload, fields: FlattenedField[], segments: string[]): Target | null {
  const [name, ...rest] = segments
  if (!name) return null
  if (name === 'id' || name === '_id') return rest.length ? null : idTarget
  const field = fields.find((f) => 'name' in f && f.name === name)
  if (!field) return null
  let next = rest
  // `title.en`: one locale of a localized field.
  if (field.localized && next[0] && locales(payload).includes(next[0])) next = next.slice(1)
  if (next.length === 0) return { kind: 'field', field }
  switch (field.type) {
    case 'group':
    case 'tab':
    case 'array':
      return walk(payload, field.flattenedFields, next)
    case 'blocks': {
      if (next.length === 1 && next[0] === 'blockType') {
        return { kind: 'field', field: { name: 'blockType', type: 'text' } as FlattenedField }
      }
      const blocks = [
        ...(field.blocks ?? []),
        ...(field.blockReferences ?? []).map((b) =>
          typeof b === 'string'
            ? (payload.blocks as Record<string, (typeof payload.blocks)[never]>)[b]
            : b,
        ),
      ].filter(Boolean)
      for (const block of blocks) {
        const found = walk(payload, block!.flattenedFields, next)
        if (found) return found
      }
      return null
    }
    case 'relationship':
    case 'upload': {
      if (Array.isArray(field.relationTo)) {
        // Polymorphic: `doc.relationTo` or `doc.value`.
        if (next.length === 1 && next[0] === 'relationTo')
          return { kind: 'field', field: { name: 'relationTo', type: 'text' } as FlattenedField }
        if (next.length === 1 && next[0] === 'value') return idTarget
        return null
      }
      const related = payload.collections[field.relationTo as 'users']?.config
      return related ? walk(payload, related.flattenedFields, next) : null
    }
    case 'json':
    case 'richText':
      return { kind: 'inside', field }
    default:
      return null
  }
}
