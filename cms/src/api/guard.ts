import { getPayload, type Payload, type SanitizedCollectionConfig } from 'payload'

import { answer, messages, refusal, type Refusal } from './answer'
import { checkFields, notAnObject, notJson, readJsonBody } from './body'
import { isInputFault, logFault } from './faults'
import { idMessage, isWellFormedId } from './ids'
import { checkQuery, parseQuery } from './query'
import { findRoute, type Config, type RestHandler } from './route'

type GraphQLHandler = (request: Request) => Promise<Response>

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** Endpoints whose body is a document (or part of one) to write. */
const documentWrites: Record<string, string[]> = {
  post: ['/', '/:id/duplicate'],
  patch: ['/', '/:id'],
}

/** A file name that can only be an attempt to leave the upload folder or break the file system. */
const badFileName = (name: string) =>
  // eslint-disable-next-line no-control-regex -- control characters are what it refuses
  name === '.' || name === '..' || /[/\\\u0000-\u001f]/.test(name)

/** Whether an upload (or one of its image sizes) has this file name, whoever may read it. */
async function isUploadedFile(
  payload: Payload,
  collection: SanitizedCollectionConfig,
  filename: string,
): Promise<boolean> {
  const sizes = collection.upload ? (collection.upload.imageSizes ?? []) : []
  const { totalDocs } = await payload.count({
    collection: collection.slug as 'media',
    where: {
      or: [
        { filename: { equals: filename } },
        ...sizes.map((size) => ({ [`sizes.${size.name}.filename`]: { equals: filename } })),
      ],
    },
    overrideAccess: true,
  })
  return totalDocs > 0
}

/**
 * Checks a REST request before Payload sees it: ids, the query string and the body. Returns why
 * it is refused, or null to let it through.
 */
export async function checkRestRequest(
  payload: Payload,
  request: Request,
  segments: string[],
): Promise<Refusal | null> {
  const method = request.method.toUpperCase()
  const url = new URL(request.url)
  const route = findRoute(payload, method, segments)
  const entity = route?.collection ?? route?.global

  if (route?.params.id !== undefined && !route.path.startsWith('/verify')) {
    if (!isWellFormedId(route.params.id)) return refusal(idMessage())
  }
  if (route?.params.filename !== undefined && route.collection?.upload) {
    if (badFileName(route.params.filename))
      return refusal('This is not a file name. Ask for a file by its name, such as photo.jpg.')
    // Payload reports a file missing from the disk as a server fault: a name no upload has is a 404.
    if (!(await isUploadedFile(payload, route.collection, route.params.filename)))
      return refusal(messages.fileNotFound, 404)
  }
  if (route?.path.startsWith('/versions') && entity && !entity.versions) {
    return refusal('Earlier versions are not kept for this kind of document.', 404)
  }

  let query: Record<string, unknown>
  try {
    query = parseQuery(url.search)
  } catch {
    return refusal('The address of this request is not written correctly.')
  }
  const problem = checkQuery(payload, query, entity ? entity.flattenedFields : null, {
    versions: Boolean(route?.path.startsWith('/versions')),
  })
  if (problem) return problem

  // Payload answers these with a 400 but logs them as errors.
  if ((method === 'PATCH' || method === 'DELETE') && route?.collection && route.path === '/') {
    if (query.where === undefined)
      return refusal(
        'To change or delete several documents at once, choose which ones with a filter ("where").',
      )
  }

  if (method === 'POST' || method === 'PATCH' || method === 'PUT') {
    const body = await readJsonBody(request)
    if (body && !body.ok) return notJson
    if (body && !isRecord(body.data)) return notAnObject
    if (body && entity && route && documentWrites[method.toLowerCase()]?.includes(route.path)) {
      return checkFields(payload, entity.flattenedFields, body.data as Record<string, unknown>)
    }
  }
  return null
}

async function readMessage(response: Response): Promise<string | undefined> {
  try {
    const body = (await response.clone().json()) as { errors?: { message?: string }[] }
    return body.errors?.[0]?.message
  } catch {
    return undefined
  }
}

/**
 * Rewrites what Payload answers without a sentence a person can act on: a bare "Not Found", a
 * query error naming a path, "Something went wrong." Everything else passes
 * unchanged, Payload's own refusals (401, 403, validation 400s) included.
 */
async function plainAnswer(
  payload: Payload,
  request: Request,
  response: Response,
): Promise<Response> {
  const { status } = response
  if (status !== 404 && status !== 400 && status < 500) return response
  const message = await readMessage(response)
  if (status === 404 && message === 'Not Found') {
    return answer(payload, request, 404, messages.notFound)
  }
  if (status === 400 && message?.startsWith('The following path cannot be queried')) {
    return answer(
      payload,
      request,
      400,
      'You cannot filter or sort by one of the fields named in this request. Check the field names, or sign in if the field is for staff only.',
    )
  }
  if (
    status >= 500 &&
    (message === 'Something went wrong.' || message === 'An unknown error occurred.')
  ) {
    return answer(payload, request, status, messages.serverFault)
  }
  return response
}

/** An error that escaped the handler: the input's fault → 400, Payload's refusals as they are. */
function escaped(payload: Payload, request: Request, error: unknown): Response {
  const { status, message } = error as { status?: number; message?: string }
  if (status && status >= 400 && status < 500) {
    const text = message === 'Invalid JSON' ? notJson.message : (message ?? messages.notFound)
    return answer(payload, request, status, text)
  }
  if (isInputFault(error)) return answer(payload, request, 400, messages.wrongValue)
  logFault(payload, error, request.method, new URL(request.url).pathname)
  return answer(payload, request, 500, messages.serverFault)
}

/** Wraps one of Payload's REST_* route handlers. */
export function guardRest(config: Config, handler: RestHandler): RestHandler {
  return async (request, args) => {
    const payload = await getPayload({ config })
    const segments = (await args.params)?.slug ?? []
    try {
      const problem = await checkRestRequest(payload, request, segments)
      if (problem) return answer(payload, request, problem.status, problem.message)
      return await plainAnswer(payload, request, await handler(request, args))
    } catch (error) {
      return escaped(payload, request, error)
    }
  }
}

type GraphQLResult = {
  data?: Record<string, unknown> | null
  errors?: { extensions?: { statusCode?: number } }[]
}

/**
 * The status of a GraphQL answer that returned nothing because the request was refused: the
 * errors' own status when they agree (403, 404), 400 otherwise. Null when anything was returned
 * or a server fault is among the errors.
 */
function refusedStatus(result: GraphQLResult): number | null {
  if (!result.errors?.length) return null
  if (result.data && Object.values(result.data).some((v) => v !== null)) return null
  // GraphQL's own validation errors carry no status: they are the request's fault.
  const statuses = new Set(result.errors.map((e) => e.extensions?.statusCode ?? 400))
  if ([...statuses].some((s) => s < 400 || s >= 500)) return null
  return statuses.size === 1 ? [...statuses][0]! : 400
}

/**
 * Wraps Payload's GraphQL handler. A request that returned nothing because it was refused (not
 * JSON, a syntax or type error, a bad filter) is answered with a 4xx, as GraphQL over HTTP does
 * for application/graphql-response+json; results with data keep their 200.
 */
export function guardGraphQL(config: Config, handler: GraphQLHandler): GraphQLHandler {
  return async (request) => {
    const payload = await getPayload({ config })
    try {
      const body = await readJsonBody(request)
      if (body && !body.ok) return answer(payload, request, 400, notJson.message)
      const response = await handler(request)
      if (response.status !== 200) {
        if (response.status >= 500) return answer(payload, request, 500, messages.serverFault)
        return response
      }
      const result = (await response.clone().json()) as GraphQLResult
      const status = refusedStatus(result)
      if (status) {
        return new Response(response.body, { status, headers: response.headers })
      }
      return response
    } catch (error) {
      return escaped(payload, request, error)
    }
  }
}
