import type { APIRoute } from 'astro'

import { absoluteUrl } from '../lib/routes'

/** Everything may be indexed except the quick-exit hop and the chrome-less embeds. */
export const GET: APIRoute = () => {
  const sitemap = absoluteUrl('/sitemap-index.xml')
  return new Response(
    [
      'User-agent: *',
      'Disallow: /exit/',
      'Disallow: /*/exit/',
      'Disallow: /embed/',
      '',
      `Sitemap: ${sitemap}`,
      '',
    ].join('\n'),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  )
}
