/**
 * Resources: the guides visitors act on. Every number here is in FACTS.md; keep it that way.
 */
import {
  callout,
  contactCard,
  doc,
  emergency,
  h2,
  link,
  p,
  steps,
  ul,
  type RichText,
} from '@hcri/shared/lexical'
import type { Resource } from '@hcri/shared/payload-types'

import {
  contactEmail,
  ensureBySlug,
  factsCheckedOn,
  idOf,
  report,
  source,
  type SeedContext,
} from './context'
import { altFor, ensureImage, palettes, type Palette } from './images'

type ResourceSeed = {
  slug: string
  title: string
  summary: string
  category: Resource['category']
  strands?: Resource['strands']
  palette: Palette
  body: RichText
  related: string[]
  sources: { label: string; url?: string }[]
  embeddable: boolean
  /** Urdu title, summary and a short body; other fields fall back to English. */
  ur?: { title: string; summary: string; body: RichText }
}

const reportSteps = steps('Ways to report', [
  {
    title: 'Call 999 in an emergency',
    text: 'Call 999 if a crime is happening now or someone is in danger. If you are deaf, hard of hearing or speech-impaired, you can text 999 once you have registered with emergencySMS: text "register" to 999.',
  },
  {
    title: 'Call 101 if it is not an emergency',
    text: 'This is the police non-emergency number. Textphone: 18001 101.',
  },
  {
    title: 'Report online',
    text: 'Use True Vision, the police-funded hate crime reporting website, at report-it.org.uk. West Midlands Police also take reports online at west-midlands.police.uk.',
  },
  {
    title: 'Ask an organisation to report for you',
    text: 'A third-party reporting centre can report to the police for you, with or without your name.',
  },
  {
    title: 'Report without giving your name',
    text: 'Call Crimestoppers on 0800 555 111. You do not have to say who you are.',
  },
])

const resources: ResourceSeed[] = [
  {
    slug: 'what-is-a-hate-crime',
    title: 'What is a hate crime?',
    summary:
      'A hate crime is a crime against someone because of who they are, for example their race, religion, sexual orientation, disability or transgender identity.',
    category: 'understanding',
    palette: palettes.teal,
    related: ['what-is-a-hate-incident', 'types-of-hate-crime', 'how-to-report-a-hate-crime'],
    sources: [source.definitions, source.initiative],
    embeddable: true,
    body: doc(() => [
      p(
        'A hate crime is any crime that the victim, or anyone else, thinks was done because of hostility or prejudice towards a personal characteristic.',
      ),
      p(
        'This is how the police decide to record a hate crime. You do not need proof to report it.',
      ),
      h2('What it can look like'),
      ul(
        'Being hit, pushed or spat at.',
        'Threats, or abuse shouted in the street.',
        'Damage to your home, car or place of worship.',
        'Abuse or threats online or by message.',
      ),
      h2('Who it can happen to'),
      p('Anyone. The police look out for five kinds of hate crime in particular:'),
      ul(
        'race or ethnicity',
        'religion or belief',
        'sexual orientation',
        'disability',
        'transgender identity',
      ),
      p(
        'Some police forces also record other kinds, such as hate against alternative subcultures. Read more in ',
        link('Types of hate crime', '/resources/types-of-hate-crime/'),
        '.',
      ),
      emergency('If you are in danger now', 'Call 999. If it is not an emergency, call 101.'),
      h2('What to do next'),
      p(
        'You can ',
        link('report a hate crime', '/resources/how-to-report-a-hate-crime/'),
        ' or ',
        link('get support', '/resources/get-support/'),
        '. You can also email us in confidence at ',
        link(contactEmail, `mailto:${contactEmail}`),
        '.',
      ),
    ]),
    ur: {
      title: 'نفرت پر مبنی جرم کیا ہے؟',
      summary:
        'نفرت پر مبنی جرم وہ جرم ہے جو کسی کے ساتھ اس کی پہچان کی وجہ سے کیا جائے، جیسے اس کی نسل، مذہب، جنسی رجحان، معذوری یا ٹرانس جینڈر شناخت۔',
      body: doc(
        () => [
          p(
            'اگر متاثرہ شخص یا کوئی اور سمجھے کہ جرم نفرت یا تعصب کی وجہ سے کیا گیا ہے، تو یہ نفرت پر مبنی جرم ہے۔',
          ),
          p('رپورٹ کرنے کے لیے آپ کو ثبوت کی ضرورت نہیں۔'),
          p('پولیس خاص طور پر ان پانچ قسموں پر نظر رکھتی ہے:'),
          ul('نسل یا قومیت', 'مذہب یا عقیدہ', 'جنسی رجحان', 'معذوری', 'ٹرانس جینڈر شناخت'),
          emergency(
            'اگر آپ ابھی خطرے میں ہیں',
            '999 پر کال کریں۔ اگر ایمرجنسی نہیں ہے تو 101 پر کال کریں۔',
          ),
          p(
            'آپ ہمیں رازداری سے ای میل کر سکتے ہیں: ',
            link(contactEmail, `mailto:${contactEmail}`),
          ),
          p(
            'مزید معلومات انگریزی میں: ',
            link('What is a hate crime?', '/resources/what-is-a-hate-crime/'),
          ),
        ],
        { dir: 'rtl' },
      ),
    },
  },
  {
    slug: 'what-is-a-hate-incident',
    title: 'What is a hate incident?',
    summary:
      'A hate incident is something done because of hostility or prejudice that is not a crime. The rules about recording them are changing.',
    category: 'understanding',
    palette: palettes.sky,
    related: ['what-is-a-hate-crime', 'how-to-report-a-hate-crime'],
    sources: [source.definitions, source.codeOfPractice],
    embeddable: true,
    body: doc(() => [
      p(
        'A hate incident is anything that the victim, or anyone else, thinks was done because of hostility or prejudice towards a personal characteristic, but which is not a crime.',
      ),
      p('For example, name-calling or jokes aimed at someone because of who they are.'),
      p(
        'It is still worth telling someone. It can help you get support, and it helps services see what is happening in Walsall.',
      ),
      callout({
        variant: 'warning',
        heading: 'The law is changing (checked November 2026)',
        text: 'Since June 2023 the police have followed a Code of Practice on recording non-crime hate incidents. A police review in 2026 recommended replacing them. The Crime and Policing Bill may also extend aggravated offences to sex and the other strands. We will update this page when the rules change.',
      }),
      h2('What you can do'),
      p(
        'You can still report what happened, or talk to someone. See ',
        link('How to report a hate crime', '/resources/how-to-report-a-hate-crime/'),
        ' and ',
        link('Get support', '/resources/get-support/'),
        '.',
      ),
    ]),
  },
  {
    slug: 'types-of-hate-crime',
    title: 'Types of hate crime',
    summary:
      'The police monitor five kinds of hate crime: race or ethnicity, religion or belief, sexual orientation, disability and transgender identity. Some forces record others too.',
    category: 'understanding',
    strands: ['race', 'religion', 'sexual-orientation', 'disability', 'transgender', 'other'],
    palette: palettes.lilac,
    related: ['what-is-a-hate-crime', 'what-is-a-hate-incident'],
    sources: [source.definitions],
    embeddable: true,
    body: doc(() => [
      p(
        'Across the country, the police monitor five kinds of hate crime. They are hostility or prejudice because of:',
      ),
      h2('Race or ethnicity'),
      p('Your skin colour, nationality, where you or your family come from, or your culture.'),
      h2('Religion or belief'),
      p(
        'Your faith, or having no faith. This includes hate against Muslims, Sikhs, Hindus, Jewish people, Christians and others.',
      ),
      h2('Sexual orientation'),
      p('Being gay, lesbian, bisexual or heterosexual, or being thought to be.'),
      h2('Disability'),
      p(
        'Any disability, including physical disabilities, learning disabilities and mental health conditions.',
      ),
      h2('Transgender identity'),
      p('Being transgender, or being thought to be.'),
      h2('Other kinds'),
      p(
        'Some police forces also record other kinds, for example hate against alternative subcultures, age or sex. The law is changing, so this list may grow.',
      ),
      p(
        'Whatever the reason, if you think a crime was done because of who you are, you can ',
        link('report it', '/resources/how-to-report-a-hate-crime/'),
        '.',
      ),
    ]),
  },
  {
    slug: 'how-to-report-a-hate-crime',
    title: 'How to report a hate crime',
    summary:
      'Call 999 in an emergency. Otherwise call 101, report online with True Vision, ask an organisation to report for you, or call Crimestoppers anonymously.',
    category: 'reporting',
    palette: palettes.sand,
    related: ['third-party-reporting-centres', 'get-support', 'what-is-a-hate-crime'],
    sources: [source.trueVision, source.wmp, source.crimestoppers, source.council],
    embeddable: true,
    body: doc(() => [
      emergency('If you are in danger now', 'Call 999. Tell them where you are.'),
      p(
        'You can report a hate crime or a hate incident, whether it happened to you or you saw it happen to someone else.',
      ),
      reportSteps,
      h2('If you do not want to go to the police'),
      p(
        'You can still get help. ',
        link('Third-party reporting centres', '/resources/third-party-reporting-centres/'),
        ' can report for you. ',
        link('Victim Support', '/resources/get-support/'),
        ' can help you even if you do not report to the police.',
      ),
      h2('Report online'),
      ul(
        [link('True Vision: report hate crime online', 'https://www.report-it.org.uk/')],
        [link('West Midlands Police: report online', 'https://www.west-midlands.police.uk/')],
      ),
      p(
        'Need help reporting? Email us in confidence at ',
        link(contactEmail, `mailto:${contactEmail}`),
        '.',
      ),
    ]),
    ur: {
      title: 'نفرت پر مبنی جرم کی رپورٹ کیسے کریں',
      summary:
        'ایمرجنسی میں 999 پر کال کریں۔ ورنہ 101 پر کال کریں، True Vision پر آن لائن رپورٹ کریں، کسی تنظیم سے رپورٹ کروائیں، یا نام بتائے بغیر Crimestoppers کو کال کریں۔',
      body: doc(
        () => [
          emergency('اگر آپ ابھی خطرے میں ہیں', '999 پر کال کریں۔ بتائیں کہ آپ کہاں ہیں۔'),
          steps('رپورٹ کرنے کے طریقے', [
            {
              title: 'ایمرجنسی میں 999 پر کال کریں',
              text: 'اگر جرم ابھی ہو رہا ہے یا کوئی خطرے میں ہے۔ اگر آپ سن یا بول نہیں سکتے تو emergencySMS کے ساتھ رجسٹر ہونے کے بعد 999 پر ٹیکسٹ کر سکتے ہیں: 999 پر "register" لکھ کر بھیجیں۔',
            },
            {
              title: 'ایمرجنسی نہیں ہے تو 101 پر کال کریں',
              text: 'یہ پولیس کا نان ایمرجنسی نمبر ہے۔ ٹیکسٹ فون: 18001 101۔',
            },
            {
              title: 'آن لائن رپورٹ کریں',
              text: 'True Vision کی ویب سائٹ report-it.org.uk پر، یا ویسٹ مڈلینڈز پولیس کی ویب سائٹ west-midlands.police.uk پر۔',
            },
            {
              title: 'کسی تنظیم سے رپورٹ کروائیں',
              text: 'تھرڈ پارٹی رپورٹنگ سینٹر آپ کی طرف سے پولیس کو رپورٹ کر سکتا ہے، آپ کے نام کے ساتھ یا نام کے بغیر۔',
            },
            {
              title: 'نام بتائے بغیر رپورٹ کریں',
              text: 'Crimestoppers کو 0800 555 111 پر کال کریں۔',
            },
          ]),
          p(
            'مدد چاہیے؟ ہمیں رازداری سے ای میل کریں: ',
            link(contactEmail, `mailto:${contactEmail}`),
          ),
        ],
        { dir: 'rtl' },
      ),
    },
  },
  {
    slug: 'third-party-reporting-centres',
    title: 'Third-party reporting centres',
    summary:
      'Organisations that can report a hate crime to the police for you, with or without your name. Many Citizens Advice offices are reporting centres.',
    category: 'reporting',
    palette: palettes.sage,
    related: ['how-to-report-a-hate-crime', 'get-support'],
    sources: [source.council, source.stopHate],
    embeddable: true,
    body: doc(() => [
      p('Some people do not want to talk to the police themselves. That is OK.'),
      p(
        'A third-party reporting centre is an organisation that can report a hate crime to the police for you. You can choose whether they give your name.',
      ),
      ul(
        'Many Citizens Advice offices are reporting centres.',
        'Stop Hate UK can report for you, if you agree.',
      ),
      p(
        'Find a reporting centre near you on our ',
        link('safe spaces and reporting centres', '/safe-spaces/'),
        ' page.',
      ),
      callout({
        variant: 'info',
        heading: 'Not the same as the national "Safe Spaces" scheme',
        text: 'The Safe Spaces in pharmacies and banks are a national scheme for people facing domestic abuse. Our list is of places in Walsall that help with hate crime.',
      }),
      contactCard({
        name: 'Stop Hate UK',
        description: 'Can report a hate crime for you, with your consent.',
        phone: '0800 138 1625',
        hours: '24 hours, every day',
      }),
    ]),
  },
  {
    slug: 'get-support',
    title: 'Get support',
    summary:
      'Help if you have been affected by hate crime, whether or not you report it to the police.',
    category: 'support',
    palette: palettes.teal,
    related: ['how-to-report-a-hate-crime', 'restorative-justice'],
    sources: [source.stopHate, source.victimSupport, source.initiative],
    embeddable: true,
    body: doc(() => [
      p('What happened to you is not your fault. You do not have to deal with it alone.'),
      p('You can talk to these services without going to the police.'),
      contactCard({
        name: 'Stop Hate UK',
        description:
          'Listens and helps anyone affected by hate crime. Web chat too. Many languages, and British Sign Language by video interpreter.',
        phone: '0800 138 1625',
        text: '07717 989 025',
        hours: '24 hours, every day',
      }),
      contactCard({
        name: 'Victim Support',
        description:
          'Free support for victims of crime, even if you have not reported it to the police.',
        phone: '08 08 16 89 111',
        hours: '24 hours, every day',
      }),
      contactCard({
        name: 'Walsall Hate Crime Reduction Initiative',
        description:
          'If you have been a victim or witness of a hate crime, our incident support service is here to listen and support you.',
        email: contactEmail,
        hours: 'Email us in confidence',
      }),
      emergency('If you are in danger now', 'Call 999.'),
    ]),
  },
  {
    slug: 'restorative-justice',
    title: 'Restorative justice',
    summary:
      'A way for the victim and the person who harmed them to talk, with help, so the victim can find closure and the other person can learn.',
    category: 'restorative-justice',
    palette: palettes.lilac,
    related: ['get-support', 'how-to-report-a-hate-crime'],
    sources: [source.initiative],
    embeddable: true,
    body: doc(() => [
      p(
        'Restorative justice brings together the victim and the person who did the harm, if both agree. A trained person leads the talk.',
      ),
      h2('What it is for'),
      ul(
        'The victim can say how the crime affected them, and get closure.',
        'The person who did the harm learns about the effect of what they did.',
        'The aim is a good outcome for everyone.',
      ),
      p('You never have to take part. It is your choice.'),
      p(
        'To ask about restorative justice, email us in confidence at ',
        link(contactEmail, `mailto:${contactEmail}`),
        '.',
      ),
    ]),
  },
  {
    slug: 'staying-safe-online',
    title: 'Online hate and staying safe online',
    summary:
      'Hate online can be a crime too. How to report it, and how to look at this site more safely on a shared phone or computer.',
    category: 'support',
    palette: palettes.sky,
    related: ['how-to-report-a-hate-crime', 'get-support'],
    sources: [source.trueVision],
    embeddable: true,
    body: doc(() => [
      h2('Hate online'),
      p(
        'Threats and abuse online or by message can be hate crimes. Keep screenshots and links if it is safe to do so.',
      ),
      p(
        'You can report online hate to True Vision at ',
        link('report-it.org.uk', 'https://www.report-it.org.uk/'),
        '.',
      ),
      h2('Using this site safely'),
      p(
        'If someone might see what you look at, press "Leave this site" at the top of any page. You can also press the Shift key three times.',
      ),
      p(
        'Leaving quickly does not clear all of your browser history. Read ',
        link('Staying safe online', '/staying-safe-online/'),
        ' to find out what it does and does not do.',
      ),
    ]),
  },
  {
    slug: 'being-an-active-bystander',
    title: 'Being an active bystander: Stand By Me',
    summary:
      'What you can do safely if you see a hate crime, and how the Stand By Me Ambassador training helps people in Walsall to step in.',
    category: 'awareness',
    palette: palettes.sand,
    related: ['how-to-report-a-hate-crime', 'what-is-a-hate-crime'],
    sources: [source.initiative],
    embeddable: true,
    body: doc(() => [
      p('If you see a hate crime, you can help. Your own safety comes first.'),
      h2('Things you can do'),
      ul(
        'If anyone is in danger, call 999.',
        'Stay calm. Do not put yourself at risk.',
        'Check on the person who was targeted. Ask if they are OK.',
        'Remember what happened, and write it down later.',
        'Report what you saw, or help the person to report it.',
      ),
      h2('Stand By Me Ambassadors'),
      p(
        'In October 2019, Black Country Innovate ran a two-day Stand By Me Ambassador training course. It gives people the knowledge and confidence to understand hate crime, know the services that help, and step in safely as a bystander.',
      ),
      p(
        'A new group of ambassadors will be trained across the four areas of Walsall. See ',
        link('events', '/events/'),
        ' to find training near you.',
      ),
    ]),
  },
  {
    slug: 'hate-crime-research-in-walsall',
    title: 'Hate crime research in Walsall',
    summary:
      'Research with De Montfort University to understand hate crime in Walsall and how services for victims can improve.',
    category: 'research',
    palette: palettes.sage,
    related: ['how-to-report-a-hate-crime', 'get-support'],
    sources: [source.initiative],
    embeddable: false,
    body: doc(() => [
      p(
        'Black Country Innovate CIC worked with De Montfort University Leicester (DMU) on research to improve services for victims of hate crime in Walsall.',
      ),
      h2('What the research looked at'),
      ul(
        'how serious hate crime is',
        'how events can lead to a rise in hate crime',
        'how much hate crime happens online',
        'why people do not report hate crime',
        'how happy victims are with the services that help them',
      ),
      p(
        'The research leads to a report on the needs of hate crime victims, with ideas for how services in Walsall can do better.',
      ),
      p(
        'We would like to hear about your experiences of hate crime in Walsall. Email us in confidence at ',
        link(contactEmail, `mailto:${contactEmail}`),
        '.',
      ),
    ]),
  },
]

export const resourceCount = resources.length

export async function seedResources(ctx: SeedContext) {
  const { payload } = ctx
  const made: ResourceSeed[] = []
  for (const r of resources) {
    const { created } = await ensureBySlug(ctx, 'resources', r.slug, async () => {
      const image = await ensureImage(ctx, {
        key: `resource-${r.slug}`,
        title: r.title,
        kicker: 'Resource',
        palette: r.palette,
        alt: altFor(r.title, r.palette, 'Resource'),
      })
      const doc = await payload.create({
        collection: 'resources',
        depth: 0,
        data: {
          title: r.title,
          slug: r.slug,
          summary: r.summary,
          category: r.category,
          strands: r.strands,
          image,
          body: r.body,
          sources: r.sources.map((s) => ({ ...s })),
          embeddable: r.embeddable,
          lastReviewed: factsCheckedOn,
          _status: 'published',
        },
      })
      if (r.ur)
        await payload.update({
          collection: 'resources',
          id: doc.id,
          locale: 'ur',
          depth: 0,
          data: { ...r.ur, _status: 'published' },
        })
      return doc
    })
    if (created) made.push(r)
  }
  // Links between resources need every id, so they are set once all exist (only on new ones).
  for (const r of made)
    await payload.update({
      collection: 'resources',
      id: idOf(ctx, 'resources', r.slug),
      depth: 0,
      data: {
        related: r.related.map((slug) => idOf(ctx, 'resources', slug)),
        _status: 'published',
      },
    })
  report(ctx, 'resources')
}

export const translatedResources = resources.filter((r) => r.ur).map((r) => r.slug)
