/**
 * Build benchmark for the DESIGN.md "Quality bars": generates the content set (2,000 resources,
 * 200 films, 500 stories, 1,000 events, 300 places; English + Urdu) into a fresh SQLite database,
 * serves it with the production CMS, then measures the content sync (full and no-change), the
 * public list endpoints of the CMS API (requests/s, p95; bench/api.ts), a cold
 * `astro build`, the compressed weight of a resource page and Lighthouse mobile scores.
 *
 *   pnpm --filter @hcri/site run bench            # full size (10+ minutes on 2 cores)
 *   pnpm --filter @hcri/site run bench -- --small # 10% of the counts, a smoke run
 *   flags: --keep (keep the temp folder), --no-lighthouse
 *
 * A benchmark, not a test: it prints figures and writes them as JSON to a temp file; it fails only
 * when a step cannot run. Every server it starts is stopped and its temp folder removed, even on
 * failure.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import type { Server } from 'node:http'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib'

import sharp from 'sharp'

import { memoryLoaderContext, payloadGlobalLoader, payloadLoader, type LoaderContext } from '@hcri/shared/loader'

import { measureApi } from './api'

const thisFile = fileURLToPath(import.meta.url)
const siteDir = path.resolve(path.dirname(thisFile), '..')
const repoDir = path.resolve(siteDir, '..')
const cmsDir = path.join(repoDir, 'cms')

type Counts = { resources: number; films: number; stories: number; events: number; places: number }
const fullCounts: Counts = { resources: 2000, films: 200, stories: 500, events: 1000, places: 300 }

const args = process.argv.slice(2)
const flag = (name: string) => args.includes(`--${name}`)

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

const log = (line: string) => console.log(`[bench] ${line}`)
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}
const round = (n: number, digits = 0) => Number(n.toFixed(digits))
const kb = (bytes: number) => round(bytes / 1024, 1)
const load = () => os.loadavg().map((n) => round(n, 2))

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now()
  const value = await fn()
  return { ms: round(performance.now() - start), value }
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

// ---------------------------------------------------------------------------------------------
// Content generation (runs in a child process: the CMS config reads its env when imported)
// ---------------------------------------------------------------------------------------------

type Id = number | string
type Doc = { id: Id }
type LocalApi = {
  create: (args: Record<string, unknown>) => Promise<Doc>
  update: (args: Record<string, unknown>) => Promise<Doc>
  db: { migrate: (args: { migrations: unknown[] }) => Promise<void> }
  destroy: () => Promise<void>
}

const urdu = 'یہ ایک مختصر اردو جملہ ہے'

type Direction = 'ltr' | 'rtl'
const textNode = (text: string) => ({
  type: 'text',
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  text,
  version: 1,
})
const block = (
  dir: Direction,
  type: string,
  children: unknown[],
  extra: Record<string, unknown> = {},
) => ({
  type,
  children,
  direction: dir,
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

/** A Lexical document shaped like the editor's own output: a heading, paragraphs and a list. */
function richText(dir: Direction, paragraphs: string[], heading?: string) {
  const children = [
    ...(heading ? [block(dir, 'heading', [textNode(heading)], { tag: 'h2' })] : []),
    ...paragraphs.map((p) =>
      block(dir, 'paragraph', [textNode(p)], { textFormat: 0, textStyle: '' }),
    ),
    block(
      dir,
      'list',
      paragraphs.slice(0, 3).map((p, i) => block(dir, 'listitem', [textNode(p)], { value: i + 1 })),
      {
        listType: 'bullet',
        start: 1,
        tag: 'ul',
      },
    ),
  ]
  return { root: { type: 'root', direction: dir, format: '', indent: 0, version: 1, children } }
}

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

async function generate(counts: Counts, group: number): Promise<void> {
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
        related: [1, 2, 3].map((k) => resources[(i + k) % resources.length]!.id),
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

// ---------------------------------------------------------------------------------------------
// Orchestration
// ---------------------------------------------------------------------------------------------

type Env = Record<string, string>
const children = new Set<ChildProcess>()

/** Runs a command to completion, output to a log file; resolves with its exit code. */
function run(
  cmd: string,
  argv: string[],
  opts: { cwd: string; env: Env; logFile: string },
): Promise<number> {
  return new Promise((resolve, reject) => {
    const fd = openSync(opts.logFile, 'a')
    const child = spawn(cmd, argv, {
      cwd: opts.cwd,
      env: { ...process.env, ...opts.env },
      stdio: ['ignore', fd, fd],
      detached: true,
    })
    closeSync(fd)
    children.add(child)
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      children.delete(child)
      resolve(code ?? (signal ? 1 : 0))
    })
  })
}

/** Stops a child and everything it started (its own process group, made by `detached`). */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return
  const exited = new Promise<void>((r) => child.once('exit', () => r()))
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {
    return
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL')
    } catch {}
  }, 5000)
  await exited
  clearTimeout(timer)
}

function freePort(preferred?: number): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer()
    srv.once('error', () => resolve(freePort()))
    srv.listen(preferred ?? 0, () => {
      const port = (srv.address() as { port: number }).port
      srv.close(() => resolve(port))
    })
  })
}

const tail = (file: string, lines = 30) =>
  existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n') : '(no log)'

const memoryStore = () =>
  memoryLoaderContext({ info: () => {}, warn: (m) => log(`loader warning: ${m}`) })

/** The site's collections (site/src/content.config.ts), all synced at once as Astro does. */
const syncedCollections: [string, boolean][] = [
  ['resources', true],
  ['films', true],
  ['stories', true],
  ['events', true],
  ['places', true],
  ['pages', true],
  ['media', false],
]
const syncedGlobals = ['site-settings', 'navigation', 'footer']

function makeSync(cmsUrl: string) {
  const loaders = [
    ...syncedCollections.map(([collection, drafts]) => ({
      name: collection,
      loader: payloadLoader({ collection, cmsUrl, drafts }),
    })),
    ...syncedGlobals.map((global) => ({
      name: global,
      loader: payloadGlobalLoader({ global, cmsUrl }),
    })),
  ]
  const stores = loaders.map(() => memoryStore())
  return {
    run: () => Promise.all(loaders.map((l, i) => l.loader.load(stores[i]!.ctx))),
    entries: () => stores.reduce((n, s) => n + s.entries.size, 0),
  }
}

/** The HTML of a page plus the CSS and JS it loads (following static JS imports). */
function pageWeight(outDir: string, pagePath: string) {
  const htmlFile = path.join(outDir, pagePath, 'index.html')
  const files = new Set<string>([htmlFile])
  const html = readFileSync(htmlFile, 'utf8')
  const local = (ref: string, from: string) => {
    if (/^(https?:)?\/\//.test(ref) || ref.startsWith('data:')) return undefined
    const clean = ref.split(/[?#]/)[0]!
    const file = clean.startsWith('/')
      ? path.join(outDir, clean)
      : path.resolve(path.dirname(from), clean)
    return existsSync(file) ? file : undefined
  }
  const scripts: string[] = []
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    const rel = /\brel=["']?([^"'\s>]+)/i.exec(tag)?.[1] ?? ''
    const href = /\bhref=["']?([^"'\s>]+)/i.exec(tag)?.[1]
    const f = href && /^(stylesheet|modulepreload)$/i.test(rel) ? local(href, htmlFile) : undefined
    if (f) f.endsWith('.css') ? files.add(f) : scripts.push(f)
  }
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    const src = /\bsrc=["']?([^"'\s>]+)/i.exec(tag)?.[1]
    const f = src ? local(src, htmlFile) : undefined
    if (f) scripts.push(f)
  }
  // Static imports load with the page; dynamic import() only on demand (film player, search).
  while (scripts.length) {
    const js = scripts.pop()!
    if (files.has(js)) continue
    files.add(js)
    const code = readFileSync(js, 'utf8')
    for (const m of code.matchAll(
      /(?:^|[;\n}])\s*import\s*(?:[^'"()]*?\bfrom\s*)?["']([^"']+)["']/g,
    )) {
      const f = local(m[1]!, js)
      if (f && !files.has(f)) scripts.push(f)
    }
  }
  const rows = [...files].map((f) => {
    const raw = readFileSync(f)
    return {
      file: path.relative(outDir, f),
      raw: raw.length,
      gzip: gzipSync(raw, { level: 9 }).length,
      brotli: brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length,
    }
  })
  const sum = (k: 'raw' | 'gzip' | 'brotli') => rows.reduce((n, r) => n + r[k], 0)
  return {
    page: pagePath,
    files: rows,
    total: { raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') },
  }
}

type LighthouseRow = {
  name: string
  url: string
  performance?: number
  accessibility?: number
  bestPractices?: number
  seo?: number
  metrics?: Record<string, string>
  failing?: string[]
  error?: string
}

type Lhr = {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>
  audits: Record<string, { score: number | null; scoreDisplayMode: string; displayValue?: string }>
}

async function lighthouse(
  name: string,
  url: string,
  tmp: string,
  logFile: string,
): Promise<LighthouseRow> {
  const out = path.join(tmp, `lighthouse-${name.replace(/\W+/g, '-')}.json`)
  const cli = path.join(siteDir, 'node_modules', 'lighthouse', 'cli', 'index.js')
  const chromeFlags = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ].join(' ')
  const code = await run(
    process.execPath,
    [
      cli,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      `--chrome-flags=${chromeFlags}`,
      '--only-categories=performance,accessibility,best-practices,seo',
    ],
    { cwd: siteDir, env: { CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium' }, logFile },
  )
  if (code !== 0 || !existsSync(out))
    return { name, url, error: `lighthouse exited ${code} (see ${logFile})` }
  const lhr = JSON.parse(readFileSync(out, 'utf8')) as Lhr
  const score = (c: string) => {
    const s = lhr.categories[c]?.score
    return s === null || s === undefined ? undefined : Math.round(s * 100)
  }
  // Audits that cost points outside performance: what the lead needs to fix to reach 100.
  const failing = ['accessibility', 'best-practices', 'seo'].flatMap((c) =>
    (lhr.categories[c]?.auditRefs ?? [])
      .filter((r) => r.weight > 0 && (lhr.audits[r.id]?.score ?? 1) < 1)
      .map((r) => `${c}:${r.id}`),
  )
  const metrics = Object.fromEntries(
    (
      [
        'first-contentful-paint',
        'largest-contentful-paint',
        'total-blocking-time',
        'cumulative-layout-shift',
        'speed-index',
      ] as const
    ).map((id) => [id, lhr.audits[id]?.displayValue ?? '–']),
  )
  return {
    name,
    url,
    metrics,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    failing,
  }
}

/** First generated document of a kind whose page exists in the build (others may be in progress). */
function findPage(
  outDir: string,
  section: string,
  prefix: string,
  count: number,
): string | undefined {
  for (let i = 1; i <= Math.min(count, 50); i++) {
    const p = `/${section}/${prefix}-${i}/`
    if (existsSync(path.join(outDir, p, 'index.html'))) return p
  }
  return undefined
}

function countHtml(dir: string): number {
  let n = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) n += countHtml(path.join(dir, entry.name))
    else if (entry.name.endsWith('.html')) n++
  }
  return n
}

const dirSize = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (n, e) =>
      n +
      (e.isDirectory() ? dirSize(path.join(dir, e.name)) : statSync(path.join(dir, e.name)).size),
    0,
  )

async function main(): Promise<void> {
  const [major, minor] = process.versions.node.split('.').map(Number) as [number, number]
  if (major < 22 || (major === 22 && minor < 12))
    throw new Error(
      `Node ${process.versions.node}: Astro needs Node 22.12 or later. Run through pnpm (pnpm --filter @hcri/site run bench).`,
    )

  const small = flag('small')
  const counts: Counts = small
    ? (Object.fromEntries(
        Object.entries(fullCounts).map(([k, v]) => [k, Math.ceil(v / 10)]),
      ) as Counts)
    : fullCounts
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'hcri-bench-'))
  const resultsFile = path.join(
    os.tmpdir(),
    `hcri-bench-results-${small ? 'small-' : ''}${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
  )
  const logs = (name: string) => path.join(tmp, `${name}.log`)
  const dbFile = path.join(tmp, 'cms.db')
  // Inside site/, so the on-demand part of the build (preview) resolves site/node_modules; the
  // prerendered pages are in its client/ folder.
  const buildDir = path.join(siteDir, '.bench', path.basename(tmp))
  const outDir = path.join(buildDir, 'client')
  const cmsPort = await freePort(Number(process.env.BENCH_CMS_PORT || 3200))
  const cmsUrl = `http://localhost:${cmsPort}`
  const cmsEnv: Env = {
    DATABASE_URI: `file:${dbFile}`,
    MEDIA_DIR: path.join(tmp, 'media'),
    PAYLOAD_SECRET: randomBytes(24).toString('hex'),
    HCRI_DISABLE_JOBS: 'true',
    CMS_PORT: String(cmsPort),
    CMS_URL: cmsUrl,
  }
  let cms: ChildProcess | undefined
  let siteServer: Server | undefined
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    size: small ? 'small (10%)' : 'full',
    counts,
    machine: {
      cpus: os.cpus().length,
      memoryGiB: round(os.totalmem() / 2 ** 30, 1),
      node: process.versions.node,
    },
    loadAverage: { start: load() } as Record<string, number[]>,
  }
  const loadAt = (phase: string) =>
    ((results.loadAverage as Record<string, number[]>)[phase] = load())

  const cleanup = async () => {
    if (siteServer) await new Promise<void>((r) => siteServer!.close(() => r()))
    siteServer = undefined
    await Promise.all([...children].map(stop))
    if (!flag('keep')) {
      rmSync(tmp, { recursive: true, force: true })
      rmSync(buildDir, { recursive: true, force: true })
    }
    else log(`kept ${tmp}`)
  }
  const onSignal = () => {
    log('interrupted: stopping servers')
    void cleanup().finally(() => process.exit(130))
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)

  try {
    log(
      `${results.size} content set in ${tmp}; load average ${load().join(' ')} on ${os.cpus().length} cores`,
    )

    // 1. Content, in a child process (Payload's config reads its env at import). Node sometimes
    // exits 13 while tsx loads Payload's modules (see cms/src/seed/run.ts): start it again.
    const group = Number(process.env.BENCH_GROUP || 4)
    let code = 13
    let gen = { ms: 0, value: 0 }
    for (let attempt = 1; attempt <= 5 && code === 13; attempt++) {
      rmSync(dbFile, { force: true })
      rmSync(cmsEnv.MEDIA_DIR!, { recursive: true, force: true })
      gen = await timed(
        () =>
          new Promise<number>((resolve) => {
            const child = spawn(
              process.execPath,
              [...process.execArgv, thisFile, '--generate', JSON.stringify(counts), String(group)],
              {
                cwd: cmsDir,
                env: { ...process.env, ...cmsEnv },
                stdio: 'inherit',
              },
            )
            children.add(child)
            child.on('exit', (c, s) => {
              children.delete(child)
              resolve(c ?? (s ? 1 : 0))
            })
          }),
      )
      code = gen.value
    }
    if (code !== 0) throw new Error(`content generation failed (exit ${code})`)
    const docs = Object.values(counts).reduce((a, b) => a + b, 0)
    results.generation = {
      ms: gen.ms,
      documents: docs,
      msPerDocument: round(gen.ms / docs, 1),
      parallelWrites: group,
    }
    log(`generated ${docs} documents (+ Urdu) in ${round(gen.ms / 1000, 1)} s`)

    // 2. The production CMS on that database.
    if (!existsSync(path.join(cmsDir, '.next', 'BUILD_ID'))) {
      log('building the CMS (no cms/.next/BUILD_ID)')
      const built = await run('pnpm', ['--filter', '@hcri/cms', 'run', 'build'], {
        cwd: repoDir,
        env: {},
        logFile: logs('cms-build'),
      })
      if (built !== 0) throw new Error(`CMS build failed:\n${tail(logs('cms-build'))}`)
    }
    const cmsLog = logs('cms')
    const fd = openSync(cmsLog, 'a')
    cms = spawn('pnpm', ['--filter', '@hcri/cms', 'run', 'start'], {
      cwd: repoDir,
      env: { ...process.env, ...cmsEnv },
      stdio: ['ignore', fd, fd],
      detached: true,
    })
    closeSync(fd)
    children.add(cms)
    cms.on('exit', () => children.delete(cms!))
    const ready = Date.now()
    for (;;) {
      if (cms.exitCode !== null) throw new Error(`the CMS stopped:\n${tail(cmsLog)}`)
      if (Date.now() - ready > 120_000)
        throw new Error(`the CMS did not answer in 2 minutes:\n${tail(cmsLog)}`)
      const ok = await fetch(`${cmsUrl}/api/globals/site-settings`).then(
        (r) => r.ok,
        () => false,
      )
      if (ok) break
      await new Promise((r) => setTimeout(r, 500))
    }
    log(`CMS answering on ${cmsUrl} after ${round((Date.now() - ready) / 1000, 1)} s`)

    // 3a/b. Content sync: the loaders alone, all collections at once as Astro runs them.
    loadAt('sync')
    const full: number[] = []
    const noChange: number[] = []
    let entries = 0
    for (let i = 0; i < 3; i++) {
      const sync = makeSync(cmsUrl)
      full.push((await timed(sync.run)).ms)
      entries = sync.entries()
      noChange.push((await timed(sync.run)).ms)
    }
    results.sync = {
      entries,
      fullMs: full,
      fullMedianMs: median(full),
      noChangeMs: noChange,
      noChangeMedianMs: median(noChange),
      noChangeRatio: round(median(noChange) / median(full), 3),
      bar: 'no-change sync under 10% of the full sync',
      meetsBar: median(noChange) / median(full) < 0.1,
    }
    log(`sync: full ${median(full)} ms, no change ${median(noChange)} ms (${entries} entries)`)

    // 3b'. The CMS's public list endpoints under load, on the same content set.
    loadAt('api')
    results.api = await measureApi(cmsUrl, { seconds: small ? 3 : 10, log: (l) => log(`api ${l}`) })

    // 3c. A cold astro build against the CMS, in its own out and cache folders.
    loadAt('build')
    const buildLog = logs('astro-build')
    const astroBin = path.join(siteDir, 'node_modules', 'astro', 'bin', 'astro.mjs')
    const hasTime = existsSync('/usr/bin/time')
    if (!hasTime) log('no /usr/bin/time (apt-get install -y time): peak memory not measured')
    const buildArgv = [process.execPath, astroBin, 'build', '--config', 'bench/astro.config.mjs']
    const buildEnv: Env = {
      CMS_URL: cmsUrl,
      BENCH_OUT_DIR: buildDir,
      BENCH_CACHE_DIR: path.join(tmp, 'astro-cache'),
      // Astro may read settings from the environment; keep the developer's out of the benchmark.
      NODE_ENV: 'production',
    }
    const build = await timed(() =>
      hasTime
        ? run('/usr/bin/time', ['-v', ...buildArgv], {
            cwd: siteDir,
            env: buildEnv,
            logFile: buildLog,
          })
        : run(buildArgv[0]!, buildArgv.slice(1), {
            cwd: siteDir,
            env: buildEnv,
            logFile: buildLog,
          }),
    )
    if (build.value !== 0)
      throw new Error(`astro build failed (exit ${build.value}):\n${tail(buildLog, 40)}`)
    const buildText = readFileSync(buildLog, 'utf8')
    const pagesBuilt = Number(/(\d+) page\(s\) built/.exec(buildText)?.[1] ?? countHtml(outDir))
    const seconds = (re: RegExp) => {
      const m = re.exec(buildText)
      return m ? round(Number(m[1]) * (m[2] === 'ms' ? 0.001 : m[2] === 'm' ? 60 : 1), 2) : null
    }
    const phases = {
      syncAndTypesS: seconds(/\[types\] Generated ([\d.]+)(m?s)/),
      staticRoutesS: seconds(/generating static routes[\s\S]*?Completed in ([\d.]+)(m?s)/),
      optimizedImagesS: seconds(/generating optimized images[\s\S]*?Completed in ([\d.]+)(m?s)/),
    }
    const user = seconds(/User time \(seconds\): ([\d.]+)()/)
    const cpuS = user === null ? null : user + (seconds(/System time \(seconds\): ([\d.]+)()/) ?? 0)
    const cpuPercent = Number(/Percent of CPU this job got: (\d+)%/.exec(buildText)?.[1] ?? NaN)
    const byLocale: Record<string, number> = {}
    for (const entry of readdirSync(outDir, { withFileTypes: true })) {
      const key = entry.isDirectory() && /^(ur|pa|bn|pl)$/.test(entry.name) ? entry.name : 'en'
      byLocale[key] =
        (byLocale[key] ?? 0) +
        (entry.isDirectory()
          ? countHtml(path.join(outDir, entry.name))
          : entry.name.endsWith('.html')
            ? 1
            : 0)
    }
    const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(buildText)?.[1] ?? NaN)
    const pagefindBin = path.join(siteDir, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs')
    const pagefind = await timed(() =>
      run(process.execPath, [pagefindBin, '--site', outDir], {
        cwd: siteDir,
        env: {},
        logFile: logs('pagefind'),
      }),
    )
    results.build = {
      astroMs: build.ms,
      pages: pagesBuilt,
      htmlFiles: countHtml(outDir),
      htmlFilesByLocale: byLocale,
      phases,
      // CPU seconds barely depend on other load; wall time does (see cpuPercent).
      cpuSeconds: cpuS === null ? null : round(cpuS, 1),
      cpuPercent: Number.isNaN(cpuPercent) ? null : cpuPercent,
      msPerPage: round(build.ms / pagesBuilt, 2),
      peakRssMiB: Number.isNaN(rssKb) ? null : round(rssKb / 1024),
      pagefindMs: pagefind.value === 0 ? pagefind.ms : null,
      totalMs: build.ms + (pagefind.value === 0 ? pagefind.ms : 0),
      outputMiB: round(dirSize(outDir) / 2 ** 20, 1),
      bar: 'build within 2 minutes on 2 cores (full content set)',
      meetsBar: small ? null : build.ms + pagefind.ms <= 120_000,
    }
    log(
      `astro build: ${round(build.ms / 1000, 1)} s, ${pagesBuilt} pages, peak RSS ${round(rssKb / 1024)} MiB; pagefind ${round(pagefind.ms / 1000, 1)} s`,
    )

    // 3d. The weight of one resource page.
    const resourcePage = findPage(outDir, 'resources', 'bench-resource', counts.resources)
    if (resourcePage) {
      const weight = pageWeight(outDir, resourcePage)
      results.resourcePageWeight = {
        ...weight,
        bar: 'resource page under 30 KB compressed, excluding images',
        meetsBar: weight.total.gzip < 30 * 1024 && weight.total.brotli < 30 * 1024,
      }
    } else results.resourcePageWeight = { error: 'no resource page built' }

    // 3e. Lighthouse (mobile, the CLI's default) on the built site, served with its _headers.
    if (!flag('no-lighthouse')) {
      loadAt('lighthouse')
      const { serve } = await import('../server/serve.ts')
      const sitePort = await freePort()
      siteServer = serve(() => outDir, sitePort)
      const site = `http://localhost:${sitePort}`
      const targets: [string, string | undefined][] = [
        ['home', '/'],
        ['resource', resourcePage],
        ['event', findPage(outDir, 'events', 'bench-event', counts.events)],
        ['film', findPage(outDir, 'films', 'bench-film', counts.films)],
        ['home (Urdu)', existsSync(path.join(outDir, 'ur', 'index.html')) ? '/ur/' : undefined],
      ]
      const rows: LighthouseRow[] = []
      for (const [name, p] of targets) {
        if (!p) {
          rows.push({ name, url: '', error: 'page not built' })
          continue
        }
        log(`lighthouse ${name} ${p}`)
        rows.push(await lighthouse(name, `${site}${p}`, tmp, logs('lighthouse')))
      }
      results.lighthouse = rows
    }
    loadAt('end')

    writeFileSync(resultsFile, JSON.stringify(results, null, 2))
    report(results)
    log(`figures written to ${resultsFile}`)
  } catch (error) {
    results.error = (error as Error).message
    writeFileSync(resultsFile, JSON.stringify(results, null, 2))
    log(`partial figures written to ${resultsFile}`)
    throw error
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
    await cleanup()
  }
}

/** The figures as a plain table. */
function report(r: Record<string, unknown>): void {
  const rows: [string, string][] = []
  const add = (k: string, v: unknown) =>
    rows.push([k, v === undefined || v === null ? '–' : String(v)])
  const g = r.generation as { ms: number; documents: number; msPerDocument: number }
  const s = r.sync as {
    entries: number
    fullMedianMs: number
    noChangeMedianMs: number
    noChangeRatio: number
    meetsBar: boolean
  }
  const b = r.build as {
    astroMs: number
    pages: number
    msPerPage: number
    htmlFilesByLocale: Record<string, number>
    phases: Record<string, number | null>
    cpuSeconds: number | null
    cpuPercent: number | null
    peakRssMiB: number | null
    pagefindMs: number | null
    totalMs: number
    outputMiB: number
    meetsBar: boolean | null
  }
  const w = r.resourcePageWeight as {
    page?: string
    files?: unknown[]
    total?: { raw: number; gzip: number; brotli: number }
    meetsBar?: boolean
    error?: string
  }
  const loadAvg = r.loadAverage as Record<string, number[]>
  add(
    'content set',
    `${r.size}: ${Object.entries(r.counts as Counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')} (en + ur)`,
  )
  add(
    'machine',
    `${os.cpus().length} cores, load average (1/5/15 min) ${Object.entries(loadAvg)
      .map(([k, v]) => `${k} ${v.join('/')}`)
      .join('; ')}`,
  )
  add('generation', `${round(g.ms / 1000, 1)} s (${g.msPerDocument} ms per document, both locales)`)
  add('sync: full (median of 3)', `${s.fullMedianMs} ms for ${s.entries} entries`)
  add('sync: no change (median of 3)', `${s.noChangeMedianMs} ms`)
  add(
    'sync: no-change / full',
    `${round(s.noChangeRatio * 100, 1)} % (bar < 10 %: ${s.meetsBar ? 'met' : 'NOT met'})`,
  )
  add('astro build (1 run, cold)', `${round(b.astroMs / 1000, 1)} s`)
  add(
    'pages built',
    `${b.pages} (${b.msPerPage} ms per page); HTML files by locale ${Object.entries(
      b.htmlFilesByLocale,
    )
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  )
  add(
    'astro build phases',
    `content sync + types ${b.phases.syncAndTypesS} s, static routes ${b.phases.staticRoutesS} s, images ${b.phases.optimizedImagesS} s`,
  )
  add(
    'astro build CPU',
    `${b.cpuSeconds} s user+system (${b.cpuPercent} % of one core while it ran)`,
  )
  add('astro build peak RSS', b.peakRssMiB === null ? '–' : `${b.peakRssMiB} MiB`)
  add('pagefind', b.pagefindMs === null ? 'failed' : `${round(b.pagefindMs / 1000, 1)} s`)
  add(
    'build total (astro + pagefind)',
    `${round(b.totalMs / 1000, 1)} s${b.meetsBar === null ? '' : ` (bar ≤ 120 s: ${b.meetsBar ? 'met' : 'NOT met'})`}`,
  )
  add('build output', `${b.outputMiB} MiB`)
  if (w.total)
    add(
      `resource page ${w.page} (${w.files!.length} files)`,
      `${kb(w.total.raw)} KB raw, ${kb(w.total.gzip)} KB gzip, ${kb(w.total.brotli)} KB brotli (bar < 30 KB: ${w.meetsBar ? 'met' : 'NOT met'})`,
    )
  else add('resource page', w.error)
  for (const l of (r.lighthouse as LighthouseRow[] | undefined) ?? []) {
    add(
      `lighthouse ${l.name}`,
      l.error
        ? l.error
        : `perf ${l.performance} · a11y ${l.accessibility} · best ${l.bestPractices} · SEO ${l.seo}` +
            ` (FCP ${l.metrics!['first-contentful-paint']}, LCP ${l.metrics!['largest-contentful-paint']}, TBT ${l.metrics!['total-blocking-time']}, CLS ${l.metrics!['cumulative-layout-shift']})` +
            (l.failing?.length ? ` lost: ${l.failing.join(', ')}` : ''),
    )
  }
  const width = Math.max(...rows.map(([k]) => k.length))
  console.log('\nBenchmark figures')
  console.log('─'.repeat(width + 50))
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`)
  console.log('─'.repeat(width + 50))
  if (w.files) {
    console.log('resource page files (bytes raw / gzip / brotli):')
    for (const f of w.files as { file: string; raw: number; gzip: number; brotli: number }[])
      console.log(`  ${f.file}  ${f.raw} / ${f.gzip} / ${f.brotli}`)
  }
}

if (args[0] === '--generate') {
  await generate(JSON.parse(args[1]!) as Counts, Number(args[2] || 4))
  process.exit(0)
} else {
  await main().catch((error: unknown) => {
    console.error(`[bench] failed: ${(error as Error).stack ?? error}`)
    process.exit(1)
  })
  process.exit(0)
}
