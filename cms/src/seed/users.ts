/**
 * One account per role, on example.org (reserved for examples). Passwords are random and shown
 * once; SEED_PASSWORD sets a known one for tests and demos.
 */
import { randomBytes } from 'node:crypto'

import type { User } from '@hcri/shared/payload-types'

import { report, type SeedContext } from './context'

export type Login = { email: string; role: User['role']; password: string }

const accounts: { email: string; name: string; role: User['role'] }[] = [
  // The admin comes first: the first account is always made an admin.
  { email: 'admin@example.org', name: 'Site admin', role: 'admin' },
  { email: 'editor@example.org', name: 'Content editor', role: 'editor' },
  { email: 'contributor@example.org', name: 'Contributor', role: 'contributor' },
  { email: 'support@example.org', name: 'Support volunteer', role: 'support' },
  { email: 'researcher@example.org', name: 'Researcher', role: 'researcher' },
]

export const userEmails = accounts.map((a) => a.email)

/** 18 random bytes: 24 URL-safe characters, far beyond guessing within the login lockout. */
const randomPassword = () => randomBytes(18).toString('base64url')

export async function seedUsers(ctx: SeedContext, password?: string): Promise<Login[]> {
  const logins: Login[] = []
  for (const a of accounts) {
    const found = await ctx.payload.find({
      collection: 'users',
      where: { email: { equals: a.email } },
      limit: 1,
      depth: 0,
      pagination: false,
    })
    if (found.docs[0]) {
      ctx.tally('users').existing++
      continue
    }
    const pw = password || randomPassword()
    await ctx.payload.create({
      collection: 'users',
      depth: 0,
      data: { email: a.email, name: a.name, role: a.role, password: pw },
    })
    ctx.tally('users').created++
    logins.push({ email: a.email, role: a.role, password: pw })
  }
  report(ctx, 'users')
  return logins
}
