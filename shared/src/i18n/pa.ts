/**
 * Punjabi (ਪੰਜਾਬੀ) interface strings, for the translator.
 * Translate the text in quotes and leave the key on the left as it is. Keys are in the same order
 * as the English (en.ts); do not add or remove any.
 * - Words in braces such as `{count}`, `{name}` or `{date}` are filled in by the site (a number, a
 *   name, a date): keep each one, spelled as in English, wherever the sentence needs it.
 * - `null` means not translated yet, and the site shows the English text from the comment beside
 *   it. To translate, replace `null` with the text in quotes.
 */
import type { LanguageFile } from '../i18n'

export const pa: LanguageFile = {
  'site.name': 'ਵਾਲਸਾਲ ਨਫ਼ਰਤੀ ਅਪਰਾਧ ਘਟਾਉਣ ਦੀ ਪਹਿਲਕਦਮੀ',
  'site.shortName': 'ਨਫ਼ਰਤੀ ਅਪਰਾਧ ਘਟਾਉਣ ਦੀ ਪਹਿਲਕਦਮੀ',
  'site.place': 'ਵਾਲਸਾਲ',
  'site.tagline': 'ਵਾਲਸਾਲ ਵਿੱਚ ਨਫ਼ਰਤੀ ਅਪਰਾਧ ਦੀ ਰਿਪੋਰਟ ਕਰੋ, ਮਦਦ ਲਵੋ ਅਤੇ ਸੁਰੱਖਿਅਤ ਥਾਂ ਲੱਭੋ।',
  'site.home': 'ਮੁੱਖ ਪੰਨਾ',
  'site.runBy': null, // Run by Black Country Innovate CIC.

  skipLink: 'ਮੁੱਖ ਸਮੱਗਰੀ ਤੇ ਜਾਓ',
  'nav.label': 'ਮੁੱਖ',
  'nav.home': 'ਮੁੱਖ ਪੰਨਾ',
  'nav.report': 'ਰਿਪੋਰਟ ਕਰੋ',
  'nav.resources': 'ਮਦਦ ਅਤੇ ਸਲਾਹ',
  'nav.safeSpaces': 'ਸੁਰੱਖਿਅਤ ਥਾਵਾਂ',
  'nav.films': 'ਫ਼ਿਲਮਾਂ',
  'nav.stories': 'ਕਹਾਣੀਆਂ',
  'nav.events': 'ਸਮਾਗਮ',
  'nav.search': 'ਖੋਜ',

  'lang.label': 'ਭਾਸ਼ਾ',
  'lang.choose': 'ਭਾਸ਼ਾ ਚੁਣੋ',
  'lang.current': 'ਮੌਜੂਦਾ ਭਾਸ਼ਾ',

  'quickExit.label': 'ਇਹ ਸਾਈਟ ਛੱਡੋ',
  'quickExit.hint': 'ਜਾਂ Shift ਤਿੰਨ ਵਾਰ ਦਬਾਓ',
  'quickExit.press1': 'Shift ਤਿੰਨ ਵਿੱਚੋਂ 1 ਵਾਰ ਦਬਾਇਆ ਗਿਆ। ਸਾਈਟ ਛੱਡਣ ਲਈ 2 ਵਾਰ ਹੋਰ ਦਬਾਓ।',
  'quickExit.press2': 'Shift ਤਿੰਨ ਵਿੱਚੋਂ 2 ਵਾਰ ਦਬਾਇਆ ਗਿਆ। ਸਾਈਟ ਛੱਡਣ ਲਈ ਇੱਕ ਵਾਰ ਹੋਰ ਦਬਾਓ।',
  'quickExit.reset': 'ਤੁਰੰਤ ਬਾਹਰ ਨਿਕਲਣਾ ਰੀਸੈੱਟ ਹੋ ਗਿਆ। ਸਾਈਟ ਛੱਡਣ ਲਈ Shift ਤਿੰਨ ਵਾਰ ਦਬਾਓ।',
  'quickExit.leaving': 'ਇਹ ਸਾਈਟ ਛੱਡੀ ਜਾ ਰਹੀ ਹੈ।',

  'exit.title': 'ਇਹ ਸਾਈਟ ਛੱਡੀ ਜਾ ਰਹੀ ਹੈ',
  'exit.body': 'ਤੁਸੀਂ ਇਹ ਸਾਈਟ ਛੱਡ ਰਹੇ ਹੋ। ਜੇ ਕੁਝ ਨਹੀਂ ਹੁੰਦਾ, ਤਾਂ ਹੇਠਾਂ ਦਿੱਤਾ ਲਿੰਕ ਚੁਣੋ।',
  'exit.continue': 'ਜਾਰੀ ਰੱਖੋ',

  'emergency.heading': 'ਕੀ ਤੁਹਾਨੂੰ ਹੁਣੇ ਮਦਦ ਚਾਹੀਦੀ ਹੈ?',
  'emergency.danger': 'ਐਮਰਜੈਂਸੀ ਵਿੱਚ, ਜਾਂ ਜੇ ਤੁਸੀਂ ਹੁਣੇ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ',
  'emergency.call': 'ਕਾਲ ਕਰੋ',
  'emergency.nonEmergency': 'ਜੇ ਐਮਰਜੈਂਸੀ ਨਹੀਂ ਹੈ',
  'emergency.textphone': 'ਟੈਕਸਟਫ਼ੋਨ',
  'emergency.sms': null, // Deaf, hard of hearing or speech-impaired? You can text 999 after you register with emergencySMS (text "register" to 999).
  'emergency.online': 'ਔਨਲਾਈਨ ਰਿਪੋਰਟ ਕਰੋ',
  'emergency.onlineName': 'ਟਰੂ ਵਿਜ਼ਨ, ਪੁਲਿਸ ਦੀ ਨਫ਼ਰਤੀ ਅਪਰਾਧ ਰਿਪੋਰਟ ਸਾਈਟ',
  'emergency.anonymous': 'ਆਪਣਾ ਨਾਮ ਦੱਸੇ ਬਿਨਾਂ',
  'emergency.anonymousName': 'ਕ੍ਰਾਈਮਸਟੌਪਰਜ਼',
  'emergency.anonymousNote': 'ਉਹ ਤੁਹਾਡਾ ਨਾਮ ਨਹੀਂ ਪੁੱਛਣਗੇ।',

  'notTranslated.heading': 'ਅਜੇ ਅਨੁਵਾਦ ਨਹੀਂ ਹੋਇਆ',
  'notTranslated.body':
    'ਇਹ ਪੰਨਾ ਅਜੇ {language} ਵਿੱਚ ਉਪਲਬਧ ਨਹੀਂ ਹੈ। ਇਹ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਦਿਖਾਇਆ ਗਿਆ ਹੈ।',

  'breadcrumbs.label': 'ਤੁਸੀਂ ਇੱਥੇ ਹੋ',
  'pagination.label': 'ਪੰਨੇ',
  'pagination.previous': 'ਪਿਛਲਾ',
  'pagination.next': 'ਅਗਲਾ',
  'pagination.page': 'ਪੰਨਾ {page}',
  'pagination.pageOf': 'ਪੰਨਾ {page} / {total}',

  'action.report': 'ਰਿਪੋਰਟ ਕਰੋ',
  'action.reportBody':
    'ਪੁਲਿਸ ਜਾਂ ਰਿਪੋਰਟਿੰਗ ਸੈਂਟਰ ਨੂੰ ਦੱਸੋ ਕਿ ਕੀ ਹੋਇਆ। ਤੁਸੀਂ ਆਪਣਾ ਨਾਮ ਦੱਸੇ ਬਿਨਾਂ ਵੀ ਦੱਸ ਸਕਦੇ ਹੋ।',
  'action.support': 'ਮਦਦ ਲਵੋ',
  'action.supportBody': 'ਕਿਸੇ ਨਾਲ ਗੁਪਤ ਰੂਪ ਵਿੱਚ ਗੱਲ ਕਰੋ, ਭਾਵੇਂ ਤੁਸੀਂ ਰਿਪੋਰਟ ਕਰੋ ਜਾਂ ਨਾ।',
  'action.safeSpace': 'ਸੁਰੱਖਿਅਤ ਥਾਂ ਲੱਭੋ',
  'action.safeSpaceBody':
    'ਵਾਲਸਾਲ ਵਿੱਚ ਥਾਵਾਂ ਜਿੱਥੇ ਤੁਸੀਂ ਅਸੁਰੱਖਿਅਤ ਮਹਿਸੂਸ ਕਰਨ ਤੇ ਜਾ ਸਕਦੇ ਹੋ, ਅਤੇ ਸੈਂਟਰ ਜੋ ਤੁਹਾਡੀ ਤਰਫ਼ੋਂ ਰਿਪੋਰਟ ਕਰ ਸਕਦੇ ਹਨ।',

  'home.title': 'ਵਾਲਸਾਲ ਵਿੱਚ ਨਫ਼ਰਤੀ ਅਪਰਾਧ ਦੀ ਰਿਪੋਰਟ ਕਰੋ ਅਤੇ ਮਦਦ ਲਵੋ',
  'home.heading': 'ਤੁਹਾਨੂੰ ਨਫ਼ਰਤੀ ਅਪਰਾਧ ਦਾ ਇਕੱਲਿਆਂ ਸਾਹਮਣਾ ਨਹੀਂ ਕਰਨਾ ਪਵੇਗਾ',
  'home.intro': null, // We help people in Walsall who have been targeted or who have seen hate crime. We listen, and we can help you report it, get support and find a safe place to go.
  'home.whatNow': 'ਤੁਸੀਂ ਹੁਣ ਕੀ ਕਰ ਸਕਦੇ ਹੋ',
  'home.about': null, // About the initiative
  'home.aboutBody': null, // The Hate Crime Reduction Initiative is community led. Black Country Innovate CIC works with De Montfort University, West Midlands Police, Walsall Council, Safer Walsall Partnership, Walsall for All, places of worship and community groups to reduce all forms of hate crime across Walsall.
  'home.confidential': 'ਕਿਸੇ ਨਾਲ ਗੁਪਤ ਰੂਪ ਵਿੱਚ ਗੱਲ ਕਰਨ ਲਈ ਈਮੇਲ ਕਰੋ',
  'home.featuredFilm': null, // Our latest film
  'home.allFilms': null, // See all campaign films

  'footer.partners': 'ਮਿਲ ਕੇ ਕੰਮ ਕਰਨ ਵਾਲੇ',
  'footer.contact': 'ਗੁਪਤ ਰੂਪ ਵਿੱਚ ਸਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰੋ',
  'footer.about': 'ਇਸ ਸਾਈਟ ਬਾਰੇ',
  'footer.privacy': 'ਪਰਦੇਦਾਰੀ',
  'footer.accessibility': 'ਪਹੁੰਚਯੋਗਤਾ',
  'footer.stayingSafe': 'ਔਨਲਾਈਨ ਸੁਰੱਖਿਅਤ ਰਹਿਣਾ',
  'footer.noCookies': 'ਇਹ ਸਾਈਟ ਕੋਈ ਕੂਕੀਜ਼ ਜਾਂ ਟ੍ਰੈਕਿੰਗ ਨਹੀਂ ਵਰਤਦੀ।',

  'safe.title': 'ਔਨਲਾਈਨ ਸੁਰੱਖਿਅਤ ਰਹਿਣਾ',
  'safe.description': null, // What the Leave this site button does, what it cannot do, and how to cover your tracks on a phone or computer.
  'safe.summaryHeading': 'ਸੰਖੇਪ ਵਿੱਚ',
  'safe.point1':
    'ਤੁਰੰਤ ਜਾਣ ਲਈ "ਇਹ ਸਾਈਟ ਛੱਡੋ" ਚੁਣੋ, ਜਾਂ Shift ਤਿੰਨ ਵਾਰ ਦਬਾਓ। ਪੰਨਾ ਖਾਲੀ ਹੋ ਜਾਂਦਾ ਹੈ ਅਤੇ ਬੀਬੀਸੀ ਵੈਦਰ ਖੁੱਲ੍ਹ ਜਾਂਦਾ ਹੈ।',
  'safe.point2':
    'ਇਸ ਤਰ੍ਹਾਂ ਜਾਣ ਨਾਲ ਤੁਹਾਡੀ ਬ੍ਰਾਊਜ਼ਿੰਗ ਹਿਸਟਰੀ ਨਹੀਂ ਮਿਟਦੀ। ਕੋਈ ਫਿਰ ਵੀ ਦੇਖ ਸਕਦਾ ਹੈ ਕਿ ਤੁਸੀਂ ਇੱਥੇ ਆਏ ਸੀ।',
  'safe.point3':
    'ਜੇ ਹੋ ਸਕੇ ਤਾਂ ਪ੍ਰਾਈਵੇਟ ਜਾਂ ਇਨਕੋਗਨੀਟੋ ਵਿੰਡੋ ਵਰਤੋ, ਜਾਂ ਅਜਿਹਾ ਫ਼ੋਨ ਜਾਂ ਕੰਪਿਊਟਰ ਜੋ ਹੋਰ ਕੋਈ ਨਹੀਂ ਵਰਤਦਾ।',
  'safe.point4':
    'ਤੁਸੀਂ ਆਪਣੇ ਬ੍ਰਾਊਜ਼ਰ ਦੀ ਹਿਸਟਰੀ ਵਿੱਚੋਂ ਇਹ ਸਾਈਟ ਮਿਟਾ ਸਕਦੇ ਹੋ। ਤਰੀਕਾ ਹੇਠਾਂ ਦਿੱਤਾ ਗਿਆ ਹੈ।',
  'safe.point5': 'ਜੇ ਤੁਸੀਂ ਹੁਣੇ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ, ਤਾਂ 999 ਤੇ ਕਾਲ ਕਰੋ।',

  'privacy.title': 'ਪਰਦੇਦਾਰੀ',
  'privacy.description': null, // This site uses no cookies, no analytics and no tracking. Nothing is sent to anyone else unless you ask for it.
  'accessibility.title': 'ਪਹੁੰਚਯੋਗਤਾ ਬਿਆਨ',
  'accessibility.description': null, // How accessible this site is, and how to tell us about a problem.

  'notFound.title': 'ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ',
  'notFound.body': 'ਸਾਨੂੰ ਇਹ ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ। ਸ਼ਾਇਦ ਇਹ ਹਿੱਲ ਗਿਆ ਹੈ, ਜਾਂ ਪਤਾ ਗ਼ਲਤ ਹੈ।',
  'notFound.home': 'ਮੁੱਖ ਪੰਨੇ ਤੇ ਜਾਓ',

  'card.contentWarning': null, // Content warning
  'card.anonymous': 'ਗੁਮਨਾਮ',
  'card.duration': '{minutes} ਮਿੰਟ',
  'card.lastReviewed': null, // Checked {date}
  'card.producer': null, // Made by {name}
  'card.stepFree': null, // Step-free access
  'card.languages': null, // Languages spoken: {list}
  'card.online': null, // Online
  'card.phone': null, // Phone

  'category.understanding': null, // Understanding hate crime
  'category.reporting': null, // Reporting
  'category.support': null, // Support
  'category.safe-spaces': null, // Safe spaces
  'category.restorative-justice': null, // Restorative justice
  'category.research': null, // Research
  'category.awareness': null, // Awareness

  'strand.race': null, // Race or ethnicity
  'strand.religion': null, // Religion or belief
  'strand.sexual-orientation': null, // Sexual orientation
  'strand.disability': null, // Disability
  'strand.transgender': null, // Transgender identity
  'strand.other': null, // Other or local

  'locality.north': 'ਉੱਤਰੀ ਵਾਲਸਾਲ',
  'locality.south': 'ਦੱਖਣੀ ਵਾਲਸਾਲ',
  'locality.east': 'ਪੂਰਬੀ ਵਾਲਸਾਲ',
  'locality.west': 'ਪੱਛਮੀ ਵਾਲਸਾਲ',
  'locality.online': 'ਔਨਲਾਈਨ',

  'eventType.ambassador-training': null, // Ambassador training
  'eventType.awareness': null, // Awareness
  'eventType.community': null, // Community
  'eventType.support-session': null, // Support session

  'eventStatus.scheduled': null, // Going ahead
  'eventStatus.postponed': null, // Postponed
  'eventStatus.cancelled': null, // Cancelled
  'eventStatus.fully-booked': null, // Fully booked

  'placeKind.safe-space': null, // Safe space
  'placeKind.reporting-centre': null, // Hate crime reporting centre
  'placeKind.support': null, // Support service
  // films, stories, events, places (public pages)
  'films.title': 'ਮੁਹਿੰਮ ਦੀਆਂ ਫ਼ਿਲਮਾਂ',
  'films.description': null, // Short films about hate crime in Walsall and how to stand up to it, produced by Method in Motion.
  'films.empty': null, // There are no films here yet. Please come back soon.
  'films.length': null, // Length {time}
  'films.captions': 'ਕੈਪਸ਼ਨ',
  'films.audioDescribed': null, // Audio description
  'films.beforeYouWatch': null, // Before you watch
  'films.externalNote': null, // This film is hosted on {provider}. Playing it connects to {provider}.
  'films.externalNothingSent': null, // Nothing is sent to {provider} until you press Play.
  'films.play': 'ਫ਼ਿਲਮ ਚਲਾਓ',
  'films.playLabel': null, // Play the film: {title}
  'films.watchOn': null, // Watch on {provider}
  'films.noVideo': null, // Your browser cannot play this film. You can download it instead:
  'films.download': null, // Download the film
  'films.transcript': 'ਲਿਖਤੀ ਰੂਪ',
  'films.readTranscript': null, // Read the transcript
  'films.adHeading': null, // Version with audio description
  'films.adShow': null, // Watch the version with audio description
  'films.adBody': null, // A voice describes what happens on screen.
  'films.relatedStories': null, // Related stories
  'films.producer': null, // Produced by {name}
  'films.released': null, // Released {date}
  'films.playerTitle': null, // Film player: {title}
  'stories.title': 'ਅੰਬੈਸਡਰਾਂ ਦੀਆਂ ਕਹਾਣੀਆਂ',
  'stories.description': null, // Stand By Me Ambassadors from across Walsall tell their own stories.
  'stories.empty': null, // There are no stories here yet. Please come back soon.
  'stories.anonymous': 'ਗੁਮਨਾਮ ਅੰਬੈਸਡਰ',
  'stories.beforeYouRead': null, // Before you read
  'stories.toldBy': null, // Told by {name}
  'stories.relatedFilm': null, // Watch the film
  'stories.more': null, // More stories
  'events.title': 'ਸਮਾਗਮ',
  'events.description': null, // Stand By Me Ambassador training, awareness events and support sessions in Walsall and online.
  'events.upcoming': null, // Coming up
  'events.past': 'ਪਿਛਲੇ ਸਮਾਗਮ',
  'events.noUpcoming': null, // There are no events coming up at the moment. Please check again soon.
  'events.when': null, // When
  'events.where': null, // Where
  'events.online': 'ਔਨਲਾਈਨ',
  'events.joinOnline': null, // Join online
  'events.book': null, // How to book
  'events.bookOnline': null, // Book a place
  'events.bookEmail': null, // Email us to book:
  'events.capacity': null, // Number of places: {count}
  'events.type': null, // Type of event
  'events.addToCalendar': null, // Add to calendar
  'events.feed': null, // Add all our events to your calendar
  'events.finished': null, // This event has finished.
  'events.cancelled': null, // This event is cancelled.
  'events.postponed': null, // This event is postponed. We will share the new date here.
  'events.fullyBooked': null, // This event is fully booked.
  'events.timeNote': null, // Times are UK time.
  'places.title': null, // Hate crime safe places and reporting centres
  'places.description': null, // Places in Walsall where you can go if you feel unsafe because of hate, and centres that can report a hate crime for you.
  'places.notAni': null, // This list is about hate crime. It is not the national "Safe Spaces" scheme or "Ask for ANI" in pharmacies and banks: those are for people experiencing domestic abuse.
  'places.filterLocality': null, // Part of Walsall
  'places.filterKind': null, // Type of place
  'places.all': 'ਸਾਰੇ',
  'places.filters': null, // Show only
  'places.postcodeHeading': null, // Search by postcode
  'places.postcodeLabel': null, // Your postcode
  'places.postcodeHint': null, // For example WS1 1TP. Your postcode stays on your device.
  'places.postcodeButton': null, // Search
  'places.postcodeInvalid': null, // Enter a full or part postcode, for example WS1 1TP or WS1.
  'places.postcodeResults': null, // Places nearest to {postcode}, by postcode area. This is a rough guide, not a distance.
  'places.postcodeNone': null, // We found no places near {postcode}. All places are listed below.
  'places.showMap': 'ਨਕਸ਼ਾ ਦਿਖਾਓ',
  'places.mapNote': null, // The map comes from OpenStreetMap. Showing it connects to OpenStreetMap.
  'places.mapLink': null, // View on OpenStreetMap
  'places.mapTitle': null, // Map showing {name}
  'places.email': null, // Email
  'places.website': null, // Website
  'places.lastReviewed': null, // Last checked {date}
  'places.count': null, // Number of places: {count}
  'places.emptyHeading': null, // We are still checking places
  'places.emptyBody': null, // We will list places here once we have checked them. You can report a hate crime and get support now.
  'places.noneHere': null, // There are no places of this type here yet.
  'places.showAll': null, // Show all places
  'places.inLocality': null, // Places in {locality}
  // partners: embedded resources and the partners' page
  'embed.from': null, // Help and advice from the Walsall Hate Crime Reduction Initiative
  'embed.fullPage': null, // Read this on our website (opens in a new tab)
  'embed.title': null, // {title} – embedded from the Walsall Hate Crime Reduction Initiative
  'embed.fallbackLink': null, // Read “{title}” on the Walsall Hate Crime Reduction Initiative website
  'partners.title': null, // Put our help and advice on your website
  'partners.description': null, // How partners embed our help and advice pages, or republish them from our content feed. Always up to date, free to use.
  'partners.nav': null, // For partners: embed our pages
  'partners.intro': null, // Councils, police, schools and charities can show our help and advice pages on their own websites. Embedded pages stay up to date: when we review or correct a page, your copy changes too. Every embedded page keeps the “Leave this site” button and the emergency numbers.
  'partners.choose': null, // Choose a page
  'partners.preview': null, // Preview
  'partners.previewOf': null, // How “{title}” looks on your site
  'partners.snippetHeading': null, // Copy this code onto your page
  'partners.snippetHelp': null, // Paste it where the page should appear. It shows the page in a frame that grows to fit its content. Change data-lang to show another language: en, ur, pa, bn or pl. You can put several on one page.
  'partners.copy': null, // Copy the code
  'partners.copied': null, // Copied
  'partners.iframeHeading': null, // If your website does not allow scripts
  'partners.iframeHelp': null, // Use a plain frame instead. It cannot resize itself, so set a height that fits.
  'partners.feedHeading': null, // Republish from our content feed
  'partners.feedHelp': null, // Every embeddable page is also available as JSON: title, summary, the page text as HTML, topics, the languages it is translated into, when we last reviewed it, its address, and the licence. Anyone may read the feed from a browser or a server (CORS is open).
  'partners.feedIndex': null, // All embeddable pages
  'partners.feedItem': null, // One page, in every language
  'partners.oembedHelp': null, // Website builders that understand oEmbed find the embed code by themselves from the page’s address.
  'partners.termsHeading': null, // Terms of use
  'partners.terms1': null, // Show the page as it is: do not change, shorten or reword it.
  'partners.terms2': null, // Keep the attribution and the link to our website.
  'partners.terms3': null, // Keep the “Leave this site” button: people in danger rely on it.
  'partners.terms4': null, // Do not add tracking or analytics to embedded pages.
  'partners.contact': null, // Questions? Email us in confidence:
  // resources, report, CMS pages, search, RSS (public pages)
  'resources.title': 'ਮਦਦ ਅਤੇ ਸਲਾਹ',
  'resources.description': null, // Guides about hate crime in Walsall: what it is, how to report it, where to get support and how to stay safe.
  'resources.filteredDescription': null, // Help and advice: {name}.
  'resources.empty': null, // There is no help and advice here yet. Please come back soon.
  'resources.filters': null, // Show only
  'resources.all': null, // All help and advice
  'resources.filterCategory': null, // By topic
  'resources.filterStrand': null, // By type of hate crime
  'resources.forStrand': null, // About this type of hate crime
  'resources.general': null, // About all types of hate crime
  'resources.seeAll': null, // See all {count} in {category}
  'resources.lastReviewed': null, // Last reviewed
  'resources.strands': null, // Types of hate crime
  'resources.allStrands': null, // All types
  'resources.sources': null, // Sources
  'resources.related': null, // Related help and advice
  'resources.contactPhone': 'ਫ਼ੋਨ',
  'resources.contactText': null, // Text
  'resources.contactEmail': 'ਈਮੇਲ',
  'resources.contactWebsite': 'ਵੈੱਬਸਾਈਟ',
  'resources.contactHours': null, // Open
  'resources.download': null, // Download
  'report.title': null, // Report a hate crime
  'report.description': null, // How to report a hate crime or hate incident in Walsall: in an emergency, by phone, online, through a reporting centre, or without giving your name.
  'report.intro': null, // You can report a hate crime or a hate incident whether it happened to you or you saw it happen to someone else. Choose the way that feels right for you.
  'report.ways': null, // Ways to report
  'report.wmp': null, // West Midlands Police: report online at west-midlands.police.uk
  'report.thirdPartyHeading': null, // Through a reporting centre
  'report.thirdPartyBody': null, // If you do not want to go to the police yourself, an organisation can report for you. They can pass on what happened with or without your name. Many Citizens Advice offices are reporting centres.
  'report.stopHate': null, // Stop Hate UK can report for you, with your consent. Their helpline is open 24 hours:
  'report.centres': null, // Reporting centres in Walsall
  'report.noCentres': null, // We have not listed any reporting centres in Walsall on this site yet. You can find a safe space near you, or use one of the other ways to report on this page.
  'report.findSafeSpace': 'ਸੁਰੱਖਿਅਤ ਥਾਂ ਲੱਭੋ',
  'report.allCentres': null, // See all {count} reporting centres, nearest first by postcode
  'report.guides': null, // Guides to reporting
  'report.help': null, // Need help to report? Email us in confidence:
  'page.lastReviewed': null, // Last reviewed
  'page.allResources': null, // See all help and advice
  'page.allEvents': null, // See all events
  'page.allStories': null, // See all stories
  'page.noEvents': null, // There are no events coming up at the moment. Please check again soon.
  'page.watchFilm': null, // Watch the film
  'search.title': 'ਖੋਜ',
  'search.description': null, // Search all help and advice, films, stories and events on this site.
  'search.label': null, // What are you looking for?
  'search.hint': null, // For example: report, support, Stand By Me
  'search.button': 'ਖੋਜ',
  'search.needsJs': null, // Search needs JavaScript, which is turned off or not working in your browser. You can still find everything from the menu, or browse all help and advice.
  'search.browse': null, // Browse help and advice
  'search.loading': null, // Searching…
  'search.results': null, // {count} results for "{query}"
  'search.result': null, // 1 result for "{query}"
  'search.none': null, // No results for "{query}". Try another word, or browse help and advice.
  'search.error': null, // Search is not working at the moment. Please browse help and advice instead.
  'rss.title': null, // Walsall Hate Crime Reduction Initiative: help and advice and stories
  'rss.description': null, // New help and advice and ambassador stories from the Walsall Hate Crime Reduction Initiative.
  // confidential support form (/support/): not translated yet
  'support.title': null, // Ask for confidential support
  'support.description': null, // Ask our support volunteers to contact you in confidence, in the way and at the time that is safe for you.
  'support.intro': null, // Tell us how and when it is safe to contact you and one of our trained support volunteers will get in touch. You do not have to give your name.
  'support.emailInstead': null, // You can also e-mail us in confidence:
  'support.notEmergency': null, // This form is not watched all the time. If you are in danger now, call 999.
  'support.firstName': null, // First name (optional)
  'support.firstNameHint': null, // Or any name you would like us to use.
  'support.contactBy': null, // How is it safe to contact you?
  'support.contactByHint': null, // Choose every way that is safe.
  'support.method.email': null, // E-mail
  'support.method.phone': null, // Phone call
  'support.method.text': null, // Text message
  'support.email': null, // Your e-mail address
  'support.phone': null, // Your phone number (for calls or texts)
  'support.safeTimes': null, // When is it safe to contact you? (optional)
  'support.safeTimesHint': null, // For example: weekdays after 6pm.
  'support.leaveMessage': null, // Is it safe to leave a message?
  'support.leaveMessage.yes': null, // Yes
  'support.leaveMessage.no': null, // No
  'support.language': null, // Which language would you like us to use?
  'support.languageOther': null, // Another language (tell us in your message)
  'support.message': null, // Your message
  'support.messageHint': null, // A few words about what you would like help with. Up to 2,000 characters.
  'support.honeypot': null, // Leave this empty
  'support.send': null, // Send in confidence
  'support.sending': null, // Sending…
  'support.privacy': null, // What you send is stored encrypted, only our support volunteers can read it, and it is deleted {days} days after we close your request. Nothing about it is saved in your browser.
  'support.sentTitle': null, // Thank you. Your message has been sent.
  'support.sentBody': null, // One of our support volunteers will contact you in the way you chose. Nothing about this message is kept in your browser.
  'support.back': null, // Back to the website
  'support.errorTitle': null, // Your message was not sent
  'support.error.message': null, // Please write a short message.
  'support.error.contact': null, // Please choose at least one safe way to contact you.
  'support.error.email': null, // Please give an e-mail address we can use, or choose another way.
  'support.error.phone': null, // Please give a phone number for calls or texts, or choose another way.
  'support.error.tooLong': null, // Please make what you wrote shorter.
  'support.error.check': null, // Your message could not be checked. Please reload the page and try again.
  'support.error.tooMany': null, // Too many messages have been sent from this device or network. Please wait an hour and try again, or e-mail us.
  'support.error.network': null, // Your message could not be sent. Please check your connection and try again, or e-mail us.
  'support.error.unavailable': null, // We cannot receive messages here right now. Please e-mail us instead.
  // research surveys
  'research.title': null, // Research: residents' surveys
  'research.description': null, // Take part in research about hate crime in Walsall, and see what the surveys found.
  'research.intro': null, // Black Country Innovate CIC and De Montfort University are working together to understand the reality for people who have suffered or witnessed hatred. The findings are used to improve services for victims of hate crime. Every question is optional unless it says otherwise.
  'research.none': null, // There is no survey open at the moment.
  'research.minutes': null, // Takes about {minutes} minutes.
  'research.closes': null, // Open until {date}.
  'research.take': null, // Take the survey
  'research.notReport.title': null, // This survey is not a way to report a hate crime
  'research.notReport.body': null, // Nobody reads these answers to act on them, and they are not passed to the police. To report a hate crime or incident, use one of the ways below.
  'research.notReport.link': null, // All the ways to report
  'research.consent.legend': null, // Taking part
  'research.consent.label': null, // I have read this and I agree to take part.
  'research.optional': null, // (optional)
  'research.required': null, // (required)
  'research.chooseOne': null, // Choose one.
  'research.chooseAny': null, // Choose any that apply.
  'research.noAnswer': null, // Prefer not to say
  'research.followUp.legend': null, // A follow-up interview (optional)
  'research.followUp.label': null, // You may contact me about a follow-up interview.
  'research.followUp.hint': null, // Your contact details are sealed and kept apart from your answers: nobody can tell which answers are yours.
  'research.contactName': null, // Name to use (optional)
  'research.contact': null, // E-mail address or phone number
  'research.send': null, // Send my answers
  'research.sending': null, // Sending…
  'research.privacy': null, // Your answers are sealed as soon as they arrive: only the research team can open them, away from this website. No address, browser details or exact time is kept, and nothing is saved in your browser. Read the data note.
  'research.sentTitle': null, // Thank you. Your answers have been sent.
  'research.sentBody': null, // If you change your mind, you can withdraw your answers with the code below. Write it down or keep it somewhere safe: it is shown only this once and is not kept in your browser.
  'research.codeLabel': null, // Your withdrawal code
  'research.withdrawLink': null, // How to withdraw your answers
  'research.errorTitle': null, // Your answers were not sent
  'research.error.closed': null, // This survey is not open.
  'research.error.consent': null, // Please tick the box to say you agree to take part.
  'research.error.required': null, // Please answer the questions marked required.
  'research.error.invalid': null, // Some answers could not be read. Please reload the page and try again.
  'research.error.contact': null, // Please give an e-mail address or phone number for the follow-up interview, or untick it.
  'research.error.tooLong': null, // Please make what you wrote shorter.
  'research.error.check': null, // Your answers could not be checked. Please reload the page and try again.
  'research.error.tooMany': null, // Too many forms have been sent from this device or network. Please wait an hour and try again.
  'research.error.network': null, // Your answers could not be sent. Please check your connection and try again.
  'research.error.unavailable': null, // We cannot receive answers here right now. Please try again later.
  'research.period.month': null, // In the last month
  'research.period.year': null, // In the last year
  'research.period.years': null, // One to five years ago
  'research.period.older': null, // More than five years ago
  'research.period.unsure': null, // Not sure
  'research.findings.title': null, // What the surveys found
  'research.findings.description': null, // Findings from the research surveys, in charts and tables.
  'research.findings.none': null, // No findings have been published yet.
  'research.findings.respondents': null, // Based on the answers of {count} people.
  'research.findings.suppressed': null, // fewer than 5
  'research.findings.suppressedNote': null, // To protect the people who answered, a number under 5 is not shown; where it could be worked out from the others, the next smallest is hidden too.
  'research.findings.answer': null, // Answer
  'research.findings.count': null, // Number of people
  'research.findings.table': null, // Table: {question}
  'research.findings.byLocality': null, // By part of Walsall
  'research.findings.byStrand': null, // By what the hatred was about
  'research.data.title': null, // Research: how your answers are handled
  'research.data.description': null, // What the surveys collect, why, how long it is kept and your rights.
  'research.data.what': null, // What we collect
  'research.data.whatBody': null, // Only the answers you choose to give. We do not keep your internet address, your browser details or the exact time you answered. If you ask for a follow-up interview, the contact details you give are sealed and kept apart from your answers.
  'research.data.why': null, // Why
  'research.data.whyBody': null, // To understand the reality for people who have suffered or witnessed hatred in Walsall, and to improve services for victims of hate crime. Only totals are published, and no number under 5 is shown.
  'research.data.howLong': null, // How long we keep it
  'research.data.howLongBody': null, // Answers and contact details are deleted automatically a set time after each survey closes (shown with each survey).
  'research.data.keptFor': null, // {title}: deleted {days} days after it closes.
  'research.data.rights': null, // Your rights
  'research.data.rightsBody': null, // You can withdraw your answers at any time before they are deleted, using the code you were given when you sent them. Because we cannot tell which answers are yours, we cannot find them without the code.
  'research.data.lawfulBasis': null, // Lawful basis
  'research.data.lawfulBasisMissing': null, // The lawful basis for this research has not been published yet.
  'research.withdraw.title': null, // Withdraw your answers
  'research.withdraw.code': null, // Your withdrawal code
  'research.withdraw.send': null, // Withdraw my answers
  'research.withdrawnTitle': null, // Your answers have been deleted.
  'research.withdrawnBody': null, // The answers sent with this code, and any contact details sent with them, have been deleted.
  'research.withdraw.notFound': null, // No answers were found for this code. Please check it, letter by letter. They may already have been deleted.
}
