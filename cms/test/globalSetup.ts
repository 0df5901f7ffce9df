import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** Uploaded test files (MEDIA_DIR=.test-media): emptied before the run and removed after it. */
const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '.test-media')

export default function setup() {
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  return () => fs.rmSync(dir, { recursive: true, force: true })
}
