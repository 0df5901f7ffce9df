import type { GlobalConfig } from 'payload'

import { embedOriginProblem } from '@hcri/shared/settings'

import { anyone } from '../access/anyone'
import { isAdmin } from '../access/isAdmin'
import { email, httpUrl, phone } from '../lib/validate'

/** Facts shown on every page. Admins only: a wrong number here is wrong everywhere. */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: 'Site settings',
  admin: {
    group: 'Admin',
    description:
      'Name, contact, emergency numbers and the quick exit. Changes appear on every page.',
  },
  access: { read: anyone, update: isAdmin },
  fields: [
    {
      name: 'siteName',
      type: 'text',
      required: true,
      localized: true,
      defaultValue: 'Walsall Hate Crime Reduction Initiative',
    },
    {
      name: 'tagline',
      type: 'text',
      localized: true,
      admin: { description: 'One line under the name.' },
    },
    {
      name: 'contactEmail',
      type: 'text',
      required: true,
      defaultValue: 'admin@bc-innovate.co.uk',
      validate: email({ required: true }),
      admin: { description: 'The confidential contact address shown on the site.' },
    },
    {
      name: 'emergency',
      type: 'group',
      label: 'Emergency panel',
      admin: {
        description:
          'Shown wherever people may need help now. Check these against the police and True Vision.',
      },
      fields: [
        {
          name: 'emergencyNumber',
          type: 'text',
          required: true,
          defaultValue: '999',
          validate: phone({ required: true }),
          admin: { description: 'In an emergency, when someone is in danger now.' },
        },
        {
          name: 'nonEmergencyNumber',
          type: 'text',
          required: true,
          defaultValue: '101',
          validate: phone({ required: true }),
          admin: { description: 'Police non-emergency number.' },
        },
        {
          name: 'textphone',
          type: 'text',
          defaultValue: '18001 101',
          validate: phone(),
          admin: { description: 'Textphone for the non-emergency number.' },
        },
        {
          name: 'onlineReportingUrl',
          type: 'text',
          required: true,
          defaultValue: 'https://www.report-it.org.uk/',
          validate: httpUrl({ required: true }),
          admin: { description: 'Where to report online (True Vision).' },
        },
        {
          name: 'onlineReportingLabel',
          type: 'text',
          localized: true,
          defaultValue: 'Report online with True Vision',
        },
      ],
    },
    {
      name: 'quickExitUrl',
      type: 'text',
      required: true,
      defaultValue: 'https://www.bbc.co.uk/weather',
      validate: (value: unknown) => {
        const ok = httpUrl({ required: true })(value)
        if (ok !== true) return ok
        return String(value).startsWith('https://')
          ? true
          : 'The quick exit must go to a secure site (https://).'
      },
      admin: {
        description:
          'A neutral site the "Leave this site" button goes to. Choose something ordinary, like the weather.',
      },
    },
    {
      name: 'defaultShareImage',
      type: 'upload',
      relationTo: 'media',
      admin: {
        description:
          'Image shown when a page is shared and has none of its own (1200 × 630 works best).',
      },
    },
    {
      name: 'embedAllowList',
      type: 'array',
      labels: { singular: 'Partner site', plural: 'Partner sites' },
      admin: {
        description: 'Sites allowed to embed resources. Leave empty to let any site embed them.',
      },
      // The same rule the site build applies: a site's own https address, no page, no wildcard.
      fields: [
        {
          name: 'origin',
          type: 'text',
          required: true,
          validate: (value: unknown) => embedOriginProblem(value) ?? true,
          admin: { description: 'e.g. https://go.walsall.gov.uk' },
        },
      ],
    },
  ],
}
