/**
 * Reads a public form's body: a plain HTML form's POST (urlencoded, no JavaScript) or JSON. Small
 * bodies only; nothing of it is logged.
 */
import type { PayloadRequest } from 'payload'

export type FormFields = Record<string, string | string[]>

/** The largest body accepted: a short message in any script fits many times over. */
export const maxBodyBytes = 32 * 1024

export type BodyResult =
  | { ok: true; fields: FormFields; wantsJson: boolean }
  | { ok: false; status: number; message: string; wantsJson: boolean }

/** The browser's script asks for JSON (`Accept: application/json`); a plain form gets HTML. */
export const wantsJson = (req: Pick<PayloadRequest, 'headers'>): boolean =>
  /application\/json/i.test(req.headers.get('accept') ?? '')

export async function readFormBody(req: PayloadRequest): Promise<BodyResult> {
  const json = wantsJson(req)
  const refuse = (status: number, message: string): BodyResult => ({
    ok: false,
    status,
    message,
    wantsJson: json,
  })
  const declared = Number(req.headers.get('content-length') ?? 0)
  if (declared > maxBodyBytes) return refuse(413, 'The message is too long.')
  const text = req.text ? await req.text() : ''
  if (Buffer.byteLength(text) > maxBodyBytes) return refuse(413, 'The message is too long.')
  const [type] = (req.headers.get('content-type') ?? '').split(';', 1)
  const kind = type?.trim().toLowerCase()
  const fields: FormFields = {}
  const add = (name: string, value: string) => {
    const had = fields[name]
    fields[name] = had === undefined ? value : [...(Array.isArray(had) ? had : [had]), value]
  }
  if (kind === 'application/x-www-form-urlencoded' || kind === 'text/plain' || !kind) {
    for (const [name, value] of new URLSearchParams(text)) add(name, value)
  } else if (kind === 'application/json') {
    let data: unknown
    try {
      data = JSON.parse(text)
    } catch {
      return refuse(400, 'The form could not be read.')
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data))
      return refuse(400, 'The form could not be read.')
    for (const [name, value] of Object.entries(data)) {
      if (typeof value === 'string') add(name, value)
      else if (typeof value === 'boolean' || typeof value === 'number') add(name, String(value))
      else if (Array.isArray(value))
        for (const item of value) if (typeof item === 'string') add(name, item)
    }
  } else return refuse(415, 'The form could not be read.')
  return { ok: true, fields, wantsJson: json }
}

/** One value of a field (the last, when sent more than once), trimmed; '' when absent. */
export const one = (fields: FormFields, name: string): string => {
  const value = fields[name]
  return (Array.isArray(value) ? (value.at(-1) ?? '') : (value ?? '')).trim()
}

/** Every value of a field. */
export const all = (fields: FormFields, name: string): string[] => {
  const value = fields[name]
  return value === undefined ? [] : Array.isArray(value) ? value : [value]
}
