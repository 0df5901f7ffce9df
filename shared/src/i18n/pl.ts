/**
 * Polish (Polski) interface strings, for the translator.
 * Translate the text in quotes and leave the key on the left as it is. Keys are in the same order
 * as the English (en.ts); do not add or remove any.
 * - Words in braces such as `{count}`, `{name}` or `{date}` are filled in by the site (a number, a
 *   name, a date): keep each one, spelled as in English, wherever the sentence needs it.
 * - `null` means not translated yet, and the site shows the English text from the comment beside
 *   it. To translate, replace `null` with the text in quotes.
 */
import type { LanguageFile } from '../i18n'

export const pl: LanguageFile = {
  'site.name': 'Inicjatywa na rzecz ograniczenia przestępstw z nienawiści w Walsall',
  'site.shortName': 'Inicjatywa przeciw przestępstwom z nienawiści',
  'site.place': null, // Walsall
  'site.tagline':
    'Zgłoś przestępstwo z nienawiści, uzyskaj wsparcie i znajdź bezpieczne miejsce w Walsall.',
  'site.home': 'Strona główna',
  'site.runBy': 'Prowadzona przez Black Country Innovate CIC.',

  skipLink: 'Przejdź do treści',
  'nav.label': 'Główne',
  'nav.home': 'Strona główna',
  'nav.report': 'Zgłoś',
  'nav.resources': 'Pomoc i porady',
  'nav.safeSpaces': 'Bezpieczne miejsca',
  'nav.films': 'Filmy',
  'nav.stories': 'Historie',
  'nav.events': 'Wydarzenia',
  'nav.search': 'Szukaj',

  'lang.label': 'Język',
  'lang.choose': 'Wybierz język',
  'lang.current': 'obecny język',

  'quickExit.label': 'Opuść tę stronę',
  'quickExit.hint': 'Lub naciśnij Shift 3 razy',
  'quickExit.press1': 'Shift naciśnięty 1 z 3 razy. Naciśnij jeszcze 2 razy, aby opuścić stronę.',
  'quickExit.press2': 'Shift naciśnięty 2 z 3 razy. Naciśnij jeszcze raz, aby opuścić stronę.',
  'quickExit.reset': 'Szybkie wyjście wyzerowane. Naciśnij Shift 3 razy, aby opuścić stronę.',
  'quickExit.leaving': 'Opuszczasz tę stronę.',

  'exit.title': 'Opuszczasz tę stronę',
  'exit.body': 'Opuszczasz tę stronę. Jeśli nic się nie dzieje, wybierz link poniżej.',
  'exit.continue': 'Dalej',

  'emergency.heading': 'Potrzebujesz pomocy teraz?',
  'emergency.danger': 'W nagłym wypadku lub jeśli grozi Ci teraz niebezpieczeństwo',
  'emergency.call': 'Zadzwoń',
  'emergency.nonEmergency': 'Jeśli to nie jest nagły wypadek',
  'emergency.textphone': 'Telefon tekstowy',
  'emergency.sms':
    'Osoby głuche, niedosłyszące lub z zaburzeniami mowy mogą wysłać SMS pod 999 po rejestracji w emergencySMS (wyślij „register” pod 999).',
  'emergency.online': 'Zgłoś przez internet',
  'emergency.onlineName': 'True Vision, policyjny serwis do zgłaszania przestępstw z nienawiści',
  'emergency.anonymous': 'Anonimowo',
  'emergency.anonymousName': 'Crimestoppers',
  'emergency.anonymousNote': 'Nie zapytają o Twoje imię i nazwisko.',

  'notTranslated.heading': 'Jeszcze nie przetłumaczono',
  'notTranslated.body':
    'Ta strona nie jest jeszcze dostępna w języku: {language}. Wyświetlamy ją po angielsku.',

  'breadcrumbs.label': 'Jesteś tutaj',
  'pagination.label': 'Strony',
  'pagination.previous': 'Poprzednia',
  'pagination.next': 'Następna',
  'pagination.page': 'Strona {page}',
  'pagination.pageOf': 'Strona {page} z {total}',

  'action.report': 'Zgłoś',
  'action.reportBody':
    'Powiedz policji lub punktowi zgłoszeń, co się stało. Możesz zachować anonimowość.',
  'action.support': 'Uzyskaj wsparcie',
  'action.supportBody': 'Porozmawiaj z kimś w zaufaniu, niezależnie od tego, czy to zgłosisz.',
  'action.safeSpace': 'Znajdź bezpieczne miejsce',
  'action.safeSpaceBody':
    'Miejsca w Walsall, do których możesz pójść, gdy nie czujesz się bezpiecznie, oraz punkty, które mogą zgłosić sprawę w Twoim imieniu.',

  'home.title': 'Zgłoś przestępstwo z nienawiści i uzyskaj wsparcie w Walsall',
  'home.heading': 'Nie musisz mierzyć się z przestępstwem z nienawiści sam',
  'home.intro':
    'Pomagamy mieszkańcom Walsall, którzy doświadczyli przestępstwa z nienawiści lub byli jego świadkami. Wysłuchamy Cię i pomożemy zgłosić sprawę, uzyskać wsparcie i znaleźć bezpieczne miejsce.',
  'home.whatNow': 'Co możesz zrobić teraz',
  'home.about': 'O inicjatywie',
  'home.aboutBody': null, // The Hate Crime Reduction Initiative is community led. Black Country Innovate CIC works with De Montfort University, West Midlands Police, Walsall Council, Safer Walsall Partnership, Walsall for All, places of worship and community groups to reduce all forms of hate crime across Walsall.
  'home.confidential': 'Aby porozmawiać z kimś w zaufaniu, napisz na adres',
  'home.featuredFilm': null, // Our latest film
  'home.allFilms': null, // See all campaign films

  'footer.partners': 'Współpracujemy z',
  'footer.contact': 'Kontakt w zaufaniu',
  'footer.about': 'O tej stronie',
  'footer.privacy': 'Prywatność',
  'footer.accessibility': 'Dostępność',
  'footer.stayingSafe': 'Bezpieczeństwo w internecie',
  'footer.noCookies': 'Ta strona nie używa plików cookie ani śledzenia.',

  'safe.title': 'Bezpieczeństwo w internecie',
  'safe.description':
    'Co robi przycisk „Opuść tę stronę”, czego nie może zrobić i jak zatrzeć ślady na telefonie lub komputerze.',
  'safe.summaryHeading': 'W skrócie',
  'safe.point1':
    'Wybierz „Opuść tę stronę” lub naciśnij Shift 3 razy, aby natychmiast wyjść. Strona zrobi się pusta i otworzy się BBC Weather.',
  'safe.point2':
    'Wyjście w ten sposób nie usuwa historii przeglądania. Ktoś nadal może zobaczyć, że tu byłeś.',
  'safe.point3':
    'Jeśli możesz, użyj okna prywatnego (incognito) albo urządzenia, z którego nikt inny nie korzysta.',
  'safe.point4': 'Możesz usunąć tę stronę z historii przeglądarki. Instrukcja jest poniżej.',
  'safe.point5': 'Jeśli grozi Ci teraz niebezpieczeństwo, zadzwoń pod 999.',

  'privacy.title': 'Prywatność',
  'privacy.description':
    'Ta strona nie używa plików cookie, analityki ani śledzenia. Nic nie jest wysyłane nikomu innemu, chyba że o to poprosisz.',
  'accessibility.title': 'Deklaracja dostępności',
  'accessibility.description': null, // How accessible this site is, and how to tell us about a problem.

  'notFound.title': 'Nie znaleziono strony',
  'notFound.body':
    'Nie możemy znaleźć tej strony. Mogła zostać przeniesiona lub adres jest błędny.',
  'notFound.home': 'Przejdź do strony głównej',

  'card.contentWarning': 'Ostrzeżenie o treści',
  'card.anonymous': 'Anonimowo',
  'card.duration': '{minutes} min',
  'card.lastReviewed': 'Sprawdzono {date}',
  'card.producer': 'Autor: {name}',
  'card.stepFree': 'Dostęp bez schodów',
  'card.languages': 'Języki: {list}',
  'card.online': 'Online',
  'card.phone': 'Telefon',

  'category.understanding': 'Czym jest przestępstwo z nienawiści',
  'category.reporting': 'Zgłaszanie',
  'category.support': 'Wsparcie',
  'category.safe-spaces': 'Bezpieczne miejsca',
  'category.restorative-justice': 'Sprawiedliwość naprawcza',
  'category.research': 'Badania',
  'category.awareness': 'Świadomość',

  'strand.race': 'Rasa lub pochodzenie etniczne',
  'strand.religion': 'Religia lub przekonania',
  'strand.sexual-orientation': 'Orientacja seksualna',
  'strand.disability': 'Niepełnosprawność',
  'strand.transgender': 'Tożsamość transpłciowa',
  'strand.other': 'Inne lub lokalne',

  'locality.north': 'Północne Walsall',
  'locality.south': 'Południowe Walsall',
  'locality.east': 'Wschodnie Walsall',
  'locality.west': 'Zachodnie Walsall',
  'locality.online': 'Online',

  'eventType.ambassador-training': 'Szkolenie ambasadorów',
  'eventType.awareness': 'Podnoszenie świadomości',
  'eventType.community': 'Wydarzenie lokalne',
  'eventType.support-session': 'Spotkanie wsparcia',

  'eventStatus.scheduled': 'Odbędzie się',
  'eventStatus.postponed': 'Przełożone',
  'eventStatus.cancelled': 'Odwołane',
  'eventStatus.fully-booked': 'Brak miejsc',

  'placeKind.safe-space': 'Bezpieczne miejsce',
  'placeKind.reporting-centre': 'Punkt zgłaszania przestępstw z nienawiści',
  'placeKind.support': 'Wsparcie',
  // films, stories, events, places (public pages)
  'films.title': 'Filmy kampanii',
  'films.description':
    'Krótkie filmy o przestępstwach z nienawiści w Walsall i o tym, jak im się przeciwstawić, wyprodukowane przez Method in Motion.',
  'films.empty': 'Nie ma jeszcze filmów. Zajrzyj tu wkrótce.',
  'films.length': 'Długość {time}',
  'films.captions': 'Napisy',
  'films.audioDescribed': 'Audiodeskrypcja',
  'films.beforeYouWatch': 'Zanim obejrzysz',
  'films.externalNote':
    'Ten film jest w serwisie {provider}. Odtworzenie go łączy z serwisem {provider}.',
  'films.externalNothingSent':
    'Nic nie jest wysyłane do {provider}, dopóki nie naciśniesz „Odtwórz”.',
  'films.play': 'Odtwórz film',
  'films.playLabel': 'Odtwórz film: {title}',
  'films.watchOn': 'Obejrzyj w serwisie {provider}',
  'films.noVideo': null, // Your browser cannot play this film. You can download it instead:
  'films.download': null, // Download the film
  'films.transcript': 'Transkrypcja',
  'films.readTranscript': 'Przeczytaj transkrypcję',
  'films.adHeading': 'Wersja z audiodeskrypcją',
  'films.adShow': 'Obejrzyj wersję z audiodeskrypcją',
  'films.adBody': null, // A voice describes what happens on screen.
  'films.relatedStories': 'Powiązane historie',
  'films.producer': null, // Produced by {name}
  'films.released': null, // Released {date}
  'films.playerTitle': null, // Film player: {title}
  'stories.title': 'Historie ambasadorów',
  'stories.description': null, // Stand By Me Ambassadors from across Walsall tell their own stories.
  'stories.empty': null, // There are no stories here yet. Please come back soon.
  'stories.anonymous': 'Anonimowy ambasador',
  'stories.beforeYouRead': 'Zanim przeczytasz',
  'stories.toldBy': null, // Told by {name}
  'stories.relatedFilm': 'Obejrzyj film',
  'stories.more': null, // More stories
  'events.title': 'Wydarzenia',
  'events.description': null, // Stand By Me Ambassador training, awareness events and support sessions in Walsall and online.
  'events.upcoming': 'Nadchodzące',
  'events.past': 'Minione wydarzenia',
  'events.noUpcoming': 'Obecnie nie ma nadchodzących wydarzeń. Zajrzyj tu wkrótce.',
  'events.when': 'Kiedy',
  'events.where': 'Gdzie',
  'events.online': 'Online',
  'events.joinOnline': 'Dołącz online',
  'events.book': 'Jak się zapisać',
  'events.bookOnline': 'Zarezerwuj miejsce',
  'events.bookEmail': 'Napisz do nas, aby się zapisać:',
  'events.capacity': 'Liczba miejsc: {count}',
  'events.type': 'Rodzaj wydarzenia',
  'events.addToCalendar': 'Dodaj do kalendarza',
  'events.feed': null, // Add all our events to your calendar
  'events.finished': 'To wydarzenie już się odbyło.',
  'events.cancelled': 'To wydarzenie zostało odwołane.',
  'events.postponed': null, // This event is postponed. We will share the new date here.
  'events.fullyBooked': 'Brak wolnych miejsc na to wydarzenie.',
  'events.timeNote': 'Godziny podano według czasu brytyjskiego.',
  'places.title': 'Bezpieczne miejsca i punkty zgłaszania przestępstw z nienawiści',
  'places.description': null, // Places in Walsall where you can go if you feel unsafe because of hate, and centres that can report a hate crime for you.
  'places.notAni': null, // This list is about hate crime. It is not the national "Safe Spaces" scheme or "Ask for ANI" in pharmacies and banks: those are for people experiencing domestic abuse.
  'places.filterLocality': 'Część Walsall',
  'places.filterKind': 'Rodzaj miejsca',
  'places.all': 'Wszystkie',
  'places.filters': 'Pokaż tylko',
  'places.postcodeHeading': 'Szukaj według kodu pocztowego',
  'places.postcodeLabel': 'Twój kod pocztowy',
  'places.postcodeHint': null, // For example WS1 1TP. Your postcode stays on your device.
  'places.postcodeButton': 'Szukaj',
  'places.postcodeInvalid': null, // Enter a full or part postcode, for example WS1 1TP or WS1.
  'places.postcodeResults': null, // Places nearest to {postcode}, by postcode area. This is a rough guide, not a distance.
  'places.postcodeNone': null, // We found no places near {postcode}. All places are listed below.
  'places.showMap': 'Pokaż mapę',
  'places.mapNote': null, // The map comes from OpenStreetMap. Showing it connects to OpenStreetMap.
  'places.mapLink': 'Zobacz w OpenStreetMap',
  'places.mapTitle': null, // Map showing {name}
  'places.email': 'E-mail',
  'places.website': 'Strona internetowa',
  'places.lastReviewed': 'Sprawdzono {date}',
  'places.count': null, // Number of places: {count}
  'places.emptyHeading': null, // We are still checking places
  'places.emptyBody': null, // We will list places here once we have checked them. You can report a hate crime and get support now.
  'places.noneHere': null, // There are no places of this type here yet.
  'places.showAll': 'Pokaż wszystkie miejsca',
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
  'resources.title': 'Pomoc i porady',
  'resources.description': null, // Guides about hate crime in Walsall: what it is, how to report it, where to get support and how to stay safe.
  'resources.filteredDescription': null, // Help and advice: {name}.
  'resources.empty': null, // There is no help and advice here yet. Please come back soon.
  'resources.filters': 'Pokaż tylko',
  'resources.all': 'Wszystkie porady',
  'resources.filterCategory': 'Według tematu',
  'resources.filterStrand': 'Według rodzaju przestępstwa z nienawiści',
  'resources.forStrand': null, // About this type of hate crime
  'resources.general': null, // About all types of hate crime
  'resources.seeAll': 'Zobacz wszystkie ({count}): {category}',
  'resources.lastReviewed': 'Ostatnio sprawdzono',
  'resources.strands': 'Rodzaje przestępstw z nienawiści',
  'resources.allStrands': 'Wszystkie rodzaje',
  'resources.sources': 'Źródła',
  'resources.related': 'Powiązane porady',
  'resources.contactPhone': 'Telefon',
  'resources.contactText': 'SMS',
  'resources.contactEmail': 'E-mail',
  'resources.contactWebsite': 'Strona internetowa',
  'resources.contactHours': 'Godziny otwarcia',
  'resources.download': 'Pobierz',
  'report.title': 'Zgłoś przestępstwo z nienawiści',
  'report.description': null, // How to report a hate crime or hate incident in Walsall: in an emergency, by phone, online, through a reporting centre, or without giving your name.
  'report.intro': null, // You can report a hate crime or a hate incident whether it happened to you or you saw it happen to someone else. Choose the way that feels right for you.
  'report.ways': 'Sposoby zgłaszania',
  'report.wmp': null, // West Midlands Police: report online at west-midlands.police.uk
  'report.thirdPartyHeading': 'Przez punkt zgłaszania',
  'report.thirdPartyBody': null, // If you do not want to go to the police yourself, an organisation can report for you. They can pass on what happened with or without your name. Many Citizens Advice offices are reporting centres.
  'report.stopHate': null, // Stop Hate UK can report for you, with your consent. Their helpline is open 24 hours:
  'report.centres': 'Punkty zgłaszania w Walsall',
  'report.noCentres': null, // We have not listed any reporting centres in Walsall on this site yet. You can find a safe space near you, or use one of the other ways to report on this page.
  'report.findSafeSpace': 'Znajdź bezpieczne miejsce',
  'report.allCentres': null, // See all {count} reporting centres, nearest first by postcode
  'report.guides': 'Poradniki o zgłaszaniu',
  'report.help': null, // Need help to report? Email us in confidence:
  'page.lastReviewed': 'Ostatnio sprawdzono',
  'page.allResources': 'Zobacz wszystkie porady',
  'page.allEvents': 'Zobacz wszystkie wydarzenia',
  'page.allStories': 'Zobacz wszystkie historie',
  'page.noEvents': null, // There are no events coming up at the moment. Please check again soon.
  'page.watchFilm': 'Obejrzyj film',
  'search.title': 'Szukaj',
  'search.description': null, // Search all help and advice, films, stories and events on this site.
  'search.label': 'Czego szukasz?',
  'search.hint': null, // For example: report, support, Stand By Me
  'search.button': 'Szukaj',
  'search.needsJs': null, // Search needs JavaScript, which is turned off or not working in your browser. You can still find everything from the menu, or browse all help and advice.
  'search.browse': 'Przeglądaj porady',
  'search.loading': 'Wyszukiwanie…',
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
