import type { CollectionSlug, Payload } from 'payload'

export type Log = (line: string) => void

export type Tally = { created: number; existing: number; skipped?: string }

export type SeedContext = {
  payload: Payload
  log: Log
  /** The clock the seed uses (future event dates): injectable for tests. */
  now: Date
  /** Media ids by image key, so one picture is uploaded once and reused. */
  images: Map<string, number>
  tallies: Map<string, Tally>
  tally: (name: string) => Tally
  /** Ids of seeded documents by collection and slug, for relationships between them. */
  ids: Map<string, number>
}

export function createContext(payload: Payload, log: Log, now: Date): SeedContext {
  const tallies = new Map<string, Tally>()
  return {
    payload,
    log,
    now,
    images: new Map(),
    tallies,
    ids: new Map(),
    tally: (name) => {
      let t = tallies.get(name)
      if (!t) tallies.set(name, (t = { created: 0, existing: 0 }))
      return t
    },
  }
}

/**
 * The date the seed's facts were last checked against FACTS.md and the initiative's page. Fixed,
 * not "now": a later run must not claim a fresher review than really happened.
 */
export const factsCheckedOn = '2026-11-23T12:00:00.000Z'

export const contactEmail = 'admin@bc-innovate.co.uk'

/** Where the facts come from; shown to the next reviewer in each document's "Sources". */
export const source = {
  initiative: {
    label: 'Walsall Hate Crime Reduction Initiative page (Black Country Innovate CIC)',
  },
  definitions: { label: 'Home Office and College of Policing hate crime definitions' },
  trueVision: {
    label: 'True Vision (police-funded online reporting)',
    url: 'https://www.report-it.org.uk/',
  },
  wmp: { label: 'West Midlands Police', url: 'https://www.west-midlands.police.uk/' },
  council: { label: 'Walsall Council: How to report a hate crime' },
  stopHate: { label: 'Stop Hate UK' },
  victimSupport: { label: 'Victim Support' },
  crimestoppers: { label: 'Crimestoppers' },
  codeOfPractice: { label: 'Non-Crime Hate Incidents: Code of Practice (June 2023)' },
} as const

type SluggedSlug = Exclude<CollectionSlug, 'media' | 'users' | `payload-${string}`>

/**
 * Finds a document by slug or creates it. Returns its id and whether it was made now; counts it.
 * Staff edits are never overwritten: an existing document is left exactly as it is.
 */
export async function ensureBySlug(
  ctx: SeedContext,
  collection: SluggedSlug,
  slug: string,
  create: () => Promise<{ id: number }>,
): Promise<{ id: number; created: boolean }> {
  const found = await ctx.payload.find({
    collection,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    pagination: false,
    // Drafts too: a film saved as a draft is still "already there".
    draft: true,
  })
  const existing = found.docs[0]
  let result: { id: number; created: boolean }
  if (existing) {
    ctx.tally(collection).existing++
    result = { id: existing.id as number, created: false }
  } else {
    const doc = await create()
    ctx.tally(collection).created++
    result = { id: doc.id, created: true }
  }
  ctx.ids.set(`${collection}/${slug}`, result.id)
  return result
}

export function idOf(ctx: SeedContext, collection: SluggedSlug, slug: string): number {
  const id = ctx.ids.get(`${collection}/${slug}`)
  if (id === undefined) throw new Error(`Seed: ${collection} "${slug}" was not seeded before use.`)
  return id
}

export function report(ctx: SeedContext, name: string) {
  const t = ctx.tally(name)
  ctx.log(
    `${name}: ${t.created} created, ${t.existing} already there${t.skipped ? ` (${t.skipped})` : ''}`,
  )
}
