/**
 * Astro content-layer loader for published CMS content.
 *
 * Each sync lists the ids and `updatedAt` of every published document (one cheap request),
 * forgets entries that are gone (deleted or unpublished), and fetches in full only the documents
 * that are new or changed since the last sync. Documents are stored with every language at once
 * (`locale=all`) and relations as ids (`depth=0`), so a change to one document never leaves a stale
 * copy inside another. Every document is checked against the JSON Schema Payload derives from the
 * config (the one the generated types come from); a document that fails stops the build, naming
 * collection, id and field.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'

import { localeCodes } from './locales'
import { localize } from './localize'
import { freshRead } from './rest'
import schema from './payload-schema.json' with { type: 'json' }

/** The parts of Astro's loader context this loader uses (kept structural: no Astro dependency). */
export type LoaderContext = {
  store: {
    set: (entry: { id: string; data: Record<string, unknown>; digest?: string | number }) => boolean
    get: (id: string) => { digest?: string | number } | undefined
    delete: (id: string) => void
    keys: () => string[]
    clear: () => void
  }
  meta: { get: (key: string) => string | undefined; set: (key: string, value: string) => void }
  logger: { info: (m: string) => void; warn: (m: string) => void }
  parseData?: (args: {
    id: string
    data: Record<string, unknown>
  }) => Promise<Record<string, unknown>>
}

export type PayloadLoaderOptions = {
  /** CMS slug, e.g. 'resources'. */
  collection: string
  /** Base URL of the CMS. Default: env CMS_URL, then http://localhost:3000. */
  cmsUrl?: string
  /** Documents per request when fetching changed documents. */
  batchSize?: number
  /** fetch implementation (tests pass the global one; kept injectable for other runtimes). */
  fetch?: typeof fetch
  /** False for collections without drafts (media): they have no `_status` to filter on. */
  drafts?: boolean
}

export class ContentValidationError extends Error {
  constructor(
    readonly collection: string,
    readonly id: string,
    readonly field: string,
    detail: string,
  ) {
    super(`Invalid document in "${collection}" (id ${id}): field "${field}" ${detail}`)
    this.name = 'ContentValidationError'
  }
}

/** GET /api/published-list/:collection (cms/src/api/publishedList.ts). */
type ListResponse = { docs: { id: string | number; updatedAt: string }[] }

/**
 * Payload's schema types an optional select as `type: ['string', 'null']` with an `enum` that lacks
 * null, so an empty optional select (e.g. a story with no locality) would fail. Add null to it.
 */
function allowNullInEnums(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(allowNullInEnums)
  if (!node || typeof node !== 'object') return node
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(node)) out[k] = allowNullInEnums(v)
  const type = out.type
  if (
    Array.isArray(out.enum) &&
    Array.isArray(type) &&
    type.includes('null') &&
    !out.enum.includes(null)
  ) {
    out.enum = [...out.enum, null]
  }
  return out
}

const ajv = new Ajv({ allErrors: false, strict: false, validateFormats: false })
// Only the definitions: the root also describes auth operations, which are not content.
ajv.addSchema(
  { definitions: allowNullInEnums((schema as { definitions: object }).definitions) },
  'payload',
)
const validators = new Map<string, ValidateFunction>()

function validatorFor(collection: string): ValidateFunction {
  let v = validators.get(collection)
  if (!v) {
    const ref = `payload#/definitions/${collection}`
    v = ajv.getSchema(ref)
    if (!v)
      throw new Error(
        `No schema for collection "${collection}": run pnpm --filter @hcri/cms generate:types`,
      )
    validators.set(collection, v)
  }
  return v
}

function describe(error: ErrorObject): { field: string; detail: string } {
  const path = error.instancePath.replace(/^\//, '').replace(/\//g, '.')
  if (error.keyword === 'required') {
    const missing = (error.params as { missingProperty: string }).missingProperty
    return { field: path ? `${path}.${missing}` : missing, detail: 'is required but missing' }
  }
  if (error.keyword === 'additionalProperties') {
    const extra = (error.params as { additionalProperty: string }).additionalProperty
    return { field: path ? `${path}.${extra}` : extra, detail: 'is not part of the content model' }
  }
  return { field: path || '(document)', detail: error.message ?? 'is invalid' }
}

/** Checks every language's view of a document against the collection's schema. */
export function validateDocument(collection: string, doc: Record<string, unknown>): void {
  const validate = validatorFor(collection)
  for (const locale of localeCodes) {
    const { data } = localize<Record<string, unknown>>(doc, locale)
    if (!validate(data)) {
      const { field, detail } = describe(validate.errors![0]!)
      throw new ContentValidationError(
        collection,
        String(doc.id),
        field,
        `${detail} (language: ${locale})`,
      )
    }
  }
}

const readHeaders = { Accept: 'application/json', ...freshRead }

/**
 * Requests the loaders of one build have in flight to one CMS, every collection and global
 * together. Astro runs all loaders at once, but the CMS answers on one core: a request beyond two
 * only waits in its queue, its wait counted in its own time, and the whole sync is no quicker for
 * it (site/bench: the loaders' requests).
 */
export const requestsInFlight = 2

type Queue = { running: number; waiting: (() => void)[] }
const queues = new Map<string, Queue>()

/** Runs `send` once fewer than `requestsInFlight` requests to the CMS at `base` are in flight. */
export async function queuedForCms<T>(base: string, send: () => Promise<T>): Promise<T> {
  let queue = queues.get(base)
  if (!queue) queues.set(base, (queue = { running: 0, waiting: [] }))
  while (queue.running >= requestsInFlight) await new Promise<void>((go) => queue.waiting.push(go))
  queue.running++
  try {
    return await send()
  } finally {
    queue.running--
    queue.waiting.shift()?.()
  }
}

const baseOf = (options: { cmsUrl?: string }) =>
  (options.cmsUrl ?? process.env.CMS_URL ?? 'http://localhost:3000').replace(/\/$/, '')

/** GETs a path of the CMS's API as JSON, in the CMS's queue; `name` says what was being loaded. */
async function readJson<T>(
  options: { cmsUrl?: string; fetch?: typeof fetch },
  path: string,
  name: string,
): Promise<T> {
  const base = baseOf(options)
  const url = `${base}${path}`
  return queuedForCms(base, async () => {
    let res: Response
    try {
      res = await (options.fetch ?? fetch)(url, { headers: readHeaders })
    } catch (error) {
      throw new Error(
        `Cannot reach the CMS at ${base} to load "${name}": ${(error as Error).message}. Is it running? (CMS_URL)`,
      )
    }
    if (!res.ok) throw new Error(`The CMS answered ${res.status} for ${url}`)
    return (await res.json()) as T
  })
}

export function payloadLoader(options: PayloadLoaderOptions) {
  const { collection, batchSize = 50, drafts = true } = options
  const published = drafts ? '&where[_status][equals]=published' : ''
  const getJson = <T>(path: string) => readJson<T>(options, path, collection)

  /**
   * id → updatedAt of every published document, in one request to the CMS's list made for this
   * (cms/src/api/publishedList.ts: what the public may read, without Payload's per-document hooks).
   */
  async function listPublished(): Promise<Map<string, string>> {
    const list = await getJson<ListResponse>(`/api/published-list/${collection}`)
    return new Map(list.docs.map((d) => [String(d.id), d.updatedAt]))
  }

  async function fetchDocs(ids: string[]): Promise<Record<string, unknown>[]> {
    const docs: Record<string, unknown>[] = []
    for (let i = 0; i < ids.length; i += batchSize) {
      const batch = ids.slice(i, i + batchSize)
      const list = await getJson<{ docs: Record<string, unknown>[] }>(
        `/api/${collection}?depth=0&locale=all&limit=${batch.length}&where[id][in]=${batch.join(',')}${published}`,
      )
      docs.push(...list.docs)
    }
    return docs
  }

  return {
    name: `payload-${collection}`,
    load: async ({ store, meta, logger, parseData }: LoaderContext) => {
      const started = Date.now()
      const published = await listPublished()

      let removed = 0
      for (const id of store.keys()) {
        if (!published.has(id)) {
          store.delete(id)
          removed++
        }
      }

      const changed = [...published]
        .filter(([id, updatedAt]) => store.get(id)?.digest !== updatedAt)
        .map(([id]) => id)
      const docs = await fetchDocs(changed)
      for (const doc of docs) {
        const id = String(doc.id)
        validateDocument(collection, doc)
        const data = parseData ? await parseData({ id, data: doc }) : doc
        store.set({ id, data, digest: String(doc.updatedAt) })
      }
      meta.set('lastSync', new Date().toISOString())
      logger.info(
        `${collection}: ${published.size} published, ${docs.length} fetched, ${removed} removed (${Date.now() - started} ms)`,
      )
    },
  }
}

/** Loads one global (site settings, navigation, footer) as a single entry with every language. */
export function payloadGlobalLoader(
  options: Omit<PayloadLoaderOptions, 'collection' | 'batchSize'> & { global: string },
) {
  const { global } = options
  return {
    name: `payload-global-${global}`,
    load: async ({ store, parseData }: LoaderContext) => {
      // `globalType` is added by the REST API; it is not a field.
      const { globalType: _globalType, ...doc } = await readJson<Record<string, unknown>>(
        options,
        `/api/globals/${global}?depth=0&locale=all`,
        global,
      )
      validateDocument(global, doc)
      const data = parseData ? await parseData({ id: global, data: doc }) : doc
      store.set({ id: global, data, digest: String(doc.updatedAt ?? '') })
    },
  }
}

/** What the loaders store, every collection and global in one file (`writeDump`). */
export type ContentDump = {
  entries: Record<string, { id: string; data: Record<string, unknown>; digest?: string | number }[]>
}

const dumps = new Map<string, Promise<ContentDump>>()

/**
 * Loads one collection or global from a content dump instead of the CMS (CONTENT_DUMP): the same
 * entries, checked against the same schema, with no request. The benchmark builds from one to
 * see what loading through the CMS costs beside it.
 */
export function dumpLoader(options: { name: string; file: string }) {
  const { name, file } = options
  return {
    name: `dump-${name}`,
    load: async ({ store, logger, parseData }: LoaderContext) => {
      if (!dumps.has(file))
        dumps.set(
          file,
          import('node:fs/promises').then(
            async (fs) => JSON.parse(await fs.readFile(file, 'utf8')) as ContentDump,
          ),
        )
      const wanted = (await dumps.get(file)!).entries[name] ?? []
      const ids = new Set(wanted.map((e) => e.id))
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id)
      let loaded = 0
      for (const entry of wanted) {
        if (entry.digest !== undefined && store.get(entry.id)?.digest === entry.digest) continue
        validateDocument(name, entry.data)
        const data = parseData ? await parseData({ id: entry.id, data: entry.data }) : entry.data
        store.set({ ...entry, data })
        loaded++
      }
      logger.info(`${name}: ${wanted.length} in the dump, ${loaded} loaded`)
    },
  }
}

/**
 * An in-memory loader context with the same contract as Astro's data and meta stores (`set`
 * returns false when the digest is unchanged), so the loader can be run outside an Astro build:
 * integration tests and the benchmark.
 */
export function memoryLoaderContext(
  logger: LoaderContext['logger'] = { info: () => {}, warn: () => {} },
) {
  const entries = new Map<
    string,
    { id: string; data: Record<string, unknown>; digest?: string | number }
  >()
  const metaMap = new Map<string, string>()
  const ctx: LoaderContext = {
    store: {
      set: (e) => {
        const old = entries.get(e.id)
        if (old && e.digest !== undefined && old.digest === e.digest) return false
        entries.set(e.id, e)
        return true
      },
      get: (id) => entries.get(id),
      delete: (id) => void entries.delete(id),
      keys: () => [...entries.keys()],
      clear: () => entries.clear(),
    },
    meta: { get: (k) => metaMap.get(k), set: (k, v) => void metaMap.set(k, v) },
    logger,
  }
  return { ctx, entries }
}
