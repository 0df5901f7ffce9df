import type { DateField } from 'payload'

/** Facts go out of date (the law on hate crime is changing): every page says when it was checked. */
export const lastReviewed: DateField = {
  name: 'lastReviewed',
  type: 'date',
  required: true,
  defaultValue: () => new Date().toISOString(),
  admin: {
    position: 'sidebar',
    date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' },
    description:
      'When someone last checked that this is still true. Shown to visitors as "Last reviewed".',
  },
}
