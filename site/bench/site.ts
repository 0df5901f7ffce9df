/**
 * The built site: THE site build (site/bin/build.ts, as `pnpm build` and the publisher run it),
 * the figures its output gives, and the weight of a page as a visitor downloads it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib'

import { countHtml } from '../bin/build'

import { log, round, siteDir } from './cli'
import { run, tsxArgv, type Env } from './servers'

// ---------------------------------------------------------------------------------------------
// Build the site into DIR
// ---------------------------------------------------------------------------------------------

/**
 * Builds the site into `out` (pages in `out`/client) with its content-layer store in `cache`:
 * site/bin/build.ts, the one build command (astro build, then Pagefind). Under /usr/bin/time -v
 * when the machine has it, for CPU time and peak memory. Its output goes to `logFile`; resolves
 * with its exit code.
 */
export function buildSite(out: string, cache: string, env: Env, logFile: string): Promise<number> {
  const argv = tsxArgv(path.join(siteDir, 'bin', 'build.ts'), ['--out', out, '--cache', cache])
  const hasTime = existsSync('/usr/bin/time')
  if (!hasTime) log('no /usr/bin/time (apt-get install -y time): CPU and peak memory not measured')
  return hasTime
    ? run('/usr/bin/time', ['-v', process.execPath, ...argv], { cwd: siteDir, env, logFile })
    : run(process.execPath, argv, { cwd: siteDir, env, logFile })
}

/** Why a build failed, from its log: build.ts's own last word, else the first error, and the tail. */
export function buildFailure(logText: string, code: number): string {
  const output = logText.split('\tCommand being timed:')[0]!.trimEnd()
  const reason =
    /^Site build failed: (.*)$/m.exec(output)?.[1] ??
    /^\S*Error\b.*$/m.exec(output)?.[0] ??
    output.split('\n').at(-1)
  return `the site build failed (exit ${code}): ${reason}\n${output.split('\n').slice(-30).join('\n')}`
}

/** The figures of a build from its log (Astro's output, build.ts's summary, /usr/bin/time's). */
export function buildFigures(logText: string, outDir: string) {
  /** Astro's durations: "28ms", "1.65s", "1m 4s". */
  const seconds = (re: RegExp) => {
    const m = re.exec(logText)
    const d = m && /^(?:(\d+)m\s*)?([\d.]+)(ms|s)$/.exec(m[1]!)
    if (!d) return null
    return round(Number(d[1] ?? 0) * 60 + Number(d[2]) * (d[3] === 'ms' ? 0.001 : 1), 2)
  }
  // build.ts's last line: "Site built: N pages in T s (astro build A s, pagefind P s) into DIR".
  const summary = /\(astro build ([\d.]+) s, pagefind ([\d.]+) s\)/.exec(logText)
  if (!summary) throw new Error("the build printed no summary line with its steps' times")
  const astroMs = round(Number(summary[1]) * 1000)
  const pagefindMs = round(Number(summary[2]) * 1000)
  const pages = Number(/(\d+) page\(s\) built/.exec(logText)?.[1] ?? countHtml(outDir))
  // GNU time's plain seconds ("286.16"), not Astro's durations.
  const timeS = (name: string) =>
    Number(new RegExp(`${name} time \\(seconds\\): ([\\d.]+)`).exec(logText)?.[1] ?? NaN)
  const cpuS = timeS('User') + timeS('System')
  const cpuPercent = Number(/Percent of CPU this job got: (\d+)%/.exec(logText)?.[1] ?? NaN)
  const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(logText)?.[1] ?? NaN)
  const byLocale: Record<string, number> = {}
  for (const entry of readdirSync(outDir, { withFileTypes: true })) {
    const key = entry.isDirectory() && /^(ur|pa|bn|pl)$/.test(entry.name) ? entry.name : 'en'
    byLocale[key] =
      (byLocale[key] ?? 0) +
      (entry.isDirectory()
        ? countHtml(path.join(outDir, entry.name))
        : entry.name.endsWith('.html')
          ? 1
          : 0)
  }
  return {
    astroMs,
    pages,
    htmlFiles: countHtml(outDir),
    htmlFilesByLocale: byLocale,
    phases: {
      syncAndTypesS: seconds(/\[types\] Generated ((?:\d+m )?[\d.]+m?s)/),
      staticRoutesS: seconds(
        /(?:generating|prerendering) static routes[\s\S]*?Completed in ((?:\d+m )?[\d.]+m?s)/,
      ),
      optimizedImagesS: seconds(
        /generating optimized images[\s\S]*?Completed in ((?:\d+m )?[\d.]+m?s)/,
      ),
    },
    // CPU seconds barely depend on other load; wall time does (see cpuPercent). Astro, Pagefind
    // and the build command's own start-up together.
    cpuSeconds: Number.isNaN(cpuS) ? null : round(cpuS, 1),
    cpuPercent: Number.isNaN(cpuPercent) ? null : cpuPercent,
    msPerPage: round(astroMs / pages, 2),
    peakRssMiB: Number.isNaN(rssKb) ? null : round(rssKb / 1024),
    pagefindMs,
    totalMs: astroMs + pagefindMs,
    outputMiB: round(dirSize(outDir) / 2 ** 20, 1),
  }
}

/** The HTML of a page plus the CSS and JS it loads (following static JS imports). */
export function pageWeight(outDir: string, pagePath: string) {
  const htmlFile = path.join(outDir, pagePath, 'index.html')
  const files = new Set<string>([htmlFile])
  const html = readFileSync(htmlFile, 'utf8')
  const local = (ref: string, from: string) => {
    if (/^(https?:)?\/\//.test(ref) || ref.startsWith('data:')) return undefined
    const clean = ref.split(/[?#]/)[0]!
    const file = clean.startsWith('/')
      ? path.join(outDir, clean)
      : path.resolve(path.dirname(from), clean)
    return existsSync(file) ? file : undefined
  }
  const scripts: string[] = []
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    const rel = /\brel=["']?([^"'\s>]+)/i.exec(tag)?.[1] ?? ''
    const href = /\bhref=["']?([^"'\s>]+)/i.exec(tag)?.[1]
    const f = href && /^(stylesheet|modulepreload)$/i.test(rel) ? local(href, htmlFile) : undefined
    if (f?.endsWith('.css')) files.add(f)
    else if (f) scripts.push(f)
  }
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    const src = /\bsrc=["']?([^"'\s>]+)/i.exec(tag)?.[1]
    const f = src ? local(src, htmlFile) : undefined
    if (f) scripts.push(f)
  }
  // Static imports load with the page; dynamic import() only on demand (film player, search).
  while (scripts.length) {
    const js = scripts.pop()!
    if (files.has(js)) continue
    files.add(js)
    const code = readFileSync(js, 'utf8')
    for (const m of code.matchAll(
      /(?:^|[;\n}])\s*import\s*(?:[^'"()]*?\bfrom\s*)?["']([^"']+)["']/g,
    )) {
      const f = local(m[1]!, js)
      if (f && !files.has(f)) scripts.push(f)
    }
  }
  const rows = [...files].map((f) => {
    const raw = readFileSync(f)
    return {
      file: path.relative(outDir, f),
      raw: raw.length,
      gzip: gzipSync(raw, { level: 9 }).length,
      brotli: brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length,
    }
  })
  const sum = (k: 'raw' | 'gzip' | 'brotli') => rows.reduce((n, r) => n + r[k], 0)
  return {
    page: pagePath,
    files: rows,
    total: { raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') },
  }
}

/** First generated document of a kind whose page exists in the build (others may be in progress). */
export function findPage(
  outDir: string,
  section: string,
  prefix: string,
  count: number,
): string | undefined {
  for (let i = 1; i <= Math.min(count, 50); i++) {
    const p = `/${section}/${prefix}-${i}/`
    if (existsSync(path.join(outDir, p, 'index.html'))) return p
  }
  return undefined
}

const dirSize = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (n, e) =>
      n +
      (e.isDirectory() ? dirSize(path.join(dir, e.name)) : statSync(path.join(dir, e.name)).size),
    0,
  )
