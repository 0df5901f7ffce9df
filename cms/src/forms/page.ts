/**
 * The small page the CMS answers a plain (no JavaScript) form POST with: self-contained (no
 * script, its one style allowed by hash), in the visitor's language, with the quick exit and a
 * link back. Its title names only the site, so the browser's history shows nothing more.
 */
import { createHash } from 'node:crypto'

import { fallbackAttrs, t, type UiKey } from '@hcri/shared/i18n'
import { localeInfo, type Locale } from '@hcri/shared/locales'

const escape = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  )

const style = `body{margin:0;font:1.125rem/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fff}
header{display:flex;justify-content:flex-end;padding:.75rem;background:#f3f0f7}
main{max-width:40rem;margin:0 auto;padding:1.5rem 1rem}
h1{font-size:1.6rem;line-height:1.25}
a{color:#4b1d78}
:lang(ur){font-family:"Noto Nastaliq Urdu","Noto Naskh Arabic","Segoe UI",Tahoma,system-ui,sans-serif;line-height:2}
:lang(bn){font-family:"Noto Sans Bengali","Nirmala UI",system-ui,sans-serif}
:lang(pa){font-family:"Noto Sans Gurmukhi","Nirmala UI",system-ui,sans-serif}
.exit{display:inline-block;padding:.75rem 1rem;background:#b00020;color:#fff;font-weight:700;text-decoration:none;border-radius:.25rem;min-height:44px;box-sizing:border-box}
.exit:focus,a:focus{outline:3px solid #1a1a1a;outline-offset:2px}
.code{font:700 1.6rem/1.4 ui-monospace,monospace;letter-spacing:.08em}
.back{display:inline-block;margin-top:1rem;padding:.5rem 0;min-height:44px}`

const styleHash = createHash('sha256').update(style).digest('base64')

export const pageHeaders = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': `default-src 'none'; style-src 'sha256-${styleHash}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
}

export function resultPage(options: {
  locale: Locale
  title: UiKey
  body: UiKey
  vars?: Record<string, string | number>
  backHref: string
  exitHref: string
  email?: string
  /** A value to show once under the text, large and copyable (the survey's withdrawal code). */
  detail?: { label: UiKey; value: string }
}): string {
  const { locale } = options
  const info = localeInfo(locale)
  const text = (key: UiKey, vars?: Record<string, string | number>) => {
    const attrs = fallbackAttrs(locale, key)
    const lang = attrs.lang ? ` lang="${attrs.lang}" dir="ltr"` : ''
    return { lang, html: escape(t(locale, key, vars)) }
  }
  const title = text(options.title)
  const body = text(options.body, options.vars)
  const exit = text('quickExit.label')
  const back = text('support.back')
  const email = options.email
    ? `<p><span${text('support.emailInstead').lang}>${text('support.emailInstead').html}</span> <a dir="ltr" href="mailto:${escape(options.email)}">${escape(options.email)}</a></p>`
    : ''
  const detail = options.detail
    ? `<p${text(options.detail.label).lang}>${text(options.detail.label).html}<br><strong class="code" dir="ltr">${escape(options.detail.value)}</strong></p>`
    : ''
  return `<!doctype html>
<html lang="${locale}" dir="${info.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="referrer" content="no-referrer">
<title>${escape(t(locale, 'site.name'))}</title>
<style>${style}</style>
</head>
<body>
<header><a class="exit" href="${escape(options.exitHref)}" rel="noreferrer"${exit.lang}>${exit.html}</a></header>
<main>
<h1${title.lang}>${title.html}</h1>
<p${body.lang}>${body.html}</p>
${detail}${email}
<a class="back" href="${escape(options.backHref)}"${back.lang}>${back.html}</a>
</main>
</body>
</html>
`
}
