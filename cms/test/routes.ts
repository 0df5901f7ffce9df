import type { Payload } from 'payload'

import * as graphqlRoute from '../src/app/(payload)/api/graphql/route'
import * as restRoute from '../src/app/(payload)/api/[...slug]/route'

/**
 * Requests through the real Next route handlers of the CMS (the exports of
 * src/app/(payload)/api/…/route.ts), as Next calls them: a Request and the decoded path segments.
 */
export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE' | 'OPTIONS'

export type Answer = {
  status: number
  /** The parsed JSON body, or the raw text when it is not JSON. */
  body: unknown
  /** Set when the handler threw: Next answers that with a 500 page. */
  thrown?: unknown
}

const origin = 'http://localhost:3000'

export type Call = {
  method: Method
  /** Path segments after /api/, not encoded (Next hands them to the route decoded). */
  segments: string[]
  /** The query string without "?", already encoded. */
  query?: string
  body?: string
  headers?: Record<string, string>
}

async function answer(res: Response): Promise<Answer> {
  const text = await res.text()
  try {
    return { status: res.status, body: text ? JSON.parse(text) : null }
  } catch {
    return { status: res.status, body: text }
  }
}

export async function rest(call: Call): Promise<Answer> {
  const path = call.segments.map(encodeURIComponent).join('/')
  const url = `${origin}/api/${path}${call.query ? `?${call.query}` : ''}`
  const request = new Request(url, {
    method: call.method,
    body: call.body,
    headers: {
      ...(call.body !== undefined && { 'content-type': 'application/json' }),
      ...call.headers,
    },
  })
  try {
    const res = await restRoute[call.method](request, {
      params: Promise.resolve({ slug: call.segments }),
    })
    return await answer(res)
  } catch (thrown) {
    return { status: 500, body: null, thrown }
  }
}

export async function graphql(body: string, headers: Record<string, string> = {}): Promise<Answer> {
  const request = new Request(`${origin}/api/graphql`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...headers },
  })
  try {
    return await answer(await graphqlRoute.POST(request))
  } catch (thrown) {
    return { status: 500, body: null, thrown }
  }
}

/** The first error message of a Payload (REST or GraphQL) error answer. */
export function message(answer: Answer): string | undefined {
  const body = answer.body as { errors?: { message?: string }[]; message?: string } | null
  return body?.errors?.[0]?.message ?? body?.message
}

/**
 * A server fault: a 5xx status, a thrown handler, or a GraphQL error that Payload marked as an
 * internal one (GraphQL answers those with 200 and `extensions.statusCode: 500`).
 */
export function isServerFault(answer: Answer): boolean {
  if (answer.status >= 500 || answer.thrown !== undefined) return true
  const errors = (answer.body as { errors?: { extensions?: { statusCode?: number } }[] } | null)
    ?.errors
  return Array.isArray(errors) && errors.some((e) => (e.extensions?.statusCode ?? 0) >= 500)
}

/** An answer read by a test that knows its shape, with its text for searching. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each test reads the shape it asked for
export type Read = Answer & { body: any; text: string }

const read = (answer: Answer): Read => ({
  ...answer,
  text: typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body),
})

const auth = (token?: string): Record<string, string> =>
  token ? { Authorization: `JWT ${token}` } : {}

/**
 * A request written as a browser would (`stories/1?select[displayName]=true`), anonymous or as
 * the staff member whose JWT is `token`.
 */
export async function restAt(
  method: Method,
  path: string,
  options: { token?: string; body?: unknown } = {},
): Promise<Read> {
  const url = new URL(`${origin}/api/${path.replace(/^\//, '')}`)
  return read(
    await rest({
      method,
      segments: url.pathname
        .replace(/^\/api\//, '')
        .split('/')
        .map(decodeURIComponent),
      query: url.search.slice(1),
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      headers: auth(options.token),
    }),
  )
}

/** A GraphQL query or mutation, anonymous or as the staff member whose JWT is `token`. */
export async function graphqlQuery(
  query: string,
  options: { token?: string; variables?: Record<string, unknown> } = {},
): Promise<Read> {
  return read(
    await graphql(
      JSON.stringify({ query, variables: options.variables ?? {} }),
      auth(options.token),
    ),
  )
}

/** A staff member's JWT, for requests made as them. */
export async function login(payload: Payload, email: string, password: string): Promise<string> {
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  return token!
}
