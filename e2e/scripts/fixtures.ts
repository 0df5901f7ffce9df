/**
 * Adds to the e2e CMS what the seed leaves out on purpose, through its REST API as the seeded admin:
 * one published reporting centre, so the safe-spaces and report pages have a place to render.
 * Its details are invented and exist only in the throwaway e2e database (the real seed adds no
 * place until the client supplies verified addresses). Idempotent: found by slug first.
 *
 * Run with Node 22 (type stripping): `pnpm exec node scripts/fixtures.ts`.
 */
const cmsUrl = process.env.CMS_URL ?? 'http://localhost:3100'
const email = process.env.E2E_ADMIN_EMAIL ?? 'admin@example.org'
const password = process.env.SEED_PASSWORD ?? 'e2e-password-not-secret-123'

export const testPlace = {
  name: 'Test reporting centre',
  slug: 'test-reporting-centre',
  kinds: ['reporting-centre'],
  summary: 'Test data for the browser tests: report a hate crime here and staff pass it on.',
  locality: 'north',
  address: 'Test reporting centre\n1 Example Street\nWalsall',
  postcode: 'WS1 1TP',
  latitude: 52.5862,
  longitude: -1.9829,
  openingHours: 'Monday to Friday, 9am to 5pm',
  phone: '01922 000 000',
  email: 'test-centre@example.org',
  website: 'https://example.org/',
  languages: ['en', 'ur'],
  stepFreeAccess: true,
  notes: 'Test data only.',
  _status: 'published',
}

async function api(path: string, init: RequestInit & { token?: string } = {}): Promise<unknown> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (init.token) headers.Authorization = `JWT ${init.token}`
  const response = await fetch(`${cmsUrl}${path}`, { ...init, headers })
  const body = await response.text()
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${body}`)
  return JSON.parse(body)
}

const login = (await api('/api/users/login', {
  method: 'POST',
  body: JSON.stringify({ email, password }),
})) as { token: string }
const token = login.token

/** Creates the document, or brings it back to these values, found by slug (drafts too). */
async function ensure(
  collection: string,
  doc: { slug: string } & Record<string, unknown>,
  { draft = false } = {},
) {
  const query = draft ? 'depth=0&draft=true' : 'depth=0'
  const existing = (await api(
    `/api/${collection}?where[slug][equals]=${doc.slug}&depth=0&draft=true`,
    { token },
  )) as { docs: { id: number | string }[] }
  if (existing.docs.length > 0) {
    await api(`/api/${collection}/${existing.docs[0].id}?${query}`, {
      method: 'PATCH',
      token,
      body: JSON.stringify(doc),
    })
    console.log(`fixtures: ${collection} "${doc.slug}" updated`)
  } else {
    await api(`/api/${collection}?${query}`, { method: 'POST', token, body: JSON.stringify(doc) })
    console.log(`fixtures: ${collection} "${doc.slug}" created`)
  }
}

await ensure('places', testPlace)

// Platform-hosted films: the seed has none (no real ids are known), the film tests need both kinds.
// The ids are well-known public test videos; the tests never let the browser reach the platforms.
const poster = (await api(
  '/api/media?where[filename][equals]=hcri-seed-film-report-it-poster.jpg&depth=0',
)) as { docs: { id: number }[] }
const transcript = (text: string) => ({
  root: {
    type: 'root',
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
    children: [
      {
        type: 'paragraph',
        direction: 'ltr',
        format: '',
        indent: 0,
        version: 1,
        textFormat: 0,
        children: [{ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }],
      },
    ],
  },
})
const testFilms = {
  youtube: { slug: 'test-film-on-youtube', id: 'dQw4w9WgXcQ' },
  vimeo: { slug: 'test-film-on-vimeo', id: '76979871' },
} as const
for (const [provider, film] of Object.entries(testFilms))
  await ensure('films', {
    title: `Test film on ${provider === 'youtube' ? 'YouTube' : 'Vimeo'}`,
    slug: film.slug,
    summary: 'Test data for the browser tests: a film hosted on a video platform.',
    provider,
    externalUrl: film.id,
    poster: poster.docs[0]?.id,
    transcript: transcript('Test transcript: what is said and shown in the test film.'),
    contentWarning: 'Test content warning: describes verbal abuse.',
    _status: 'published',
  })

// An embeddable resource that is only a draft: partners must get nothing of it.
await ensure(
  'resources',
  {
    title: 'Test draft resource',
    slug: 'test-draft-embeddable',
    summary: 'Test data for the browser tests: a draft that must not be published anywhere.',
    category: 'support',
    body: transcript('Draft text that no partner may see.'),
    embeddable: true,
    lastReviewed: '2026-11-23T12:00:00.000Z',
    _status: 'draft',
  },
  { draft: true },
)

// Anonymous reads see it: it really is published.
const check = (await api(`/api/places?where[slug][equals]=${testPlace.slug}&depth=0`)) as {
  docs: unknown[]
}
if (check.docs.length !== 1) throw new Error('fixtures: the test place is not publicly readable')
