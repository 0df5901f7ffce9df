/**
 * A small static server for the built site that applies `dist/_headers` the way Netlify and
 * Cloudflare Pages do, so headers (CSP, framing, Clear-Site-Data) are tested as a CDN serves them.
 * Usage: tsx scripts/serve.ts [dir] [--port 4321]
 */
import { createReadStream, existsSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

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

function resolveFile(root: string, urlPath: string): string | undefined {
  const clean = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '')
  const candidate = path.join(root, clean)
  if (!candidate.startsWith(root)) return undefined
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
  const index = path.join(candidate, 'index.html')
  if (existsSync(index)) return index
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

/** Serves `root` (read again on every request, so an atomic release switch is picked up). */
export function serve(getRoot: () => string, port: number): Server {
  const server = createServer((req, res) => {
    const root = servedRoot(getRoot())
    if (!root) {
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '30' })
      res.end('The site is being published. Please try again in a minute.')
      return
    }
    const url = new URL(req.url ?? '/', 'http://localhost')
    const handler = onDemandPaths.test(url.pathname) ? onDemand(root) : undefined
    if (handler) {
      // The CDN's rules (CSP, Referrer-Policy…) apply; the preview adds no-store and noindex.
      applyHeaders(root, url.pathname, res)
      handler
        .then((handle) =>
          handle(req, res, () => {
            res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found')
          }),
        )
        .catch((error: unknown) => {
          console.error(error)
          if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' })
          res.end('The preview could not be shown.')
        })
      return
    }
    let file = resolveFile(root, url.pathname)
    // Directory URLs end with a slash, as the site links them.
    if (
      file?.endsWith('index.html') &&
      !url.pathname.endsWith('/') &&
      !url.pathname.endsWith('.html')
    ) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` })
      res.end()
      return
    }
    let status = 200
    if (!file) {
      status = 404
      file = path.join(root, '404.html')
    }
    applyHeaders(root, url.pathname, res)
    res.setHeader('Content-Type', types[path.extname(file)] ?? 'application/octet-stream')
    if (!existsSync(file)) {
      res.writeHead(404)
      res.end('Not found')
      return
    }
    res.writeHead(status)
    if (req.method === 'HEAD') {
      res.end()
      return
    }
    createReadStream(file).pipe(res)
  })
  server.listen(port)
  return server
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2)
  const portIndex = args.indexOf('--port')
  const port = portIndex >= 0 ? Number(args[portIndex + 1]) : Number(process.env.SITE_PORT || 4321)
  const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--port') ?? 'dist'
  serve(() => dir, port)
  console.log(`Serving ${dir} on http://localhost:${port}`)
}
