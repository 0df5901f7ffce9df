import { headersWithCors, type Payload } from 'payload'

/** Why a request is refused: the HTTP status and a sentence for the person who sent it. */
export type Refusal = { status: 400 | 404; message: string }

export const refusal = (message: string, status: 400 | 404 = 400): Refusal => ({ status, message })

/** An answer in Payload's own error shape (`{ errors: [{ message }] }`), with its CORS headers. */
export function answer(
  payload: Payload,
  request: Request,
  status: number,
  message: string,
): Response {
  const headers = headersWithCors({
    headers: new Headers(),
    req: Object.assign(request, { payload }) as never,
  })
  return Response.json({ errors: [{ message }] }, { status, headers })
}

/** A JSON answer no cache may keep (the admin's publishing panel, the build's published list). */
export const uncachedJson = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

/**
 * Words from the request may appear in a message only when they look like a name (a field, a
 * locale): anything else is left out rather than echoed back.
 */
export const quoted = (word: string) => (/^[\w.-]{1,60}$/.test(word) ? `"${word}"` : 'that name')

export const messages = {
  serverFault:
    'Something went wrong on our side. Please try again in a minute; if it keeps happening, tell the site’s administrator.',
  notFound:
    'We could not find that. It may have been deleted, or you may not be allowed to see it.',
  fileNotFound: 'We could not find that file. It may have been deleted or renamed.',
  wrongValue:
    'One of the values in this request is not the kind of value expected (for example, words where a number should be).',
} as const
