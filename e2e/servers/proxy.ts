/**
 * A plain HTTP proxy in front of the publishing tests' CMS. The publisher's builds read the CMS
 * through it, so a test can make the CMS unreachable part-way through a build:
 *   POST /__proxy/fail-after/<n>  the next n requests pass, every later one is cut off
 *   POST /__proxy/up              everything passes again
 * Usage: node servers/proxy.ts <listen port> <target port>
 */
import { createServer, request } from 'node:http'

const [listen, target] = process.argv.slice(2).map(Number)
let allowance = Infinity

createServer((req, res) => {
  const control = /^\/__proxy\/(up|fail-after)(?:\/(\d+))?$/.exec(req.url ?? '')
  if (control && req.method === 'POST') {
    allowance = control[1] === 'up' ? Infinity : Number(control[2] ?? 0)
    res.writeHead(204).end()
    return
  }
  if (allowance <= 0) {
    // As if the CMS's server had gone: the connection drops without an answer.
    req.socket.destroy()
    return
  }
  allowance--
  const upstream = request(
    { host: '127.0.0.1', port: target, path: req.url, method: req.method, headers: req.headers },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
    },
  )
  upstream.on('error', () => req.socket.destroy())
  req.pipe(upstream)
}).listen(listen, () => console.log(`proxy: ${listen} → ${target}`))
