/**
 * Incremental builds: loads, when `astro build` starts, what each page read when it last rendered
 * (the pages' cacheKeys come from it: src/lib/cacheKeys.ts), and saves the new record when the
 * build has finished. Kept beside Astro's own incremental manifest in the cache folder; a build
 * that fails saves nothing, and bin/build.ts then drops Astro's manifest too.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

import { nextRecord, pageReads, type PageRecord } from '../src/lib/pageReads.ts'

export const recordFile = 'page-reads.json'
/** Which pages the last build rendered and how many it reused (tests and the benchmark read it). */
export const lastBuildFile = 'page-reads-last-build.json'
const version = 2

export default function pageReadsIntegration(): AstroIntegration {
  let file = ''
  let lastBuild = ''
  return {
    name: 'hcri:page-reads',
    hooks: {
      'astro:config:done': ({ config }) => {
        file = fileURLToPath(new URL(recordFile, config.cacheDir))
        lastBuild = fileURLToPath(new URL(lastBuildFile, config.cacheDir))
      },
      'astro:build:start': () => {
        const record = pageReads()
        record.enabled = true
        record.previous = new Map(Object.entries(load(file)))
        record.rendered.clear()
        record.keyed.clear()
        record.renderedPaths.clear()
      },
      'astro:build:done': ({ logger }) => {
        const record = pageReads()
        const pages = nextRecord(record)
        writeFileSync(`${file}.tmp`, JSON.stringify({ version, pages }))
        renameSync(`${file}.tmp`, file)
        const rendered = [...record.rendered.keys()].sort()
        const reused = record.keyed.size - rendered.length
        writeFileSync(lastBuild, JSON.stringify({ rendered, reused }))
        logger.info(`${rendered.length} of ${record.keyed.size} pages rendered, the others reused`)
      },
    },
  }
}

function load(file: string): Record<string, PageRecord> {
  if (!existsSync(file)) return {}
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { version?: number; pages?: unknown }
    return saved.version === version && saved.pages && typeof saved.pages === 'object'
      ? (saved.pages as Record<string, PageRecord>)
      : {}
  } catch {
    // A damaged record only costs a full build.
    return {}
  }
}
