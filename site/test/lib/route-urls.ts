/**
 * What a route file under src/pages builds, from its own `getStaticPaths`: each page's URL as
 * Astro names it (a rest param left undefined drops out, as English's locale does) and its props.
 * Tests assert these against written-out URLs, so a route file and the helpers it calls are
 * checked together.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const pagesDir = fileURLToPath(new URL('../../src/pages/', import.meta.url))

type StaticPath = { params: Record<string, unknown>; props?: Record<string, unknown> }
export type BuiltPage = { url: string; props: Record<string, unknown> }

/** `route` is the file's path under src/pages, e.g. `[...locale]/films/[slug].astro`. */
export async function builtPages(route: string): Promise<BuiltPage[]> {
  const mod = (await import(/* @vite-ignore */ path.join(pagesDir, route))) as {
    getStaticPaths: () => StaticPath[] | Promise<StaticPath[]>
  }
  // Pages are directories (trailingSlash: 'always'); endpoints keep their file name.
  const isPage = route.endsWith('.astro')
  const segments = route
    .replace(/\.(astro|ts)$/, '')
    .replace(/(^|\/)index$/, '')
    .split('/')
  const names = [...route.matchAll(/\[(?:\.\.\.)?(\w+)\]/g)].map((m) => m[1]!)
  return (await mod.getStaticPaths()).map(({ params, props = {} }) => {
    // Astro rejects a param the route does not have, or one that is not a string.
    for (const [name, value] of Object.entries(params)) {
      if (!names.includes(name)) throw new Error(`${route} has no param "${name}"`)
      if (value !== undefined && typeof value !== 'string')
        throw new Error(`${route}: param "${name}" is not a string`)
    }
    const filled = segments.map((segment) =>
      segment.replace(/\[(\.\.\.)?(\w+)\]/g, (_, rest: string | undefined, name: string) => {
        const value = params[name] as string | undefined
        if (value === undefined && !rest) throw new Error(`${route} needs param "${name}"`)
        return value ?? ''
      }),
    )
    const url = `/${filled.filter(Boolean).join('/')}`
    return { url: isPage && url !== '/' ? `${url}/` : url, props }
  })
}

/** The URLs of `builtPages`. */
export const builtUrls = async (route: string) => (await builtPages(route)).map((p) => p.url)

/** The prefixes of the five languages, English (none) first: what every localized page repeats under. */
export const prefixes = ['', '/ur', '/pa', '/bn', '/pl']

/** `paths` under every language's prefix, English first, as the site builds localized pages. */
export const inEveryLanguage = (paths: string[]) =>
  prefixes.flatMap((prefix) => paths.map((p) => `${prefix}${p}`))
