import path from 'node:path'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type Config } from 'payload'
import sharp from 'sharp'

import { defaultLocale, locales, siteTimeZone } from '@hcri/shared'

import { isEditor } from './access/isEditor'
import { answerFaults } from './api/faults'
import { backupQueue, backupTask } from './backup/task'
import { withInputChecks } from './api/operations'
import { Events } from './collections/Events'
import { Films } from './collections/Films'
import { Media } from './collections/Media'
import { Pages } from './collections/Pages'
import { Places } from './collections/Places'
import { Resources } from './collections/Resources'
import { Stories } from './collections/Stories'
import { SupportRequests } from './collections/SupportRequests'
import { SurveyContacts, SurveyResponses } from './collections/SurveyResponses'
import { Surveys } from './collections/Surveys'
import { Users } from './collections/Users'
import { formsEndpoints, UsedProofs } from './forms'
import { supportEndpoints } from './forms/support'
import { surveyEndpoints } from './forms/survey'
import { Footer } from './globals/Footer'
import { Navigation } from './globals/Navigation'
import { SiteSettings } from './globals/SiteSettings'
import { backupsByAdmins } from './hooks/backupsByAdmins'
import { withJobLogPush } from './hooks/jobLogPush'
import { scheduleByEditors } from './hooks/scheduleByEditors'
import { health } from './lib/health'
import { databaseAdapter } from './lib/database'
import { withContentStamp } from './lib/contentStamp'
import { hideFromSupport } from './lib/hideFromSupport'
import { emailAdapter, rememberPayloadForMail } from './lib/email'
import { deleteClosedSupportRequestsTask } from './jobs/deleteClosedSupportRequests'
import { deleteExpiredSurveyResponsesTask } from './jobs/deleteExpiredSurveyResponses'
import { cmsRoot } from './lib/paths'
import { trackPublicMedia } from './lib/publicMedia'
import { payloadSecret } from './lib/secret'
import { storagePlugins } from './lib/storage'
import { withPublishing, withPublishingGlobal } from './publish/attach'
import { publishEndpoints } from './publish/endpoints'
import { publishedListEndpoint } from './api/publishedList'
import { attachPublisher } from './publish/index'
import { publishSiteTask, withPublishLock } from './publish/jobs'

const serverURL = process.env.CMS_URL || `http://localhost:${process.env.CMS_PORT || 3000}`

export default buildConfig({
  serverURL,
  secret: payloadSecret(),
  admin: {
    user: Users.slug,
    // Payload's default avatar is Gravatar: every admin page would send a hash of the e-mail there.
    avatar: 'default',
    meta: { titleSuffix: ' · Walsall Hate Crime Reduction Initiative' },
    importMap: { baseDir: path.join(cmsRoot, 'src') },
    components: { beforeDashboard: ['/components/PublishPanel/PublishPanel#PublishPanel'] },
    timezones: {
      supportedTimezones: [{ label: 'UK time (Europe/London)', value: siteTimeZone }],
      defaultTimezone: siteTimeZone,
    },
  },
  // Every change visitors would see asks for a site build (src/publish).
  collections: [
    ...[Resources, Films, Stories, Events, Places, Pages, Media, Users]
      .map(withPublishing)
      .map((c) => (c === Users ? c : hideFromSupport(c))),
    SupportRequests,
    // The research pages show surveys and their findings: a change asks for a site build.
    hideFromSupport(withPublishing(Surveys)),
    SurveyResponses,
    SurveyContacts,
    UsedProofs,
  ].map(withInputChecks),
  globals: [SiteSettings, Navigation, Footer].map(withPublishingGlobal).map(hideFromSupport),
  endpoints: [
    health,
    publishedListEndpoint,
    ...publishEndpoints,
    ...formsEndpoints,
    ...supportEndpoints,
    ...surveyEndpoints,
  ],
  // Input that slips past src/api/guard.ts is answered 400; real faults stay 500 and are logged.
  hooks: { afterError: [answerFaults] },
  // Refused requests are not faults: info, not error. Database and GraphQL errors carry the failed
  // query's parameters (what a visitor typed): answerFaults logs real faults without them.
  loggingLevels: {
    APIError: 'info',
    QueryError: 'info',
    DrizzleQueryError: false,
    GraphQLError: false,
  } as Config['loggingLevels'],
  editor: lexicalEditor(),
  // SMTP from SMTP_* (lib/email.ts); without it nothing is sent and production says so.
  email: emailAdapter(),
  db: databaseAdapter(),
  sharp,
  localization: {
    locales: locales.map((l) => ({ code: l.code, label: l.label, rtl: l.dir === 'rtl' })),
    defaultLocale,
    fallback: true,
  },
  upload: {
    // The largest accepted file (a video); each type has its own, smaller limit in Media.
    limits: { fileSize: 300 * 1024 * 1024 },
  },
  cors: (process.env.CORS_ORIGINS || '').split(',').filter(Boolean),
  graphQL: { disablePlaygroundInProduction: true },
  // Media stay private until published content shows them (lib/publicMedia.ts).
  // Last, so every change renews the content stamp after the other hooks' writes.
  plugins: [...storagePlugins(), trackPublicMedia, withContentStamp],
  telemetry: false,
  typescript: {
    outputFile: path.resolve(cmsRoot, '../shared/src/payload-types.ts'),
    declare: false,
  },
  jobs: {
    // Scheduled publishing: check every minute for documents due to be published or unpublished.
    // Backups: the `backups` queue is checked every minute too; its task runs at BACKUP_CRON.
    autoRun:
      process.env.HCRI_DISABLE_JOBS === 'true'
        ? []
        : [
            { cron: '* * * * *', queue: 'default', limit: 20 },
            { cron: '* * * * *', queue: backupQueue, limit: 1 },
          ],
    shouldAutoRun: () => process.env.HCRI_DISABLE_JOBS !== 'true',
    // Running, queueing and cancelling jobs through the API is for editors and admins.
    access: { run: isEditor, queue: isEditor, cancel: isEditor },
    // Jobs are written through the collection's hooks, so the check on who scheduled runs.
    runHooks: true,
    jobsCollectionOverrides: ({ defaultJobsCollection }) =>
      withPublishLock(withJobLogPush(backupsByAdmins(scheduleByEditors(defaultJobsCollection)))),
    // Site builds: a queue and a lock in this collection, shared by every CMS process. Closed
    // support requests, and survey responses past their survey's retention, are deleted.
    tasks: [
      publishSiteTask,
      deleteClosedSupportRequestsTask,
      deleteExpiredSurveyResponsesTask,
      backupTask(),
    ],
  },
  // The mailer needs the running Payload (lib/email.ts); the publish queue starts in a server.
  onInit: (payload) => {
    rememberPayloadForMail(payload)
    attachPublisher(payload)
  },
})
