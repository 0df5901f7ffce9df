import { getPayload, type Payload } from 'payload'

import { doc, p, type RichText } from '@hcri/shared/lexical'
import type { User } from '@hcri/shared/payload-types'

/** A real Payload on its own database: in-memory SQLite, or PostgreSQL (test/postgres.ts). */
export async function bootPayload(): Promise<Payload> {
  const { default: config } = await import('../src/payload.config')
  return getPayload({ config })
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
