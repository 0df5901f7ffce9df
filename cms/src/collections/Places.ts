import type { CollectionConfig } from 'payload'

import { localities, locales, placeKinds } from '@hcri/shared'

import { slug } from '../fields/slug'
import { email, httpUrl, numberInRange, phone, postcode } from '../lib/validate'
import { publicCollection } from '../lib/publicCollection'
import { lastReviewed } from '../fields/lastReviewed'

/**
 * Safe spaces and third-party hate crime reporting centres in Walsall. Not the national "Safe
 * Spaces" domestic-abuse scheme in pharmacies and banks.
 */
export const Places: CollectionConfig = publicCollection({
  slug: 'places',
  labels: { singular: 'Place', plural: 'Places' },
  admin: {
    group: 'Content',
    useAsTitle: 'name',
    defaultColumns: ['name', 'kinds', 'locality', '_status'],
    description:
      'Safe spaces and hate crime reporting centres in Walsall. Check every address and phone number with the place before publishing: visitors will go there.',
  },
  defaultPopulate: { name: true, slug: true, kinds: true, locality: true, postcode: true },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      admin: { description: 'The name on the door, e.g. "Walsall Citizens Advice".' },
    },
    slug({ useAsSlug: 'name' }),
    {
      name: 'kinds',
      type: 'select',
      hasMany: true,
      required: true,
      options: placeKinds.map((k) => ({ ...k })),
      admin: { description: 'What people can do here.' },
    },
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      maxLength: 300,
      admin: { description: 'What help is on offer, in a sentence.' },
    },
    {
      name: 'locality',
      type: 'select',
      required: true,
      options: localities.filter((l) => l.value !== 'online').map((l) => ({ ...l })),
    },
    { name: 'address', type: 'textarea', required: true },
    {
      name: 'postcode',
      type: 'text',
      required: true,
      validate: postcode({ required: true }),
      admin: { description: 'e.g. WS1 1TP. Used by the postcode search.' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'latitude',
          type: 'number',
          validate: numberInRange(49, 61, 'Latitude'),
          admin: {
            width: '50%',
            step: 0.000001,
            description: 'For the map, e.g. 52.5862. Optional.',
          },
        },
        {
          name: 'longitude',
          type: 'number',
          validate: numberInRange(-8, 2, 'Longitude'),
          admin: {
            width: '50%',
            step: 0.000001,
            description: 'For the map, e.g. -1.9829. Optional.',
          },
        },
      ],
    },
    {
      name: 'openingHours',
      type: 'textarea',
      localized: true,
      admin: { description: 'e.g. "Monday to Friday, 9am to 5pm".' },
    },
    {
      type: 'row',
      fields: [
        { name: 'phone', type: 'text', validate: phone(), admin: { width: '33%' } },
        { name: 'email', type: 'text', validate: email(), admin: { width: '33%' } },
        { name: 'website', type: 'text', validate: httpUrl(), admin: { width: '34%' } },
      ],
    },
    {
      name: 'languages',
      type: 'select',
      hasMany: true,
      options: locales.map((l) => ({ label: l.label, value: l.code })),
      admin: { description: 'Languages staff there speak.' },
    },
    {
      name: 'otherLanguages',
      type: 'text',
      admin: { description: 'Other languages spoken, e.g. "Gujarati, BSL".' },
    },
    {
      name: 'stepFreeAccess',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'Tick if a wheelchair user can get in without steps.' },
    },
    {
      name: 'notes',
      type: 'textarea',
      localized: true,
      admin: { description: 'Anything else visitors should know. Shown on the site.' },
    },
    lastReviewed,
  ],
})
