import type { Block } from 'payload'

import { eventTypes, localities } from '@hcri/shared'

/** The next upcoming events, optionally of one type or locality. */
export const EventList: Block = {
  slug: 'eventList',
  interfaceName: 'EventListBlock',
  labels: { singular: 'Event list', plural: 'Event lists' },
  fields: [
    { name: 'heading', type: 'text', localized: true },
    { name: 'type', type: 'select', options: eventTypes.map((c) => ({ ...c })) },
    { name: 'locality', type: 'select', options: localities.map((c) => ({ ...c })) },
    { name: 'limit', type: 'number', defaultValue: 3, min: 1, max: 12 },
  ],
}
