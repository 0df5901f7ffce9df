import type { CollectionConfig } from 'payload'

import { eventStatuses, eventTypes, localities, siteTimeZone } from '@hcri/shared'

import { email, httpUrl, postcode } from '../../lib/validate'
import { slug } from '../../fields/slug'
import { publicCollection } from '../../lib/publicCollection'
import { endAfterStart } from './endAfterStart'

const when = {
  pickerAppearance: 'dayAndTime' as const,
  displayFormat: 'EEE d MMM yyyy, HH:mm',
  timeIntervals: 15,
}

/** Training, awareness and community events. Times are Walsall time (Europe/London). */
export const Events: CollectionConfig = publicCollection({
  slug: 'events',
  labels: { singular: 'Event', plural: 'Events' },
  admin: {
    group: 'Content',
    useAsTitle: 'title',
    defaultColumns: ['title', 'start', 'locality', 'status', '_status'],
    description: `Events such as Stand By Me Ambassador training. Times are in UK time (${siteTimeZone}).`,
  },
  defaultPopulate: {
    title: true,
    slug: true,
    summary: true,
    start: true,
    end: true,
    locality: true,
    status: true,
  },
  hooks: { beforeValidate: [endAfterStart] },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    slug(),
    { name: 'summary', type: 'textarea', required: true, localized: true, maxLength: 300 },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      admin: { description: 'Longer details: who it is for, what to bring, accessibility.' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'type',
          type: 'select',
          required: true,
          options: eventTypes.map((t) => ({ ...t })),
          admin: { width: '50%' },
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'scheduled',
          options: eventStatuses.map((s) => ({ ...s })),
          // PostgreSQL names a select's enum after its field: `enum_events_status` is also the
          // drafts' `_status` enum, and the two collided (the migration failed on 'scheduled').
          enumName: ({ tableName }) => `enum_${tableName}_event_status`,
          admin: {
            width: '50%',
            description:
              'Keep events that are postponed or cancelled, so people who saw them know.',
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'start',
          type: 'date',
          required: true,
          admin: { width: '50%', date: when, description: 'UK time.' },
        },
        {
          name: 'end',
          type: 'date',
          required: true,
          admin: { width: '50%', date: when, description: 'UK time. Must be after the start.' },
        },
      ],
    },
    {
      name: 'locality',
      type: 'select',
      required: true,
      options: localities.map((l) => ({ ...l })),
      admin: { description: 'Which part of Walsall, or online.' },
    },
    {
      name: 'venue',
      type: 'text',
      admin: {
        condition: (d) => d?.locality !== 'online',
        description: 'Name of the place, e.g. a community centre.',
      },
    },
    { name: 'address', type: 'textarea', admin: { condition: (d) => d?.locality !== 'online' } },
    {
      name: 'postcode',
      type: 'text',
      validate: postcode(),
      admin: { condition: (d) => d?.locality !== 'online', description: 'e.g. WS1 1TP' },
    },
    {
      name: 'onlineLink',
      type: 'text',
      // A public joining link invites trolls: it may instead be emailed to people who book.
      validate: (
        value: unknown,
        { data }: { data?: { locality?: string; bookingUrl?: string; bookingEmail?: string } },
      ) =>
        data?.locality === 'online' && !value && !data.bookingUrl && !data.bookingEmail
          ? 'Online events need either the joining link or a way to book (booking link or email) so you can send the link.'
          : httpUrl()(value),
      admin: {
        condition: (d) => d?.locality === 'online',
        description:
          'The joining link, starting https://. Shown on the site to everyone: leave it empty to email it to people who book instead.',
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'bookingUrl',
          type: 'text',
          validate: httpUrl(),
          admin: { width: '50%', description: 'Where to book, starting https://' },
        },
        {
          name: 'bookingEmail',
          type: 'text',
          validate: email(),
          admin: { width: '50%', description: 'Or an email address to book.' },
        },
      ],
    },
    {
      name: 'capacity',
      type: 'number',
      min: 1,
      admin: { description: 'How many places (optional).' },
    },
    { name: 'image', type: 'upload', relationTo: 'media' },
  ],
})
