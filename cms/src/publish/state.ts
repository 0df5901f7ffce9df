/** The publishing history the admin panel shows, kept in `<releasesDir>/state.json`. */
import { readFileSync } from 'node:fs'
import { mkdir, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'

export type BuildRecord = {
  id: string
  target: 'local' | 'hook'
  reasons: string[]
  startedAt: string
  finishedAt?: string
  ok?: boolean
  /** Why it failed, in words an editor can act on. */
  error?: string
  /** The last lines of the build's output, for whoever looks into a failure. */
  logTail?: string
  /** The release that went live (local target). */
  releaseId?: string
  /** Hook target: HTTP status of the last attempt and how many attempts were made. */
  status?: number
  attempts?: number
}

export type PublishState = { builds: BuildRecord[] }

const file = (dir: string) => path.join(dir, 'state.json')
const maxRecords = 30

export function readState(dir: string): PublishState {
  try {
    return JSON.parse(readFileSync(file(dir), 'utf8')) as PublishState
  } catch {
    return { builds: [] }
  }
}

/** Adds or replaces a record (by id), newest first; written atomically. */
export async function record(dir: string, build: BuildRecord): Promise<void> {
  const state = readState(dir)
  state.builds = [build, ...state.builds.filter((b) => b.id !== build.id)].slice(0, maxRecords)
  await mkdir(dir, { recursive: true })
  const temp = `${file(dir)}.${process.pid}.tmp`
  await writeFile(temp, `${JSON.stringify(state, null, 2)}\n`)
  await rename(temp, file(dir))
}

/**
 * A build whose process died never records its end. Called while its lock is freed (no build can
 * run then), so every record still open is such a build: it is closed as failed.
 */
export async function endStopped(dir: string, at = new Date()): Promise<void> {
  for (const build of readState(dir).builds.filter((b) => !b.finishedAt))
    await record(dir, {
      ...build,
      ok: false,
      error:
        'The CMS process running this build stopped before it finished. The live site is unchanged; the build was asked for again.',
      finishedAt: at.toISOString(),
    })
}
