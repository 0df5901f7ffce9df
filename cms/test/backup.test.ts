/**
 * Backup and restore round trip on a real SQLite file: seed, edit, upload, translate, then
 * `pnpm backup` (its CLI, a process of its own) while this process keeps writing; wipe; restore
 * with the CLI; the restored install is dumped by the compare script and must equal, with
 * 0 differences, the state after one of the writes (a consistent snapshot is exactly one of them).
 * Then what restore refuses: a damaged archive, a tampered one, a non-empty install.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs'
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import * as tar from 'tar'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const tmp = mkdtempSync(path.join(os.tmpdir(), 'backup-test-'))
const live = {
  DATABASE_URI: `file:${path.join(tmp, 'live.db')}`,
  MEDIA_DIR: path.join(tmp, 'media'),
}
const backupDir = path.join(tmp, 'backups')
// Before the config loads: it reads the database and the media folder once.
Object.assign(process.env, live, { BACKUP_DIR: backupDir })

const { bootPayload, makeUser, richText } = await import('./payload')
const { createLocalReq } = await import('payload')
const { seed } = await import('../src/seed')
const { migrations } = await import('../src/migrations')
const { dumpInstall, diffDumps, dumpCounts } = await import('../src/backup/compare')
const { restore, pruneBackups, archiveName, RestoreRefused } = await import('../src/backup')
const { DamagedArchive, sha256 } = await import('../src/backup/archive')
const { file, png, uniqueName } = await import('./fixtures')

type Dump = Awaited<ReturnType<typeof dumpInstall>>

const cmsDir = path.resolve(import.meta.dirname, '..')
const tsx = path.join(cmsDir, 'node_modules', '.bin', 'tsx')

/** Runs a CMS script the way `pnpm backup` does, with this install's environment. */
function cli(script: string, args: string[], env: Record<string, string> = {}) {
  const child = spawn(tsx, [path.join(cmsDir, 'src', 'backup', script), ...args], {
    cwd: cmsDir,
    env: { ...process.env, BACKUP_DIR: backupDir, HCRI_DISABLE_JOBS: 'true', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (c: Buffer) => (output += c.toString()))
  child.stderr.on('data', (c: Buffer) => (output += c.toString()))
  const done = new Promise<{ code: number | null; output: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, output })),
  )
  return { child, done }
}

let payload: Payload
let dumps: Dump[] = []
let writes = 0
let backupRun: { code: number | null; output: string }
let archive = ''

beforeAll(async () => {
  payload = await bootPayload()
  await payload.db.migrate({ migrations: migrations as unknown as import('payload').Migration[] })
  await seed(payload, { log: () => {}, env: { SEED_PASSWORD: 'backup-test-password-0123' } })

  // Edit, upload, translate: what a working week adds to the seed.
  const resource = (await payload.find({ collection: 'resources', limit: 1, depth: 0 })).docs[0]!
  await payload.update({
    collection: 'resources',
    id: resource.id,
    locale: 'pl',
    data: {
      title: 'Jak zgłosić przestępstwo z nienawiści',
      summary: 'Krótki przewodnik.',
      body: richText('Możesz to zgłosić.'),
    },
  })
  await payload.update({
    collection: 'resources',
    id: resource.id,
    draft: true,
    data: { summary: 'A draft edit, not yet published.' },
  })
  await payload.create({
    collection: 'media',
    data: { alt: 'A poster for the awareness week' },
    file: file(await png(320, 200), uniqueName('poster', 'png'), 'image/png'),
  })
}, 240_000)

afterAll(async () => {
  await payload?.destroy().catch(() => {})
  await rm(tmp, { recursive: true, force: true })
})

/** One write of the stream that goes on during the backup: edits, translations, new drafts, uploads. */
async function write(i: number) {
  const resources = (await payload.find({ collection: 'resources', limit: 5, depth: 0 })).docs
  const target = resources[i % resources.length]!
  switch (i % 4) {
    case 0:
      await payload.update({
        collection: 'resources',
        id: target.id,
        data: { summary: `Edited during the backup, write ${i}.` },
      })
      break
    case 1:
      await payload.update({
        collection: 'resources',
        id: target.id,
        locale: 'ur',
        draft: true,
        data: { summary: `ترمیم ${i}`, body: richText(`متن ${i}`) },
      })
      break
    case 2:
      await payload.create({
        collection: 'media',
        data: { alt: `Upload ${i} made during the backup` },
        file: file(await png(64 + i, 48), uniqueName(`during-${i}`, 'png'), 'image/png'),
      })
      break
    default:
      await payload.create({
        collection: 'pages',
        draft: true,
        data: {
          title: `Page written during the backup ${i}`,
          layout: [{ blockType: 'hero', heading: `Heading ${i}` }],
        },
      })
  }
}

/**
 * Which write a copy was taken during: the first j whose states before and after differ from the
 * copy only in documents write j touches (0 would be before the first write; -1 none).
 *
 * The copy is one snapshot of the database taken while the writes went on. Payload writes a
 * document on SQLite in several statements without a transaction (its SQLite adapter turns
 * transactions off unless asked), so the snapshot may fall inside one write, in any half-written
 * shape of the documents it touches (a row without its translations or blocks yet). Anything else
 * (a table, another document, a file lost or altered) is a difference outside it.
 */
function duringWrite(states: Dump[], copy: Dump) {
  // A key is /collections/<slug>/<docs|versions>/<id>/…, /globals/<slug>/<doc|versions>/… or
  // /media/<file>: its document is the part before the fields.
  const documentOf = (key: string) =>
    key.startsWith('/media/')
      ? key
      : key
          .split('/')
          .slice(0, key.startsWith('/collections/') ? 5 : 4)
          .join('/')
  const touched = (a: Dump, b: Dump) =>
    new Set(
      diffDumps(a, b).map((line) => documentOf(line.replace(/^[^:]+: /, '').split(/:? /)[0]!)),
    )
  const within = (inner: Set<string>, outer: Set<string>) => [...inner].every((k) => outer.has(k))
  return states.findIndex((d, j) => {
    if (j === 0) return false
    const byWrite = touched(states[j - 1]!, d)
    return within(touched(states[j - 1]!, copy), byWrite) && within(touched(d, copy), byWrite)
  })
}

describe('scheduled backups (Payload jobs queue)', () => {
  it('the backup task is scheduled at BACKUP_CRON on its own queue, and a run writes an archive', async () => {
    const task = payload.config.jobs.tasks?.find((t) => t.slug === 'backup')
    expect(task?.schedule).toEqual([{ cron: '30 2 * * *', queue: 'backups' }])
    const before = (await readdir(backupDir).catch(() => [])).filter((f) => f.endsWith('.tar.gz'))
    await payload.jobs.queue({ task: 'backup', input: {}, queue: 'backups' })
    const result = await payload.jobs.run({ queue: 'backups' })
    expect(Object.values(result.jobStatus ?? {})).toEqual([{ status: 'success' }])
    const after = (await readdir(backupDir)).filter((f) => f.endsWith('.tar.gz'))
    expect(after.length).toBe(before.length + 1)
    // A finished job is deleted (Payload's default): none is left behind, failed or stuck.
    expect((await payload.count({ collection: 'payload-jobs' })).totalDocs).toBe(0)
  }, 120_000)

  it('the schedule queues the next backup for 02:30 on the backups queue, once', async () => {
    await payload.jobs.handleSchedules({ queue: 'backups' })
    await payload.jobs.handleSchedules({ queue: 'backups' })
    const queued = (
      await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'backup' } } })
    ).docs
    expect(queued).toHaveLength(1)
    expect(queued[0]!.queue).toBe('backups')
    const at = new Date(queued[0]!.waitUntil!)
    expect([at.getHours(), at.getMinutes()]).toEqual([2, 30])
    expect(at.getTime()).toBeGreaterThan(Date.now())
    await payload.delete({ collection: 'payload-jobs', id: queued[0]!.id })
  })

  it('only an admin may queue a backup through the API', async () => {
    for (const role of ['editor', 'contributor'] as const) {
      const user = await makeUser(payload, role)
      const req = await createLocalReq({ user }, payload)
      await expect(
        payload.jobs.queue({ task: 'backup', input: {}, queue: 'backups', req }),
      ).rejects.toThrow(/Only admins can start a backup/)
    }
    const admin = await createLocalReq({ user: await makeUser(payload, 'admin') }, payload)
    const job = await payload.jobs.queue({
      task: 'backup',
      input: {},
      queue: 'backups',
      req: admin,
    })
    // Not run: taken off again, so the round trip below starts from a quiet queue.
    await payload.delete({ collection: 'payload-jobs', id: job.id })
  })
})

describe('backup while writes continue, wipe, restore', () => {
  it('backs up with the CLI while this process keeps writing', async () => {
    dumps = [await dumpInstall(payload)]
    const run = cli('cli.ts', ['backup'])
    let finished = false
    void run.done.then(() => (finished = true))
    // Writes until the backup is done, and two more: each state is dumped before the next write.
    let after = 0
    while (after < 2) {
      if (finished) after++
      await write(++writes)
      dumps.push(await dumpInstall(payload))
    }
    backupRun = await run.done
    expect(backupRun.code, backupRun.output).toBe(0)
    expect(backupRun.output).toMatch(/packing: 100 %/)
    archive = /Backup written: (\S+)/.exec(backupRun.output)![1]!
    // People's data: readable by its owner only, in a folder only its owner can enter.
    expect(statSync(archive).mode & 0o777).toBe(0o600)
    expect(statSync(backupDir).mode & 0o777).toBe(0o700)
    expect(writes).toBeGreaterThan(3)
  }, 180_000)

  it('restores into the wiped install: 0 differences from the state at one instant of the writes', async () => {
    await payload.destroy()
    await rm(live.DATABASE_URI.slice('file:'.length))
    await rm(live.MEDIA_DIR, { recursive: true })
    const restored = await cli('cli.ts', ['restore', archive]).done
    expect(restored.code, restored.output).toBe(0)
    expect(restored.output).toMatch(/files match their checksums/)

    const dumpFile = path.join(tmp, 'restored.json')
    const dumped = await cli('compare.ts', ['dump', dumpFile]).done
    expect(dumped.code, dumped.output).toBe(0)
    const after: Dump = JSON.parse(readFileSync(dumpFile, 'utf8'))

    const during = duringWrite(dumps, after)
    const differences = dumps.map((d) => diffDumps(d, after).length)
    const closest = differences.indexOf(Math.min(...differences))
    const shown = diffDumps(dumps[closest]!, after).slice(0, 10).join('\n')
    expect(during, `${differences}\n${shown}`).toBeGreaterThan(0)
    // Not before the first write, not after the last one; identical to one state at most.
    const k = differences.indexOf(0)
    expect(k).not.toBe(0)
    expect(during).toBeLessThan(writes)
    expect(differences.filter((n) => n === 0).length).toBeLessThanOrEqual(1)
    console.log(
      k >= 0
        ? `Round trip: restored state = after write ${k} of ${writes}: 0 differences in`
        : `Round trip: restored state = during write ${during} of ${writes} (${differences[during]} of its changes not yet made) in`,
      dumpCounts(after),
    )
    // Every kind of thing is in it: hashes of staff passwords, translations, drafts, files.
    const users = after.collections.users!.docs as { hash?: string }[]
    expect(users.length).toBeGreaterThanOrEqual(3)
    expect(users.every((u) => typeof u.hash === 'string' && u.hash.length > 20)).toBe(true)
    expect(JSON.stringify(after.collections.resources)).toContain('Jak zgłosić przestępstwo')
    expect(after.collections.resources!.versions.length).toBeGreaterThan(0)
    expect(Object.keys(after.media).length).toBeGreaterThan(0)
  }, 180_000)

  it('a copy taken inside a write is told apart from a damaged one', () => {
    // The shape CI met: write 2 creates a page; the copy has its row, not yet its translations
    // or blocks. Then the same copy with an untouched user's e-mail changed.
    const base = dumps[0]!
    const page = (title: unknown, layout: unknown) => ({ id: 9999, slug: 'p', title, layout })
    const withPage = (d: Dump, doc: unknown) => {
      const next: Dump = JSON.parse(JSON.stringify(d))
      next.collections.pages!.docs.push(doc)
      return next
    }
    const edited: Dump = JSON.parse(JSON.stringify(base))
    ;(edited.collections.resources!.docs[0] as { summary: unknown }).summary = { en: 'Edited' }
    const created = withPage(edited, page({ en: 'A page' }, [{ blockType: 'hero' }]))
    const states = [base, edited, created]
    const half = withPage(edited, page({}, []))
    expect(duringWrite(states, half)).toBe(2)
    expect(duringWrite(states, created)).toBe(2)
    const damaged: Dump = JSON.parse(JSON.stringify(half))
    ;(damaged.collections.users!.docs[0] as { email: string }).email = 'someone@else.invalid'
    expect(duringWrite(states, damaged)).toBe(-1)
  })

  it('the comparison counts a difference: one changed upload and one changed title', () => {
    const base = dumps[0]!
    const changed: Dump = JSON.parse(JSON.stringify(base))
    const [name] = Object.keys(changed.media)
    changed.media[name!] = '0'.repeat(64)
    const doc = changed.collections.pages!.docs[0] as { updatedAt: string }
    doc.updatedAt = '2020-01-01T00:00:00.000Z'
    expect(diffDumps(base, changed)).toHaveLength(2)
  })
})

describe('restore refuses', () => {
  const empty = () => ({
    ...process.env,
    DATABASE_URI: `file:${path.join(tmp, 'empty', 'cms.db')}`,
    MEDIA_DIR: path.join(tmp, 'empty', 'media'),
  })
  const untouched = () => expect(existsSync(path.join(tmp, 'empty'))).toBe(false)

  it('a damaged archive (bytes changed in the middle), with a clear message, changing nothing', async () => {
    const bytes = readFileSync(archive)
    bytes.fill(0x41, bytes.length >> 1, (bytes.length >> 1) + 16)
    const bad = path.join(tmp, 'damaged.tar.gz')
    await writeFile(bad, bytes)
    const run = await cli('cli.ts', ['restore', bad], empty()).done
    expect(run.code).toBe(1)
    expect(run.output).toMatch(
      /The archive damaged\.tar\.gz is damaged or not a backup of this system \(.+\)\. Nothing was restored and nothing was changed\./,
    )
    untouched()
  }, 60_000)

  it('a cut-off archive', async () => {
    const bytes = readFileSync(archive)
    const cut = path.join(tmp, 'cut.tar.gz')
    await writeFile(cut, bytes.subarray(0, bytes.length - 4096))
    await expect(restore(cut, { env: empty() })).rejects.toThrow(DamagedArchive)
    untouched()
  })

  it('an archive whose database was swapped for another file (valid gzip, wrong checksum)', async () => {
    const unpacked = path.join(tmp, 'unpacked')
    await mkdir(unpacked)
    await tar.x({ file: archive, cwd: unpacked })
    await writeFile(path.join(unpacked, 'db', 'cms.db'), 'not the database')
    const tampered = path.join(tmp, 'tampered.tar.gz')
    await tar.c({ file: tampered, cwd: unpacked, gzip: true }, await readdir(unpacked))
    await expect(restore(tampered, { env: empty() })).rejects.toThrow(
      /db\/cms\.db has the wrong size|db\/cms\.db does not match its checksum/,
    )
    untouched()
  })

  it('a non-empty install unless forced; forced, it backs that install up first', async () => {
    const db = live.DATABASE_URI.slice('file:'.length)
    const before = await sha256(db)
    await expect(restore(archive, { env: process.env })).rejects.toThrow(RestoreRefused)
    await expect(restore(archive, { env: process.env })).rejects.toThrow(/not empty/)
    expect(await sha256(db)).toBe(before)

    const forced = await restore(archive, { env: process.env, force: true })
    expect(forced.safetyBackup && existsSync(forced.safetyBackup)).toBe(true)
  }, 60_000)
})

describe('retention', () => {
  it('keeps at most the newest N and none older than the days, but always the newest', async () => {
    const dir = path.join(tmp, 'retention')
    await mkdir(dir)
    const now = new Date('2026-12-01T03:00:00Z')
    const day = 86_400_000
    const names = [40, 20, 10, 3, 2, 1].map((d) => archiveName(new Date(now.getTime() - d * day)))
    for (const n of [...names, 'notes.txt']) await writeFile(path.join(dir, n), '')
    const removed = await pruneBackups({ dir, keep: 4, keepDays: 15, now })
    expect(removed.sort()).toEqual(names.slice(0, 2).sort())
    expect((await readdir(dir)).sort()).toEqual([...names.slice(2), 'notes.txt'].sort())
    // Everything past its days, yet the newest archive stays.
    expect(await pruneBackups({ dir, keep: 4, keepDays: 0, now })).toHaveLength(3)
    expect(await readdir(dir)).toContain(names[5])
  })
})
