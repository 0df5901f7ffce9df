import fc from 'fast-check'
import type { FlattenedField, Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { contentCollections, globals, uploadImage, validData } from './fixtures'
import { bootPayload, makeUser } from './payload'
import { graphql, isServerFault, rest, type Answer, type Call, type Method } from './routes'

/**
 * Generated hostile requests through the real route handlers, anonymously and as a signed-in
 * contributor: none may get a 5xx, and no stored document may be lost or changed.
 * FUZZ_SEED and FUZZ_RUNS replay or widen a run.
 */
const seed = Number(process.env.FUZZ_SEED ?? 20261211)
const numRuns = Number(process.env.FUZZ_RUNS ?? 2000)

let payload: Payload
let contributorToken: string
const collectionSlugs = [...contentCollections, 'media', 'users', 'payload-jobs'] as const

beforeAll(async () => {
  payload = await bootPayload()
  await makeUser(payload, 'admin', 'first')
  await makeUser(payload, 'editor')
  const contributor = await makeUser(payload, 'contributor')
  const images = [
    await uploadImage(payload, 64, 36),
    await uploadImage(payload, 48, 48),
    await uploadImage(payload, 32, 64),
  ]
  for (const collection of contentCollections) {
    for (const status of ['published', 'published', 'draft'] as const) {
      await payload.create({
        collection,
        draft: status === 'draft',
        data: { ...validData(collection, images[0]!.id), _status: status },
      } as never)
    }
  }
  const draft = await payload.find({ collection: 'resources', draft: true, limit: 1 })
  // An editor's scheduled publication, as the admin's "Schedule publish" queues it.
  await payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish', doc: { relationTo: 'resources', value: draft.docs[0]!.id } },
    waitUntil: new Date(Date.now() + 7 * 24 * 3600 * 1000),
  } as never)
  const login = await payload.login({
    collection: 'users',
    data: { email: contributor.email, password: 'correct horse battery staple' },
  })
  contributorToken = login.token!
})
afterAll(async () => {
  await payload?.destroy()
})

/** Every stored document and global, read past access control, keyed by where it lives. */
async function snapshot(): Promise<Map<string, string>> {
  const stored = new Map<string, string>()
  for (const collection of Object.keys(payload.collections)) {
    const { docs } = await payload.find({
      collection: collection as 'users',
      depth: 0,
      draft: true,
      locale: 'all',
      pagination: false,
      showHiddenFields: true,
      overrideAccess: true,
    })
    for (const doc of docs) stored.set(`${collection}/${doc.id}`, JSON.stringify(doc))
  }
  for (const slug of globals) {
    const doc = await payload.findGlobal({ slug, depth: 0, locale: 'all', draft: true })
    stored.set(`globals/${slug}`, JSON.stringify(doc))
  }
  return stored
}

// --- What a hostile client sends -------------------------------------------------------------

/** The probe's examples, and other ids that are not ids. */
const namedIds = [
  '{"$gt":""}',
  '[]',
  '${7*7}',
  "'; DROP TABLE users;--",
  '{{7*7}}',
  '../../etc/passwd',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-1',
  '0',
  '1.5',
  '1e309',
  '0x10',
  '99999999999999999999999',
  '507f1f77bcf86cd799439011',
  ' 1',
  '%',
  '\u0000',
  'true',
  'ａｂｃ',
]
/** Never a real, well-formed id: those are ordinary requests, not hostile ones. */
const hostileId = fc
  .oneof(
    fc.constantFrom(...namedIds),
    fc.string({ minLength: 1, maxLength: 30 }),
    fc.json({ maxDepth: 2 }),
    fc.integer({ min: 1_000_000, max: Number.MAX_SAFE_INTEGER }).map(String),
    fc.double({ noDefaultInfinity: false }).map(String),
    fc.stringMatching(/^[0-9a-f]{24}$/),
  )
  .filter((id) => id.length > 0 && !/^[1-9]\d{0,5}$/.test(id))

const junkValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    '1e309',
    '-1e309',
    'NaN',
    '-1',
    '0',
    '1.5',
    'abc',
    '',
    'true',
    '{"$gt":""}',
    "'; DROP TABLE users;--",
    '2026-13-45',
    '1,2',
    '9999999999999999999999',
    '\u0000',
  ),
  fc.string({ maxLength: 20 }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.array(fc.string({ maxLength: 8 }), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), { maxKeys: 3 }),
)

const operators = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'contains',
  'like',
  'not_like',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'near',
  'within',
  'intersects',
]

/** Field paths: real ones of the collection (so type × operator pairs are tried), and others. */
function paths(fields: FlattenedField[], prefix = '', depth = 0): string[] {
  return fields.flatMap((f) => {
    const path = `${prefix}${f.name}`
    if (depth < 2 && (f.type === 'group' || f.type === 'array' || f.type === 'tab'))
      return [path, ...paths(f.flattenedFields, `${path}.`, depth + 1)]
    return [path]
  })
}

function whereArb(fieldPaths: string[]): fc.Arbitrary<unknown> {
  const path = fc.oneof(
    fc.constantFrom('id', ...fieldPaths),
    fc.constantFrom('nope', 'title.nope', '__proto__', 'constructor', '$where', 'a.b.c.d', ''),
    fc.string({ maxLength: 12 }),
  )
  const operator = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...operators) },
    { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  )
  const leaf = fc
    .tuple(path, operator, junkValue)
    .map(([p, o, v]) => ({ [p]: { [o]: v } }) as Record<string, unknown>)
  return fc.oneof(
    { weight: 5, arbitrary: leaf },
    { weight: 1, arbitrary: fc.array(leaf, { maxLength: 3 }).map((or) => ({ or })) },
    { weight: 1, arbitrary: fc.array(leaf, { maxLength: 3 }).map((and) => ({ and })) },
    { weight: 1, arbitrary: junkValue.map((v) => ({ or: v })) },
    { weight: 1, arbitrary: junkValue },
  )
}

/** Bracket notation as qs (Payload's parser) reads it: where[title][equals]=x. */
function encodeQuery(key: string, value: unknown): string[] {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value)
      ? value.map((v, i) => [String(i), v] as const)
      : Object.entries(value)
    if (entries.length === 0) return [`${encodeURIComponent(key)}=`]
    return entries.flatMap(([k, v]) => encodeQuery(`${key}[${k}]`, v))
  }
  return [`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`]
}

function queryArb(fieldPaths: string[]): fc.Arbitrary<string> {
  const param = fc.oneof(
    whereArb(fieldPaths).map((w) => ['where', w] as const),
    fc
      .oneof(fc.constantFrom(...fieldPaths, 'id'), fc.string({ maxLength: 10 }))
      .chain((p) => fc.constantFrom(p, `-${p}`, `${p},nope`, `--${p}`))
      .map((s) => ['sort', s] as const),
    junkValue.map((v) => ['limit', v] as const),
    junkValue.map((v) => ['page', v] as const),
    junkValue.map((v) => ['depth', v] as const),
    fc
      .oneof(fc.constantFrom('xx', 'all', '*', 'en-GB', 'EN', '../en'), junkValue)
      .map((v) => ['locale', v] as const),
    fc
      .oneof(fc.constantFrom('xx', 'none', 'false'), junkValue)
      .map((v) => ['fallback-locale', v] as const),
    fc
      .oneof(fc.constantFrom(...fieldPaths), fc.string({ maxLength: 10 }))
      .chain((p) => junkValue.map((v) => ['select', { [p]: v }] as const)),
    junkValue.map((v) => ['populate', v] as const),
    junkValue.map((v) => ['draft', v] as const),
    junkValue.map((v) => ['pagination', v] as const),
    junkValue.map((v) => ['trash', v] as const),
    junkValue.map((v) => ['joins', v] as const),
  )
  return fc
    .array(param, { minLength: 1, maxLength: 3 })
    .map((params) => params.flatMap(([k, v]) => encodeQuery(k, v)).join('&'))
}

/** A value of the wrong type for a field of the given type. */
function wrongValue(field: FlattenedField): fc.Arbitrary<unknown> {
  const notAString = fc.oneof(
    fc.integer(),
    fc.boolean(),
    fc.constant({ $gt: '' }),
    fc.array(fc.integer(), { minLength: 1, maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { minKeys: 1, maxKeys: 2 }),
  )
  switch (field.type) {
    case 'number':
      return fc.oneof(
        fc.constantFrom('abc', '1e309x', 'NaN', ''),
        fc.constant({ $gt: 1 }),
        fc.boolean(),
      )
    case 'checkbox':
      return fc.oneof(
        fc.constantFrom('maybe', 'yes please'),
        fc.constant({ $ne: false }),
        fc.integer({ min: 2 }),
      )
    case 'date':
      return fc.oneof(
        fc.constantFrom('not a date', '2026-13-45', 'yesterday'),
        fc.constant({}),
        fc.boolean(),
      )
    case 'relationship':
    case 'upload':
      return fc.oneof(
        fc.constantFrom('{"$gt":""}', "'; DROP TABLE users;--", 'abc', '1e309'),
        fc.constant({ $gt: '' }),
        fc.boolean(),
        fc.double({ min: 0.1, max: 0.9 }),
      )
    case 'richText':
      return fc.oneof(fc.integer(), fc.boolean(), fc.constant({ root: 5 }))
    case 'array':
    case 'blocks':
      return fc.oneof(
        fc.string({ minLength: 1 }),
        fc.integer(),
        fc.constant([5, 'x']),
        fc.constant({ a: 1 }),
      )
    case 'group':
    case 'tab':
      return fc.oneof(fc.string({ minLength: 1 }), fc.integer(), fc.constant([1, 2]))
    case 'json':
      // Anything is JSON: a bad shape inside it is a validation matter, tried with a string.
      return fc.constant(undefined)
    default:
      return notAString
  }
}

/**
 * A body that is never a valid write: not JSON, not an object, or an object with at least one
 * known field of the wrong type (so even an allowed caller cannot change anything with it).
 */
function bodyArb(fields: FlattenedField[]): fc.Arbitrary<string> {
  const typed = fields.filter((f) => f.type !== 'json')
  const wrongObject = fc
    .subarray(typed, { minLength: 1, maxLength: 3 })
    .chain((chosen) =>
      fc.tuple(...chosen.map((f) => wrongValue(f).map((v) => [f.name, v] as const))),
    )
    .map((entries) => JSON.stringify(Object.fromEntries(entries)))
  return fc.oneof(
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'not json',
        '{',
        '[]',
        '"a string"',
        '5',
        'null',
        'true',
        '[{}]',
        '{"__proto__":{"admin":true}}x',
      ),
    },
    { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
    { weight: 4, arbitrary: wrongObject },
  )
}

type Actor = 'anonymous' | 'contributor'
type HostileRequest = { actor: Actor; via: 'header' | 'cookie' } & (
  | { kind: 'rest'; call: Call }
  | { kind: 'graphql'; body: string }
)

const fieldsOf = (slug: string): FlattenedField[] =>
  slug.startsWith('global:')
    ? payload.globals.config.find((g) => g.slug === slug.slice(7))!.flattenedFields
    : payload.collections[slug as 'users']!.config.flattenedFields

function restArb(): fc.Arbitrary<Call> {
  const byCollection = fc.constantFrom(...collectionSlugs).chain((collection) => {
    const fields = fieldsOf(collection)
    const fieldPaths = paths(fields)
    const query = fc.option(queryArb(fieldPaths), { nil: undefined })
    const body = bodyArb(fields)
    return fc.oneof(
      // One document by a malformed id.
      fc.record({
        method: fc.constantFrom<Method>('GET', 'PATCH', 'DELETE'),
        segments: hostileId.map((id) => [collection, id] as string[]),
        query,
        body: fc.option(body, { nil: undefined }),
      }),
      // Lists, counts and bulk operations with hostile queries.
      fc.record({
        method: fc.constantFrom<Method>('GET', 'PATCH', 'DELETE'),
        segments: fc.constantFrom<string[]>([collection], [collection, 'count']),
        query: queryArb(fieldPaths),
        body: fc.option(body, { nil: undefined }),
      }),
      // Creating with a body of the wrong shape.
      fc.record({
        method: fc.constant<Method>('POST'),
        segments: fc.constant<string[]>([collection]),
        query,
        body,
      }),
      // Versions of a document.
      fc.record({
        method: fc.constantFrom<Method>('GET', 'POST'),
        segments: hostileId.map((id) => [collection, 'versions', id] as string[]),
        query,
      }),
    )
  })
  const byGlobal = fc.constantFrom(...globals).chain((slug) => {
    const fields = fieldsOf(`global:${slug}`)
    return fc.record({
      method: fc.constantFrom<Method>('GET', 'POST'),
      segments: fc.constant<string[]>(['globals', slug]),
      query: fc.option(queryArb(paths(fields)), { nil: undefined }),
      body: fc.option(bodyArb(fields), { nil: undefined }),
    })
  })
  const mediaFile = fc.record({
    method: fc.constant<Method>('GET'),
    segments: fc
      .oneof(
        fc.constantFrom(
          'missing.png',
          'nope.pdf',
          '..',
          '.',
          '..%2F..%2Fetc%2Fpasswd',
          'a\u0000b.png',
        ),
        fc.string({ minLength: 1, maxLength: 20 }),
      )
      .filter((name) => name !== '')
      .map((name) => ['media', 'file', name]),
  })
  return fc
    .oneof(
      { weight: 8, arbitrary: byCollection },
      { weight: 2, arbitrary: byGlobal },
      { weight: 1, arbitrary: mediaFile },
    )
    .map((call) => {
      // A GET or DELETE carries no body.
      if (call.method === 'GET' || call.method === 'DELETE') return { ...call, body: undefined }
      return call
    })
}

/** GraphQL names of the collections (Media's plural is "allMedia": its labels are the same). */
const graphqlNames: Record<string, { one: string; many: string }> = {
  resources: { one: 'Resource', many: 'Resources' },
  films: { one: 'Film', many: 'Films' },
  stories: { one: 'Story', many: 'Stories' },
  events: { one: 'Event', many: 'Events' },
  places: { one: 'Place', many: 'Places' },
  pages: { one: 'Page', many: 'Pages' },
  media: { one: 'Media', many: 'allMedia' },
  users: { one: 'User', many: 'Users' },
  'payload-jobs': { one: 'PayloadJob', many: 'PayloadJobs' },
}

function graphqlArb(): fc.Arbitrary<string> {
  const literal = fc.oneof(
    junkValue.map((v) => JSON.stringify(typeof v === 'string' ? v : JSON.stringify(v))),
    fc.integer().map(String),
    fc.constantFrom('1e309', '-1', '0', 'null', 'true', '[]', '{}', 'xx', 'en'),
  )
  const query = fc.constantFrom(...collectionSlugs).chain((slug) => {
    const { one, many } = graphqlNames[slug]!
    const titleish =
      slug === 'places' || slug === 'users'
        ? 'name'
        : slug === 'media'
          ? 'alt'
          : slug === 'payload-jobs'
            ? 'queue'
            : 'title'
    return fc.oneof(
      literal.map((id) => `{ ${one}(id: ${id}) { id } }`),
      fc
        .tuple(
          fc.constantFrom(
            'limit',
            'page',
            'sort',
            'locale',
            'fallbackLocale',
            'draft',
            'pagination',
          ),
          literal,
        )
        .map(([arg, v]) => `{ ${many}(${arg}: ${v}) { docs { id } } }`),
      fc
        .tuple(fc.constantFrom(...operators), literal)
        .map(([op, v]) => `{ ${many}(where: { ${titleish}: { ${op}: ${v} } }) { docs { id } } }`),
      fc
        .tuple(fc.constantFrom(...operators), literal)
        .map(([op, v]) => `{ ${many}(where: { id: { ${op}: ${v} } }) { totalDocs } }`),
      literal.map((id) => `mutation { update${one}(id: ${id}, data: { ${titleish}: 5 }) { id } }`),
      literal.map((id) => `mutation { delete${one}(id: ${id}) { id } }`),
      literal.map((v) => `mutation { create${one}(data: { ${titleish}: ${v} }) { id } }`),
    )
  })
  const asJson = query.map((q) => JSON.stringify({ query: q }))
  return fc.oneof(
    { weight: 6, arbitrary: asJson },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'not json',
        '[]',
        '5',
        'null',
        '{"query":5}',
        '{"query":"{"}',
        '{"query":"{ Resources { docs { id } } }","variables":5}',
        '{"query":"query($id: Int!) { Resource(id: $id) { id } }","variables":{"id":"abc"}}',
      ),
    },
    { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  )
}

function requestArb(): fc.Arbitrary<HostileRequest> {
  const who = fc.record({
    actor: fc.constantFrom<Actor>('anonymous', 'contributor'),
    via: fc.constantFrom<'header' | 'cookie'>('header', 'cookie'),
  })
  return fc.oneof(
    {
      weight: 5,
      arbitrary: fc
        .tuple(who, restArb())
        .map(([w, call]) => ({ ...w, kind: 'rest' as const, call })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(who, graphqlArb())
        .map(([w, body]) => ({ ...w, kind: 'graphql' as const, body })),
    },
  )
}

function send(request: HostileRequest): Promise<Answer> {
  const headers: Record<string, string> =
    request.actor === 'anonymous'
      ? {}
      : request.via === 'header'
        ? { authorization: `JWT ${contributorToken}` }
        : { cookie: `payload-token=${contributorToken}` }
  if (request.kind === 'graphql') return graphql(request.body, headers)
  return rest({ ...request.call, headers: { ...request.call.headers, ...headers } })
}

const describeRequest = (r: HostileRequest) =>
  r.kind === 'graphql'
    ? `${r.actor} POST /api/graphql ${r.body}`
    : `${r.actor} ${r.call.method} /api/${r.call.segments.map(encodeURIComponent).join('/')}${r.call.query ? `?${r.call.query}` : ''}${r.call.body !== undefined ? ` body: ${r.call.body}` : ''}`

it(
  `${numRuns} hostile requests: no 5xx, nothing lost or changed`,
  { timeout: 300_000 },
  async () => {
    const before = await snapshot()
    expect(before.size).toBeGreaterThan(25)

    let sent = 0
    const faults: string[] = []
    await fc.assert(
      fc.asyncProperty(requestArb(), async (request) => {
        const answer = await send(request)
        sent++
        if (isServerFault(answer)) faults.push(`${answer.status} ← ${describeRequest(request)}`)
      }),
      { seed, numRuns, endOnFailure: true },
    )

    const after = await snapshot()
    const lost = [...before.keys()].filter((key) => !after.has(key))
    const changed = [...before.keys()].filter(
      (key) => after.has(key) && after.get(key) !== before.get(key),
    )
    console.log(
      `fuzz (seed ${seed}): ${sent} hostile requests sent, ${faults.length} answered 5xx, ` +
        `${lost.length} documents lost, ${changed.length} changed (of ${before.size})`,
    )
    expect(sent).toBeGreaterThanOrEqual(1000)
    expect(
      faults,
      `5xx answers (replay with FUZZ_SEED=${seed}):\n${faults.slice(0, 15).join('\n')}`,
    ).toEqual([])
    expect(lost, `lost (FUZZ_SEED=${seed})`).toEqual([])
    expect(changed, `changed (FUZZ_SEED=${seed})`).toEqual([])
  },
)
