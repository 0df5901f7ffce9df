/**
 * The admin's list views at full size, as a staff member opens them: Debian's Chromium signed in
 * as the content set's editor, each collection's list opened by address, timed from the request
 * to the moment its first rows are on screen and the page has loaded (its script can answer a
 * click). The admin's JavaScript is in the browser's cache after the first view, as it is for
 * staff who use the admin every day; that first view is reported on its own.
 *
 *   pnpm --filter @hcri/site exec tsx bench/admin.ts --url http://localhost:3000 --dir DIR
 *       [--runs N]
 *
 * measure.ts runs the same measurement on the generated content set. Figures only: it fails only
 * when a list view does not open.
 */
import { chromiumArgs, chromiumPath } from '@hcri/shared/chromium'
import { publicCollections } from '@hcri/shared/enums'
import { chromium } from 'playwright-core'

import { isMain, log, median, option, readEditor, round, runs } from './cli'

/** The lists staff work in: every visitor-facing collection, and the media library. */
export const adminListViews = [...publicCollections, 'media'] as const

export type AdminFigure = {
  collection: string
  /** Each run's time to rows on screen and page loaded, in ms. */
  runs: number[]
  medianMs: number
  /** Rows the list showed (the admin's page size), to show the view was a real list. */
  rows: number
  meetsBar: boolean
}

/** The admin's first view in a browser with nothing cached, then every list view `count` times. */
export async function measureAdmin(
  cmsUrl: string,
  editor: { email: string; password: string },
  opts: { count?: number; log?: (line: string) => void } = {},
): Promise<{ firstViewMs: number; views: AdminFigure[] }> {
  const { count = 3, log = console.log } = opts
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
  })
  try {
    const context = await browser.newContext({ baseURL: cmsUrl.replace(/\/$/, '') })
    const page = await context.newPage()
    const signIn = await page.request.post('/api/users/login', { data: editor })
    if (!signIn.ok()) throw new Error(`signing in as ${editor.email}: ${signIn.status()}`)

    /** Opens one list view; ms from the request to rows shown (or "no results") and load. */
    const open = async (collection: string) => {
      const start = performance.now()
      const response = await page.goto(`/admin/collections/${collection}`, { waitUntil: 'load' })
      if (!response?.ok())
        throw new Error(`/admin/collections/${collection}: ${response?.status()}`)
      // An empty list shows Payload's "No Results." block instead of a table.
      await page
        .locator('table tbody tr, .no-results')
        .first()
        .waitFor({ timeout: 30_000 })
        .catch(() => {
          throw new Error(`/admin/collections/${collection} showed no list within 30 s`)
        })
      const ms = round(performance.now() - start)
      return { ms, rows: await page.locator('table tbody tr').count() }
    }

    const firstViewMs = (await open(adminListViews[0])).ms
    log(`admin: first view (nothing cached) ${firstViewMs} ms`)
    const views: AdminFigure[] = []
    for (const collection of adminListViews) {
      const opened = []
      for (let i = 0; i < count; i++) opened.push(await open(collection))
      const medianMs = round(median(opened.map((o) => o.ms)))
      const figure = {
        collection,
        runs: opened.map((o) => o.ms),
        medianMs,
        rows: opened[0]!.rows,
        meetsBar: medianMs < 1000,
      }
      views.push(figure)
      log(
        `admin: ${collection} list opens in ${medianMs} ms (median of ${count}: ${figure.runs.join(', ')} ms; ${figure.rows} rows)`,
      )
    }
    return { firstViewMs, views }
  } finally {
    await browser.close()
  }
}

if (isMain(import.meta.url)) {
  const url = option('url') ?? 'http://localhost:3000'
  const dir = option('dir')
  if (!dir) throw new Error('--dir: the content set folder holding the editor account')
  await measureAdmin(url, readEditor(dir), { count: runs(), log })
}
