/**
 * The initiative's own pages: "About" and its five elements, in plain words from its public page.
 */
import { doc, h2, link, p, ul } from '@hcri/shared/lexical'
import type { Page } from '@hcri/shared/payload-types'

import {
  contactEmail,
  ensureBySlug,
  factsCheckedOn,
  idOf,
  report,
  type SeedContext,
} from './context'
import { altFor, ensureImage, palettes, type Palette } from './images'

type Block = Page['layout'][number]
type PageSeed = {
  slug: string
  title: string
  summary: string
  palette: Palette
  showInNavigation?: boolean
  layout: (ctx: SeedContext, hero: number) => Block[]
}

const emailUs = (heading: string, text: string): Block => ({
  blockType: 'callToAction',
  heading,
  text,
  action: { label: 'Email us in confidence', url: `mailto:${contactEmail}` },
})

const pages: PageSeed[] = [
  {
    slug: 'about',
    title: 'About the initiative',
    summary:
      'A community-led programme to reduce all forms of hate crime across Walsall, run by Black Country Innovate CIC with local partners.',
    palette: palettes.teal,
    showInNavigation: true,
    layout: (ctx, image) => [
      {
        blockType: 'hero',
        heading: 'About the Hate Crime Reduction Initiative',
        text: 'People and organisations in Walsall working together to reduce all forms of hate crime.',
        image,
        action: { label: 'Find out how to report', url: '/report/' },
      },
      {
        blockType: 'content',
        body: doc(() => [
          p(
            'Black Country Innovate CIC leads the initiative. It works with committed local people, community organisations, places of worship, West Midlands Police, Walsall Council and local businesses.',
          ),
          h2('Five parts of our work'),
          ul(
            [link('Reporting', '/reporting/'), ': helping people know how to report hate crime.'],
            [link('Research', '/research/'), ': finding out more about hate crime in Walsall.'],
            [link('Support', '/support/'), ': helping people who have been affected.'],
            [
              link('Restorative justice', '/restorative-justice/'),
              ': bringing victims and offenders together, if both agree.',
            ],
            [
              link('Public awareness', '/public-awareness/'),
              ': training Stand By Me Ambassadors and sharing films.',
            ],
          ),
          h2('Our partners'),
          p(
            'We work with De Montfort University, West Midlands Police, Walsall Council, Safer Walsall Partnership, Walsall for All, places of worship and community organisations.',
          ),
        ]),
      },
      {
        blockType: 'resourceList',
        heading: 'Understanding hate crime',
        category: 'understanding',
        limit: 3,
      },
      emailUs(
        'Talk to us in confidence',
        'If you have been a victim or witness of a hate crime, we are here to listen and support you.',
      ),
    ],
  },
  {
    slug: 'reporting',
    title: 'Reporting',
    summary:
      'Ways to report a hate crime or incident, and what to do if it happens to you or you see it.',
    palette: palettes.sand,
    layout: (ctx, image) => [
      {
        blockType: 'hero',
        heading: 'Reporting hate crime',
        text: 'There is more than one way to report. Choose the one that feels right for you.',
        image,
        action: { label: 'How to report', url: '/report/' },
      },
      {
        blockType: 'content',
        body: doc(() => [
          p(
            'We share ways to report hate crimes and hate incidents. We also explain what to do if you experience or see a hate crime.',
          ),
          p('In an emergency, call 999. If it is not an emergency, call 101.'),
          p(
            'You can also report online, or ask a third-party reporting centre to report for you. You do not have to give your name.',
          ),
        ]),
      },
      {
        blockType: 'resourceList',
        heading: 'Guides to reporting',
        resources: [
          idOf(ctx, 'resources', 'how-to-report-a-hate-crime'),
          idOf(ctx, 'resources', 'third-party-reporting-centres'),
          idOf(ctx, 'resources', 'what-is-a-hate-incident'),
        ],
        limit: 3,
      },
      {
        blockType: 'callToAction',
        heading: 'Ready to report?',
        text: 'See every way to report, including online and without giving your name.',
        action: { label: 'Report it', url: '/report/' },
      },
    ],
  },
  {
    slug: 'about-the-research',
    title: 'Research',
    summary:
      'Research with De Montfort University to improve services for victims of hate crime in Walsall.',
    palette: palettes.sage,
    layout: (ctx, image) => [
      {
        blockType: 'hero',
        heading: 'Research into hate crime in Walsall',
        text: 'Understanding hate crime better, so that services for victims can improve.',
        image,
      },
      {
        blockType: 'content',
        body: doc(() => [
          p(
            'Black Country Innovate CIC worked with De Montfort University Leicester (DMU) on research into hate crime in Walsall.',
          ),
          h2('What the research looked at'),
          ul(
            'how serious hate crime is',
            'how events can lead to a rise in hate crime',
            'how much hate crime happens online',
            'why many people do not report hate crime',
            'how happy victims are with the services that help them',
          ),
          p(
            'The result is a report on the needs of victims. It gives services in Walsall ideas for how to do better at preventing and dealing with hate crime.',
          ),
        ]),
      },
      emailUs(
        'Tell us about your experience',
        'We would like to hear from Walsall residents about experiences of hate crime.',
      ),
    ],
  },
  {
    // /support/ itself is the site's confidential support request form (route table).
    slug: 'support-service',
    title: 'Support',
    summary:
      'Support for people who have been affected by hate crime, helped by trained volunteers.',
    palette: palettes.teal,
    layout: (ctx, image) => [
      {
        blockType: 'hero',
        heading: 'Support if you have been affected',
        text: 'You do not have to deal with it alone.',
        image,
        action: { label: 'Get support', url: '/resources/get-support/' },
      },
      {
        blockType: 'content',
        body: doc(() => [
          p(
            'Our support service helps people who have reported being a victim of hate crime. Trained volunteers help us give that support.',
          ),
          p('Other services can help too, day and night, even if you have not told the police.'),
        ]),
      },
      { blockType: 'resourceList', heading: 'Where to get help', category: 'support', limit: 3 },
      emailUs(
        'Talk to us in confidence',
        'If you have been a victim or witness of a hate crime, our incident support service is here to listen and support you.',
      ),
    ],
  },
  {
    slug: 'restorative-justice',
    title: 'Restorative justice',
    summary:
      'A chance for the victim and the person who did the harm to talk, with help, if both agree.',
    palette: palettes.lilac,
    layout: (ctx, image) => [
      {
        blockType: 'hero',
        heading: 'Restorative justice',
        text: 'A positive outcome for everyone involved.',
        image,
      },
      {
        blockType: 'content',
        body: doc(() => [
          p(
            'Restorative justice gives the victim and the person who did the harm a chance to meet. A trained person leads the talk.',
          ),
          p(
            'The aim is a positive outcome for everyone. The person who did the harm learns about the effect of what they did. The victim can find closure.',
          ),
          p('Taking part is always your choice.'),
        ]),
      },
      {
        blockType: 'resourceList',
        heading: 'Find out more',
        resources: [
          idOf(ctx, 'resources', 'restorative-justice'),
          idOf(ctx, 'resources', 'get-support'),
        ],
        limit: 2,
      },
      emailUs('Ask about restorative justice', 'Email us to find out if it could help you.'),
    ],
  },
  {
    slug: 'public-awareness',
    title: 'Public awareness',
    summary:
      'Stand By Me Ambassador training across Walsall, and a campaign of short films about hate crime.',
    palette: palettes.sky,
    layout: (ctx, image) => [
      {
        blockType: 'hero',
        heading: 'Raising awareness of hate crime',
        text: 'Training people to step in safely, and sharing real experiences.',
        image,
        action: { label: 'Find training near you', url: '/events/' },
      },
      {
        blockType: 'content',
        body: doc(() => [
          h2('Stand By Me Ambassadors'),
          p(
            'In October 2019, Black Country Innovate ran a two-day Stand By Me Ambassador training course.',
          ),
          p(
            'The course gives people knowledge and confidence about hate crime and the services that deal with it. It also teaches how to step in safely as a bystander.',
          ),
          p(
            'Two ambassadors were interviewed by BBC Midlands Today. They talked about their own experiences as victims of hate crime, and about being Hate Crime Ambassadors now. The Director of Black Country Innovate, Nasar Iqbal, was also interviewed by the BBC.',
          ),
          p('We will train a new group of ambassadors across the four areas of Walsall.'),
          h2('Our awareness campaign'),
          p(
            'With Safer Walsall Partnership and Walsall for All, we ran a campaign to raise awareness of hate crime. In short films, people share their own experiences. They encourage others to come forward if they experience or see a hate crime. The films were made by Method in Motion.',
          ),
        ]),
      },
      {
        blockType: 'eventList',
        heading: 'Upcoming Stand By Me training',
        type: 'ambassador-training',
        limit: 4,
      },
      { blockType: 'storyList', heading: 'Ambassador stories', limit: 3 },
      {
        blockType: 'callToAction',
        heading: 'Become a Stand By Me Ambassador',
        text: 'Book a place on the training near you.',
        action: { label: 'See training dates', url: '/events/' },
      },
    ],
  },
]

export const pageCount = pages.length

export async function seedPages(ctx: SeedContext) {
  for (const page of pages)
    await ensureBySlug(ctx, 'pages', page.slug, async () => {
      const hero = await ensureImage(ctx, {
        key: `page-${page.slug}`,
        title: page.title,
        palette: page.palette,
        alt: altFor(page.title, page.palette),
      })
      return ctx.payload.create({
        collection: 'pages',
        depth: 0,
        data: {
          title: page.title,
          slug: page.slug,
          summary: page.summary,
          layout: page.layout(ctx, hero),
          showInNavigation: page.showInNavigation ?? false,
          lastReviewed: factsCheckedOn,
          _status: 'published',
        },
      })
    })
  report(ctx, 'pages')
}
