/**
 * A small round-robin HTTP proxy in front of several CMS processes that share one database and
 * one media store (README, "Running two CMS instances"). Each request goes to the next CMS in
 * turn; a CMS that refuses the connection (or drops a GET) is skipped for that request (a request
 * with a body is not sent twice: it answers 502). Node's own http module, nothing else.
 *   node cms/bin/proxy.ts <listen port> <cms port> [<cms port> …]
 */
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http'

const [listen, ...targets] = process.argv.slice(2).map(Number)
if (!listen || targets.length === 0 || [listen, ...targets].some((p) => !Number.isInteger(p))) {
  console.error('Usage: node cms/bin/proxy.ts <listen port> <cms port> [<cms port> …]')
  process.exit(2)
}

let next = 0
const hasBody = (req: IncomingMessage) =>
  Boolean(req.headers['content-length'] && req.headers['content-length'] !== '0') ||
  Boolean(req.headers['transfer-encoding'])

/** Sends the request to the CMS at `first` + `tried` in the list, then to the next one on failure. */
function forward(req: IncomingMessage, res: ServerResponse, first: number, tried = 0) {
  const port = targets[(first + tried) % targets.length]!
  const upstream = request(
    { host: '127.0.0.1', port, path: req.url, method: req.method, headers: req.headers },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
    },
  )
  upstream.on('error', (error: NodeJS.ErrnoException) => {
    // Addresses only, never the request: no one's data in the log.
    console.error(
      `proxy: the CMS on port ${port} failed a request (${error.code ?? error.message})`,
    )
    const retry = error.code === 'ECONNREFUSED' || req.method === 'GET' || req.method === 'HEAD'
    if (retry && tried + 1 < targets.length && !hasBody(req) && !res.headersSent)
      return forward(req, res, first, tried + 1)
    if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'text/plain' })
    res.end('The CMS could not be reached.')
  })
  // A request without a body has ended already when it is tried again.
  if (hasBody(req)) req.pipe(upstream)
  else upstream.end()
}

createServer((req, res) => forward(req, res, next++ % targets.length)).listen(listen, () =>
  console.log(`proxy: ${listen} → ${targets.join(', ')}`),
)
