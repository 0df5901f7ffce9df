import { databaseKind, type DatabaseKind } from '../lib/database'

/**
 * What a document id looks like with the database in use: SQL databases number their rows (1, 2,
 * 3…; PostgreSQL's `serial` ids stop at 2^31 - 1), MongoDB uses 24-character hexadecimal ObjectIds.
 * Anything else cannot be an id and never reaches the database.
 */
export const idKind = (): DatabaseKind => databaseKind(process.env.DATABASE_URI)

const largestId = (kind: DatabaseKind) =>
  kind === 'postgres' ? 2 ** 31 - 1 : Number.MAX_SAFE_INTEGER

export function isWellFormedId(id: unknown, kind: DatabaseKind = idKind()): boolean {
  if (typeof id === 'number')
    return kind !== 'mongodb' && Number.isSafeInteger(id) && id > 0 && id <= largestId(kind)
  if (typeof id !== 'string') return false
  if (kind === 'mongodb') return /^[0-9a-f]{24}$/i.test(id)
  return /^[1-9]\d{0,15}$/.test(id) && Number(id) <= largestId(kind)
}

export const idMessage = (kind: DatabaseKind = idKind()) =>
  kind === 'mongodb'
    ? 'This is not a valid document id. Ids are 24 letters and digits, such as 507f1f77bcf86cd799439011.'
    : 'This is not a valid document id. Ids are whole numbers, such as 42.'
