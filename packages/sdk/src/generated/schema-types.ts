export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** A country taking part in one or more forum series. */
export type Country = {
  /** Capital city. */
  capital: LocalizedString;
  /** ISO 3166-1 alpha-2 code, e.g. KZ. */
  code: Scalars['String']['output'];
  /** Official languages as BCP 47 tags. */
  languages: Array<Scalars['String']['output']>;
  /** Short name of the country. */
  name: LocalizedString;
  /** The region the country belongs to. */
  region: Region;
  /** IANA time zone of the capital, e.g. Asia/Almaty. */
  timeZone: Scalars['String']['output'];
};

/** A country's (or province's) delegation to an edition. */
export type Delegation = {
  /** The country the delegation represents. */
  country: Maybe<Country>;
  /** Head of the delegation. */
  head: Maybe<Person>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Members in protocol order. */
  members: Array<Person>;
  /** Position in the protocol order, lowest first. */
  protocolOrder: Scalars['Int']['output'];
};

/** One gathering of a forum series, with its programme and delegations. */
export type Edition = {
  /** Reported number of participants. */
  attendance: Maybe<Scalars['Int']['output']>;
  /** Published delegations in protocol order. */
  delegations: Array<Delegation>;
  /** What the edition is about. */
  description: LocalizedString;
  /** Last day, YYYY-MM-DD, local to the edition. */
  endDate: Maybe<Scalars['String']['output']>;
  /** City hosting the edition. */
  hostCity: LocalizedString;
  /** Country hosting the edition. */
  hostCountry: Maybe<Country>;
  /** Province or region hosting it. */
  hostSubdivision: Maybe<SubnationalUnit>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Ordinal within the series (1 for the first forum). */
  number: Scalars['Int']['output'];
  /** Organizing bodies. */
  organizers: Array<Organization>;
  /** Local dates (YYYY-MM-DD) that have published sessions. */
  programmeDays: Array<Scalars['String']['output']>;
  /** Latest rendered programme document. */
  programmeDocument: Maybe<ProgrammeDocument>;
  /** Rooms of the venues, by venue and position. */
  rooms: Array<Room>;
  /** The series the edition belongs to. */
  series: Series;
  /** Published sessions by start time, optionally of one local day or track. */
  sessions: Array<Session>;
  /** First day, YYYY-MM-DD, local to the edition. */
  startDate: Maybe<Scalars['String']['output']>;
  /** Where the edition stands. */
  status: EditionStatus;
  /** Motto or theme of the edition. */
  theme: LocalizedString;
  /** IANA time zone of the host city; local dates and times use it. */
  timeZone: Scalars['String']['output'];
  /** Thematic tracks, in their order. */
  tracks: Array<Track>;
  /** Working languages (BCP 47). */
  workingLanguages: Array<Scalars['String']['output']>;
};


/** One gathering of a forum series, with its programme and delegations. */
export type EditionSessionsArgs = {
  day: InputMaybe<Scalars['String']['input']>;
  track: InputMaybe<Scalars['String']['input']>;
};

/** Where an edition (or a whole series) stands in its life. */
export type EditionStatus =
  | 'CONCLUDED'
  | 'LIVE'
  | 'PLANNED'
  | 'PROPOSED'
  | 'REGISTRATION_OPEN';

/** A visitor-facing text in the language the query asked for, or the nearest one available. */
export type LocalizedString = {
  /** True when the requested language was not available and another one was used. */
  fallback: Scalars['Boolean']['output'];
  /** BCP 47 tag of the language the text is actually in. */
  language: Scalars['String']['output'];
  /** The text itself. */
  text: Scalars['String']['output'];
};

export type Mutation = {
  /** Asks the worker to render an edition's programme document. */
  requestProgrammeDocument: ProgrammeDocumentRequest;
};


export type MutationRequestProgrammeDocumentArgs = {
  number: Scalars['Int']['input'];
  series: Scalars['String']['input'];
};

/** A ministry, agency, association, university or company. */
export type Organization = {
  /** Home country; null for international bodies. */
  country: Maybe<Country>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The sort of body it is. */
  kind: OrganizationKind;
  /** Name of the organization. */
  name: LocalizedString;
  /** URL-friendly identifier. */
  slug: Scalars['String']['output'];
};

/** The sort of body an organization is. */
export type OrganizationKind =
  | 'BUSINESS_ASSOCIATION'
  | 'DIPLOMATIC_MISSION'
  | 'ENTERPRISE'
  | 'GOVERNMENT_BODY'
  | 'INTERNATIONAL_BODY'
  | 'LEGISLATURE'
  | 'OTHER'
  | 'UNIVERSITY';

/** A speaker, moderator or delegate. */
export type Person = {
  /** The country the person represents. */
  country: Maybe<Country>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Full name, in the script of the requested language when known. */
  name: LocalizedString;
  /** The body the person represents. */
  organization: Maybe<Organization>;
  /** Office or job title. */
  position: Maybe<LocalizedString>;
  /** URL-friendly identifier. */
  slug: Scalars['String']['output'];
};

/** The latest programme document the worker rendered for an edition. */
export type ProgrammeDocument = {
  /** SHA-256 of the content, hex. */
  checksum: Scalars['String']['output'];
  /** Media type, e.g. text/markdown. */
  format: Scalars['String']['output'];
  /** When it was rendered, ISO 8601 in UTC. */
  generatedAt: Scalars['String']['output'];
  /** Absolute URL the document is served from. */
  url: Scalars['String']['output'];
};

/** A request to render the programme, tracked through the job outbox. */
export type ProgrammeDocumentRequest = {
  /** Outbox job id. */
  jobId: Scalars['ID']['output'];
  /** PENDING, DISPATCHED, DONE or FAILED. */
  status: Scalars['String']['output'];
};

export type Query = {
  /** All countries in the catalogue, by name. */
  countries: Array<Country>;
  /** A published edition; a NOT_FOUND error names what is missing. */
  edition: Maybe<Edition>;
  /** All regions and partners, by name. */
  regions: Array<Region>;
  /** A published series; null when unknown or unpublished. */
  series: Maybe<Series>;
  /** Published series, by name. */
  seriesList: Array<Series>;
};


export type QueryCountriesArgs = {
  lang: InputMaybe<Scalars['String']['input']>;
};


export type QueryEditionArgs = {
  lang: InputMaybe<Scalars['String']['input']>;
  number: Scalars['Int']['input'];
  series: Scalars['String']['input'];
};


export type QueryRegionsArgs = {
  lang: InputMaybe<Scalars['String']['input']>;
};


export type QuerySeriesArgs = {
  lang: InputMaybe<Scalars['String']['input']>;
  slug: Scalars['String']['input'];
};


export type QuerySeriesListArgs = {
  lang: InputMaybe<Scalars['String']['input']>;
};

/** A world region a forum series is about (Central Asia, South Caucasus) or a partner. */
export type Region = {
  /** Stable slug, e.g. central-asia. */
  code: Scalars['String']['output'];
  /** Countries in the region, by name. */
  countries: Array<Country>;
  /** "region" for a region a series is about, "partner" for a partner country group. */
  kind: Scalars['String']['output'];
  /** Name of the region. */
  name: LocalizedString;
};

/** A hall or room of a venue where sessions take place. */
export type Room = {
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Name of the room. */
  name: LocalizedString;
  /** URL-friendly identifier, unique within its venue. */
  slug: Scalars['String']['output'];
  /** Name of the venue the room is in. */
  venueName: LocalizedString;
};

/** A recurring regional cooperation forum; the tenant of the platform. */
export type Series = {
  /** Bodies that organize the series. */
  coOrganizers: Array<Organization>;
  /** Member and partner countries, by name. */
  countries: Array<Country>;
  /** What the series is for. */
  description: LocalizedString;
  /** Published editions, newest first. */
  editions: Array<Edition>;
  /** Taxonomy tracks the series concentrates on. */
  focusTracks: Array<TrackDefinition>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The newest published edition. */
  latestEdition: Maybe<Edition>;
  /** Full name of the series. */
  name: LocalizedString;
  /** The partner country, e.g. China. */
  partnerCountry: Maybe<Country>;
  /** The region the series is about. */
  region: Region;
  /** Short name for menus and titles. */
  shortName: LocalizedString;
  /** URL slug, e.g. china-central-asia. */
  slug: Scalars['String']['output'];
  /** Where the series as a whole stands (a series can be only proposed). */
  status: EditionStatus;
  /** Key of the visual theme in @caravan/themes. */
  themeKey: Scalars['String']['output'];
};

/** A published slot of the programme: a plenary, panel, ceremony, ... */
export type Session = {
  /** What the session is about. */
  description: Maybe<LocalizedString>;
  /** End, ISO 8601 in UTC. */
  endsAt: Scalars['String']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Languages offered through interpretation (BCP 47). */
  interpretation: Array<Scalars['String']['output']>;
  /** Format of the session. */
  kind: SessionKind;
  /** Languages spoken on the floor (BCP 47). */
  languages: Array<Scalars['String']['output']>;
  /** Local date at the venue, YYYY-MM-DD. */
  localDate: Scalars['String']['output'];
  /** Local end time at the venue, HH:mm. */
  localEnd: Scalars['String']['output'];
  /** Local start time at the venue, HH:mm. */
  localStart: Scalars['String']['output'];
  /** Where the session takes place. */
  room: Maybe<Room>;
  /** URL-friendly identifier, unique within the edition. */
  slug: Scalars['String']['output'];
  /** Keynotes, moderators, then speakers, each in their order. */
  speakers: Array<SessionSpeaker>;
  /** Start, ISO 8601 in UTC. */
  startsAt: Scalars['String']['output'];
  /** IANA time zone of the edition, in which the local fields are given. */
  timeZone: Scalars['String']['output'];
  /** Title of the session. */
  title: LocalizedString;
  /** The thematic track it belongs to. */
  track: Maybe<Track>;
};

/** The format of a programme session. */
export type SessionKind =
  | 'BILATERAL_MEETING'
  | 'BREAK'
  | 'CEREMONY'
  | 'CULTURAL_EVENT'
  | 'PANEL'
  | 'PLENARY'
  | 'SIGNING_CEREMONY'
  | 'SUB_FORUM';

/** What a person does in a session. */
export type SessionRole =
  | 'KEYNOTE'
  | 'MODERATOR'
  | 'SPEAKER';

/** A person taking part in a session, with their role. */
export type SessionSpeaker = {
  /** The person. */
  person: Person;
  /** Keynote, moderator or speaker. */
  role: SessionRole;
};

/** A province, autonomous region, city or district inside a country. */
export type SubnationalUnit = {
  /** The country the unit belongs to. */
  country: Country;
  /** ISO 3166-2 code where one exists, else a stable slug. */
  id: Scalars['ID']['output'];
  /** ISO 3166-2 code, when the unit has one. */
  isoCode: Maybe<Scalars['String']['output']>;
  /** autonomous-region, region, city, district, ... */
  kind: Scalars['String']['output'];
  /** Name of the unit. */
  name: LocalizedString;
};

/** A thematic track of one edition. */
export type Track = {
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Name of the track. */
  name: LocalizedString;
  /** URL-friendly identifier, unique within the edition. */
  slug: Scalars['String']['output'];
  /** The @caravan/tracks taxonomy slug it comes from; null for a custom track. */
  taxonomySlug: Maybe<Scalars['String']['output']>;
};

/** A track of the shared taxonomy that series can focus on. */
export type TrackDefinition = {
  /** What the track covers. */
  description: LocalizedString;
  /** Name of the track. */
  name: LocalizedString;
  /** Taxonomy slug, e.g. green-development. */
  slug: Scalars['String']['output'];
};
