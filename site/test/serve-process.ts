/** Helpers for the tests that run the site server (and its supervisor) as real processes. */
import { type ChildProcess, spawn } from 'node:child_process'
import { connect, createServer } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export type RawResponse = { status: number; headers: Record<string, string>; body: string }

/** A port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

/** The body of a chunked answer (chunk sizes count bytes). */
function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = []
  let at = 0
  for (;;) {
    const eol = body.indexOf('\r\n', at)
    if (eol < 0) break
    const size = parseInt(body.subarray(at, eol).toString('latin1'), 16)
    if (!(size > 0)) break
    parts.push(body.subarray(eol + 2, eol + 2 + size))
    at = eol + 2 + size + 2
  }
  return Buffer.concat(parts)
}

/**
 * Sends one request over a plain socket, byte for byte (fetch would normalise the target).
 * Status 0: the connection closed without an answer.
 */
export function raw(port: number, target: string, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(`${method} ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`)
    })
    socket.on('data', (chunk) => chunks.push(chunk))
    // A reset (the server died mid-answer) ends in 'close' too.
    socket.on('error', () => {})
    socket.on('close', () => {
      const answer = Buffer.concat(chunks)
      const end = answer.indexOf('\r\n\r\n')
      if (end < 0) return resolve({ status: 0, headers: {}, body: '' })
      const [statusLine = '', ...lines] = answer.subarray(0, end).toString('latin1').split('\r\n')
      const headers: Record<string, string> = {}
      for (const line of lines) {
        const i = line.indexOf(':')
        headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim()
      }
      const body = answer.subarray(end + 4)
      resolve({
        status: Number(statusLine.split(' ')[1]),
        headers,
        body: (headers['transfer-encoding'] === 'chunked' ? dechunk(body) : body).toString('utf8'),
      })
    })
  })
}

export const alive = (child: ChildProcess) => child.exitCode === null && child.signalCode === null

/** Waits until `ready` holds, checking every 100 ms, or fails after `attempts` checks. */
export async function until(ready: () => Promise<boolean>, what: string, attempts = 300) {
  for (let i = 0; i < attempts; i++) {
    if (await ready()) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`Gave up waiting: ${what}`)
}

/** Starts `command` with its output collected in `output.text`. */
export function start(command: string, args: string[], env: Record<string, string> = {}) {
  // A process group of its own, so `stop` reaches what it starts (tsx runs node as a child).
  const child = spawn(command, args, {
    cwd: siteDir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  const output = { text: '' }
  child.stdout?.on('data', (c: Buffer) => (output.text += c.toString()))
  child.stderr?.on('data', (c: Buffer) => (output.text += c.toString()))
  return { child, output }
}

/** Sends `signal` to the process group `start` made. */
export function stop(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL') {
  try {
    if (child.pid) process.kill(-child.pid, signal)
  } catch {
    // Already gone.
  }
}
