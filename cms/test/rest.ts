import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'

/**
 * The CMS's real REST and GraphQL route handlers, called with a `Request` as Next.js calls them.
 * `token` is a staff member's JWT (from `login`); without it the request is anonymous.
 */
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

const handlers = { GET: REST_GET, POST: REST_POST, PATCH: REST_PATCH, DELETE: REST_DELETE }

export type RestResponse = { status: number; body: any; text: string }

async function read(res: Response): Promise<RestResponse> {
  const text = await res.text()
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    body = undefined
  }
  return { status: res.status, body, text }
}

const headers = (token?: string, json = false) => {
  const h = new Headers()
  if (token) h.set('Authorization', `JWT ${token}`)
  if (json) h.set('Content-Type', 'application/json')
  return h
}

export async function rest(
  method: Method,
  path: string,
  options: { token?: string; body?: unknown } = {},
): Promise<RestResponse> {
  const { default: config } = await import('../src/payload.config')
  const url = new URL(`http://localhost:3000/api/${path.replace(/^\//, '')}`)
  const slug = url.pathname
    .replace(/^\/api\//, '')
    .split('/')
    .map(decodeURIComponent)
  const req = new Request(url, {
    method,
    headers: headers(options.token, options.body !== undefined),
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  const res = await handlers[method](config)(req, { params: Promise.resolve({ slug }) })
  return read(res)
}

export async function graphql(
  query: string,
  options: { token?: string; variables?: Record<string, unknown> } = {},
): Promise<RestResponse> {
  const { default: config } = await import('../src/payload.config')
  const req = new Request('http://localhost:3000/api/graphql', {
    method: 'POST',
    headers: headers(options.token, true),
    body: JSON.stringify({ query, variables: options.variables ?? {} }),
  })
  return read(await GRAPHQL_POST(config)(req))
}

/** A staff member's JWT, for REST and GraphQL requests made as them. */
export async function login(payload: Payload, email: string, password: string): Promise<string> {
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  return token!
}
