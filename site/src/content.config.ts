import { defineCollection } from 'astro:content'

import { dumpLoader, payloadGlobalLoader, payloadLoader } from '@hcri/shared/loader'

import { afterStartGate } from './lib/startGate'

/** A file of the same entries to build from instead of the CMS (the benchmark's baseline). */
const dump = process.env.CONTENT_DUMP

/**
 * Published CMS content, synced incrementally at build time (see @hcri/shared/loader). Relations
 * are ids: pages look them up in these collections, so nothing is ever stale.
 */
const fromCms = (collection: string, drafts = true) =>
  defineCollection({
    loader: afterStartGate(
      dump ? dumpLoader({ name: collection, file: dump }) : payloadLoader({ collection, drafts }),
    ),
  })
const global = (name: string) =>
  defineCollection({
    loader: afterStartGate(
      dump ? dumpLoader({ name, file: dump }) : payloadGlobalLoader({ global: name }),
    ),
  })

export const collections = {
  resources: fromCms('resources'),
  films: fromCms('films'),
  stories: fromCms('stories'),
  events: fromCms('events'),
  places: fromCms('places'),
  pages: fromCms('pages'),
  // Media has no drafts: every upload is public.
  media: fromCms('media', false),
  // Surveys have no drafts: open ones are listed, published findings drawn.
  surveys: fromCms('surveys', false),
  'site-settings': global('site-settings'),
  navigation: global('navigation'),
  footer: global('footer'),
}
