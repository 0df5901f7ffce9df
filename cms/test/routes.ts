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
