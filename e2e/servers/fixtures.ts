/**
 * Adds to the e2e CMS what the seed leaves out on purpose, through its REST API as the seeded admin:
 * one published reporting centre, so the safe-spaces and report pages have a place to render;
 * test films, a draft with a leaflet, an unattached leaflet, and the safety settings.
 * Its details are invented and exist only in the throwaway e2e database (the real seed adds no
 * place until the client supplies verified addresses). Idempotent: found by slug first.
 *
 * Run with Node 22 (type stripping): `pnpm exec node servers/fixtures.ts`.
 */
import { doc, download, p } from '@hcri/shared/lexical'
import { login, restClient } from '@hcri/shared/rest'

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

const cms = await login(cmsUrl, { email, password })
const anonymous = restClient(cmsUrl)

/** Creates the document, or brings it back to these values, found by slug (drafts too). */
async function ensure(
  collection: string,
  values: { slug: string } & Record<string, unknown>,
  { draft = false } = {},
) {
  const query = draft ? 'depth=0&draft=true' : 'depth=0'
  const existing = await cms.get<{ docs: { id: number | string }[] }>(
    `/api/${collection}?where[slug][equals]=${values.slug}&depth=0&draft=true`,
  )
  if (existing.docs.length > 0) {
    await cms.patch(`/api/${collection}/${existing.docs[0].id}?${query}`, values)
    console.log(`fixtures: ${collection} "${values.slug}" updated`)
  } else {
    await cms.post(`/api/${collection}?${query}`, values)
    console.log(`fixtures: ${collection} "${values.slug}" created`)
  }
}

await ensure('places', testPlace)

/**
 * Published findings on the seeded survey, as a researcher's CLI would write them but with small
 * counts left in (as if pasted raw): the CMS and the site must both hide them.
 */
export const testFindings = {
  survey: 'hate-crime-in-walsall',
  respondents: 57,
  questions: {
    experience: { suffered: 21, witnessed: 17, both: 16, no: 3 },
    online: { yes: 31, no: 22, unsure: 4 },
    locality: { north: 18, south: 12, east: 2, west: 9, online: 15 },
  },
}
const surveys = await cms.get<{ docs: { id: number }[] }>(
  '/api/surveys?where[slug][equals]=hate-crime-in-walsall&depth=0',
)
if (surveys.docs[0]) {
  await cms.patch(`/api/surveys/${surveys.docs[0].id}`, {
    findings: testFindings,
    findingsPublished: true,
  })
  console.log('fixtures: survey findings published')
}

// Platform-hosted films: the seed has none (no real ids are known), the film tests need both kinds.
// The ids are well-known public test videos; the tests never let the browser reach the platforms.
const poster = await anonymous.get<{ docs: { id: number }[] }>(
  '/api/media?where[filename][equals]=hcri-seed-film-report-it-poster.jpg&depth=0',
)
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
    transcript: doc(() => [p('Test transcript: what is said and shown in the test film.')]),
    contentWarning: 'Test content warning: describes verbal abuse.',
    _status: 'published',
  })

/** A minimal valid PDF (one empty page), built inline; the CMS checks its header and xref. */
function pdf(title: string): string {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    `<< /Title (${title}) >>`,
  ]
  let body = '%PDF-1.4\n'
  const offsets = objects.map((object, i) => {
    const at = body.length
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
    return at
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 4 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return body
}

/** Uploads a file once (found by its name first); returns its media id. */
async function ensureFile(
  filename: string,
  contents: string,
  type: string,
): Promise<number | string> {
  const found = await cms.get<{ docs: { id: number | string }[] }>(
    `/api/media?where[filename][equals]=${filename}&depth=0`,
  )
  if (found.docs[0]) return found.docs[0].id
  const created = await cms.upload<{ doc: { id: number | string } }>('media', {
    data: contents,
    type,
    name: filename,
  })
  console.log(`fixtures: media "${filename}" uploaded`)
  return created.doc.id
}

// Files no published page links to: the site build must not copy them (site.media.spec.ts,
// which names them too).
const unlinkedFiles = {
  draftOnly: 'test-draft-only-leaflet.pdf',
  attachedToNothing: 'test-unattached-leaflet.pdf',
}
const draftOnlyPdf = await ensureFile(
  unlinkedFiles.draftOnly,
  pdf('Attached only to a draft'),
  'application/pdf',
)
await ensureFile(unlinkedFiles.attachedToNothing, pdf('Attached to nothing'), 'application/pdf')

// An embeddable resource that is only a draft: partners must get nothing of it, nor its leaflet.
const draftBody = doc(() => [
  p('Draft text that no partner may see.'),
  download({ file: draftOnlyPdf, label: 'Draft-only leaflet' }),
])
await ensure(
  'resources',
  {
    title: 'Test draft resource',
    slug: 'test-draft-embeddable',
    summary: 'Test data for the browser tests: a draft that must not be published anywhere.',
    category: 'support',
    body: draftBody,
    embeddable: true,
    lastReviewed: '2026-11-23T12:00:00.000Z',
    _status: 'draft',
  },
  { draft: true },
)

// Lists that run onto a second page (24 a page): one category and one strand get 25 resources
// more. The category is the one the seed leaves empty, so every category has its page.
for (let n = 1; n <= 25; n++) {
  const number = String(n).padStart(2, '0')
  await ensure('resources', {
    title: `Test paging resource ${number}`,
    slug: `test-paging-resource-${number}`,
    summary: 'Test data for the browser tests: one of many, so that lists have more than one page.',
    category: 'safe-spaces',
    strands: ['other'],
    body: doc(() => [p('Test text of a resource that fills a list.')]),
    lastReviewed: '2026-11-23T12:00:00.000Z',
    _status: 'published',
  })
}

// Safety settings the tests check the built site obeys: a quick exit that is not the built-in
// default, and framing allowed only to the partner test page's origin (site.embed.spec.ts).
const quickExitUrl = 'https://www.example.org/weather'
const partnerOrigin = `http://localhost:${process.env.E2E_PARTNER_PORT || 4401}`
await cms.post('/api/globals/site-settings', {
  quickExitUrl,
  embedAllowList: [{ origin: partnerOrigin }],
})
console.log(
  `fixtures: site settings: quick exit ${quickExitUrl}, embeds allowed on ${partnerOrigin}`,
)

// Anonymous reads see it: it really is published.
const check = await anonymous.get<{ docs: unknown[] }>(
  `/api/places?where[slug][equals]=${testPlace.slug}&depth=0`,
)
if (check.docs.length !== 1) throw new Error('fixtures: the test place is not publicly readable')
