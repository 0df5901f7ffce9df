/**
 * Step 1 of the benchmark: the DESIGN.md content set (2,000 resources, 200 films, 500 stories,
 * 1,000 events, 300 places; English + Urdu) with the seed's site settings, navigation and footer,
 * written through Payload's Local API into a fresh SQLite database in the work folder.
 *
 *   pnpm --filter @hcri/site exec tsx bench/generate.ts --dir DIR [--small | --resources N …]
 *       [--results FILE]
 *
 * The writing runs in a child process (this file with --child): the CMS config reads its
 * environment when it is imported. Records `generation` (and the run's size) in the results file.
 */
import { randomBytes } from 'node:crypto'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import sharp from 'sharp'

import { doc, h2, p, ul, type Direction } from '@hcri/shared/lexical'

import {
  cmsDir,
  editorFile,
  isMain,
  loadAverage,
  log,
  writeResults,
  record,
  recordError,
  requestedSize,
  resultsPath,
  round,
  timed,
  workDir,
  type Counts,
} from './cli'
import { cmsEnv, cmsFiles, run, stopOnInterrupt, tsxArgv } from './servers'

const thisFile = fileURLToPath(import.meta.url)
const benchEditor = { email: 'bench-editor@example.org' }

type Id = number | string
type Doc = { id: Id }
type LocalApi = {
  create: (args: Record<string, unknown>) => Promise<Doc>
  update: (args: Record<string, unknown>) => Promise<Doc>
  db: { migrate: (args: { migrations: unknown[] }) => Promise<void> }
  destroy: () => Promise<void>
}

/** Runs `fn` for 0..count-1, `size` at a time: SQLite writes one at a time anyway. */
async function inGroups<T>(
  count: number,
  size: number,
  fn: (i: number) => Promise<T>,
): Promise<T[]> {
  const out: T[] = []
  for (let i = 0; i < count; i += size) {
    const batch = Array.from({ length: Math.min(size, count - i) }, (_, k) => fn(i + k))
    out.push(...(await Promise.all(batch)))
  }
  return out
}

const urdu = 'یہ ایک مختصر اردو جملہ ہے'

/** A body shaped like the editor's own output: a heading, paragraphs and a list. */
const richText = (dir: Direction, paragraphs: string[], heading?: string) =>
  doc(
    () => [
      ...(heading ? [h2(heading)] : []),
      ...paragraphs.map((text) => p(text)),
      ul(...paragraphs.slice(0, 3)),
    ],
    { dir },
  )

const english = (what: string, i: number) => [
  `This ${what} explains, in plain words, what to do if you see or experience hate crime in Walsall (number ${i}).`,
  'You can report it to the police on 999 in an emergency, or 101 when it is not an emergency.',
  'You can also report online, or at a third-party reporting centre near you, with someone to help.',
  'Support is free and confidential. You do not have to give your name to get help.',
]
const inUrdu = (i: number) => [`${urdu} ${i}`, `${urdu} ${i + 1}`, `${urdu} ${i + 2}`]

/** A few calm PNGs to reuse: each media upload costs sharp four resized copies. */
async function makeImages(
  api: LocalApi,
  count: number,
  ctx: Record<string, unknown>,
): Promise<Id[]> {
  const colours = ['#e3f0ee', '#f7eee2', '#eeeaf5', '#e6eff8', '#eaf1e4', '#f5e6e8']
  const ids: Id[] = []
  for (let i = 0; i < count; i++) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900">
      <rect width="100%" height="100%" fill="${colours[i % colours.length]}"/>
      <circle cx="1300" cy="250" r="280" fill="#a9d3cb" opacity="0.7"/>
      <text x="120" y="480" font-family="DejaVu Sans" font-size="96" fill="#0d3b40">Benchmark picture ${i + 1}</text>
    </svg>`
    const data = await sharp(Buffer.from(svg)).png().toBuffer()
    const doc = await api.create({
      collection: 'media',
      data: {
        alt: `Soft coloured shapes with the words Benchmark picture ${i + 1}`,
        credit: 'Generated (benchmark)',
      },
      file: { data, mimetype: 'image/png', name: `bench-${i + 1}.png`, size: data.length },
      depth: 0,
      context: ctx,
    })
    ids.push(doc.id)
  }
  return ids
}

async function writeContent(counts: Counts, group: number): Promise<void> {
  const cms = (p: string) => pathToFileURL(path.join(cmsDir, p)).href
  // The CMS's own payload (and its config), not one resolved from the site: one module instance.
  const payloadEntry = createRequire(path.join(cmsDir, 'package.json')).resolve('payload')
  const { getPayload } = (await import(pathToFileURL(payloadEntry).href)) as {
    getPayload: (o: { config: unknown }) => Promise<LocalApi>
  }
  const { default: config } = (await import(cms('src/payload.config.ts'))) as { default: unknown }
  const { migrations } = (await import(cms('src/migrations/index.ts'))) as { migrations: unknown[] }
  const api = await getPayload({ config })
  // Hooks may look for this to skip work a benchmark does not need (e.g. build triggers).
  const context = { bench: true, skipPublish: true, disableRevalidate: true }
  const base = { depth: 0, overrideAccess: true, context }
  const publish = (collection: string, data: Record<string, unknown>) =>
    api.create({
      ...base,
      collection,
      locale: 'en',
      draft: false,
      data: { ...data, _status: 'published' },
    })
  const translate = (collection: string, id: Id, data: Record<string, unknown>) =>
    api.update({
      ...base,
      collection,
      id,
      locale: 'ur',
      draft: false,
      data: { ...data, _status: 'published' },
    })

  try {
    const started = performance.now()
    // File databases have no schema push: the committed migrations create the schema.
    await api.db.migrate({ migrations })

    // Real site settings, navigation and footer, as the seed writes them.
    const { createContext } = (await import(cms('src/seed/context.ts'))) as {
      createContext: (p: LocalApi, l: (s: string) => void, now: Date) => unknown
    }
    const { seedGlobals } = (await import(cms('src/seed/globals.ts'))) as {
      seedGlobals: (c: unknown) => Promise<void>
    }
    await seedGlobals(createContext(api, () => {}, new Date()))
    // The account measure.ts publishes an edit with, as an editor would.
    await api.create({
      ...base,
      collection: 'users',
      data: {
        name: 'Benchmark editor',
        email: benchEditor.email,
        password: process.env.BENCH_EDITOR_PASSWORD,
        role: 'editor',
      },
    })

    const images = await makeImages(api, 6, context)
    const image = (i: number) => images[i % images.length]!
    const pick = <T>(xs: readonly T[], i: number) => xs[i % xs.length]!
    const categories = [
      'understanding',
      'reporting',
      'support',
      'safe-spaces',
      'restorative-justice',
      'research',
      'awareness',
    ]
    const strands = ['race', 'religion', 'sexual-orientation', 'disability', 'transgender', 'other']
    const localities = ['north', 'south', 'east', 'west']
    const step = (label: string, n: number, t0: number) =>
      log(`  ${label}: ${n} in ${round((performance.now() - t0) / 1000, 1)} s`)

    let t0 = performance.now()
    const resources = await inGroups(counts.resources, group, (i) =>
      publish('resources', {
        title: `Guide ${i + 1}: getting help after a hate incident`,
        slug: `bench-resource-${i + 1}`,
        summary: `What to do, who to tell and where to get support (guide ${i + 1}).`,
        category: pick(categories, i),
        strands: [pick(strands, i), pick(strands, i + 2)],
        image: i % 2 ? image(i) : undefined,
        body: richText('ltr', english('guide', i + 1), 'What you can do'),
        sources: [{ label: 'Home Office hate crime definitions', url: 'https://www.gov.uk/' }],
        embeddable: i % 3 === 0,
        lastReviewed: new Date(Date.UTC(2026, i % 12, 1 + (i % 28))).toISOString(),
      }),
    )
    step('resources (English)', resources.length, t0)
    await inGroups(resources.length, group, (i) =>
      translate('resources', resources[i]!.id, {
        title: `${urdu} ${i + 1}`,
        summary: `${urdu} ${i + 1}`,
        body: richText('rtl', inUrdu(i + 1)),
        // The next three, never itself (a tiny set has fewer than four).
        related: [1, 2, 3]
          .filter((k) => k < resources.length)
          .map((k) => resources[(i + k) % resources.length]!.id),
      }),
    )
    step('resources (English + Urdu)', resources.length, t0)

    t0 = performance.now()
    const stories = await inGroups(counts.stories, group, (i) => {
      const anonymous = i % 5 === 0
      return publish('stories', {
        title: `Why I became a Stand By Me Ambassador (${i + 1})`,
        slug: `bench-story-${i + 1}`,
        anonymous,
        displayName: anonymous ? undefined : `Ambassador ${i + 1}`,
        portrait: anonymous ? undefined : image(i),
        locality: pick(localities, i),
        pullQuote: `Standing by someone takes a moment, and it changes everything (${i + 1}).`,
        body: richText('ltr', english('story', i + 1)),
        consent: {
          given: true,
          date: '2026-06-01T12:00:00.000Z',
          notes: 'Signed form (benchmark data).',
        },
      })
    })
    step('stories (English)', stories.length, t0)

    t0 = performance.now()
    const films = await inGroups(counts.films, group, (i) =>
      publish('films', {
        title: `Stand By Me campaign film ${i + 1}`,
        slug: `bench-film-${i + 1}`,
        summary: `A short film about being an active bystander (${i + 1}).`,
        releaseDate: '2026-03-01T12:00:00.000Z',
        provider: 'youtube',
        // An 11-character id from YouTube's alphabet.
        externalUrl: `https://www.youtube.com/watch?v=b${String(i + 1).padStart(10, '0')}`,
        poster: image(i),
        transcript: richText('ltr', english('film', i + 1)),
        duration: 60 + (i % 120),
        relatedStories: stories.length ? [stories[i % stories.length]!.id] : [],
      }),
    )
    await inGroups(films.length, group, (i) =>
      translate('films', films[i]!.id, {
        title: `${urdu} ${i + 1}`,
        summary: `${urdu} ${i + 1}`,
        transcript: richText('rtl', inUrdu(i + 1)),
      }),
    )
    step('films', films.length, t0)

    t0 = performance.now()
    await inGroups(stories.length, group, (i) =>
      translate('stories', stories[i]!.id, {
        title: `${urdu} ${i + 1}`,
        pullQuote: `${urdu} ${i + 1}`,
        body: richText('rtl', inUrdu(i + 1)),
        relatedFilm: films.length ? films[i % films.length]!.id : undefined,
      }),
    )
    step('stories (Urdu)', stories.length, t0)

    t0 = performance.now()
    const day = 24 * 3600 * 1000
    const now = Date.now()
    const events = await inGroups(counts.events, group, (i) => {
      // Half in the past, half to come, so both lists are full.
      const start = new Date(Math.floor((now + (i - counts.events / 2) * day) / 3600000) * 3600000)
      const online = i % 5 === 4
      return publish('events', {
        title: `Stand By Me Ambassador training ${i + 1}`,
        slug: `bench-event-${i + 1}`,
        summary: `Learn how to help safely when you see hate (session ${i + 1}).`,
        description:
          'Free training for anyone who lives, works or studies in Walsall. Tea and coffee provided.',
        type: pick(['ambassador-training', 'awareness', 'community', 'support-session'], i),
        status: pick(
          ['scheduled', 'scheduled', 'scheduled', 'postponed', 'cancelled', 'fully-booked'],
          i,
        ),
        start: start.toISOString(),
        end: new Date(start.getTime() + 2 * 3600 * 1000).toISOString(),
        locality: online ? 'online' : pick(localities, i),
        venue: online ? undefined : `Community centre ${i + 1}`,
        address: online ? undefined : `${i + 1} Park Street\nWalsall`,
        postcode: online ? undefined : `WS${1 + (i % 9)} ${i % 10}AB`,
        bookingUrl: 'https://www.example.org/book',
        capacity: 20,
        image: i % 2 ? image(i) : undefined,
      })
    })
    await inGroups(events.length, group, (i) =>
      translate('events', events[i]!.id, {
        title: `${urdu} ${i + 1}`,
        summary: `${urdu} ${i + 1}`,
        description: `${urdu} ${i + 1}`,
      }),
    )
    step('events', events.length, t0)

    t0 = performance.now()
    const places = await inGroups(counts.places, group, (i) =>
      publish('places', {
        name: `Walsall community hub ${i + 1}`,
        slug: `bench-place-${i + 1}`,
        kinds: i % 2 ? ['safe-space', 'reporting-centre'] : ['support'],
        summary: `Friendly staff can help you report hate crime and find support (${i + 1}).`,
        locality: pick(localities, i),
        address: `${i + 1} High Street\nWalsall`,
        postcode: `WS${1 + (i % 9)} ${i % 10}AB`,
        latitude: round(52.58 + (i % 50) / 1000, 6),
        longitude: round(-1.98 + (i % 50) / 1000, 6),
        openingHours: 'Monday to Friday, 9am to 5pm',
        phone: '01922 653 000',
        email: 'hello@example.org',
        website: 'https://www.example.org/',
        languages: ['en', 'ur'],
        stepFreeAccess: i % 3 !== 0,
        notes: 'Ask at the front desk.',
      }),
    )
    await inGroups(places.length, group, (i) =>
      translate('places', places[i]!.id, {
        summary: `${urdu} ${i + 1}`,
        openingHours: `${urdu} ${i + 1}`,
        notes: `${urdu} ${i + 1}`,
      }),
    )
    step('places', places.length, t0)
    log(`  generated in ${round((performance.now() - started) / 1000, 1)} s`)
  } finally {
    await api.destroy().catch(() => {})
  }
}

/**
 * Generates the content set into `dir` and records how long it took. Node sometimes exits 13
 * while tsx loads Payload's modules (see cms/src/seed/run.ts): the writing starts again then.
 */
export async function generate(dir: string, resultsFile: string, counts: Counts, size: string) {
  const group = Number(process.env.BENCH_GROUP || 4)
  const { dbFile, mediaDir } = cmsFiles(dir)
  mkdirSync(dir, { recursive: true })
  const env = cmsEnv(dir, Number(process.env.BENCH_CMS_PORT || 3200))
  // A new run: the results file starts again with what is generated, on what machine.
  writeResults(resultsFile, {
    date: new Date().toISOString(),
    size,
    counts,
    machine: {
      cpus: os.cpus().length,
      memoryGiB: round(os.totalmem() / 2 ** 30, 1),
      node: process.versions.node,
    },
    loadAverage: { start: loadAverage() },
  })
  log(
    `${size} content set in ${dir}; load average ${loadAverage().join(' ')} on ${os.cpus().length} cores`,
  )
  // A fresh password for this content set's editor account, kept beside it (0600).
  const password = randomBytes(18).toString('base64url')
  writeFileSync(editorFile(dir), JSON.stringify({ ...benchEditor, password }), { mode: 0o600 })
  env.BENCH_EDITOR_PASSWORD = password
  let code = 13
  let ms = 0
  for (let attempt = 1; attempt <= 5 && code === 13; attempt++) {
    rmSync(dbFile, { force: true })
    rmSync(mediaDir, { recursive: true, force: true })
    const child = await timed(() =>
      run(process.execPath, tsxArgv(thisFile, ['--child', JSON.stringify(counts), String(group)]), {
        cwd: cmsDir,
        env,
      }),
    )
    code = child.value
    ms = child.ms
  }
  if (code !== 0) throw new Error(`content generation failed (exit ${code})`)
  const documents = Object.values(counts).reduce((a, b) => a + b, 0)
  record(resultsFile, 'generation', {
    ms,
    documents,
    msPerDocument: round(ms / documents, 1),
    parallelWrites: group,
  })
  log(`generated ${documents} documents (+ Urdu) in ${round(ms / 1000, 1)} s`)
}

if (isMain(import.meta.url)) {
  const args = process.argv.slice(2)
  if (args[0] === '--child') {
    await writeContent(JSON.parse(args[1]!) as Counts, Number(args[2]))
    process.exit(0)
  }
  const dir = workDir()
  const resultsFile = resultsPath(dir)
  stopOnInterrupt()
  try {
    const { counts, size } = requestedSize()
    await generate(dir, resultsFile, counts, size)
    log(`figures written to ${resultsFile}`)
  } catch (error) {
    recordError(resultsFile, 'generation', error)
    process.exitCode = 1
  }
}
