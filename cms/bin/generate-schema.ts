/**
 * Writes the JSON Schema that Payload derives from the config (the same schema the generated types
 * are compiled from) into the shared package. The site's content loader validates every document
 * against it, so a document the types would not describe fails the build.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import { initI18n } from '@payloadcms/translations'
import { configToJSONSchema } from 'payload'

import configPromise from '../src/payload.config'
import { cmsRoot } from '../src/lib/paths'

export const schemaFile = path.resolve(cmsRoot, '../shared/src/payload-schema.json')

export async function buildSchema(): Promise<string> {
  const config = await configPromise
  const i18n = await initI18n({ config: config.i18n, context: 'api', language: 'en' })
  const schema = configToJSONSchema(config, config.db.defaultIDType, i18n)
  // Login operations are not content, and their draft-04 style `required: false` upsets validators.
  delete (schema.definitions as Record<string, unknown> | undefined)?.auth
  return JSON.stringify(schema, null, 2) + '\n'
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = await buildSchema()
  await fs.writeFile(schemaFile, text)
  console.log(`JSON Schema written to ${path.relative(process.cwd(), schemaFile)}`)
  process.exit(0)
}
