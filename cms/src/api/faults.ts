import type { AfterErrorHook, Payload } from 'payload'

import { messages } from './answer'

/**
 * Tells apart errors a request's own input caused (a value the database cannot take, a body that
 * is not JSON) from genuine faults of the server. Only the first become a 400: a real fault stays
 * a 500 and is logged as an error.
 */
const inputCauses = [
  // libsql refuses to bind NaN, Infinity or objects as query parameters.
  /Only finite numbers/i,
  /cannot be passed as argument/i,
  /Unsupported type of value/i,
  /SQLITE_MISMATCH|datatype mismatch/i,
  /SQLITE_TOOBIG|string or blob too big/i,
  /too many SQL variables/i,
]

type ErrorLike = {
  name?: string
  message?: string
  code?: string
  cause?: unknown
  status?: number
}

const chain = (error: unknown): ErrorLike[] => {
  const found: ErrorLike[] = []
  let e = error as ErrorLike | undefined
  while (e && typeof e === 'object' && found.length < 5) {
    found.push(e)
    e = e.cause as ErrorLike | undefined
  }
  return found
}

export function isInputFault(error: unknown): boolean {
  return chain(error).some(
    (e) =>
      e.name === 'SyntaxError' ||
      // MongoDB: an id or value of the wrong type.
      e.name === 'CastError' ||
      e.name === 'BSONError' ||
      // PostgreSQL: SQLSTATE class 22, "data exception" (a NUL byte in text, a number out of an
      // integer's range, a value outside an enum): the value sent, not the server, is at fault.
      (typeof e.code === 'string' && /^22[0-9A-Z]{3}$/.test(e.code)) ||
      (typeof e.message === 'string' && inputCauses.some((pattern) => pattern.test(e.message!))),
  )
}

/** The error's kind and the database's own words, without the query or its parameters. */
export function describeFault(error: unknown): { name: string; cause: string } {
  const [outer, ...inner] = chain(error)
  const root = inner.at(-1) ?? outer
  return {
    name: outer?.name ?? 'Error',
    cause: (root?.message ?? String(error))
      .split('\n')[0]!
      .replace(/params:.*$/i, '')
      .slice(0, 300),
  }
}

/**
 * Logs a genuine fault as an error: what failed and where, never the request's body, query
 * string or address (the query itself may carry what a visitor typed).
 */
export function logFault(payload: Payload, error: unknown, method: string, path: string) {
  payload.logger.error({ msg: 'Request failed', method, path, ...describeFault(error) })
}

/**
 * Payload's afterError hook: an error the input caused is answered with 400 and a plain message
 * (REST and GraphQL alike); a genuine fault keeps its 500, with a plain message.
 */
export const answerFaults: AfterErrorHook = ({ error, graphqlResult, req, result }) => {
  const status =
    (error as ErrorLike).status ?? (error as { originalError?: ErrorLike }).originalError?.status
  if (status && status < 500) return
  const original = (error as { originalError?: unknown }).originalError ?? error
  const input = isInputFault(original)
  if (!input) logFault(req.payload, original, req.method ?? 'POST', req.pathname ?? '')
  const message = input ? messages.wrongValue : messages.serverFault
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        message,
        extensions: { ...graphqlResult.extensions, statusCode: input ? 400 : 500 },
      },
    }
  }
  return { response: { ...result, errors: [{ message }] }, status: input ? 400 : 500 }
}
