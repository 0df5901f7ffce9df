import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { expectPlainEnglish, uploadImage, validData } from './fixtures'
import { bootPayload, makeUser } from './payload'
import { graphql, isServerFault, message, rest, type Answer, type Call } from './routes'

/**
 * The hostile requests a probe answered with "500 An unknown error occurred", each with the answer
 * it must get: 400 (or 404 for what does not exist) with a message a non-developer understands.
 */
let payload: Payload
let token: string
let resourceId: number
let mediaId: number

beforeAll(async () => {
  payload = await bootPayload()
  await makeUser(payload, 'admin', 'first')
  const contributor = await makeUser(payload, 'contributor')
  const image = await uploadImage(payload, 64, 36)
  mediaId = image.id
  const resource = await payload.create({
    collection: 'resources',
    // The picture is shown by a published resource, so the public (and the site) may read it.
    data: { ...validData('resources', image.id), image: image.id, _status: 'published' },
  } as never)
  resourceId = (resource as { id: number }).id
  await payload.create({
    collection: 'events',
    data: { ...validData('events', image.id), _status: 'published' },
  } as never)
  token = (
    await payload.login({
      collection: 'users',
      data: { email: contributor.email, password: 'correct horse battery staple' },
    })
  ).token!
})
afterAll(async () => {
  await payload?.destroy()
})

const asContributor = () => ({ authorization: `JWT ${token}` })

/** Splits "resources/x?y=z" into the route's segments and query. */
function call(method: Call['method'], path: string, body?: string, contributor = false): Call {
  const [pathname, query] = path.split(/\?(.*)/s) as [string, string | undefined]
  return {
    method,
    segments: pathname.split('/'),
    query,
    body,
    headers: contributor ? asContributor() : {},
  }
}

function expectRefused(answer: Answer, status: number) {
  expect(isServerFault(answer), JSON.stringify(answer.body)).toBe(false)
  expect(answer.status, JSON.stringify(answer.body)).toBe(status)
  expectPlainEnglish(message(answer))
}

describe('malformed ids', () => {
  const ids = ['{"$gt":""}', '[]', '${7*7}', "'; DROP TABLE users;--", 'abc', ' 1', '1e309']
  it.each(ids)('GET /api/resources/%s → 400', async (id) => {
    expectRefused(await rest({ method: 'GET', segments: ['resources', id] }), 400)
  })
  it.each(ids)('PATCH /api/resources/%s as a contributor → 400', async (id) => {
    const answer = await rest({
      method: 'PATCH',
      segments: ['resources', id],
      body: JSON.stringify({ title: 'A new title' }),
      headers: asContributor(),
    })
    expectRefused(answer, 400)
  })
  it('GET /api/media/<malformed> and /api/users/<malformed> → 400', async () => {
    expectRefused(await rest({ method: 'GET', segments: ['media', '{"$gt":""}'] }), 400)
    expectRefused(
      await rest({ method: 'GET', segments: ['users', '[]'], headers: asContributor() }),
      400,
    )
  })
  it('a well-formed id of nothing → 404 with a plain message', async () => {
    expectRefused(await rest(call('GET', 'resources/999999')), 404)
  })
})

describe('where', () => {
  it.each([
    ['an unknown field', 'resources?where[nope][equals]=1'],
    ['an unknown field in count', 'resources/count?where[nope][equals]=1'],
    ['an operator text does not support', 'resources?where[title][near]=1,2'],
    ['an unknown operator', 'resources?where[title][bogus]=1'],
    ['ids that are not ids', 'resources?where[id][in]=a,b'],
    ['a date that is not a date', 'events?where[start][greater_than]=notadate'],
    ['a number that is not a number', 'events?where[capacity][equals]=abc'],
    ['"or" that is not a list', 'resources?where[or]=5'],
  ])('%s → 400', async (_what, path) => {
    expectRefused(await rest(call('GET', path)), 400)
  })
})

describe('sort, paging, depth and locales', () => {
  it.each([
    'resources?sort=nope',
    'resources?sort=-nope',
    'resources?limit=1e309',
    'resources?limit=abc',
    'resources?limit=-5',
    'resources?limit=100000',
    'resources?page=1e309',
    'resources?page=0',
    'resources?page=abc',
    'resources?depth=1e309',
    'resources?depth=100',
    'resources?depth=-1',
    'resources?locale=xx',
    'resources?locale[a]=1',
    'resources?fallback-locale=xx',
    'globals/site-settings?locale=zz',
    'globals/site-settings?depth=1e309',
  ])('GET /api/%s → 400', async (path) => {
    expectRefused(await rest(call('GET', path)), 400)
  })
})

describe('bodies of the wrong shape', () => {
  it.each([
    ['not JSON', 'not json'],
    ['a JSON array', '[]'],
    ['a JSON string', '"a string"'],
    ['a JSON number', '5'],
    ['JSON null', 'null'],
    ['a title that is a number', '{"title":5}'],
    ['a title that is an operator', '{"title":{"$gt":""}}'],
    ['a date that is not a date', '{"lastReviewed":"not a date"}'],
    ['a relation that is not an id', '{"image":"{\\"$gt\\":\\"\\"}"}'],
    ['a list that is not a list', '{"sources":"abc"}'],
  ])('POST /api/resources with %s → 400', async (_what, body) => {
    const before = await payload.count({ collection: 'resources' })
    expectRefused(await rest(call('POST', 'resources', body, true)), 400)
    expect((await payload.count({ collection: 'resources' })).totalDocs).toBe(before.totalDocs)
  })

  it('PATCH with a field of the wrong type changes nothing → 400', async () => {
    const before = await payload.findByID({ collection: 'resources', id: resourceId })
    const answer = await rest(call('PATCH', `resources/${resourceId}`, '{"title":[1,2]}', true))
    expectRefused(answer, 400)
    expect(await payload.findByID({ collection: 'resources', id: resourceId })).toEqual(before)
  })
})

describe('files', () => {
  it('GET /api/media/file/<a name that does not exist> → 404', async () => {
    expectRefused(await rest(call('GET', 'media/file/missing.png')), 404)
  })
})

describe('GraphQL', () => {
  it('a body that is not JSON → 400', async () => {
    expectRefused(await graphql('not json'), 400)
  })
  it('a malformed id → 400, not a 200 with errors', async () => {
    const answer = await graphql(JSON.stringify({ query: '{ Resource(id: "abc") { id } }' }))
    expect(isServerFault(answer)).toBe(false)
    expect(answer.status).toBe(400)
  })
})

describe('what stays as it was', () => {
  it('Payload’s own refusals keep their status and message', async () => {
    const anonymousCreate = await rest(
      call('POST', 'resources', JSON.stringify(validData('resources', mediaId))),
    )
    expect(anonymousCreate.status).toBe(403)
    expect(message(anonymousCreate)).toBe('You are not allowed to perform this action.')
    const contributorDelete = await rest(call('DELETE', `resources/${resourceId}`, undefined, true))
    expect(contributorDelete.status).toBe(403)
  })

  it.each([
    // shared/src/loader.ts
    'resources?depth=0&limit=500&page=1&sort=id&select[updatedAt]=true&where[_status][equals]=published',
    'resources?depth=0&locale=all&limit=2&where[id][in]=1,2&where[_status][equals]=published',
    'globals/site-settings?depth=0&locale=all',
    // cms/src/publish/published.ts
    'resources?depth=0&pagination=false&select[slug]=true',
    // site/bench/api.ts
    'resources?limit=24&depth=1&sort=-lastReviewed',
    'resources?limit=24&depth=1&locale=ur',
    'events?limit=24&depth=1&sort=start',
    'places?limit=100&depth=0',
    // site/src/lib/content.ts
    'media/1?depth=0&locale=all',
    // the admin's lists and relationship pickers
    'resources?depth=0&draft=true&limit=10&page=1&sort=-updatedAt&where[or][0][and][0][title][like]=test',
    'media?limit=0&where[mimeType][in][0]=image/png&where[mimeType][in][1]=image/jpeg',
    'resources?limit=10&where[image.alt][like]=talking',
    'resources?where[title][exists]=true&where[createdAt][greater_than]=2020-01-01',
  ])('the site’s own requests still work: GET /api/%s', async (path) => {
    const answer = await rest(call('GET', path, undefined, path.includes('draft=true')))
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
  })
})
