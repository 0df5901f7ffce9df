import type { FlattenedField, Payload } from 'payload'

import { quoted, refusal, type Refusal } from './answer'
import { idKind, isWellFormedId } from './ids'

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

export const notJson = refusal(
  'The request body is not valid JSON. Send the document as a JSON object: each field name with its value.',
)
export const notAnObject = refusal(
  'The request body must be a JSON object: each field name of the document with its value.',
)

/**
 * Reads a JSON body without consuming the request. Undefined when the body is not JSON (other
 * content types, such as the admin's multipart uploads, are left to Payload).
 */
export async function readJsonBody(
  request: Request,
): Promise<{ ok: true; data: unknown } | { ok: false } | undefined> {
  const [type] = (request.headers.get('content-type') ?? '').split(';', 1)
  if (type?.trim().toLowerCase() !== 'application/json' || !request.body) return undefined
  const text = await request.clone().text()
  if (!text) return undefined
  try {
    return { ok: true, data: JSON.parse(text) }
  } catch {
    return { ok: false }
  }
}

const expected: Partial<Record<FlattenedField['type'], string>> = {
  text: 'words',
  textarea: 'words',
  email: 'an email address',
  code: 'words',
  select: 'one of its options',
  radio: 'one of its options',
  number: 'a number',
  checkbox: 'true or false',
  date: 'a date, such as 2026-03-10',
  relationship: 'a document id',
  upload: 'the id of an uploaded file',
  richText: 'formatted text from the editor',
  array: 'a list of rows',
  blocks: 'a list of blocks',
  group: 'a set of fields',
  tab: 'a set of fields',
  point: 'a pair of coordinates',
}

/** A document id, or a populated document as the admin sometimes sends it (its id counts). */
const idOrDoc = (v: unknown) => v === null || isWellFormedId(isRecord(v) ? v.id : v, idKind())

const relationValue = (field: FlattenedField, v: unknown): boolean => {
  if (v === null) return true
  if (Array.isArray((field as { relationTo?: unknown }).relationTo)) {
    return isRecord(v) && typeof v.relationTo === 'string' && idOrDoc(v.value)
  }
  return idOrDoc(v)
}

/** Whether one value (not a has-many list) fits the field. */
function fits(payload: Payload, field: FlattenedField, v: unknown): boolean | Refusal {
  if (v === null || v === undefined) return true
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
    case 'select':
    case 'radio':
    case 'password' as FlattenedField['type']:
      return typeof v === 'string'
    case 'number':
      return (
        (typeof v === 'number' && Number.isFinite(v)) ||
        (typeof v === 'string' && (v === '' || Number.isFinite(Number(v))))
      )
    case 'checkbox':
      return typeof v === 'boolean'
    case 'date':
      return (
        (typeof v === 'string' && Number.isFinite(Date.parse(v))) ||
        (typeof v === 'number' && Number.isFinite(v))
      )
    case 'relationship':
    case 'upload':
      return relationValue(field, v)
    case 'richText':
      return isRecord(v)
    case 'point':
      return (
        Array.isArray(v) &&
        v.length === 2 &&
        v.every((n) => typeof n === 'number' && Number.isFinite(n))
      )
    case 'group':
    case 'tab':
      return isRecord(v) ? (checkFields(payload, field.flattenedFields, v) ?? true) : false
    case 'array':
      if (!Array.isArray(v)) return false
      for (const row of v) {
        if (!isRecord(row)) return false
        const problem = checkFields(payload, field.flattenedFields, row)
        if (problem) return problem
      }
      return true
    case 'blocks': {
      if (!Array.isArray(v)) return false
      for (const row of v) {
        if (!isRecord(row) || typeof row.blockType !== 'string') return false
        const slug = row.blockType
        const block =
          field.blocks?.find((b) => b.slug === slug) ??
          (field.blockReferences?.includes(slug)
            ? (payload.blocks as Record<string, (typeof payload.blocks)[never]>)[slug]
            : undefined)
        if (!block) return refusal(`There is no block called ${quoted(slug)} here.`)
        const problem = checkFields(payload, block.flattenedFields, row)
        if (problem) return problem
      }
      return true
    }
    default:
      // json and anything new: Payload's own validation decides.
      return true
  }
}

const isHasMany = (field: FlattenedField) => 'hasMany' in field && field.hasMany === true

/**
 * Checks the type of every known field of a document body (unknown keys are dropped by Payload).
 * Returns why it is refused, or null.
 */
export function checkFields(
  payload: Payload,
  fields: FlattenedField[],
  data: Record<string, unknown>,
): Refusal | null {
  for (const field of fields) {
    if (!('name' in field) || !(field.name in data)) continue
    const value = data[field.name]
    const list = isHasMany(field)
      ? value === null
        ? []
        : Array.isArray(value)
          ? value
          : null
      : [value]
    const wrong = refusal(
      `The field ${quoted(field.name)} must be ${expected[field.type] ?? 'a different kind of value'}${isHasMany(field) ? ' (a list)' : ''}.`,
    )
    if (!list) return wrong
    for (const v of list) {
      const result = fits(payload, field, v)
      if (result === false) return wrong
      if (result !== true) return result
    }
  }
  return null
}
