/**
 * A small static server for the built site that applies `dist/_headers` the way Netlify and
 * Cloudflare Pages do, so headers (CSP, framing, Clear-Site-Data) are tested as a CDN serves them.
 * Usage: tsx server/serve.ts [dir] [--port 4321]
 */
import { createReadStream, existsSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import path from 'node:path'
import { pipeline, type Transform } from 'node:stream'
import { pathToFileURL } from 'node:url'
import { constants, createBrotliCompress, createGzip } from 'node:zlib'

import { siteHealthPath } from '@hcri/shared/routes'

export type HeaderRule = { pattern: RegExp; headers: [string, string][] }

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.vtt': 'text/vtt; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
  '.wasm': 'application/wasm',
}

/** Parses the `_headers` format: a path line, then indented `Name: value` lines. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = []
  let current: HeaderRule | undefined
  for (const raw of text.split('\n')) {
    if (raw.trim() === '' || raw.trim().startsWith('#')) continue
    if (!/^\s/.test(raw)) {
      const source = raw.trim()
      const re = source
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[a-z]+/gi, '[^/]+'))
        .join('.*')
      current = { pattern: new RegExp(`^${re}$`), headers: [] }
      rules.push(current)
    } else if (current) {
      const i = raw.indexOf(':')
      if (i > 0) current.headers.push([raw.slice(0, i).trim(), raw.slice(i + 1).trim()])
    }
  }
  return rules
}

/** Text is sent compressed when the browser accepts it; pictures, fonts, video and Pagefind's
 * files are compressed already. */
const compressible = /^(text\/|application\/(json|xml)|image\/svg\+xml)/

/**
 * The encoding to send a response in, from the request's Accept-Encoding: brotli, else gzip, else
 * none (an encoding with q=0 is refused). A CDN does this in front of a static site; this server
 * must too, or a long list page travels ten times its compressed size to a phone.
 */
export function encodingFor(acceptEncoding: string | undefined): 'br' | 'gzip' | undefined {
  const accepted = new Set<string>()
  for (const part of (acceptEncoding ?? '').toLowerCase().split(',')) {
    const [name = '', ...params] = part.split(';').map((p) => p.trim())
    const q = params.find((p) => p.startsWith('q='))
    if (name && (!q || Number(q.slice(2)) > 0)) accepted.add(name)
  }
  if (accepted.has('br')) return 'br'
  if (accepted.has('gzip')) return 'gzip'
  return undefined
}

// Brotli's quality 5: most of its gain at a small fraction of the top quality's time.
const encoder = (encoding: 'br' | 'gzip'): Transform =>
  encoding === 'br'
    ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
    : createGzip()

/** A request target read once: every later decision (headers, file, middleware) uses it. */
export type Target = {
  /** Decoded, dot segments resolved, duplicate slashes dropped; ends in `/` for a folder. */
  pathname: string
  /** Decoded segments of `pathname`: each a plain name, never `.`, `..`, nor containing `/`. */
  segments: string[]
  /** `pathname` percent-encoded again, for a Location header and the on-demand middleware. */
  encoded: string
  /** The query string with its `?`, as sent, or ''. */
  search: string
}

export type Refusal = { status: 400; message: string }

/** Longer request targets are refused: no page of the site has an address near this long. */
export const maxTargetLength = 4096

const refuse = (message: string): Refusal => ({ status: 400, message })

/**
 * Normalises a request target, or refuses it: only origin-form (`/path?query`), no backslash,
 * valid percent-encoding, no NUL or other control character, no encoded `/`, `\` or dot
 * segment, no `..` above the root.
 */
export function normaliseTarget(target: string): Target | Refusal {
  if (target.length > maxTargetLength) return refuse('This address is too long.')
  if (!target.startsWith('/')) return refuse('This address is not valid here.')
  const q = target.indexOf('?')
  const rawPath = q < 0 ? target : target.slice(0, q)
  const search = q < 0 ? '' : target.slice(q)
  // Printable ASCII only, as browsers send it (anything else arrives percent-encoded).
  if (/[^\x21-\x7e]/.test(search)) return refuse('This address is not valid.')
  if (rawPath.includes('\\')) return refuse('This address is not valid.')
  const raws = rawPath.split('/').slice(1)
  const segments: string[] = []
  for (const raw of raws) {
    let segment: string
    try {
      segment = decodeURIComponent(raw)
    } catch {
      return refuse('This address is not valid.')
    }
    // eslint-disable-next-line no-control-regex -- control characters are what it refuses
    if (/[\u0000-\u001f\u007f/\\]/.test(segment)) return refuse('This address is not valid.')
    if (segment === '.' || segment === '..') {
      if (segment !== raw) return refuse('This address is not valid.')
      if (segment === '..' && segments.pop() === undefined)
        return refuse('This address is not valid.')
      continue
    }
    if (segment !== '') segments.push(segment)
  }
  const last = raws[raws.length - 1]
  const folder = segments.length > 0 && (last === '' || last === '.' || last === '..')
  const tail = folder ? '/' : ''
  return {
    pathname: `/${segments.join('/')}${tail}`,
    segments,
    encoded: `/${segments.map(encodeURIComponent).join('/')}${tail}`,
    search,
  }
}

/** Whether `file` is `root` or inside it (path.relative, so `/srv/site-old` is not in `/srv/site`). */
function inside(root: string, file: string): boolean {
  const rel = path.relative(root, file)
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel))
}

/** The real path of `file` if it exists and stays inside `root` (no symlink out of the release). */
function realInside(root: string, file: string): string | undefined {
  if (!inside(root, file)) return undefined
  let real: string
  try {
    real = realpathSync(file)
  } catch {
    return undefined
  }
  return inside(root, real) ? real : undefined
}

/** The file for a path: the file itself, or a folder's index.html (`folder` then true). */
function resolveFile(
  root: string,
  segments: string[],
): { file: string; folder: boolean } | undefined {
  const candidate = realInside(root, path.join(root, ...segments))
  if (!candidate) return undefined
  const stats = statSync(candidate, { throwIfNoEntry: false })
  if (stats?.isFile()) return { file: candidate, folder: false }
  if (!stats?.isDirectory()) return undefined
  const index = realInside(root, path.join(candidate, 'index.html'))
  if (index && statSync(index, { throwIfNoEntry: false })?.isFile())
    return { file: index, folder: true }
  return undefined
}

/**
 * The folder to serve for `dir` right now. `dir` may be the `current` symlink of the publisher's
 * releases: it is resolved once per request, so every file of a response comes from one release
 * even while the publisher switches to a new one. A hybrid build keeps its pages in client/.
 */
export function servedRoot(dir: string): string | undefined {
  let root: string
  try {
    root = realpathSync(dir)
  } catch {
    return undefined
  }
  const client = path.join(root, 'client')
  return existsSync(client) && statSync(client).isDirectory() ? client : root
}

type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void
const handlers = new Map<string, Promise<Handler>>()

/**
 * The on-demand part of a build (draft preview and its images): Astro's node middleware in
 * `server/entry.mjs` beside `client/`. Loaded once per release, so a new release brings its own.
 */
function onDemand(root: string): Promise<Handler> | undefined {
  const entry = path.join(root, '..', 'server', 'entry.mjs')
  if (path.basename(root) !== 'client' || !existsSync(entry)) return undefined
  if (!handlers.has(entry))
    handlers.set(
      entry,
      import(pathToFileURL(entry).href).then((m) => m.handler as Handler),
    )
  return handlers.get(entry)
}

function applyHeaders(root: string, pathname: string, res: ServerResponse) {
  const headersFile = path.join(root, '_headers')
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : []
  for (const rule of rules) {
    if (rule.pattern.test(pathname)) for (const [k, v] of rule.headers) res.setHeader(k, v)
  }
}

const onDemandPaths = /^\/(preview|_image)(\/|$)/

function plain(
  res: ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    ...headers,
  })
  res.end(message)
}

/**
 * Whether the image endpoint may load `href`: a file of the site itself, or one from the CMS's
 * own origin (scheme, host and port). Astro's own check (image.remotePatterns) cannot pin a default
 * port: a pattern without a port matches every port.
 */
export function imageAllowed(href: string | null, cmsOrigin: string): boolean {
  if (href === null) return true
  if (/^\/(?![/\\])/.test(href)) return true
  try {
    return new URL(href).origin === cmsOrigin
  } catch {
    return false
  }
}

/** Logs a fault by its path only: a query string may carry a preview signature. */
function fault(res: ServerResponse, pathname: string, error: unknown, message: string) {
  console.error(`Site server: ${pathname}:`, error instanceof Error ? error.stack : String(error))
  if (!res.headersSent) plain(res, 500, message)
  else res.destroy()
}

export type ServeOptions = {
  /** The CMS the on-demand image endpoint may load pictures from. Default: env CMS_URL. */
  cmsUrl?: string
}

/** Serves `root` (read again on every request, so an atomic release switch is picked up). */
export function serve(getRoot: () => string, port: number, options: ServeOptions = {}): Server {
  const cmsOrigin = new URL(options.cmsUrl || process.env.CMS_URL || 'http://localhost:3000').origin

  function handle(req: IncomingMessage, res: ServerResponse, target: Target) {
    const root = servedRoot(getRoot())
    if (!root) {
      plain(res, 503, 'The site is being published. Please try again in a minute.', {
        'Retry-After': '30',
      })
      return
    }
    const { pathname, segments, encoded, search } = target
    const handler = onDemandPaths.test(pathname) ? onDemand(root) : undefined
    if (handler) {
      if (
        /^\/_image(\/|$)/.test(pathname) &&
        !imageAllowed(new URLSearchParams(search).get('href'), cmsOrigin)
      ) {
        plain(res, 403, 'Pictures are shown only from this site and its CMS.')
        return
      }
      // The CDN's rules (CSP, Referrer-Policy…) apply; the preview adds no-store and noindex.
      applyHeaders(root, pathname, res)
      // The middleware routes on the same normalised address the rules were matched on.
      req.url = `${encoded}${search}`
      handler
        .then((handle) => handle(req, res, () => plain(res, 404, 'Not found')))
        .catch((error: unknown) => fault(res, pathname, error, 'The preview could not be shown.'))
      return
    }
    const found = resolveFile(root, segments)
    // Directory URLs end with a slash, as the site links them.
    if (found?.folder && !pathname.endsWith('/')) {
      res.writeHead(301, { Location: `${encoded}/${search}` })
      res.end()
      return
    }
    const notFound = realInside(root, path.join(root, '404.html'))
    const file = found?.file ?? notFound
    applyHeaders(root, pathname, res)
    if (!file || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      plain(res, 404, 'Not found')
      return
    }
    const type = types[path.extname(file)] ?? 'application/octet-stream'
    res.setHeader('Content-Type', type)
    const encoding = compressible.test(type)
      ? encodingFor(req.headers['accept-encoding'])
      : undefined
    if (compressible.test(type)) res.setHeader('Vary', 'Accept-Encoding')
    if (encoding) res.setHeader('Content-Encoding', encoding)
    res.writeHead(found ? 200 : 404)
    if (req.method === 'HEAD') {
      res.end()
      return
    }
    const done = (error: NodeJS.ErrnoException | null) => {
      if (error && error.code !== 'ERR_STREAM_PREMATURE_CLOSE')
        fault(res, pathname, error, 'This page could not be read.')
    }
    if (encoding) pipeline(createReadStream(file), encoder(encoding), res, done)
    else pipeline(createReadStream(file), res, done)
  }

  /** 200 while a release with a home page is served, 503 otherwise: for the supervisor or a monitor. */
  function health(res: ServerResponse) {
    const root = servedRoot(getRoot())
    const ok = root !== undefined && existsSync(path.join(root, 'index.html'))
    plain(res, ok ? 200 : 503, ok ? 'ok' : 'No release is being served.')
  }

  const server = createServer((req, res) => {
    let pathname = '(unread)'
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        plain(res, 405, 'Only GET and HEAD are answered here.', { Allow: 'GET, HEAD' })
        return
      }
      const target = normaliseTarget(req.url ?? '/')
      if ('status' in target) {
        plain(res, target.status, target.message)
        return
      }
      pathname = target.pathname
      if (pathname === siteHealthPath) {
        health(res)
        return
      }
      handle(req, res, target)
    } catch (error) {
      fault(res, pathname, error, 'Something went wrong on our side.')
    }
  })
  // Requests Node cannot parse (bad request line, oversized headers) get a short 400.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy()
      return
    }
    const body = 'Bad request.'
    socket.end(
      `HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    )
  })
  server.listen(port)
  return server
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2)
  const portIndex = args.indexOf('--port')
  const port = portIndex >= 0 ? Number(args[portIndex + 1]) : Number(process.env.SITE_PORT || 4321)
  const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--port') ?? 'dist'
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Not a port number: ${args[portIndex + 1] ?? process.env.SITE_PORT}`)
    process.exit(1)
  }
  const server = serve(() => dir, port)
  server.on('listening', () => console.log(`Serving ${dir} on http://localhost:${port}`))
}
