/**
 * Ambassador stories. No real storyteller's words are available, so these are told generally from
 * what the initiative's page says, with role-style names, and say plainly that they are
 * placeholders. Nothing here is a made-up personal experience.
 */
import { callout, doc, h2, link, p, ul, type RichText } from '@hcri/shared/lexical'
import type { Story } from '@hcri/shared/payload-types'

import { ensureBySlug, report, type SeedContext } from './context'
import { altFor, ensureImage, palettes, type Palette } from './images'

export const placeholderConsentNotes =
  "Seed content: replace with the storyteller's own words and consent before launch."

const placeholder = () =>
  callout({
    variant: 'info',
    heading: 'About this story',
    text: 'This story is written from what the initiative has shared about its ambassadors. It will be replaced by an ambassador’s own words.',
  })

type StorySeed = {
  slug: string
  title: string
  anonymous: boolean
  displayName: string
  locality?: Story['locality']
  palette: Palette
  contentWarning?: string
  body: RichText
}

const stories: StorySeed[] = [
  {
    slug: 'why-become-a-stand-by-me-ambassador',
    title: 'Why become a Stand By Me Ambassador?',
    anonymous: false,
    displayName: 'A Stand By Me Ambassador, North Walsall',
    locality: 'north',
    palette: palettes.sand,
    body: doc(() => [
      p(
        'Stand By Me Ambassadors are local people who have trained to stand up to hate crime. The first course ran over two days in October 2019.',
      ),
      h2('What ambassadors learn'),
      ul(
        'what hate crime is, and how it affects people',
        'which services deal with hate crime, and how to reach them',
        'how to step in safely as a bystander',
      ),
      p(
        'Ambassadors take this knowledge and confidence back to their families, friends and communities.',
      ),
      p(
        'A new group of ambassadors will be trained across Walsall. ',
        link('See training dates', '/events/'),
        '.',
      ),
      placeholder(),
    ]),
  },
  {
    slug: 'from-victim-to-hate-crime-ambassador',
    title: 'From victim to Hate Crime Ambassador',
    anonymous: true,
    // Kept for staff; never shown because the story is anonymous.
    displayName: 'A Stand By Me Ambassador',
    palette: palettes.lilac,
    contentWarning: 'Mentions experiences of hate crime, without details.',
    body: doc(() => [
      p(
        'Some Stand By Me Ambassadors have been victims of hate crime themselves. Two of them spoke to BBC Midlands Today about their experiences as victims, and about being Hate Crime Ambassadors now.',
      ),
      p('Speaking out is brave. It shows others that they are not alone, and that help is there.'),
      p(
        'If something like this has happened to you, ',
        link('you can get support', '/resources/get-support/'),
        ', whether or not you report it.',
      ),
      placeholder(),
    ]),
  },
  {
    slug: 'standing-by-your-neighbours',
    title: 'Standing by your neighbours',
    anonymous: false,
    displayName: 'A Stand By Me Ambassador, South Walsall',
    locality: 'south',
    palette: palettes.teal,
    body: doc(() => [
      p(
        'Hate crime does not only hurt the person it is aimed at. It can make a whole street or community feel unsafe.',
      ),
      p(
        'The Stand By Me course teaches how to step in safely if you see a hate crime, and how to help the person afterwards.',
      ),
      p(
        'Read ',
        link('Being an active bystander', '/resources/being-an-active-bystander/'),
        ' to find out what you can do.',
      ),
      placeholder(),
    ]),
  },
]

export const storyCount = stories.length
export const anonymousStorySlug = stories.find((s) => s.anonymous)!.slug

export async function seedStories(ctx: SeedContext) {
  for (const s of stories)
    await ensureBySlug(ctx, 'stories', s.slug, async () =>
      ctx.payload.create({
        collection: 'stories',
        depth: 0,
        data: {
          title: s.title,
          slug: s.slug,
          anonymous: s.anonymous,
          displayName: s.displayName,
          // Anonymous stories never get a portrait; the others get an illustration, not a photo.
          portrait: s.anonymous
            ? undefined
            : await ensureImage(ctx, {
                key: `story-${s.slug}`,
                title: s.title,
                kicker: 'Ambassador story',
                palette: s.palette,
                alt: altFor(s.title, s.palette, 'Ambassador story'),
              }),
          locality: s.locality,
          body: s.body,
          contentWarning: s.contentWarning,
          consent: {
            given: true,
            date: ctx.now.toISOString(),
            notes: placeholderConsentNotes,
          },
          _status: 'published',
        },
      }),
    )
  report(ctx, 'stories')
}
