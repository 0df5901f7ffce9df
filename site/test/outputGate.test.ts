import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

import { afterEach, describe, expect, it } from 'vitest'

import outputGate from '../integrations/outputGate'

const temps: string[] = []
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** The gate's `astro:build:start` hook, as Astro calls it. */
function buildStart(options: Parameters<typeof outputGate>[0]) {
  const hook = outputGate(options).hooks['astro:build:start']!
  return (hook as (p: unknown) => Promise<void>)({})
}

describe('outputGate', () => {
  it('holds the build until the gate file exists', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hcri-gate-'))
    temps.push(dir)
    const gate = path.join(dir, 'staging.ready')
    let passed = false
    const waiting = buildStart({ gate }).then(() => (passed = true))
    await sleep(100)
    expect(passed).toBe(false)
    writeFileSync(gate, '')
    await waiting
    expect(passed).toBe(true)
  })

  it('fails the build when the folder is never made ready', async () => {
    const gate = path.join(tmpdir(), 'hcri-gate-never', 'staging.ready')
    await expect(buildStart({ gate, patienceMs: 50 })).rejects.toThrow(
      /output folder was never made ready/,
    )
  })

  it('does not wait without a gate (a build from empty)', async () => {
    await expect(buildStart({ gate: '' })).resolves.toBeUndefined()
  })
})
