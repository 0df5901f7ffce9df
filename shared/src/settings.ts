/**
 * The safety settings staff keep in the CMS (site settings), as the site must apply them: the
 * quick exit's destination and the partner sites allowed to embed. The CMS validates on save; the
 * site build applies the same rules again, because a value saved before a rule existed, or
 * written around the admin, must not weaken what visitors get.
 */

/** Where the quick exit goes when site settings name no usable address. */
export const defaultQuickExitUrl = 'https://www.bbc.co.uk/weather'

/** The quick exit's destination: a secure web address as given, or the built-in default. */
export function quickExitUrl(value: unknown): string {
  if (typeof value !== 'string') return defaultQuickExitUrl
  try {
    const url = new URL(value.trim())
    if (url.protocol !== 'https:' || !url.hostname || url.username || url.password)
      return defaultQuickExitUrl
    return url.href
  } catch {
    return defaultQuickExitUrl
  }
}

const isLocalhost = (url: URL) => url.hostname === 'localhost'

/**
 * Why a partner site's address cannot go in the embed allow list, or undefined when it can. Only
 * a site's own address (scheme, host, port): https, or http on localhost while testing. No
 * wildcards: each partner is listed by name.
 */
export function embedOriginProblem(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return 'Please enter a web address.'
  const raw = value.trim()
  if (raw.includes('*'))
    return 'List each partner site by its own address: wildcards (*) are not allowed.'
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return 'This is not a complete web address. It should look like https://go.walsall.gov.uk'
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return 'The web address must start with https:// (or http://).'
  if (url.protocol === 'http:' && !isLocalhost(url))
    return 'Partner sites must use a secure address (https://). Only http://localhost is allowed, for testing.'
  if (!url.hostname || /[\s;,'"]/.test(raw))
    return 'Enter one web address, e.g. https://go.walsall.gov.uk'
  if (url.username || url.password) return 'Enter the site address without a user name or password.'
  if (url.pathname !== '/' || url.search || url.hash || /[?#]/.test(raw))
    return 'Enter only the site address, without a page: e.g. https://go.walsall.gov.uk'
  return undefined
}

/** A partner site's address as an origin (`https://go.walsall.gov.uk`), or undefined if invalid. */
export function embedOrigin(value: unknown): string | undefined {
  if (embedOriginProblem(value) !== undefined) return undefined
  return new URL(String(value).trim()).origin
}

export type EmbedPolicy = {
  /** Normalised, without duplicates: the sites that may frame our embeds. */
  origins: string[]
  /** Entries that are not a valid partner address (left out, reported by the build). */
  rejected: string[]
  /**
   * The Content-Security-Policy source list: `*` when staff listed no one (anyone may embed);
   * otherwise this site itself (the partners' page shows a live embed) and the listed sites, or
   * only this site when every entry is invalid (staff meant to restrict: fail closed).
   */
  frameAncestors: string
}

/** The embed allow list from site settings as the site enforces it. */
export function embedPolicy(list: readonly unknown[] | null | undefined): EmbedPolicy {
  const origins: string[] = []
  const rejected: string[] = []
  for (const entry of list ?? []) {
    const origin = embedOrigin(entry)
    if (origin === undefined) rejected.push(String(entry))
    else if (!origins.includes(origin)) origins.push(origin)
  }
  const frameAncestors = origins.length || rejected.length ? ["'self'", ...origins].join(' ') : '*'
  return { origins, rejected, frameAncestors }
}
