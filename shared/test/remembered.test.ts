import { describe, expect, it } from 'vitest'

import { remembered } from '../src/remembered'

describe('remembered: a text made once for the same arguments', () => {
  it('answers as the formatter, telling apart dates, strings and missing arguments', () => {
    const calls: unknown[][] = []
    const format = remembered((locale: string, start: Date | string, end?: Date | string) => {
      calls.push([locale, start, end])
      return `${locale} ${String(start)} ${String(end)}`
    })
    const day = new Date('2026-03-13T10:00:00Z')
    expect(format('en', day)).toBe(`en ${String(day)} undefined`)
    expect(format('en', new Date(day))).toBe(`en ${String(day)} undefined`)
    expect(format('en', day, day)).toBe(`en ${String(day)} ${String(day)}`)
    expect(format('ur', day)).toBe(`ur ${String(day)} undefined`)
    expect(format('en', '2026-03-13')).toBe('en 2026-03-13 undefined')
    expect(calls).toHaveLength(4)
  })

  it('forgets what it wrote past its limit rather than growing for ever', () => {
    let calls = 0
    const format = remembered((n: number) => `${n}:${++calls}`, 3)
    expect([1, 2, 3, 1].map((n) => format(n))).toEqual(['1:1', '2:2', '3:3', '1:1'])
    expect(format(4)).toBe('4:4')
    expect(format(1)).toBe('1:5')
  })
})
