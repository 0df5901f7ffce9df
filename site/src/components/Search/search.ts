/**
 * Runs the Pagefind index for this page's language (Pagefind picks it from <html lang>). The
 * query lives in the address (?q=), so results can be bookmarked and Back works.
 */
type PagefindResult = {
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>
}
type Pagefind = {
  options: (o: Record<string, unknown>) => Promise<void>
  search: (q: string) => Promise<{ results: PagefindResult[] }>
}

const root = document.querySelector<HTMLElement>('[data-search]')
if (root) {
  const form = root.querySelector('form')!
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!
  const status = root.querySelector<HTMLElement>('[data-search-status]')!
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!
  root.querySelector<HTMLElement>('[data-search-nojs]')!.hidden = true
  const msg = (name: string, vars: Record<string, string | number> = {}) =>
    (root.dataset[`msg${name}`] ?? '').replace(/\{(\w+)\}/g, (m, k: string) =>
      k in vars ? String(vars[k]) : m,
    )

  let pagefind: Promise<Pagefind> | undefined
  const load = () => {
    // A runtime path: the index only exists after the build, so the bundler must leave it alone.
    const src = '/pagefind/pagefind.js'
    pagefind ??= import(/* @vite-ignore */ src).then(async (pf: Pagefind) => {
      await pf.options({ excerptLength: 24 })
      return pf
    })
    return pagefind
  }

  let latest = 0
  const run = async (query: string) => {
    const id = ++latest
    list.replaceChildren()
    list.hidden = true
    if (!query) {
      status.textContent = ''
      return
    }
    status.textContent = msg('Loading')
    try {
      const pf = await load()
      const found = await pf.search(query)
      const data = await Promise.all(found.results.slice(0, 20).map((r) => r.data()))
      if (id !== latest) return
      const count = found.results.length
      status.textContent =
        count === 0
          ? msg('None', { query })
          : count === 1
            ? msg('Result', { query })
            : msg('Results', { count, query })
      for (const d of data) {
        const li = document.createElement('li')
        // Results may be in English on a translated page: let each line find its own direction.
        li.dir = 'auto'
        const h = document.createElement('h2')
        const a = document.createElement('a')
        a.href = d.url
        a.textContent = d.meta.title ?? d.url
        h.append(a)
        const p = document.createElement('p')
        // Pagefind's excerpt is the page's own text, escaped, with <mark> around the matches.
        p.innerHTML = d.excerpt
        li.append(h, p)
        list.append(li)
      }
      list.hidden = data.length === 0
    } catch {
      if (id === latest) status.textContent = msg('Error')
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const q = input.value.trim()
    const url = new URL(location.href)
    if (q) url.searchParams.set('q', q)
    else url.searchParams.delete('q')
    history.pushState(null, '', url)
    void run(q)
  })
  addEventListener('popstate', () => {
    const q = new URLSearchParams(location.search).get('q') ?? ''
    input.value = q
    void run(q.trim())
  })

  const initial = new URLSearchParams(location.search).get('q') ?? ''
  input.value = initial
  if (initial.trim()) void run(initial.trim())
  // Fetch the index while the visitor types, not before they show an interest.
  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true })
}
