/**
 * Controlled vocabularies used by CMS fields, the site's filters and the content schemas.
 * Values are stable identifiers (stored in the database, used in URLs); labels are English and the
 * site translates them through its UI strings.
 */

export const categories = [
  { value: 'understanding', label: 'Understanding hate crime' },
  { value: 'reporting', label: 'Reporting' },
  { value: 'support', label: 'Support' },
  { value: 'safe-spaces', label: 'Safe spaces' },
  { value: 'restorative-justice', label: 'Restorative justice' },
  { value: 'research', label: 'Research' },
  { value: 'awareness', label: 'Awareness' },
] as const
export type Category = (typeof categories)[number]['value']

/** The five strands monitored nationally, plus "other / local". Definitions live in content. */
export const strands = [
  { value: 'race', label: 'Race or ethnicity' },
  { value: 'religion', label: 'Religion or belief' },
  { value: 'sexual-orientation', label: 'Sexual orientation' },
  { value: 'disability', label: 'Disability' },
  { value: 'transgender', label: 'Transgender identity' },
  { value: 'other', label: 'Other or local (for example alternative subculture, sex)' },
] as const
export type Strand = (typeof strands)[number]['value']

/** Walsall's four localities, plus online for events. */
export const localities = [
  { value: 'north', label: 'North Walsall' },
  { value: 'south', label: 'South Walsall' },
  { value: 'east', label: 'East Walsall' },
  { value: 'west', label: 'West Walsall' },
  { value: 'online', label: 'Online' },
] as const
export type Locality = (typeof localities)[number]['value']

export const eventTypes = [
  { value: 'ambassador-training', label: 'Ambassador training' },
  { value: 'awareness', label: 'Awareness' },
  { value: 'community', label: 'Community' },
  { value: 'support-session', label: 'Support session' },
] as const
export type EventType = (typeof eventTypes)[number]['value']

export const eventStatuses = [
  { value: 'scheduled', label: 'Scheduled' },
  { value: 'postponed', label: 'Postponed' },
  { value: 'cancelled', label: 'Cancelled' },
  { value: 'fully-booked', label: 'Fully booked' },
] as const
export type EventStatus = (typeof eventStatuses)[number]['value']

/** What a place offers. Worded so it is not confused with the national domestic-abuse "Safe Spaces". */
export const placeKinds = [
  { value: 'safe-space', label: 'Safe space (somewhere to go if you feel unsafe)' },
  { value: 'reporting-centre', label: 'Third-party hate crime reporting centre' },
  { value: 'support', label: 'Support service' },
] as const
export type PlaceKind = (typeof placeKinds)[number]['value']

export const filmProviders = [
  { value: 'upload', label: 'Uploaded file (preferred: no third party)' },
  { value: 'youtube', label: 'YouTube' },
  { value: 'vimeo', label: 'Vimeo' },
] as const
export type FilmProvider = (typeof filmProviders)[number]['value']

export const roles = [
  { value: 'admin', label: 'Admin (users, settings and everything)' },
  { value: 'editor', label: 'Editor (create, edit and publish content)' },
  { value: 'contributor', label: 'Contributor (drafts only)' },
  { value: 'support', label: 'Support volunteer (reads and answers support requests only)' },
  {
    value: 'researcher',
    label:
      'Researcher (survey response counts and sealed exports only; never the answers in clear)',
  },
] as const
export type Role = (typeof roles)[number]['value']

/** Where a confidential support request is: triage by the support volunteers. */
export const supportStatuses = [
  { value: 'new', label: 'New' },
  { value: 'contacted', label: 'Contacted' },
  { value: 'closed', label: 'Closed' },
] as const
export type SupportStatus = (typeof supportStatuses)[number]['value']

/** Ways a person asking for support may be contacted (they choose which are safe). */
export const contactMethods = [
  { value: 'email', label: 'E-mail' },
  { value: 'phone', label: 'Phone call' },
  { value: 'text', label: 'Text message' },
] as const
export type ContactMethod = (typeof contactMethods)[number]['value']

/** "Is it safe to leave a message?" */
export const leaveMessageAnswers = [
  { value: 'yes', label: 'Yes, it is safe to leave a message' },
  { value: 'no', label: 'No, do not leave a message' },
] as const
export type LeaveMessageAnswer = (typeof leaveMessageAnswers)[number]['value']

/** "When did it happen?" in a survey: coarse periods only, never a date. */
export const surveyPeriods = [
  { value: 'month', label: 'In the last month' },
  { value: 'year', label: 'In the last year' },
  { value: 'years', label: 'One to five years ago' },
  { value: 'older', label: 'More than five years ago' },
  { value: 'unsure', label: 'Not sure' },
] as const
export type SurveyPeriod = (typeof surveyPeriods)[number]['value']

/** The kinds of survey question (block types of the surveys collection). */
export const surveyQuestionKinds = [
  'choice',
  'scale',
  'text',
  'locality',
  'strand',
  'period',
] as const
export type SurveyQuestionKind = (typeof surveyQuestionKinds)[number]

/**
 * The visitor-facing collections: drafts and versions in the CMS, published documents on the site
 * (what builds count and check, what staff can preview, what rich-text links may point to).
 */
export const publicCollections = [
  'resources',
  'films',
  'stories',
  'events',
  'places',
  'pages',
] as const
export type PublicCollection = (typeof publicCollections)[number]

/** Time zone of every event: the site and iCalendar feeds show Walsall time. */
export const siteTimeZone = 'Europe/London'
