type Made = { text?: string; next?: Map<unknown, Made> }

/**
 * `make`, remembering what it wrote for the same arguments (strings, numbers, dates). A build
 * writes the same few texts on thousands of pages: dates (an event on its page, the lists, the
 * home page, in five languages) were 2 s of a full set's cold build, link paths and absolute
 * addresses 1.5 s (CPU profiles). Forgets everything past `limit` texts (the preview server runs
 * for weeks).
 */
export function remembered<A extends unknown[]>(make: (...args: A) => string, limit = 20_000) {
  // A tree of the arguments in turn: no key text is built for a call (these run millions of
  // times a build). A date is its time; a missing argument is not an `undefined` one.
  let root: Made = {}
  let size = 0
  return (...args: A) => {
    let made = root
    for (const arg of args) {
      const key = arg instanceof Date ? arg.getTime() : arg
      made.next ??= new Map()
      let next = made.next.get(key)
      if (!next) made.next.set(key, (next = {}))
      made = next
    }
    if (made.text === undefined) {
      if (size >= limit) {
        root = {}
        size = 0
      }
      made.text = make(...args)
      size++
    }
    return made.text
  }
}
