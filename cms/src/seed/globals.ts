/**
 * Site settings, navigation and footer. A global someone has already saved is left alone.
 */
import type { GlobalSlug } from 'payload'

import { contactEmail, report, type SeedContext } from './context'
import { ensureImage, palettes } from './images'

/** Payload returns defaults for a global that was never saved, but no `createdAt`. */
async function saved(ctx: SeedContext, slug: GlobalSlug) {
  const doc = (await ctx.payload.findGlobal({ slug, depth: 0 })) as { createdAt?: string | null }
  return Boolean(doc.createdAt)
}

async function ensureGlobal(ctx: SeedContext, slug: GlobalSlug, update: () => Promise<unknown>) {
  if (await saved(ctx, slug)) ctx.tally('globals').existing++
  else {
    await update()
    ctx.tally('globals').created++
  }
}

const link = (label: string, url: string) => ({ link: { label, url } })

export async function seedGlobals(ctx: SeedContext) {
  const { payload } = ctx
  await ensureGlobal(ctx, 'site-settings', async () =>
    payload.updateGlobal({
      slug: 'site-settings',
      depth: 0,
      data: {
        siteName: 'Walsall Hate Crime Reduction Initiative',
        tagline: 'Working together to reduce all forms of hate crime across Walsall.',
        contactEmail,
        emergency: {
          emergencyNumber: '999',
          nonEmergencyNumber: '101',
          textphone: '18001 101',
          onlineReportingUrl: 'https://www.report-it.org.uk/',
          onlineReportingLabel: 'Report online with True Vision',
        },
        quickExitUrl: 'https://www.bbc.co.uk/weather',
        defaultShareImage: await ensureImage(ctx, {
          key: 'share-default',
          title: 'Reducing all forms of hate crime across Walsall',
          palette: palettes.teal,
          alt: 'Illustration with soft pale teal shapes and the words “Reducing all forms of hate crime across Walsall” above the name Walsall Hate Crime Reduction Initiative.',
        }),
      },
    }),
  )
  await ensureGlobal(ctx, 'navigation', async () =>
    payload.updateGlobal({
      slug: 'navigation',
      depth: 0,
      data: {
        items: [
          link('Resources', '/resources/'),
          link('Report', '/report/'),
          link('Safe spaces', '/safe-spaces/'),
          link('Films', '/films/'),
          link('Stories', '/stories/'),
          link('Events', '/events/'),
        ],
      },
    }),
  )
  await ensureGlobal(ctx, 'footer', async () =>
    payload.updateGlobal({
      slug: 'footer',
      depth: 0,
      data: {
        about:
          'A community-led initiative by Black Country Innovate CIC and partners to reduce all forms of hate crime across Walsall.',
        // Web addresses only where they are certain; the others are named without a link.
        partners: [
          { name: 'Black Country Innovate CIC' },
          { name: 'De Montfort University', url: 'https://www.dmu.ac.uk/' },
          { name: 'West Midlands Police', url: 'https://www.west-midlands.police.uk/' },
          { name: 'Walsall Council', url: 'https://go.walsall.gov.uk/' },
          { name: 'Safer Walsall Partnership' },
          { name: 'Walsall for All' },
        ],
        links: [
          link('Staying safe online', '/staying-safe-online/'),
          link('Privacy', '/privacy/'),
          link('Accessibility', '/accessibility/'),
          link('Embed our resources', '/partners/embed/'),
          link('Contact us in confidence', `mailto:${contactEmail}`),
        ],
      },
    }),
  )
  report(ctx, 'globals')
}
