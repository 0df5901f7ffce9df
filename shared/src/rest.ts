/**
 * The CMS's REST API over HTTP, for scripts outside the CMS (e2e fixtures, benchmarks): JSON
 * requests, staff login, media upload. An answer other than 2xx throws a RestError naming the
 * method, path, status and Payload's own message: never the request body (it may hold a
 * password) nor a whole response page. (cms/test/routes.ts calls the route handlers in-process.)
 *
 * No relative runtime imports: e2e/servers/fixtures.ts loads it with Node's type stripping.
 */

export class RestError extends Error {
  /** The HTTP status, or 0 when the CMS could not be reached. */
  readonly status: number

  constructor(message: string, status: number) {
    super(message)
    this.name = 'RestError'
    this.status = status
  }
}

/**
 * Headers of a read that must see exactly what is published (the site's builds, the release
 * checks): the CMS keeps answers to anonymous reads (cms/src/api/readCache.ts) and `no-cache` has
 * each one made anew.
 */
export const freshRead = { 'Cache-Control': 'no-cache' } as const

/** A file to upload: its bytes (or text), MIME type and file name. */
export type UploadFile = { data: Blob | Uint8Array | string; type: string; name: string }

export type RestClient = {
  readonly cmsUrl: string
  /** `path` starts with /api/; `body` is sent as JSON. Resolves with the parsed answer. */
  request: <T = unknown>(method: string, path: string, body?: unknown) => Promise<T>
  get: <T = unknown>(path: string) => Promise<T>
  post: <T = unknown>(path: string, body: unknown) => Promise<T>
  patch: <T = unknown>(path: string, body: unknown) => Promise<T>
  /** Creates a document of an upload collection (e.g. media) from a file and its fields. */
  upload: <T = unknown>(
    collection: string,
    file: UploadFile,
    data?: Record<string, unknown>,
  ) => Promise<T>
}

type PayloadErrors = {
  message?: unknown
  errors?: { message?: unknown; data?: { errors?: { path?: unknown; message?: unknown }[] } }[]
}

/** Payload's messages from an error answer (field errors included), or the status text. */
function messageOf(text: string, statusText: string): string {
  let parsed: PayloadErrors
  try {
    parsed = JSON.parse(text) as PayloadErrors
  } catch {
    return statusText
  }
  const messages = (parsed.errors ?? []).flatMap((e) => {
    const fields = (e.data?.errors ?? [])
      .filter((f) => typeof f.message === 'string')
      .map((f) => (typeof f.path === 'string' ? `${f.path}: ${f.message}` : String(f.message)))
    return [...(typeof e.message === 'string' ? [e.message] : []), ...fields]
  })
  if (typeof parsed.message === 'string') messages.unshift(parsed.message)
  return (messages.join('; ') || statusText).slice(0, 500)
}

async function send<T>(
  cmsUrl: string,
  method: string,
  path: string,
  init: { headers: Record<string, string>; body?: BodyInit },
): Promise<T> {
  let response: Response
  try {
    response = await fetch(`${cmsUrl}${path}`, { method, ...init })
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause
    const reason = cause?.code ?? cause?.message ?? (error as Error).message
    throw new RestError(`${method} ${path}: could not reach the CMS at ${cmsUrl} (${reason})`, 0)
  }
  const text = await response.text()
  if (!response.ok)
    throw new RestError(
      `${method} ${path}: ${response.status} ${messageOf(text, response.statusText)}`,
      response.status,
    )
  return (text ? JSON.parse(text) : null) as T
}

/** A client for the CMS at `cmsUrl`, anonymous or as the staff member whose JWT is `token`. */
export function restClient(cmsUrl: string, token?: string): RestClient {
  const base = cmsUrl.replace(/\/$/, '')
  const auth: Record<string, string> = token ? { Authorization: `JWT ${token}` } : {}
  const request = <T>(method: string, path: string, body?: unknown) =>
    send<T>(base, method, path, {
      headers: body === undefined ? auth : { ...auth, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  return {
    cmsUrl: base,
    request,
    get: (path) => request('GET', path),
    post: (path, body) => request('POST', path, body),
    patch: (path, body) => request('PATCH', path, body),
    upload: (collection, file, data = {}) => {
      const form = new FormData()
      form.append('file', new Blob([file.data as BlobPart], { type: file.type }), file.name)
      form.append('_payload', JSON.stringify(data))
      return send(base, 'POST', `/api/${collection}`, { headers: auth, body: form })
    },
  }
}

/** Signs in as a staff member and returns a client that sends their token. */
export async function login(
  cmsUrl: string,
  credentials: { email: string; password: string },
): Promise<RestClient> {
  const { token } = await restClient(cmsUrl).post<{ token: string }>(
    '/api/users/login',
    credentials,
  )
  return restClient(cmsUrl, token)
}
