import type { CollectionConfig } from 'payload'

import { reservedSlugs } from '@hcri/shared/routes'

import { CallToAction } from '../blocks/CallToAction/config'
import { Content } from '../blocks/Content/config'
import { EventList } from '../blocks/EventList/config'
import { FilmFeature } from '../blocks/FilmFeature/config'
import { Hero } from '../blocks/Hero/config'
import { ResourceList } from '../blocks/ResourceList/config'
import { StoryList } from '../blocks/StoryList/config'
import { lastReviewed } from '../fields/lastReviewed'
import { slug } from '../fields/slug'
import { publicCollection } from '../lib/publicCollection'

/** The initiative's own pages (about, the five elements, research…) built from blocks. */
export const Pages: CollectionConfig = publicCollection({
  slug: 'pages',
  labels: { singular: 'Page', plural: 'Pages' },
  admin: {
    group: 'Content',
    useAsTitle: 'title',
    description:
      'Pages about the initiative, e.g. "About", "Restorative justice". Build them from blocks.',
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    // Pages sit at the root beside the site's own sections: the route table says which words are taken.
    slug({ reserved: reservedSlugs }),
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      maxLength: 300,
      admin: { description: 'One or two sentences for search results and sharing.' },
    },
    {
      name: 'layout',
      type: 'blocks',
      required: true,
      minRows: 1,
      blocks: [Hero, Content, CallToAction, FilmFeature, ResourceList, EventList, StoryList],
      admin: { initCollapsed: false, description: 'Add blocks in the order they should appear.' },
    },
    {
      name: 'showInNavigation',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        position: 'sidebar',
        description: 'Tick to offer this page in the menu (edit the menu in Navigation).',
      },
    },
    lastReviewed,
  ],
})
