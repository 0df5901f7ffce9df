/**
 * Draft preview: one request's unpublished document, laid over the published content so the
 * site's own views render it exactly as it would go live. Held in AsyncLocalStorage, so
 * concurrent previews never see each other's drafts and prerendered pages never see any.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

import type { PublicCollection } from '@hcri/shared/enums'

export type Preview = {
  collection: PublicCollection
  /** The latest version of the document (draft or published), every language (`locale=all`). */
  doc: Record<string, unknown> & { id: number | string; slug?: string | null }
}

export const previewStore = new AsyncLocalStorage<Preview>()

export const currentPreview = (): Preview | undefined => previewStore.getStore()

/**
 * Asks the CMS for the draft. The CMS checks the signature and expiry the admin's Preview button
 * put in the link, so this server holds no secret and no staff credentials.
 */
export async function fetchDraft(
  cmsUrl: string,
  collection: PublicCollection,
  id: string,
  search: URLSearchParams,
): Promise<Preview['doc'] | undefined> {
  const query = new URLSearchParams({ exp: search.get('exp') ?? '', sig: search.get('sig') ?? '' })
  const res = await fetch(
    `${cmsUrl}/api/publish/preview/${collection}/${encodeURIComponent(id)}?${query}`,
    {
      signal: AbortSignal.timeout(15_000),
    },
  )
  if (!res.ok) return undefined
  return (await res.json()) as Preview['doc']
}

/** Marks every previewed page: a banner on the page, and no indexing even if a link leaks. */
export function markPreview(html: string, message: string): string {
  return (
    html
      .replace('<head>', '<head><meta name="robots" content="noindex, nofollow">')
      // Staff-facing and in English like the admin, whatever the page's language.
      .replace(
        /<body([^>]*)>/,
        `<body$1><p class="preview-banner" role="note" lang="en" dir="ltr">${message}</p>`,
      )
  )
}
