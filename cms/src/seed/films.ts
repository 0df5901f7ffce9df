/**
 * The awareness campaign's films. Neither the files nor their YouTube/Vimeo ids are known, and a
 * published film needs one of them, so the entry is a draft with a generated poster for staff to
 * complete (upload the film, captions, transcript) and publish.
 */
import { ensureBySlug, report, type SeedContext } from './context'
import { altFor, ensureImage, palettes } from './images'

export const filmSlugs = ['hate-crime-awareness-campaign-film']

export async function seedFilms(ctx: SeedContext) {
  const title = 'Hate Crime Awareness Campaign'
  await ensureBySlug(ctx, 'films', filmSlugs[0], async () =>
    ctx.payload.create({
      collection: 'films',
      depth: 0,
      draft: true,
      data: {
        title,
        slug: filmSlugs[0],
        summary:
          'People share their own experiences of hate crime, and encourage others to come forward if they experience or see a hate crime.',
        producer: 'Method in Motion',
        // Preferred source: no third party. The file itself is still to be uploaded.
        provider: 'upload',
        poster: await ensureImage(ctx, {
          key: 'film-hate-crime-awareness-campaign',
          title,
          kicker: 'Film',
          palette: palettes.teal,
          alt: altFor(title, palettes.teal, 'Film'),
        }),
        _status: 'draft',
      },
    }),
  )
  report(ctx, 'films')
}
