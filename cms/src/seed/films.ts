/**
 * Films. The awareness campaign's films: neither the files nor their YouTube/Vimeo ids are known,
 * and a published film needs one of them, so that entry is a draft with a generated poster for
 * staff to complete and publish. "Report it: who to call" is this site's own short film (title
 * cards and a synthetic narrator, made by cms/bin/make-film-assets.sh): uploaded, with English
 * and Urdu captions, an audio-described version and a transcript, so it is published.
 */
import { readFileSync } from 'node:fs'

import { doc, h2, p } from '@hcri/shared/lexical'

import { ensureBySlug, report, type SeedContext } from './context'
import { assetPath, ensureFile } from './files'
import { altFor, ensureImage, palettes } from './images'

export const filmSlugs = ['hate-crime-awareness-campaign-film', 'report-it-who-to-call']

/** What the narrator says, card by card (the captions' words), and what each card shows. */
const lines = {
  en: [
    [
      'Hate crime: anyone can be targeted.',
      'If you experience or see a hate crime, you can report it.',
    ],
    ['In an emergency, call 999.', 'In an emergency, call 999.'],
    [
      'Not an emergency? Call 101 or report online with True Vision.',
      'If it is not an emergency, call 101, or report online with True Vision.',
    ],
    [
      'Stop Hate UK: 0800 138 1625, 24 hours.',
      'For support, call Stop Hate UK on 0800 138 1625, 24 hours a day.',
    ],
    ['Victim Support: 08 08 16 89 111, free.', 'Or call Victim Support free on 08 08 16 89 111.'],
  ],
  // Our translation of the narration (as in the Urdu captions): for a fluent speaker to check.
  ur: [
    'اگر آپ ہیٹ کرائم کا سامنا کریں یا اسے ہوتا دیکھیں تو آپ اس کی رپورٹ کر سکتے ہیں۔',
    'ایمرجنسی میں 999 پر کال کریں۔',
    'اگر ایمرجنسی نہیں ہے تو 101 پر کال کریں، یا True Vision کے ذریعے آن لائن رپورٹ کریں۔',
    'مدد کے لیے Stop Hate UK کو 0800 138 1625 پر کال کریں، دن کے 24 گھنٹے۔',
    'یا Victim Support کو 08 08 16 89 111 پر مفت کال کریں۔',
  ],
}

async function seedOwnFilm(ctx: SeedContext) {
  const slug = filmSlugs[1]!
  await ensureBySlug(ctx, 'films', slug, async () => {
    const title = 'Report it: who to call'
    const file = (asset: string, mimetype: string, alt?: string) =>
      ensureFile(ctx, { asset: `film/${asset}`, mimetype, alt })
    const film = await ctx.payload.create({
      collection: 'films',
      depth: 0,
      data: {
        title,
        slug,
        summary:
          'Under a minute on where to report a hate crime and where to get support: 999, 101, True Vision, Stop Hate UK and Victim Support.',
        producer: 'Walsall Hate Crime Reduction Initiative',
        releaseDate: '2026-11-23T12:00:00.000Z',
        provider: 'upload',
        video: await file('report-it.webm', 'video/webm'),
        poster: await file(
          'report-it-poster.jpg',
          'image/jpeg',
          'White words on a dark teal card: “Hate crime: anyone can be targeted.”',
        ),
        captions: [
          { language: 'en', label: 'English', file: await file('report-it.en.vtt', 'text/vtt') },
          { language: 'ur', label: 'اردو', file: await file('report-it.ur.vtt', 'text/vtt') },
        ],
        audioDescribed: {
          video: await file('report-it-described.webm', 'video/webm'),
        },
        transcript: doc(() => [
          h2('Narration and what is on screen'),
          ...lines.en.map(([card, said]) => p(`${said} (On screen: “${card}”)`)),
        ]),
        duration: Math.round(Number(readFileSync(assetPath('film/duration.txt'), 'utf8'))),
        _status: 'published',
      },
    })
    await ctx.payload.update({
      collection: 'films',
      id: film.id,
      locale: 'ur',
      depth: 0,
      data: {
        title: 'رپورٹ کریں: کس کو کال کریں',
        summary:
          'ایک منٹ سے کم میں: ہیٹ کرائم کی رپورٹ کہاں کریں اور مدد کہاں سے لیں — 999، 101، True Vision، Stop Hate UK اور Victim Support۔',
        transcript: doc(() => lines.ur.map((said) => p(said)), { dir: 'rtl' }),
        _status: 'published',
      },
    })
    return film
  })
}

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
  await seedOwnFilm(ctx)
  report(ctx, 'films')
}
