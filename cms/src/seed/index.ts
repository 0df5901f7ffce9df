/**
 * `seed(payload)`: fills an empty database with true starting content about the initiative.
 * Idempotent: every document is found by slug (users by email) and only created when missing.
 */
import type { CollectionSlug, Payload } from 'payload'

import { publicCollections } from '@hcri/shared/enums'

import { createContext, report, type Log, type Tally } from './context'
import { seedEvents } from './events'
import { seedFilms } from './films'
import { seedGlobals } from './globals'
import { seedPages } from './pages'
import { seedPlaces } from './places'
import { seedResources } from './resources'
import { seedStories } from './stories'
import { seedSurveys } from './surveys'
import { seedUsers, type Login } from './users'

export type { Login } from './users'

export type SeedOptions = {
  log?: Log
  /** The clock for future event dates. */
  now?: Date
  /** NODE_ENV, SEED_FORCE and SEED_PASSWORD are read from here (tests pass their own). */
  env?: Record<string, string | undefined>
}

export type SeedResult = {
  /** Accounts made by this run, with their passwords: show them once, then forget them. */
  logins: Login[]
  created: number
  tallies: Record<string, Tally>
}

const counted: CollectionSlug[] = ['users', ...publicCollections, 'media']

export class SeedRefused extends Error {}

/** In production the seed only fills an empty database, unless told otherwise. */
async function guardProduction(payload: Payload, env: Record<string, string | undefined>) {
  if (env.NODE_ENV !== 'production' || env.SEED_FORCE === 'true') return
  const found: string[] = []
  for (const collection of counted) {
    const { totalDocs } = await payload.count({ collection })
    if (totalDocs > 0) found.push(`${totalDocs} ${collection}`)
  }
  if (found.length)
    throw new SeedRefused(
      `The database is not empty (${found.join(', ')}). In production the seed only fills an empty database, so nothing was changed. To add the missing seed content to this database anyway, run it again with SEED_FORCE=true.`,
    )
}

export async function seed(payload: Payload, options: SeedOptions = {}): Promise<SeedResult> {
  const { log = console.log, now = new Date(), env = process.env } = options
  await guardProduction(payload, env)
  const ctx = createContext(payload, log, now)

  const logins = await seedUsers(ctx, env.SEED_PASSWORD || undefined)
  await seedResources(ctx)
  await seedStories(ctx)
  await seedFilms(ctx)
  await seedEvents(ctx)
  await seedPlaces(ctx)
  await seedPages(ctx)
  await seedSurveys(ctx)
  await seedGlobals(ctx)
  report(ctx, 'media')

  const tallies = Object.fromEntries(ctx.tallies)
  const created = [...ctx.tallies.values()].reduce((n, t) => n + t.created, 0)
  log(
    created
      ? `Seed finished: ${created} items created.`
      : 'Nothing to do: everything was already there.',
  )
  return { logins, created, tallies }
}
