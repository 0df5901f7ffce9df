import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'

import { bootPayload, makeUser, richText } from './payload'

let payload: Payload
beforeAll(async () => {
  payload = await bootPayload()
})
afterAll(async () => {
  await payload?.destroy()
})

describe('smoke', () => {
  it('creates and reads a published resource; anonymous cannot see drafts', async () => {
    const editor = await makeUser(payload, 'editor')
    const doc = await payload.create({
      collection: 'resources',
      user: editor,
      overrideAccess: false,
      data: { title: 'What is a hate crime?', summary: 'A short guide.', category: 'understanding', body: richText('Hello'), _status: 'published' },
    })
    expect(doc.slug).toBe('what-is-a-hate-crime')
    await payload.create({
      collection: 'resources',
      user: editor,
      overrideAccess: false,
      draft: true,
      data: { title: 'Secret draft', summary: 'x', category: 'support', body: richText('x'), _status: 'draft' },
    })
    const anon = await payload.find({ collection: 'resources', overrideAccess: false })
    expect(anon.docs.map((d) => d.title)).toEqual(['What is a hate crime?'])
  })
})
