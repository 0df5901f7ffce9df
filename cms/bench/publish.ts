/**
 * Publish → live: how long after an editor presses Publish the public site shows the change.
 * Needs the system running with the bundled publisher (`pnpm start`). Each run changes the title
 * of one published resource through the REST API, as the admin does, and polls the served page
 * until the new title is there; the title is put back at the end.
 *
 *   pnpm --filter @hcri/cms bench:publish [-- --runs 5] [--pause 10]
 *
 * --pause S waits until the publisher is idle, then S seconds, before each publish, as an editor
 * who looks at the live page before the next change: the build the CMS starts ahead after each
 * release (~3 s at the full set) is then ready. Without it each publish follows the last one's
 * release at once.
 *
 * CMS_URL / SITE_URL pick the servers; the editor's login comes from cms/data/seed-logins.txt
 * (or BENCH_EMAIL / BENCH_PASSWORD).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { login, restClient } from '@hcri/shared/rest'

import { cmsRoot } from '../src/lib/paths'

const args = process.argv.slice(2)
const option = (name: string) =>
  args.includes(name) ? Number(args[args.indexOf(name) + 1]) : undefined
const runs = option('--runs') || 5
const pauseS = option('--pause') || 0
const cms = process.env.CMS_URL || `http://localhost:${process.env.CMS_PORT || 3000}`
const site = process.env.SITE_URL || `http://localhost:${process.env.SITE_PORT || 4321}`

function editorLogin(): { email: string; password: string } {
  if (process.env.BENCH_EMAIL && process.env.BENCH_PASSWORD)
    return { email: process.env.BENCH_EMAIL, password: process.env.BENCH_PASSWORD }
  const lines = readFileSync(path.join(cmsRoot, 'data', 'seed-logins.txt'), 'utf8').split('\n')
  const editor = lines.find((l) => l.startsWith('editor\t'))?.split('\t')
  if (!editor)
    throw new Error(
      'No editor login in cms/data/seed-logins.txt: set BENCH_EMAIL and BENCH_PASSWORD.',
    )
  return { email: editor[1]!, password: editor[2]! }
}

const editor = await login(cms, editorLogin())

// Read as a visitor: only a published resource has a page to watch.
const list = await restClient(cms).get<{ docs: { id: number; slug: string; title: string }[] }>(
  '/api/resources?limit=1&sort=slug&depth=0',
)
const resource = list.docs[0]
if (!resource) throw new Error('No published resource to change: seed the CMS first.')
const page = `${site}/resources/${resource.slug}/`

const setTitle = (title: string) =>
  editor.patch(`/api/resources/${resource.id}`, { title, _status: 'published' })

/** Resolves once the publisher builds nothing and has nothing waiting (an earlier change, say). */
async function idle() {
  for (;;) {
    const { queue } = await editor.get<{ queue: { running?: unknown; queued?: unknown } }>(
      '/api/publish/status',
    )
    if (!queue.running && !queue.queued) return
    await new Promise((r) => setTimeout(r, 500))
  }
}

async function waitFor(text: string, timeoutMs = 300_000) {
  const start = Date.now()
  while (Date.now() - start < timeoutMs) {
    const res = await fetch(page, { cache: 'no-store' })
    if (res.ok && (await res.text()).includes(text)) return
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`"${text}" did not appear on ${page} within ${timeoutMs / 1000} s`)
}

console.log(
  `Publish → live on ${page} (${runs} runs, debounce ${process.env.PUBLISH_DEBOUNCE_MS ?? 'as the CMS has it'}, ${pauseS ? `${pauseS} s pause before each` : 'one after another'})`,
)
const seconds: number[] = []
try {
  for (let i = 1; i <= runs; i++) {
    if (pauseS) {
      await idle()
      await new Promise((r) => setTimeout(r, pauseS * 1000))
    }
    const title = `${resource.title} (benchmark ${Date.now().toString(36)})`
    const start = Date.now()
    await setTitle(title)
    await waitFor(title.replace(/&/g, '&amp;'))
    seconds.push((Date.now() - start) / 1000)
    console.log(`  run ${i}: ${seconds.at(-1)!.toFixed(1)} s`)
  }
} finally {
  await setTitle(resource.title)
}
const sorted = [...seconds].sort((a, b) => a - b)
const median =
  sorted.length % 2
    ? sorted[(sorted.length - 1) / 2]!
    : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2
console.log(
  `publish → live: median ${median.toFixed(1)} s, min ${sorted[0]!.toFixed(1)} s, max ${sorted.at(-1)!.toFixed(1)} s over ${runs} runs`,
)
