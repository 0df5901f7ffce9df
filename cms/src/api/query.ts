import type { FlattenedField, Payload } from 'payload'
import * as qs from 'qs-esm'

import { refusal, quoted, type Refusal } from './answer'
import { resolvePath, type Target } from './fields'
import { idKind, isWellFormedId } from './ids'

/**
 * Limits on what one request may ask for. The site's loader fetches by 50 (shared/src/loader.ts)
 * and the benchmarks by 24 to 100; the admin's lists go up to 100 and ask for everything with
 * limit=0. Payload's own maxDepth is 10.
 */
export const maxLimit = 1000
export const maxPage = 100_000
export const maxDepth = 10

/** The query string as Payload reads it (the same parser and options as createPayloadRequest). */
export const parseQuery = (search: string): Record<string, unknown> =>
  search
    ? (qs.parse(search, {
        allowEmptyArrays: true,
        arrayLimit: 1000,
        depth: 10,
        ignoreQueryPrefix: true,
      }) as Record<string, unknown>)
    : {}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

function wholeNumber(
  value: unknown,
  name: string,
  min: number,
  max: number,
  what: string,
): Refusal | null {
  if (value === undefined || value === '') return null
  if (typeof value !== 'string' || !/^\d{1,9}$/.test(value) || +value < min || +value > max)
    return refusal(`The ${name} must be a whole number from ${min} to ${max} (${what}).`)
  return null
}

function yesNo(value: unknown, name: string): Refusal | null {
  if (value === undefined || value === 'true' || value === 'false' || value === '') return null
  return refusal(`The "${name}" setting must be true or false.`)
}

function locale(payload: Payload, value: unknown, name: string, extra: string[]): Refusal | null {
  if (value === undefined) return null
  const codes = payload.config.localization ? payload.config.localization.localeCodes : []
  if (typeof value === 'string' && (codes.includes(value) || extra.includes(value))) return null
  return refusal(
    `The ${name} must be one of the site’s languages: ${codes.join(', ')}${extra.includes('all') ? ', or all' : ''}.`,
  )
}

/** Operators each kind of field can be filtered with. */
const listOperators = new Set(['in', 'not_in', 'all'])
const wordOperators = new Set(['like', 'not_like', 'contains'])
const textOperators = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'like',
  'not_like',
  'contains',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
]
/** Numbers, dates and ids: text's operators but the word ones. */
const compareOperators = textOperators.filter((o) => !wordOperators.has(o))
const operatorsByType: Partial<Record<FlattenedField['type'] | 'id', string[]>> = {
  id: compareOperators,
  number: compareOperators,
  date: compareOperators,
  checkbox: ['equals', 'not_equals', 'in', 'not_in', 'exists'],
  relationship: ['equals', 'not_equals', 'in', 'not_in', 'all', 'exists', 'contains'],
  upload: ['equals', 'not_equals', 'in', 'not_in', 'all', 'exists', 'contains'],
  json: ['equals', 'not_equals', 'in', 'not_in', 'exists', 'like', 'not_like', 'contains'],
  richText: ['equals', 'not_equals', 'exists', 'like', 'not_like', 'contains'],
  point: ['equals', 'not_equals', 'exists', 'near', 'within', 'intersects'],
  array: ['exists'],
  blocks: ['exists'],
  group: ['exists'],
  tab: ['exists'],
}

/** Payload's SQL adapters have no `all` (drizzle's operator map leaves it out); MongoDB has. */
const supported = (operators: string[]) =>
  idKind() === 'mongodb' ? operators : operators.filter((o) => o !== 'all')

/** The single values an operator compares with: "a,b" and ["a","b"] for in / not_in / all. */
function values(operator: string, value: unknown): unknown[] {
  if (listOperators.has(operator)) {
    if (Array.isArray(value)) return value
    if (typeof value === 'string') return value.split(',')
    if (isRecord(value)) return Object.values(value)
  }
  return [value]
}

const isNumeric = (v: unknown) =>
  (typeof v === 'number' && Number.isFinite(v)) ||
  (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)))
const isDate = (v: unknown) =>
  (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Date.parse(v))) ||
  (typeof v === 'number' && Number.isFinite(v))
const isScalar = (v: unknown) =>
  typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean'

function valueFits(target: Target, operator: string, value: unknown): string | null {
  if (operator === 'exists')
    return value === 'true' || value === 'false' || typeof value === 'boolean'
      ? null
      : 'can only be checked with true or false'
  const type = target.kind === 'id' ? 'id' : target.field.type
  if (target.kind === 'inside') return null
  const relationLike = type === 'relationship' || type === 'upload'
  // `contains` on a has-many relation may hold a nested filter: Payload checks it.
  if (relationLike && operator === 'contains' && isRecord(value)) return null
  if (wordOperators.has(operator) && !relationLike && typeof value !== 'string')
    return `can only be searched for words`
  for (const v of values(operator, value)) {
    if (v === null || v === 'null') continue
    if (v === '' && (type === 'text' || type === 'textarea' || type === 'select')) continue
    if (
      type === 'id' ||
      (relationLike &&
        !Array.isArray((target as { field: { relationTo: unknown } }).field.relationTo))
    ) {
      if (!isWellFormedId(typeof v === 'string' ? v.trim() : v, idKind()))
        return 'must be compared with document ids'
    } else if (type === 'number') {
      if (!isNumeric(v)) return 'must be compared with a number'
    } else if (type === 'date') {
      if (!isDate(v)) return 'must be compared with a date, such as 2026-03-10'
    } else if (type === 'checkbox') {
      if (!(v === 'true' || v === 'false' || typeof v === 'boolean'))
        return 'must be compared with true or false'
    } else if (!isScalar(v)) return 'must be compared with a plain value'
  }
  return null
}

export type WhereContext = { payload: Payload; fields: FlattenedField[]; versions: boolean }

export function checkWhere(where: unknown, ctx: WhereContext, depth = 0): Refusal | null {
  const shape = refusal(
    'The filter ("where") is not written correctly. It should look like where[title][equals]=Support.',
  )
  if (!isRecord(where) || depth > 8) return shape
  for (const [key, constraint] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      const list = Array.isArray(constraint)
        ? constraint
        : isRecord(constraint)
          ? Object.values(constraint)
          : null
      if (!list) return shape
      for (const item of list) {
        const problem = checkWhere(item, ctx, depth + 1)
        if (problem) return problem
      }
      continue
    }
    const target = resolvePath(ctx.payload, ctx.fields, key, { versions: ctx.versions })
    if (!target)
      return refusal(`You cannot filter by ${quoted(key)}: there is no field with that name.`)
    if (!isRecord(constraint) || Object.keys(constraint).length === 0) return shape
    for (const [operator, value] of Object.entries(constraint)) {
      const type = target.kind === 'id' ? 'id' : target.field.type
      const allowed = supported(
        target.kind === 'inside' ? textOperators : (operatorsByType[type] ?? textOperators),
      )
      if (!allowed.includes(operator))
        return refusal(
          `The field ${quoted(key)} cannot be filtered with ${quoted(operator)}. Use one of: ${allowed.join(', ')}.`,
        )
      const problem = valueFits(target, operator, value)
      if (problem) return refusal(`The field ${quoted(key)} ${problem}.`)
    }
  }
  return null
}

export function checkSort(sort: unknown, ctx: WhereContext): Refusal | null {
  if (sort === undefined || sort === '') return null
  const list = Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : null
  if (!list || list.some((s) => typeof s !== 'string'))
    return refusal('The sort order must be a field name, such as sort=title or sort=-createdAt.')
  for (const item of list as string[]) {
    const path = item.trim().replace(/^-/, '')
    const target = path ? resolvePath(ctx.payload, ctx.fields, path, ctx) : null
    if (
      !target ||
      (target.kind === 'field' && ['array', 'blocks', 'group', 'tab'].includes(target.field.type))
    )
      return refusal(`You cannot sort by ${quoted(path)}: there is no field with that name.`)
  }
  return null
}

/**
 * Checks the query string of a REST request against the collection or global it reaches.
 * Returns why it is refused, or null.
 */
export function checkQuery(
  payload: Payload,
  query: Record<string, unknown>,
  fields: FlattenedField[] | null,
  { versions = false }: { versions?: boolean } = {},
): Refusal | null {
  const problem =
    wholeNumber(query.limit, 'limit', 0, maxLimit, 'how many to show, 0 for all') ??
    wholeNumber(query.page, 'page', 1, maxPage, 'which page of results') ??
    wholeNumber(
      query.depth,
      'depth',
      0,
      maxDepth,
      'how many levels of linked documents to include',
    ) ??
    locale(payload, query.locale, 'language ("locale")', ['all', '*']) ??
    locale(payload, query['fallback-locale'] ?? query.fallbackLocale, 'fallback language', [
      'none',
      'null',
      'false',
    ]) ??
    yesNo(query.draft, 'draft') ??
    yesNo(query.pagination, 'pagination') ??
    yesNo(query.trash, 'trash')
  if (problem || !fields) return problem
  const ctx = { payload, fields, versions }
  return (
    (query.where !== undefined ? checkWhere(query.where, ctx) : null) ?? checkSort(query.sort, ctx)
  )
}
