/**
 * Publishing from the command line (`pnpm site:release`, `site:rollback`, `site:status`): the
 * first release when the system starts, and a way back when the admin cannot be reached.
 */
import { loadCmsEnv } from '../lib/env'

loadCmsEnv()

const { publishConfig } = await import('./config')
const { createPublisher } = await import('./publisher')

const command = process.argv[2]
// The command line always works on the local releases, whatever the CMS's target is.
const publisher = createPublisher({ ...publishConfig(), target: 'local' })

if (command === 'release') {
  console.log(`Building a release of the site from ${publisher.config.cmsUrl}…`)
  const result = await publisher.buildNow('release from the command line')
  if (!result.ok) {
    console.error(result.error)
    if (result.logTail) console.error(result.logTail)
    process.exit(1)
  }
  const { live } = await publisher.status()
  console.log(
    `Release ${result.releaseId} is live: ${live?.pages} pages in ${Math.round((live?.durationMs ?? 0) / 1000)} s.`,
  )
} else if (command === 'rollback') {
  try {
    console.log(`Release ${await publisher.rollback()} is live again.`)
  } catch (error) {
    console.error((error as Error).message)
    process.exit(1)
  }
} else if (command === 'status') {
  console.log(JSON.stringify(await publisher.status(), null, 2))
} else {
  console.error('Usage: cli.ts release | rollback | status')
  process.exit(2)
}
