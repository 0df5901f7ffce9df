import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { cmsRoot } from '../src/lib/paths'

/** Nothing in the CMS sends data home or to a third party. */
describe('no telemetry, no Gravatar', () => {
  it('Payload sends no telemetry, and the admin avatar is not Gravatar (a hash of the e-mail)', async () => {
    const config = await (await import('../src/payload.config')).default
    expect(config.telemetry).toBe(false)
    expect(config.admin.avatar).toBe('default')
  })

  it('every script that runs Next.js turns its telemetry off', () => {
    const { scripts } = JSON.parse(readFileSync(path.join(cmsRoot, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>
    }
    // `next …`, or Next's own bin file run by `node` with flags (start: README, the CMS's Node flags).
    const next = Object.entries(scripts).filter(([, command]) =>
      /(^|\s|&&\s*|\/next\/dist\/bin\/)next\s/.test(command),
    )
    expect(next.map(([name]) => name).sort()).toEqual(['build', 'dev', 'start'])
    for (const [name, command] of next)
      expect(command, name).toMatch(
        /NEXT_TELEMETRY_DISABLED=1 (node (--[\w=-]+ )*node_modules\/next\/dist\/bin\/)?next\s/,
      )
  })
})
