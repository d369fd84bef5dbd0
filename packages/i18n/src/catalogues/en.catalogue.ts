// English UI messages: the reference catalogue. Every other catalogue may only use these keys,
// and any key it lacks falls back to the text here.

export const en = {
  'site.name': 'Caravan',
  'site.tagline': 'Regional cooperation forums',
  'nav.home': 'All forums',
  'nav.main': 'Main navigation',
  'nav.skipToContent': 'Skip to content',
  'nav.language': 'Language',
  'nav.breadcrumb': 'You are here',

  'home.title': 'Regional cooperation forums',
  'home.intro': 'Series of intergovernmental forums that bring China together with its neighbouring regions.',
  'home.latestEdition': 'Latest edition',
  'home.noEdition': 'No edition has been scheduled yet.',
  'home.open': 'Open {name}',

  'status.PROPOSED': 'Proposed',
  'status.PLANNED': 'Planned',
  'status.REGISTRATION_OPEN': 'Registration open',
  'status.LIVE': 'Taking place now',
  'status.CONCLUDED': 'Concluded',

  'series.region': 'Region',
  'series.partner': 'Partner country',
  'series.countries': 'Participating countries',
  'series.coOrganizers': 'Co-organisers',
  'series.focusTracks': 'Focus tracks',
  'series.editions': 'Editions',
  'series.proposedNotice': 'This forum is a proposal: its first edition has not been scheduled yet. The focus tracks below show what it is meant to cover.',
  'series.noEditions': 'No edition has been published yet.',
  'series.editionLabel': 'Edition {number}',

  'edition.title': '{series}, edition {number}',
  'edition.overview': 'Overview',
  'edition.theme': 'Theme',
  'edition.dates': 'Dates',
  'edition.datesToBeAnnounced': 'Dates to be announced',
  'edition.hostCity': 'Host city',
  'edition.organizers': 'Organisers',
  'edition.attendance': 'Attendance',
  'edition.attendanceValue': '{count, plural, one {# participant} other {# participants}}',
  'edition.workingLanguages': 'Working languages',
  'edition.delegations': 'Delegations',
  'edition.headOfDelegation': 'Head of delegation',
  'edition.members': '{count, plural, one {# member} other {# members}}',
  'edition.programme': 'Programme',
  'edition.timesNote': 'All times are local to {city} ({timeZone}).',
  'edition.noSessions': 'The programme has not been published yet.',
  'edition.generalProgramme': 'General programme',
  'edition.room': 'Room',
  'edition.speakers': 'Speakers',
  'edition.interpretation': 'Interpretation: {languages}',
  'edition.programmeDocument': 'Download the programme ({format})',

  'role.KEYNOTE': 'Keynote',
  'role.SPEAKER': 'Speaker',
  'role.MODERATOR': 'Moderator',

  'sessionKind.PLENARY': 'Plenary',
  'sessionKind.SUB_FORUM': 'Sub-forum',
  'sessionKind.PANEL': 'Panel',
  'sessionKind.SIGNING_CEREMONY': 'Signing ceremony',
  'sessionKind.BILATERAL_MEETING': 'Bilateral meeting',
  'sessionKind.CULTURAL_EVENT': 'Cultural event',
  'sessionKind.CEREMONY': 'Ceremony',
  'sessionKind.BREAK': 'Break',

  'error.notFound.title': 'Page not found',
  'error.notFound.body': 'There is no forum or edition at this address. It may have moved, or it has not been published yet.',
  'error.unavailable.title': 'Forum data is unavailable right now',
  'error.unavailable.body': 'The portal could not reach the Caravan service that holds the forum data. Please try again in a few minutes.',
  'error.generic.title': 'Something went wrong',
  'error.generic.body': 'The page could not be shown. If this keeps happening, quote reference {reference} when you report it.',
  'error.backHome': 'Back to all forums',

  'footer.about': 'Caravan is open-source software for running series of regional cooperation forums.',
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue = Readonly<Record<MessageKey, string>>;
export type PartialCatalogue = Readonly<Partial<Record<MessageKey, string>>>;
