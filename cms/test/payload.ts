import { getPayload, type Payload } from 'payload'

import { doc, p, type RichText } from '@hcri/shared/lexical'
import type { User } from '@hcri/shared/payload-types'

/** A real Payload on its own database: in-memory SQLite, or PostgreSQL (test/postgres.ts). */
export async function bootPayload(): Promise<Payload> {
  const { default: config } = await import('../src/payload.config')
  return getPayload({ config })
}

/**
 * One SQL statement straight on the test database, past Payload's hooks (what another process or a
 * broken import would do). `?` placeholders on either SQL database.
 */
export async function rawSql(
  payload: Payload,
  sql: string,
  args: unknown[] = [],
): Promise<unknown[]> {
  const db = payload.db as unknown as {
    pool?: { query: (text: string, values: unknown[]) => Promise<{ rows: unknown[] }> }
    client?: { execute: (s: { sql: string; args: unknown[] }) => Promise<{ rows: unknown[] }> }
  }
  if (db.pool) {
    let n = 0
    return (
      await db.pool.query(
        sql.replace(/\?/g, () => `$${++n}`),
        args,
      )
    ).rows
  }
  return (await db.client!.execute({ sql, args })).rows
}

export type Role = User['role']

/** Creates a staff account of the given role and returns it as access functions will see it. */
export async function makeUser(
  payload: Payload,
  role: Role,
  name: string = role,
): Promise<User & { collection: 'users' }> {
  const user = await payload.create({
    collection: 'users',
    data: {
      name,
      email: `${name}-${Math.random().toString(36).slice(2)}@example.org`,
      password: 'correct horse battery staple',
      role,
    },
    overrideAccess: true,
  })
  return { ...user, collection: 'users' }
}

/** A minimal valid Lexical document with one paragraph. */
export const richText = (value: string): RichText => doc(() => [p(value)])
