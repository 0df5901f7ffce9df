import type {
  Endpoint,
  Payload,
  SanitizedCollectionConfig,
  SanitizedConfig,
  SanitizedGlobalConfig,
} from 'payload'

/** The config as the route files hand it over, and the shape of Payload's REST route handlers. */
export type Config = SanitizedConfig | Promise<SanitizedConfig>
export type RouteArgs = { params: Promise<{ slug: string[] }> }
export type RestHandler = (request: Request, args: RouteArgs) => Promise<Response>

/** Which REST endpoint a request reaches, found the way Payload's handleEndpoints finds it. */
export type Route = {
  collection?: SanitizedCollectionConfig
  global?: SanitizedGlobalConfig
  /** The endpoint's path pattern, e.g. "/:id" or "/versions/:id". */
  path: string
  params: Record<string, string>
}

/** Matches "/versions/:id" or "/access/:id?" against path segments (already decoded). */
function matchPath(pattern: string, segments: string[]): Record<string, string> | null {
  const parts = pattern.split('/').filter(Boolean)
  const params: Record<string, string> = {}
  let i = 0
  for (const part of parts) {
    const segment = segments[i]
    if (part.startsWith(':')) {
      const optional = part.endsWith('?')
      const name = part.slice(1, optional ? -1 : undefined)
      if (segment === undefined) {
        if (optional) continue
        return null
      }
      params[name] = segment
    } else if (segment !== part) return null
    i++
  }
  return i === segments.length ? params : null
}

export function findRoute(payload: Payload, method: string, segments: string[]): Route | null {
  const [first, second, ...rest] = segments
  let collection: SanitizedCollectionConfig | undefined
  let global: SanitizedGlobalConfig | undefined
  let tail: string[]
  if (first === 'globals') {
    global = payload.config.globals.find((g) => g.slug === second)
    if (!global) return null
    tail = rest
  } else {
    collection = first ? payload.collections[first as 'users']?.config : undefined
    if (!collection) return null
    tail = segments.slice(1)
  }
  const endpoints = ((collection ?? global)!.endpoints || []) as Endpoint[]
  for (const endpoint of endpoints) {
    if (endpoint.method !== method.toLowerCase()) continue
    const params = matchPath(endpoint.path, tail)
    if (params) return { collection, global, path: endpoint.path, params }
  }
  return null
}
