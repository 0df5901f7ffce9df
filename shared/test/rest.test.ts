import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { login, RestError, restClient } from '../src/rest'

const secret = 'correct horse battery staple'

/** What the fake CMS received last. */
let received: { method?: string; url?: string; headers: IncomingMessage['headers']; body: string }

const answers: Record<string, (res: ServerResponse) => void> = {
  'POST /api/users/login': (res) => json(res, 200, { token: 'token-123' }),
  'GET /api/resources': (res) => json(res, 200, { docs: [{ id: 1 }] }),
  'POST /api/resources': (res) =>
    json(res, 400, {
      errors: [
        {
          name: 'ValidationError',
          message: 'The following field is invalid: title',
          data: {
            collection: 'resources',
            errors: [{ path: 'title', message: 'This field is required.' }],
          },
        },
      ],
    }),
  'GET /api/broken': (res) => {
    res.writeHead(500, { 'content-type': 'text/html' })
    res.end(`<html><body>Internal error with ${secret} in it</body></html>`)
  },
  'POST /api/media': (res) => json(res, 201, { doc: { id: 9 } }),
}

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
}

let server: Server
let url: string

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = ''
    req.setEncoding('latin1')
    req.on('data', (chunk: string) => (body += chunk))
    req.on('end', () => {
      received = { method: req.method, url: req.url, headers: req.headers, body }
      const answer = answers[`${req.method} ${req.url!.split('?')[0]}`]
      if (answer) answer(res)
      else json(res, 404, { errors: [{ message: 'Not Found' }] })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

/** The error a request ends with (fails the test if it succeeds). */
async function failure(request: Promise<unknown>): Promise<RestError> {
  const error = await request.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(RestError)
  return error as RestError
}

describe('the REST helper', () => {
  it('signs in, then sends the token and JSON', async () => {
    const cms = await login(url, { email: 'editor@example.org', password: secret })
    expect(JSON.parse(received.body)).toEqual({ email: 'editor@example.org', password: secret })
    expect(await cms.get('/api/resources?depth=0')).toEqual({ docs: [{ id: 1 }] })
    expect(received.headers.authorization).toBe('JWT token-123')
    expect(received.url).toBe('/api/resources?depth=0')
  })

  it("names the method, path, status and Payload's field messages, never the request body", async () => {
    const cms = restClient(url, 'token-123')
    const error = await failure(cms.post('/api/resources', { title: '', password: secret }))
    expect(error.status).toBe(400)
    expect(error.message).toBe(
      'POST /api/resources: 400 The following field is invalid: title; title: This field is required.',
    )
    expect(error.message).not.toContain(secret)
  })

  it('gives the status text, not the page, when the answer is not JSON', async () => {
    const error = await failure(restClient(url).get('/api/broken'))
    expect(error.status).toBe(500)
    expect(error.message).toBe('GET /api/broken: 500 Internal Server Error')
  })

  it('says when the CMS cannot be reached', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    const error = await failure(restClient(`http://127.0.0.1:${port}`).get('/api/resources'))
    expect(error.status).toBe(0)
    expect(error.message).toMatch(
      /^GET \/api\/resources: could not reach the CMS at .*ECONNREFUSED/,
    )
  })

  it('uploads a file with its fields as multipart form data', async () => {
    const cms = restClient(url, 'token-123')
    const created = await cms.upload(
      'media',
      { data: '%PDF-1.4 leaflet', type: 'application/pdf', name: 'leaflet.pdf' },
      { alt: 'A leaflet' },
    )
    expect(created).toEqual({ doc: { id: 9 } })
    expect(received.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/)
    expect(received.headers.authorization).toBe('JWT token-123')
    expect(received.body).toMatch(
      /name="file"; filename="leaflet.pdf"\r\nContent-Type: application\/pdf\r\n\r\n%PDF-1.4 leaflet/,
    )
    expect(received.body).toContain('name="_payload"\r\n\r\n{"alt":"A leaflet"}')
  })
})
