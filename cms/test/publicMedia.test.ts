/**
 * The list of files published content shows (cms/src/lib/publicMedia.ts) is worked out again only
 * when content changed: through this process's hooks at once, or, for a change this process did not
 * see (another CMS process on the same database), once the list is older than ten seconds and the
 * published documents' counts or latest change say so. Unchanged content keeps the list it has:
 * working it out walks every published document, most of a second at the full content set.
 */
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { publicMediaIds } from '../src/lib/publicMedia'
import { uploadImage, validData } from './fixtures'
import { bootPayload, rawSql } from './payload'

let payload: Payload
let req: PayloadRequest

beforeAll(async () => {
  payload = await bootPayload()
  req = await createLocalReq({}, payload)
})

afterAll(async () => {
  await payload?.destroy()
})

afterEach(() => {
  vi.restoreAllMocks()
})

/** A published film showing this poster. */
const publishFilm = async (posterId: number | string) =>
  (await payload.create({
    collection: 'films',
    data: { ...validData('films', posterId), _status: 'published' },
  } as never)) as unknown as { id: number | string }

/** Moves the clock past the list's ten seconds (only Date.now: timers and the database run on). */
const later = (seconds: number) => {
  const now = Date.now()
  vi.spyOn(Date, 'now').mockReturnValue(now + seconds * 1000)
}

/** A change made without this process's hooks, as another CMS process's would look here. */
async function unpublishBehindTheBack(filmId: number | string) {
  await rawSql(payload, 'update films set _status = ?, updated_at = ? where id = ?', [
    'draft',
    new Date(Date.now() + 60_000).toISOString(),
    filmId,
  ])
}

describe('the public files list', () => {
  it('sees a change made elsewhere once it is older than ten seconds, and keeps itself otherwise', async () => {
    const poster = await uploadImage(payload, 64, 36)
    const film = await publishFilm(poster.id)
    const first = await publicMediaIds(req)
    expect(first.has(String(poster.id))).toBe(true)

    // Nothing changed: the same list, not worked out again.
    later(11)
    expect(await publicMediaIds(req)).toBe(first)
    vi.restoreAllMocks()

    await unpublishBehindTheBack(film.id)
    // Within ten seconds this process has no reason to look.
    expect((await publicMediaIds(req)).has(String(poster.id))).toBe(true)
    later(22)
    const after = await publicMediaIds(req)
    expect(after).not.toBe(first)
    expect(after.has(String(poster.id))).toBe(false)
  })

  it('after an edit walks only the edited document again, and the list follows the edit', async () => {
    const [kept, old, replaced] = [
      await uploadImage(payload, 64, 36),
      await uploadImage(payload, 64, 36),
      await uploadImage(payload, 64, 36),
    ]
    await publishFilm(kept.id)
    const edited = await publishFilm(old.id)
    const before = await publicMediaIds(req)
    expect([before.has(String(kept.id)), before.has(String(old.id))]).toEqual([true, true])

    await payload.update({ collection: 'films', id: edited.id, data: { poster: replaced.id } })
    const find = vi.spyOn(payload, 'find')
    const after = await publicMediaIds(req)
    expect(after.has(String(kept.id))).toBe(true)
    expect(after.has(String(old.id))).toBe(false)
    expect(after.has(String(replaced.id))).toBe(true)
    // Read in full: that one film, and nothing of any other collection.
    const fullReads = find.mock.calls
      .map(([args]) => args as { collection: string; select?: unknown; where?: unknown })
      .filter((args) => !args.select && JSON.stringify(args.where ?? {}).includes('"in"'))
    expect(fullReads.map((args) => [args.collection, JSON.stringify(args.where)])).toEqual([
      ['films', expect.stringContaining(`"in":[${JSON.stringify(edited.id)}]`)],
    ])
  })

  it("forgets the list at once on this process's own changes", async () => {
    const poster = await uploadImage(payload, 64, 36)
    const film = await publishFilm(poster.id)
    expect((await publicMediaIds(req)).has(String(poster.id))).toBe(true)
    await payload.update({ collection: 'films', id: film.id, data: { _status: 'draft' } })
    expect((await publicMediaIds(req)).has(String(poster.id))).toBe(false)
  })
})
