import { describe, expect, it } from 'vitest'

import { currentSchema, currentTypes, firstDifference, fixCommand } from '../bin/check-types'

/**
 * The site and the shared loader are typed and validated from files generated from the Payload
 * config. When a field changes, they must be regenerated in the same commit.
 */
describe('generated files match the Payload config', () => {
  it('shared/src/payload-types.ts', async () => {
    const { generated, committed } = await currentTypes()
    expect(generated).toContain('export interface Resource {')
    if (generated !== committed)
      expect.fail(
        `shared/src/payload-types.ts is out of date (${firstDifference(generated, committed)}): ${fixCommand}`,
      )
  })

  it('shared/src/payload-schema.json', async () => {
    const { generated, committed } = await currentSchema()
    expect(JSON.parse(generated)).toHaveProperty('definitions.resources')
    if (generated !== committed)
      expect.fail(
        `shared/src/payload-schema.json is out of date (${firstDifference(generated, committed)}): ${fixCommand}`,
      )
  })

  it('the check can fail: a changed file is reported with the command to run', () => {
    expect(firstDifference('a\nb\nc', 'a\nB\nc')).toBe('line 2: committed "B", config gives "b"')
    expect(firstDifference('a\nb', 'a\nb')).toBe('none')
  })
})
