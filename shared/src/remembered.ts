/**
 * `make`, remembering what it wrote for the same arguments (strings, numbers, dates). A build
 * writes the same few texts on thousands of pages: dates (an event on its page, the lists, the
 * home page, in five languages) were 2 s of a full set's cold build, link paths and absolute
 * addresses 1.5 s (CPU profiles). Forgets everything past `limit` texts (the preview server runs
 * for weeks).
 */
export function remembered<A extends unknown[]>(make: (...args: A) => string, limit = 20_000) {
  const made = new Map<string, string>()
  return (...args: A) => {
    const key = args.map((a) => (a instanceof Date ? a.toISOString() : String(a))).join('\0')
    let text = made.get(key)
    if (text === undefined) {
      if (made.size >= limit) made.clear()
      made.set(key, (text = make(...args)))
    }
    return text
  }
}
