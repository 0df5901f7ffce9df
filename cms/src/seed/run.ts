/**
 * `pnpm --filter @hcri/cms run seed`. Runs the seed (cli.ts) in a child process and starts it
 * again if Node gives up while loading Payload's modules: under tsx's loader the import now and
 * then never settles and Node exits with code 13 ("unsettled top-level await") before anything
 * is written. The seed is idempotent, so a second attempt is always safe.
 */
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const cli = fileURLToPath(new URL('./cli.ts', import.meta.url))
const attempts = 5

const runOnce = () =>
  new Promise<number>((resolve) => {
    // The same node and loader flags (tsx) as this process.
    const child = spawn(process.execPath, [...process.execArgv, cli], { stdio: 'inherit' })
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })

let code = 13
for (let attempt = 1; attempt <= attempts && code === 13; attempt++) {
  if (attempt > 1)
    console.error(
      `Node stopped while loading Payload (exit 13). Trying again (${attempt}/${attempts})…`,
    )
  code = await runOnce()
}
process.exit(code)
