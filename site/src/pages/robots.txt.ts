import type { APIRoute } from 'astro'

/** Everything may be indexed except the quick-exit hop and the chrome-less embeds. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL('/sitemap-index.xml', site ?? 'http://localhost:4321').href
  return new Response(
    ['User-agent: *', 'Disallow: /exit/', 'Disallow: /*/exit/', 'Disallow: /embed/', '', `Sitemap: ${sitemap}`, ''].join('\n'),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  )
}
