/**
 * Compares two installs, for backup round trips: every collection's documents (all locales, with
 * hidden fields such as password hashes), every version (drafts included), every global and its
 * versions, and every upload file by SHA-256, in one canonical form.
 * `pnpm backup:compare dump <file.json>` writes this install's; `… diff <a.json> <b.json>` prints
 * the differences and their count (exit 1 when there are any).
 */
import { writeFile, readFile } from 'node:fs/promises'
import path from 'node:path'

import type { CollectionSlug, GlobalSlug, Payload } from 'payload'

import { mediaDir } from '../lib/paths'
import { listFiles, sha256 } from './archive'

export type Dump = {
  collections: Record<string, { docs: unknown[]; versions: unknown[] }>
  globals: Record<string, { doc: unknown; versions: unknown[] }>
  media: Record<string, string>
}

const byId = (a: { id?: unknown }, b: { id?: unknown }) =>
  String(a.id).localeCompare(String(b.id), 'en', { numeric: true })

/** Keys sorted at every level, so equal content gives equal JSON. */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    )
  return value
}

export async function dumpInstall(payload: Payload, media = mediaDir()): Promise<Dump> {
  const common = {
    locale: 'all',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    showHiddenFields: true,
  } as const
  const dump: Dump = { collections: {}, globals: {}, media: {} }
  for (const collection of payload.config.collections) {
    const slug = collection.slug as CollectionSlug
    const docs = (await payload.find({ collection: slug, ...common, draft: false })).docs
    const versions = collection.versions
      ? (await payload.findVersions({ collection: slug, ...common, draft: true })).docs
      : []
    dump.collections[slug] = {
      docs: docs.sort(byId).map(canonical),
      versions: versions.sort(byId).map(canonical),
    }
  }
  for (const global of payload.config.globals) {
    const slug = global.slug as GlobalSlug
    const doc = await payload.findGlobal({ slug, ...common, draft: false })
    const versions = global.versions
      ? (await payload.findGlobalVersions({ slug, ...common })).docs
      : []
    dump.globals[slug] = { doc: canonical(doc), versions: versions.sort(byId).map(canonical) }
  }
  for (const file of await listFiles(media)) dump.media[file] = await sha256(path.join(media, file))
  // As it is written to a file: a field read as undefined is no field.
  return JSON.parse(JSON.stringify(dump)) as Dump
}

/** Every leaf of a value with its path, so a difference names exactly what differs. */
function leaves(value: unknown, at: string, out: Map<string, string>) {
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
    if (entries.length === 0) out.set(at, JSON.stringify(value))
    for (const [k, v] of entries) leaves(v, `${at}/${k}`, out)
  } else out.set(at, JSON.stringify(value))
}

/** The differences between two dumps, one line each (a leaf missing, added or changed). */
export function diffDumps(a: Dump, b: Dump): string[] {
  const left = new Map<string, string>()
  const right = new Map<string, string>()
  // Documents are keyed by id, not by position, so one missing document is one difference.
  const keyed = (d: Dump) => ({
    collections: Object.fromEntries(
      Object.entries(d.collections).map(([slug, c]) => [
        slug,
        {
          docs: Object.fromEntries(c.docs.map((x) => [String((x as { id: unknown }).id), x])),
          versions: Object.fromEntries(
            c.versions.map((x) => [String((x as { id: unknown }).id), x]),
          ),
        },
      ]),
    ),
    globals: d.globals,
    media: d.media,
  })
  leaves(keyed(a), '', left)
  leaves(keyed(b), '', right)
  const differences: string[] = []
  for (const [key, value] of left) {
    if (!right.has(key)) differences.push(`only in the first: ${key} = ${value}`)
    else if (right.get(key) !== value)
      differences.push(`differs: ${key}: ${value} -> ${right.get(key)}`)
  }
  for (const [key, value] of right)
    if (!left.has(key)) differences.push(`only in the second: ${key} = ${value}`)
  return differences
}

/** How many documents, versions and files a dump holds (for the report line). */
export function dumpCounts(d: Dump) {
  const collections = Object.values(d.collections)
  return {
    documents: collections.reduce((n, c) => n + c.docs.length, 0),
    versions:
      collections.reduce((n, c) => n + c.versions.length, 0) +
      Object.values(d.globals).reduce((n, g) => n + g.versions.length, 0),
    globals: Object.keys(d.globals).length,
    files: Object.keys(d.media).length,
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [command, ...args] = process.argv.slice(2)
  const cwd = process.env.INIT_CWD || process.cwd()
  if (command === 'dump' && args[0]) {
    const { loadCmsEnv } = await import('../lib/env')
    loadCmsEnv()
    process.env.HCRI_DISABLE_JOBS = 'true'
    process.env.PUBLISH_TARGET = 'off'
    const { getPayload } = await import('payload')
    const { default: config } = await import('../payload.config')
    const payload = await getPayload({ config })
    const dump = await dumpInstall(payload)
    await writeFile(path.resolve(cwd, args[0]), JSON.stringify(dump), { mode: 0o600 })
    console.log(`Dumped ${JSON.stringify(dumpCounts(dump))} to ${args[0]}`)
    process.exit(0)
  } else if (command === 'diff' && args[0] && args[1]) {
    const read = async (f: string) =>
      JSON.parse(await readFile(path.resolve(cwd, f), 'utf8')) as Dump
    const differences = diffDumps(await read(args[0]), await read(args[1]))
    for (const line of differences.slice(0, 50)) console.log(line)
    console.log(`${differences.length} differences`)
    process.exit(differences.length ? 1 : 0)
  } else {
    console.error('Usage: compare.ts dump <out.json> | diff <a.json> <b.json>')
    process.exit(2)
  }
}
