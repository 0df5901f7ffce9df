import path from 'node:path'

import { cmsRoot } from '../lib/paths'

export type PublishTarget = 'local' | 'hook' | 'off'

/** How the site is rebuilt when content changes. Read from the environment once per publisher. */
export type PublishConfig = {
  /** `local` builds and serves releases on this machine; `hook` calls a CDN deploy hook; `off` does nothing. */
  target: PublishTarget
  /**
   * Quiet time after the last change before a build starts, so a burst of edits (a bulk publish, a
   * page and its translation saved together) makes one build. Default: `local` 0.5 s, as changes
   * made while a local build runs wait as one follow-up build anyway; `hook` 2 s, as each call
   * starts a CDN build of minutes (often paid for) and nothing coalesces behind it.
   */
  debounceMs: number
  /** How long a build's lock in the database lasts unless renewed (a stopped process's lock expires). */
  lockTtlMs: number
  /** How often each CMS process looks in the database for builds that are due. */
  pollMs: number
  /** The Astro project that is built. */
  siteDir: string
  /** Where releases are built; `current` in it is the symlink the web server serves. */
  releasesDir: string
  /** Releases kept for rollback, the live one included. */
  keep: number
  /** The largest share of pages a new release may lose against the live one (0.2 = 20 %). */
  maxShrink: number
  /** The CMS the build reads published content from. */
  cmsUrl: string
  /** The public address of the site (absolute links, sitemap). */
  siteUrl: string
  /** CDN deploy hook (Netlify, Cloudflare Pages, …) for the `hook` target. */
  hookUrl?: string
  hookAttempts: number
  hookBackoffMs: number
}

const num = (value: string | undefined, fallback: number) => {
  const n = Number(value)
  return value !== undefined && value !== '' && Number.isFinite(n) ? n : fallback
}

/** PUBLISH_TARGET, `local` when unset. */
export function publishTarget(env: NodeJS.ProcessEnv = process.env): PublishTarget {
  const target = (env.PUBLISH_TARGET || 'local') as PublishTarget
  if (!['local', 'hook', 'off'].includes(target))
    throw new Error(`PUBLISH_TARGET must be local, hook or off (it is "${target}")`)
  return target
}

/** The public site's address (links, sitemap, and where the Preview button opens drafts). */
export const siteUrl = (env: NodeJS.ProcessEnv = process.env) =>
  env.SITE_URL || `http://localhost:${env.SITE_PORT || 4321}`

export function publishConfig(env: NodeJS.ProcessEnv = process.env): PublishConfig {
  const repo = path.resolve(cmsRoot, '..')
  const target = publishTarget(env)
  const siteDir = path.resolve(repo, env.PUBLISH_SITE_DIR || 'site')
  const cmsPort = env.CMS_PORT || '3000'
  return {
    target,
    debounceMs: num(env.PUBLISH_DEBOUNCE_MS, target === 'hook' ? 2000 : 500),
    lockTtlMs: Math.max(1000, num(env.PUBLISH_LOCK_TTL_MS, 60_000)),
    pollMs: Math.max(100, num(env.PUBLISH_POLL_MS, 2000)),
    siteDir,
    releasesDir: path.resolve(repo, env.PUBLISH_RELEASES_DIR || 'site/releases'),
    keep: Math.max(2, num(env.PUBLISH_KEEP, 5)),
    maxShrink: num(env.PUBLISH_MAX_SHRINK, 0.2),
    cmsUrl: env.PUBLISH_CMS_URL || env.CMS_URL || `http://localhost:${cmsPort}`,
    siteUrl: siteUrl(env),
    hookUrl: env.PUBLISH_HOOK_URL || undefined,
    hookAttempts: Math.max(1, num(env.PUBLISH_HOOK_ATTEMPTS, 4)),
    hookBackoffMs: num(env.PUBLISH_HOOK_BACKOFF_MS, 2000),
  }
}
