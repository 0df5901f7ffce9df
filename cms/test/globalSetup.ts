import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

import type { TestProject } from 'vitest/node'

import { databaseName, onServer, postgresServer, withDatabase } from './postgres'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The migrated database each test file copies, when the run is on PostgreSQL. */
    postgresTemplate: string | undefined
  }
}

const cms = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
/** Uploaded test files (MEDIA_DIR=.test-media): emptied before the run and removed after it. */
const dir = path.join(cms, '.test-media')

export default async function setup(project: TestProject) {
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  const server = postgresServer()
  let template: string | undefined
  if (server) {
    template = databaseName('hcri_template')
    await onServer(server, `create database ${template}`)
    // The committed migrations, as `pnpm migrate` runs them on a production database.
    const uri = withDatabase(server, template)
    const failed = (why: string) =>
      onServer(server, `drop database if exists ${template} with (force)`).then(() => {
        throw new Error(`The PostgreSQL migrations failed on the tests' template database:\n${why}`)
      })
    const migrate = () =>
      promisify(execFile)('pnpm', ['run', 'migrate'], {
        cwd: cms,
        env: { ...process.env, ...project.config.env, DATABASE_URI: uri },
        timeout: 120_000,
        maxBuffer: 64 * 1024 * 1024,
      }).catch((error: { stdout?: string; stderr?: string }) =>
        // Payload's error repeats the whole migration: keep the lines that say what went wrong.
        failed(
          `${error.stdout ?? ''}\n${error.stderr ?? error}`
            .split('\n')
            .filter((line) => /ERROR|Error|caused by/.test(line))
            .join('\n'),
        ),
      )
    const tables = async () =>
      (
        (await onServer(
          uri,
          "select count(*)::int as n from pg_tables where schemaname = 'public'",
        )) as { n: number }[]
      )[0]?.n ?? 0
    // A migration that ends well having made no table (what Payload's own `payload` command did
    // under load, see cms/package.json's `payload` script) stops the run, saying so.
    const migrated = await migrate()
    if ((await tables()) < 10)
      await failed(`it holds ${await tables()} tables. pnpm run migrate said:\n${migrated?.stdout}`)
  }
  project.provide('postgresTemplate', template)
  return async () => {
    fs.rmSync(dir, { recursive: true, force: true })
    if (server && template)
      await onServer(server, `drop database if exists ${template} with (force)`)
  }
}
