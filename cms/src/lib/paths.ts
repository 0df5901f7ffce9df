import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The cms/ folder, whatever the current directory is (tests, scripts, next start). */
export const cmsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Uploaded files: local disk by default; `MEDIA_DIR` moves them. */
export const mediaDir = () => path.resolve(cmsRoot, process.env.MEDIA_DIR || 'media')
