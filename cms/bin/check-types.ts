/**
 * Fails when the generated types (shared/src/payload-types.ts) or the JSON Schema
 * (shared/src/payload-schema.json) no longer match the Payload config: someone changed a field and
 * forgot to regenerate them, so the site would build against the old content model.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { generateTypes } from 'payload/node'

import configPromise from '../src/payload.config'
import { buildSchema, schemaFile } from './generate-schema'

export const fixCommand = 'run pnpm --filter @hcri/cms generate:types'

/** The types `payload generate:types` would write now, without touching the committed file. */
export async function currentTypes(): Promise<{
  generated: string
  committed: string
  file: string
}> {
  const config = await configPromise
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'hcri-types-'))
  const out = path.join(dir, 'payload-types.ts')
  const saved = process.env.PAYLOAD_TS_OUTPUT_PATH
  process.env.PAYLOAD_TS_OUTPUT_PATH = out
  try {
    await generateTypes(config, { log: false })
    const generated = await fs.readFile(out, 'utf8')
    const committed = await fs.readFile(config.typescript.outputFile!, 'utf8').catch(() => '')
    return { generated, committed, file: config.typescript.outputFile! }
  } finally {
    if (saved === undefined) delete process.env.PAYLOAD_TS_OUTPUT_PATH
    else process.env.PAYLOAD_TS_OUTPUT_PATH = saved
    await fs.rm(dir, { recursive: true, force: true })
  }
}

export async function currentSchema(): Promise<{
  generated: string
  committed: string
  file: string
}> {
  const generated = await buildSchema()
  const committed = await fs.readFile(schemaFile, 'utf8').catch(() => '')
  return { generated, committed, file: schemaFile }
}

/** The first line that differs, to say where the files part. */
export function firstDifference(a: string, b: string): string {
  const left = a.split('\n')
  const right = b.split('\n')
  for (let i = 0; i < Math.max(left.length, right.length); i++)
    if (left[i] !== right[i])
      return `line ${i + 1}: committed ${JSON.stringify(right[i] ?? '<end>')}, config gives ${JSON.stringify(left[i] ?? '<end>')}`
  return 'none'
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let stale = false
  for (const { generated, committed, file } of [await currentTypes(), await currentSchema()]) {
    if (generated === committed) continue
    stale = true
    console.error(
      `${path.relative(process.cwd(), file)} is out of date (${firstDifference(generated, committed)}): ${fixCommand}`,
    )
  }
  if (!stale) console.log('Generated types and JSON Schema match the Payload config.')
  process.exit(stale ? 1 : 0)
}
