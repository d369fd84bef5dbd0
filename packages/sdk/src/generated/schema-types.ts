export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: unknown; output: unknown; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
};

/** A category visitors may apply in. */
export type AccreditationCategoryView = {
  /** NEEDS_APPROVAL or AUTO_APPROVED (approved on submission while places last, then waitlisted). */
  approval: Scalars['String']['output'];
  /** Places in the category; null: unlimited. */
  capacity: Maybe<Scalars['Int']['output']>;
  /** Who the category is for, in the asked language; null when not given. */
  description: Maybe<Scalars['String']['output']>;
  /** The form's fields this category asks, in the form's order. */
  fields: Array<CategoryField>;
  /** DELEGATION_MEMBER, HEAD_OF_DELEGATION, GOVERNMENT_OFFICIAL, BUSINESS, MEDIA, EXPERT_SPEAKER, OBSERVER or STAFF. */
  kind: Scalars['String']['output'];
  /** The name in the asked language (or its fallback). */
  name: Scalars['String']['output'];
  /** Places not yet approved; null: unlimited. */
  placesLeft: Maybe<Scalars['Int']['output']>;
  /** The category slug, sent as SubmitApplicationInput.category. */
  slug: Scalars['String']['output'];
  /** NONE, OPTIONAL or REQUIRED: whether a visa-support letter is offered. */
  visaSupport: Scalars['String']['output'];
};

/** The sort of participant an accreditation category is for; MEDIA categories are the media centre’s to review. */
export type AccreditationKind =
  | 'BUSINESS'
  | 'DELEGATION_MEMBER'
  | 'EXPERT_SPEAKER'
  | 'GOVERNMENT_OFFICIAL'
  | 'HEAD_OF_DELEGATION'
  | 'MEDIA'
  | 'OBSERVER'
  | 'STAFF';

/** A hall or room of a venue. */
export type AddRoomInput = {
  /** Seats, 1 or more. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** Name, at least in English. */
  name: Array<LocalizedTextInput>;
  /** Order among the venue's rooms (0 first). */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** URL slug, unique within the venue, e.g. hall-a. */
  slug: Scalars['String']['input'];
};

/** A track of an edition: from the shared taxonomy (its name is used when none is given) or custom. */
export type AddTrackInput = {
  /** What the track covers in this edition. */
  description?: InputMaybe<Array<LocalizedTextInput>>;
  /** Name, at least in English; required for a custom track, else taken from the taxonomy. */
  name?: InputMaybe<Array<LocalizedTextInput>>;
  /** Order among the edition's tracks (0 first). */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** URL slug, unique within the edition, e.g. green. */
  slug: Scalars['String']['input'];
  /** Slug of the @caravan/tracks taxonomy track it belongs to, e.g. green-development; leave out for a custom track. */
  taxonomySlug?: InputMaybe<Scalars['String']['input']>;
};

/** A venue of an edition, e.g. a convention centre. */
export type AddVenueInput = {
  /** Postal address, at least in English. */
  address?: InputMaybe<Array<LocalizedTextInput>>;
  /** Name, at least in English. */
  name: Array<LocalizedTextInput>;
  /** URL slug, unique within the edition. */
  slug: Scalars['String']['input'];
};

/** An agreement or cooperation project signed or announced at an edition. */
export type Agreement = {
  /** True when the parties did not disclose the value; `value` is then null. */
  confidential: Scalars['Boolean']['output'];
  /** The edition at which it was signed or announced. */
  edition: Maybe<Edition>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** True for invented demo detail rather than a reported fact. */
  isDemo: Scalars['Boolean']['output'];
  /** Reported steps since signing, oldest first. */
  milestones: Array<AgreementMilestone>;
  /** Signatories, in the order the agreement names them. */
  parties: Array<AgreementParty>;
  /** The session (e.g. signing ceremony) where it was signed. */
  session: Maybe<Session>;
  /** Signing date, YYYY-MM-DD. */
  signedOn: Maybe<Scalars['String']['output']>;
  /** URL-friendly identifier, unique within the edition. */
  slug: Scalars['String']['output'];
  /** Where it stands now. */
  status: AgreementStatus;
  /** What the agreement provides for. */
  summary: Maybe<LocalizedString>;
  /** Title of the agreement. */
  title: LocalizedString;
  /** The thematic track it belongs to. */
  track: Maybe<Track>;
  /** What sort of agreement it is. */
  type: AgreementType;
  /** Disclosed value; null when confidential or not reported. */
  value: Maybe<Money>;
  /** Edit version, raised by each update. Pass it to the update mutation as expectedVersion to have a stale edit refused (STALE_EDIT). */
  version: Scalars['Int']['output'];
};

/** A page of agreements, in a stable order. */
export type AgreementConnection = {
  /** The items of this page with their cursors. */
  edges: Array<AgreementEdge>;
  /** Whether more items follow, and where to continue. */
  pageInfo: PageInfo;
  /** Number of agreements matching the query, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Agreements with one country among their parties (directly or through one of its provinces or cities). */
export type AgreementCountryTally = {
  /** How many of them are confidential; their values are never included anywhere. */
  confidentialCount: Scalars['Int']['output'];
  /** Number of published agreements. */
  count: Scalars['Int']['output'];
  /** The country counted. */
  country: Maybe<Country>;
  /** ISO 3166-1 alpha-2 code of the country counted. */
  countryCode: Scalars['String']['output'];
  /** How many of them have a disclosed value. */
  disclosedCount: Scalars['Int']['output'];
  /** Sum of the disclosed values, one entry per currency, by currency code. */
  disclosedValues: Array<Money>;
};

/** One of the agreements with its cursor. */
export type AgreementEdge = {
  /** Opaque position of this item; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: Agreement;
};

/** Narrows an agreements list; all given conditions must hold. */
export type AgreementFilter = {
  /** ISO country code: only agreements with a party of this country or of one of its provinces or cities. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Only agreements of these edition numbers. */
  editions?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Only agreements in these statuses. */
  statuses?: InputMaybe<Array<AgreementStatus>>;
  /** Track slug: only agreements of this track. */
  track?: InputMaybe<Scalars['String']['input']>;
  /** Only agreements of these types. */
  types?: InputMaybe<Array<AgreementType>>;
};

/** A reported step in the life of an agreement. */
export type AgreementMilestone = {
  /** Date of the step, YYYY-MM-DD. */
  date: Scalars['String']['output'];
  /** The edition at which the step was reported, if any. */
  edition: Maybe<Edition>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** What happened. */
  note: Maybe<LocalizedString>;
  /** The status the agreement reached. */
  status: AgreementStatus;
};

/** A signatory of an agreement: a country, a province or city, or an organization. */
export type AgreementParty = {
  /** The country, for a country party. */
  country: Maybe<Country>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Which of country, subnationalUnit or organization is set. */
  kind: AgreementPartyKind;
  /** Name of the country, unit or organization. */
  name: LocalizedString;
  /** The organization, for an organization party. */
  organization: Maybe<Organization>;
  /** The province, region or city, for a subnational party. */
  subnationalUnit: Maybe<SubnationalUnit>;
};

/** A signatory of an agreement: give exactly one of countryCode, subdivisionId or organization. */
export type AgreementPartyInput = {
  /** Catalogue country code, e.g. UZ. */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  /** Slug of an organization. */
  organization?: InputMaybe<Scalars['String']['input']>;
  /** Id of a catalogue province, region, city or district, e.g. CN-NX (the only kind of party of a SISTER_CITY agreement). */
  subdivisionId?: InputMaybe<Scalars['String']['input']>;
};

/** Whether a party is a country, a province or city, or an organization. */
export type AgreementPartyKind =
  | 'COUNTRY'
  | 'ORGANIZATION'
  | 'SUBNATIONAL_UNIT';

/** Agreement figures of a series or one edition, computed in the database. */
export type AgreementStats = {
  /** Per party country, most agreements first; an agreement counts once for each of its countries. */
  byCountry: Array<AgreementCountryTally>;
  /** Per agreement type, most agreements first. */
  byType: Array<AgreementTypeTally>;
  /** All published agreements in scope. */
  total: AgreementTally;
};

/** Where an agreement stands in its lifecycle. */
export type AgreementStatus =
  | 'COMPLETED'
  | 'IN_IMPLEMENTATION'
  | 'LAPSED'
  | 'PROPOSED'
  | 'SIGNED';

/** How many agreements, and the sum of the values that were disclosed. */
export type AgreementTally = {
  /** How many of them are confidential; their values are never included anywhere. */
  confidentialCount: Scalars['Int']['output'];
  /** Number of published agreements. */
  count: Scalars['Int']['output'];
  /** How many of them have a disclosed value. */
  disclosedCount: Scalars['Int']['output'];
  /** Sum of the disclosed values, one entry per currency, by currency code. */
  disclosedValues: Array<Money>;
};

/** What sort of agreement it is. */
export type AgreementType =
  | 'CULTURAL'
  | 'INTERGOVERNMENTAL'
  | 'INVESTMENT'
  | 'MEMORANDUM'
  | 'SISTER_CITY'
  | 'TRADE';

/** Agreements of one type. */
export type AgreementTypeTally = {
  /** How many of them are confidential; their values are never included anywhere. */
  confidentialCount: Scalars['Int']['output'];
  /** Number of published agreements. */
  count: Scalars['Int']['output'];
  /** How many of them have a disclosed value. */
  disclosedCount: Scalars['Int']['output'];
  /** Sum of the disclosed values, one entry per currency, by currency code. */
  disclosedValues: Array<Money>;
  /** The type counted. */
  type: AgreementType;
};

/** How many applications of one category are in one status. */
export type ApplicationCount = {
  /** Slug of the category. */
  category: Scalars['String']['output'];
  /** How many applications of the category are in that status. */
  count: Scalars['Int']['output'];
  /** The status counted. */
  status: ApplicationStatus;
};

/** What a decision did to one application of the batch: its status after it, or why it stayed as it was. */
export type ApplicationDecision = {
  /** Null when the decision was made; else its code: CATEGORY_FULL, MEDIA_QUOTA_FULL, NOT_FOUND, STALE_EDIT (changed meanwhile), APPLICATION_TRANSITION_REFUSED (not from this status), APPLICATION_REASON_REQUIRED. */
  error: Maybe<Scalars['String']['output']>;
  /** The application id as given. */
  id: Scalars['ID']['output'];
  /** What went wrong, for a person; null when the decision was made. */
  message: Maybe<Scalars['String']['output']>;
  /** Applications promoted from the waitlist into the place this decision freed. */
  promoted: Array<Scalars['ID']['output']>;
  /** The status after the decision (unchanged when it failed); null for an id that is not an application. */
  status: Maybe<ApplicationStatus>;
};

/** Narrows the applications of an edition; every condition given must hold. */
export type ApplicationFilter = {
  /** Only applications in one of these categories, by slug. */
  categories?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only citizens of this country (ISO 3166-1 alpha-2). */
  citizenship?: InputMaybe<Scalars['String']['input']>;
  /** Only members of this delegation. */
  delegationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only applications in one of these statuses. */
  statuses?: InputMaybe<Array<ApplicationStatus>>;
  /** Words found in the given or family name, email, organization, media outlet or reference (any case). */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** One recorded change of an application: when, what, by whom and why, oldest first. */
export type ApplicationHistoryEntry = {
  /** What was recorded: create or update. */
  action: Scalars['String']['output'];
  /** Email of the organizer who made it; null for the participant or the system. */
  actorEmail: Maybe<Scalars['String']['output']>;
  /** Display name of the organizer who made it; null for the participant or the system. */
  actorName: Maybe<Scalars['String']['output']>;
  /** When the change was recorded (ISO 8601). */
  at: Scalars['String']['output'];
  /** Who made it: OFFICER, PARTICIPANT or SYSTEM (a promotion from the waitlist), when recorded. */
  by: Maybe<Scalars['String']['output']>;
  /** The reason given with the change, if any. */
  reason: Maybe<Scalars['String']['output']>;
  /** The status the application reached, when the change moved it. */
  status: Maybe<Scalars['String']['output']>;
};

/** What a participant is told when their application is recorded. */
export type ApplicationReceipt = {
  /** The address the mail went to (lower-cased). */
  email: Scalars['String']['output'];
  /** The reference to quote, e.g. CCA12-7K3M9Q. */
  reference: Scalars['String']['output'];
  /** DRAFT, SUBMITTED (an officer decides), APPROVED or WAITLISTED (auto-approved category full). */
  status: ApplicationStatus;
};

/** Where an accreditation application stands: draft, submitted, then approved, rejected or waitlisted, then cancelled or withdrawn. */
export type ApplicationStatus =
  | 'APPROVED'
  | 'CANCELLED'
  | 'DRAFT'
  | 'REJECTED'
  | 'SUBMITTED'
  | 'WAITLISTED'
  | 'WITHDRAWN';

/** One step of an application through its lifecycle. */
export type ApplicationStatusChange = {
  /** ISO 8601 instant. */
  at: Scalars['String']['output'];
  /** The reason given to the participant, if any. */
  reason: Maybe<Scalars['String']['output']>;
  /** The status it moved to. */
  status: ApplicationStatus;
};

/** A participant's own application, as its magic link shows it. */
export type ApplicationView = {
  /** The answers as recorded. */
  answers: Scalars['JSON']['output'];
  /** The category slug. */
  category: Scalars['String']['output'];
  /** The category name in the asked language. */
  categoryName: Scalars['String']['output'];
  /** A draft: updateMyApplication may change and submit it. */
  editable: Scalars['Boolean']['output'];
  /** The edition's theme in the asked language. */
  editionName: Scalars['String']['output'];
  /** Number of the edition applied to. */
  editionNumber: Scalars['Int']['output'];
  /** YYYY-MM-DD */
  endDate: Maybe<Scalars['String']['output']>;
  /** Status changes, oldest first. */
  history: Array<ApplicationStatusChange>;
  /** The reference the participant was given, e.g. CCA12-7KQ3-M2XD. */
  reference: Scalars['String']['output'];
  /** Slug of the series of the edition applied to. */
  seriesSlug: Scalars['String']['output'];
  /** YYYY-MM-DD */
  startDate: Maybe<Scalars['String']['output']>;
  /** Where the application stands. */
  status: ApplicationStatus;
  /** Counts changes; send it as expectedVersion to updateMyApplication. */
  version: Scalars['Int']['output'];
  /** withdrawMyApplication may withdraw it. */
  withdrawable: Scalars['Boolean']['output'];
};

/** The organizer who made a change. */
export type AuditActor = {
  /** Name shown to other organizers. */
  displayName: Scalars['String']['output'];
  /** Email the organizer signs in with. */
  email: Scalars['String']['output'];
  /** Id of the organizer account. */
  id: Scalars['ID']['output'];
};

/** One recorded change: who did what to which record, and the record before and after. */
export type AuditEntry = {
  /** create, update, publish, unpublish, delete, grant or revoke. */
  action: Scalars['String']['output'];
  /** Who made the change; null for the system or a deleted account. */
  actor: Maybe<AuditActor>;
  /** The record after the change, as JSON text; null for deletions. */
  after: Maybe<Scalars['String']['output']>;
  /** When the change was committed, ISO 8601 in UTC. */
  at: Scalars['String']['output'];
  /** The record before the change, as JSON text; null for creations. */
  before: Maybe<Scalars['String']['output']>;
  /** The edition the change belongs to, if any. */
  editionId: Maybe<Scalars['ID']['output']>;
  /** Id of the record changed. */
  entityId: Scalars['ID']['output'];
  /** Kind of record changed, e.g. RoleGrant, Session, User. */
  entityType: Scalars['String']['output'];
  /** Id of the audit entry. */
  id: Scalars['ID']['output'];
  /** True when before and after are withheld (null) from this reader: they show a confidential or unpublished agreement, which needs the agreement.read-confidential permission (series admins and programme editors of its series or edition). */
  withheld: Scalars['Boolean']['output'];
};

/** A page of the audit trail, newest first. */
export type AuditEntryConnection = {
  /** The entries of this page, newest first. */
  edges: Array<AuditEntryEdge>;
  /** Paging information. */
  pageInfo: AuditPageInfo;
};

/** One audit entry with its cursor. */
export type AuditEntryEdge = {
  /** Pass as `after` to continue behind this entry. */
  cursor: Scalars['String']['output'];
  /** The audit entry. */
  node: AuditEntry;
};

/** Where this page of the audit trail ends. */
export type AuditPageInfo = {
  /** Pass as `after` for the next page; null on an empty page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when older entries follow. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Tokens of a signed-in session and the organizer they belong to. */
export type AuthPayload = {
  /** Send as "Authorization: Bearer <token>"; valid for 15 minutes. */
  accessToken: Scalars['String']['output'];
  /** When the access token expires, ISO 8601 in UTC. */
  expiresAt: Scalars['String']['output'];
  /** Exchange once with refreshSession for new tokens; reusing it ends the session. */
  refreshToken: Scalars['String']['output'];
  /** The signed-in organizer. */
  user: Organizer;
};

/** An approved participant’s badge: its number, the serial of its current code, and the signed code its QR carries. */
export type Badge = {
  /** The approved application the badge belongs to. */
  applicationId: Scalars['ID']['output'];
  /** Printed on the badge; unique within the edition. */
  badgeNumber: Scalars['Int']['output'];
  /** The signed credential (base45) the QR code carries. */
  credential: Scalars['String']['output'];
  /** The badge’s id (rotateBadge, revokeBadge take it). */
  id: Scalars['ID']['output'];
  /** When the current code was signed (ISO 8601). */
  issuedAt: Scalars['String']['output'];
  /** When it was revoked (ISO 8601); null while active. */
  revokedAt: Maybe<Scalars['String']['output']>;
  /** Why it was revoked, as the organizer said. */
  revokedReason: Maybe<Scalars['String']['output']>;
  /** Raised by each rotation; codes with a lower serial no longer admit. */
  serial: Scalars['Int']['output'];
  /** ACTIVE, or REVOKED (no code admits). */
  status: BadgeStatus;
};

/** One badge as an A6 PDF. */
export type BadgePdf = {
  /** The PDF’s bytes in base64. */
  base64: Scalars['String']['output'];
  /** application/pdf. */
  contentType: Scalars['String']['output'];
  /** A file name to save it under, e.g. badge-24.pdf. */
  fileName: Scalars['String']['output'];
};

/** A rendering of every active badge of an edition: progress, and the merged PDF when done. */
export type BadgeRenderRun = {
  /** A cancel was asked for; the run stops at its next badge. */
  cancelRequested: Scalars['Boolean']['output'];
  /** When it was asked for (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** Badges rendered so far. */
  done: Scalars['Int']['output'];
  /** Why the run failed; null otherwise. */
  error: Maybe<Scalars['String']['output']>;
  /** When it ended (done, cancelled or failed; ISO 8601). */
  finishedAt: Maybe<Scalars['String']['output']>;
  /** The run’s id (badgeRenderRun, cancelBadgeRender take it). */
  id: Scalars['ID']['output'];
  /** Storage key of the merged PDF, once DONE. */
  mergedKey: Maybe<Scalars['String']['output']>;
  /** QUEUED, RUNNING, DONE, CANCELLED or FAILED. */
  status: BadgeRenderStatus;
  /** Badges to render (known once the run has started). */
  total: Scalars['Int']['output'];
};

/** Where a rendering of an edition’s badges stands. */
export type BadgeRenderStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING';

/** ACTIVE admits with its newest code; REVOKED admits with no code. */
export type BadgeStatus =
  | 'ACTIVE'
  | 'REVOKED';

/** A form field as one category asks it. */
export type CategoryField = {
  /** The answer key of the RegistrationField. */
  key: Scalars['String']['output'];
  /** Required in this category. */
  required: Scalars['Boolean']['output'];
};

/** What a check-in device keeps to verify badges with the network down. */
export type CheckInBundle = {
  /** Admissions recorded so far, each "badgeNumber|zone|day". */
  admissions: Array<Scalars['String']['output']>;
  /** The edition the bundle admits to. */
  editionId: Scalars['ID']['output'];
  /** When the bundle was made (ISO 8601). */
  generatedAt: Scalars['String']['output'];
  /** This edition’s public key first, then the other editions’ of the series (their badges are reported as another edition’s). */
  keys: Array<CheckInKey>;
  /** Every badge of the edition, with revocations. */
  listing: Array<CheckInListing>;
  /** The venue’s time zone: the device takes today’s date there. */
  timeZone: Scalars['String']['output'];
  /** The edition’s zones, in the order badge codes number them. */
  zones: Array<Scalars['String']['output']>;
};

/** An edition’s public key for verifying badge codes offline. */
export type CheckInKey = {
  /** The edition whose badges the key signed. */
  editionId: Scalars['ID']['output'];
  /** Ed25519 public key, unpadded base64url. */
  publicKey: Scalars['String']['output'];
};

/** One badge as a device needs it offline. */
export type CheckInListing = {
  /** The application is still approved. */
  approved: Scalars['Boolean']['output'];
  /** The badge number. */
  badgeNumber: Scalars['Int']['output'];
  /** The serial of its newest code; codes with a lower serial are refused. */
  currentSerial: Scalars['Int']['output'];
  /** Who the badge belongs to. */
  participant: CheckInParticipant;
  /** The badge was revoked: no code of it admits. */
  withdrawn: Scalars['Boolean']['output'];
};

/** The answer at the door. Only ADMITTED lets the person in. MALFORMED, FORGED, UNKNOWN_KEY and WRONG_EDITION are codes that are not a valid badge of this edition, and are not recorded. */
export type CheckInOutcome =
  | 'ADMITTED'
  | 'ALREADY_CHECKED_IN'
  | 'FORGED'
  | 'MALFORMED'
  | 'NOT_APPROVED'
  | 'NOT_FOUND'
  | 'NOT_VALID_FOR_DAY'
  | 'NOT_VALID_FOR_ZONE'
  | 'REVOKED'
  | 'UNKNOWN_KEY'
  | 'WRONG_EDITION';

/** Who the badge belongs to, to compare with the face. */
export type CheckInParticipant = {
  /** The application (checkInPhoto takes it). */
  applicationId: Scalars['ID']['output'];
  /** The badge number; null when no badge was issued. */
  badgeNumber: Maybe<Scalars['Int']['output']>;
  /** The accreditation category’s name. */
  category: Scalars['String']['output'];
  /** Whether a photo is on file (checkInPhoto serves it). */
  hasPhoto: Scalars['Boolean']['output'];
  /** Given and family name. */
  name: Scalars['String']['output'];
  /** The organization the participant represents. */
  organization: Maybe<Scalars['String']['output']>;
  /** The application’s reference, e.g. CCA12-7K3M9Q. */
  reference: Scalars['String']['output'];
};

/** The earlier admission that makes this scan a second one. */
export type CheckInPrevious = {
  /** When the earlier admission was scanned (ISO 8601). */
  at: Scalars['String']['output'];
  /** The check-in point that admitted. */
  point: Scalars['String']['output'];
};

/** The answer to one scan at a door. */
export type CheckInResult = {
  /** True only for ADMITTED. */
  admitted: Scalars['Boolean']['output'];
  /** True for a synced offline admission that another door had already made: the earlier one stands. */
  conflict: Scalars['Boolean']['output'];
  /** What to tell the person at the door. */
  message: Scalars['String']['output'];
  /** What the door is told. */
  outcome: CheckInOutcome;
  /** Whose badge it is; null for a code that is not a badge of this edition. */
  participant: Maybe<CheckInParticipant>;
  /** For ALREADY_CHECKED_IN: when and where the person was admitted. */
  previous: Maybe<CheckInPrevious>;
  /** True when this scan id had been recorded before: the answer is the first one. */
  replayed: Scalars['Boolean']['output'];
  /** The scan id as sent. */
  scanId: Scalars['String']['output'];
};

/** One scan at a door: a badge’s code or an application reference, where and when. */
export type CheckInScanInput = {
  /** The scanned QR text. Give this or reference. */
  credential?: InputMaybe<Scalars['String']['input']>;
  /** The venue day, YYYY-MM-DD; today at the venue when left out. */
  day?: InputMaybe<Scalars['String']['input']>;
  /** What the device answered offline; sync only. */
  deviceOutcome?: InputMaybe<CheckInOutcome>;
  /** The check-in point, e.g. "north-gate". */
  point: Scalars['String']['input'];
  /** An application reference found by name or typed in. Give this or credential. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** The device’s own id of this scan (a UUID): sending it again records nothing twice. */
  scanId: Scalars['String']['input'];
  /** When the device scanned it (ISO 8601); now when left out. */
  scannedAt?: InputMaybe<Scalars['String']['input']>;
  /** The zone the point guards, one of the edition’s zones (checkInBundle lists them). */
  zone: Scalars['String']['input'];
};

/** A new edition copied from another: tracks, venues and rooms, registration set-up and categories, optionally the sessions, all shifted to the new dates. */
export type CloneEditionInput = {
  /** Last day (inclusive); the source's length from startDate when left out. */
  endDate?: InputMaybe<Scalars['String']['input']>;
  /** Host city; the source's when left out. */
  hostCity?: InputMaybe<Array<LocalizedTextInput>>;
  /** Number of the new edition, unique in the series. */
  number: Scalars['Int']['input'];
  /** First day of the new edition, YYYY-MM-DD; everything dated moves by the days between the source's first day and this one. */
  startDate: Scalars['String']['input'];
  /** Motto of the new edition, at least in English; the source's when left out. */
  theme?: InputMaybe<Array<LocalizedTextInput>>;
  /** Copy the session skeleton too (times shifted, no speakers, unpublished); false when left out. */
  withSessions?: InputMaybe<Scalars['Boolean']['input']>;
};

/** An edition copied from another, shifted to its new dates. */
export type ClonedEdition = {
  /** Accreditation categories copied. */
  accreditationCategories: Scalars['Int']['output'];
  /** Number of the new edition. */
  number: Scalars['Int']['output'];
  /** Whether the registration setup (form, notice, quotas) was copied. */
  registrationSetup: Scalars['Boolean']['output'];
  /** Rooms copied. */
  rooms: Scalars['Int']['output'];
  /** Series slug. */
  seriesSlug: Scalars['String']['output'];
  /** Sessions copied (the skeleton: no speakers, unpublished); 0 unless withSessions. */
  sessions: Scalars['Int']['output'];
  /** Tracks copied. */
  tracks: Scalars['Int']['output'];
  /** Venues copied. */
  venues: Scalars['Int']['output'];
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

/** An agreement or cooperation project signed or announced at an edition. */
export type CreateAgreementInput = {
  /** True when the parties did not disclose the value: it never reaches public figures. False when left out. */
  confidential?: InputMaybe<Scalars['Boolean']['input']>;
  /** ISO 4217 code of the value, e.g. CNY. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** True for invented demo detail rather than a reported fact. False when left out. */
  isDemo?: InputMaybe<Scalars['Boolean']['input']>;
  /** Signatories in the order the agreement names them; at least two. */
  parties: Array<AgreementPartyInput>;
  /** Visible to visitors right away; false (a draft) when left out. */
  published?: InputMaybe<Scalars['Boolean']['input']>;
  /** Slug of the session of this edition where it was signed, e.g. signing-ceremony. */
  sessionSlug?: InputMaybe<Scalars['String']['input']>;
  /** Signing date, YYYY-MM-DD. */
  signedOn?: InputMaybe<Scalars['String']['input']>;
  /** URL slug, lower-case kebab-case, unique within the edition. Cannot be changed later. */
  slug: Scalars['String']['input'];
  /** Where it stands at the forum; PROPOSED when left out. Later steps go through transitionAgreement. */
  status?: InputMaybe<AgreementStatus>;
  /** What it provides for, at least in English when given. */
  summary?: InputMaybe<Array<LocalizedTextInput>>;
  /** Title, at least in English. */
  title: Array<LocalizedTextInput>;
  /** Slug of the track of this edition it belongs to. */
  trackSlug?: InputMaybe<Scalars['String']['input']>;
  /** What sort of agreement it is. */
  type: AgreementType;
  /** Value, 0 or more, with at most 2 decimals; needs currency. */
  valueAmount?: InputMaybe<Scalars['Float']['input']>;
};

/** A country's delegation to an edition. */
export type CreateDelegationInput = {
  /** Catalogue country code of the delegation, e.g. KZ; one delegation per country and edition. */
  countryCode: Scalars['String']['input'];
  /** Slug of the person heading the delegation. */
  head?: InputMaybe<Scalars['String']['input']>;
  /** Members in protocol order, each person once; on an update the whole list is replaced when given. */
  members?: InputMaybe<Array<DelegationMemberInput>>;
  /** Name when it is not simply the country, at least in English. */
  name?: InputMaybe<Array<LocalizedTextInput>>;
  /** Position in the protocol order, 0 or more, lowest first. */
  protocolOrder: Scalars['Int']['input'];
  /** Visible to visitors right away; false (a draft) when left out. */
  published?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A new edition of a series. */
export type CreateEditionInput = {
  /** Reported number of participants. */
  attendance?: InputMaybe<Scalars['Int']['input']>;
  /** What the edition is about, at least in English; empty when left out. */
  description?: InputMaybe<Array<LocalizedTextInput>>;
  /** Last day (inclusive), YYYY-MM-DD in the host time zone. */
  endDate?: InputMaybe<Scalars['String']['input']>;
  /** Host city, at least in English. */
  hostCity: Array<LocalizedTextInput>;
  /** Catalogue country code of the host, e.g. GE. */
  hostCountryCode?: InputMaybe<Scalars['String']['input']>;
  /** Catalogue id of the host province or region, e.g. CN-NX. */
  hostSubdivisionId?: InputMaybe<Scalars['String']['input']>;
  /** Ordinal within the series, unique in it (1 for the first forum). Cannot be changed later. */
  number: Scalars['Int']['input'];
  /** Visible to visitors right away; false (a draft) when left out. */
  published?: InputMaybe<Scalars['Boolean']['input']>;
  /** First day, YYYY-MM-DD in the host time zone. Give both dates or neither; sessions must stay inside them. */
  startDate?: InputMaybe<Scalars['String']['input']>;
  /** Starting status; PROPOSED when left out. Later changes go through transitionEdition. */
  status?: InputMaybe<EditionStatus>;
  /** Motto or theme, at least in English. */
  theme: Array<LocalizedTextInput>;
  /** IANA time zone of the host city, e.g. Asia/Shanghai or Asia/Tbilisi. Session times are entered in it. */
  timeZone: Scalars['String']['input'];
  /** Working languages (BCP 47), at least one, each once. */
  workingLanguages: Array<Scalars['String']['input']>;
};

/** A new indicator (a reported figure followed over time), owned by the series that creates it. */
export type CreateIndicatorInput = {
  /** ISO 3166-1 alpha-2 codes of the countries it concerns, each once. */
  countryCodes: Array<Scalars['String']['input']>;
  /** What it measures, at least in English when given. */
  description?: InputMaybe<Array<LocalizedTextInput>>;
  /** Name, at least in English. */
  name: Array<LocalizedTextInput>;
  /** URL slug, lower-case kebab-case, unique on the platform, e.g. trade-cn-kz. Cannot be changed later. */
  slug: Scalars['String']['input'];
  /** Where the figures come from, at least in English when given. */
  source?: InputMaybe<Array<LocalizedTextInput>>;
  /** Unit of the values, e.g. USD, t, %. */
  unit: Scalars['String']['input'];
  /** Values to start with, each period once; none when left out. */
  values?: InputMaybe<Array<IndicatorValueInput>>;
};

/** A new organization (ministry, agency, association, university, company), owned by the series that creates it. */
export type CreateOrganizationInput = {
  /** ISO 3166-1 alpha-2 code of its home country, e.g. KZ; none for international bodies. */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  /** The sort of body it is. */
  kind: OrganizationKind;
  /** Name, at least in English. */
  name: Array<LocalizedTextInput>;
  /** URL slug, lower-case kebab-case, unique on the platform, e.g. ministry-of-trade-kz. Cannot be changed later. */
  slug: Scalars['String']['input'];
  /** Website, an http(s) URL. */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** A new person (speaker, delegate, moderator), owned by the series that creates it. */
export type CreatePersonInput = {
  /** ISO 3166-1 alpha-2 code of the country the person represents, e.g. KG. */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  /** Full name per language or script (en required), e.g. en "Edil Baisalov", ru "Эдиль Байсалов". */
  name: Array<LocalizedTextInput>;
  /** Slug of the organization the person represents. */
  organization?: InputMaybe<Scalars['String']['input']>;
  /** Portrait, an http(s) URL. */
  photoUrl?: InputMaybe<Scalars['String']['input']>;
  /** Office or job title, at least in English. */
  position: Array<LocalizedTextInput>;
  /** Visible to visitors right away; false (a draft) when left out. */
  published?: InputMaybe<Scalars['Boolean']['input']>;
  /** URL slug, lower-case kebab-case, unique on the platform, e.g. edil-baisalov. Cannot be changed later. */
  slug: Scalars['String']['input'];
};

/** A new forum series (a new tenant of the platform). */
export type CreateSeriesInput = {
  /** What the series is for, at least in English. */
  description: Array<LocalizedTextInput>;
  /** Slugs of the @caravan/tracks taxonomy the series concentrates on, each once. */
  focusTrackSlugs: Array<Scalars['String']['input']>;
  /** Full name, at least in English. */
  name: Array<LocalizedTextInput>;
  /** ISO 3166-1 code of the partner country from outside the region, e.g. CN. */
  partnerCountryCode?: InputMaybe<Scalars['String']['input']>;
  /** Visible to visitors right away; false (a draft) when left out. */
  published?: InputMaybe<Scalars['Boolean']['input']>;
  /** Catalogue code of the region the series is about, e.g. south-caucasus. */
  regionCode: Scalars['String']['input'];
  /** Short name for menus and titles, at least in English. */
  shortName: Array<LocalizedTextInput>;
  /** URL slug, lower-case kebab-case, e.g. china-caucasus. Cannot be changed later. */
  slug: Scalars['String']['input'];
  /** Where the series stands; PLANNED when left out. */
  status?: InputMaybe<EditionStatus>;
  /** The theme: a preset (copied into the series) or a custom theme, checked by validateTheme. */
  theme: ThemeChoiceInput;
};

/** A programme session. Times are local wall-clock in the edition's time zone (Edition.timeZone), not UTC. */
export type CreateSessionInput = {
  /** Local day, YYYY-MM-DD, within the edition's dates. */
  date: Scalars['String']['input'];
  /** What the session is about. */
  description?: InputMaybe<Array<LocalizedTextInput>>;
  /** Local end, HH:mm (24-hour) on the same day, after startTime. 24:00 is not accepted; end at 23:59. */
  endTime: Scalars['String']['input'];
  /** Languages offered through interpretation (BCP 47). */
  interpretation?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Format of the session. */
  kind: SessionKind;
  /** Languages spoken on the floor (BCP 47), each once. */
  languages: Array<Scalars['String']['input']>;
  /** Visible to visitors right away; false (a draft) when left out. */
  published?: InputMaybe<Scalars['Boolean']['input']>;
  /** Room of one of the edition's venues; no two sessions may share a room at the same time. */
  roomId?: InputMaybe<Scalars['ID']['input']>;
  /** URL slug, unique within the edition. */
  slug: Scalars['String']['input'];
  /** Local start, HH:mm (24-hour) in the edition's time zone, e.g. 09:30 in Yinchuan. */
  startTime: Scalars['String']['input'];
  /** Title, at least in English. */
  title: Array<LocalizedTextInput>;
  /** Slug of one of the edition's tracks. */
  trackSlug?: InputMaybe<Scalars['String']['input']>;
};

/** What a person said at an edition, summarized in your own words (never a quotation). */
export type CreateStatementInput = {
  /** Slug of the person who spoke (of this series, shared, or published by another series). */
  person: Scalars['String']['input'];
  /** Visible to visitors right away; false (a draft) when left out. */
  published?: InputMaybe<Scalars['Boolean']['input']>;
  /** Slug of the session of this edition where it was said. */
  session?: InputMaybe<Scalars['String']['input']>;
  /** The summary, at least in English. */
  summary: Array<LocalizedTextInput>;
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
  /** Edit version, raised by each update. Pass it to the update mutation as expectedVersion to have a stale edit refused (STALE_EDIT). */
  version: Scalars['Int']['output'];
};

/** A category the delegation may register its members in. */
export type DelegationCategoryView = {
  /** The sort of category. */
  kind: AccreditationKind;
  /** Its name in the language asked for. */
  name: Scalars['String']['output'];
  /** Slug of the category; pass it to registerDelegationMember. */
  slug: Scalars['String']['output'];
};

/** A new invitation: its link is shown this once (only a hash of its token is kept). */
export type DelegationInvitationLink = {
  /** When the link stops working (ISO 8601). */
  expiresAt: Scalars['String']['output'];
  /** Id of the invitation; pass it to revokeDelegationInvitation. */
  id: Scalars['ID']['output'];
  /** The portal address the delegation registers its members at. */
  url: Scalars['String']['output'];
};

/** What an invitation link opens: the delegation, its quota and the members registered so far. */
export type DelegationInvitationView = {
  /** The categories members may be registered in. */
  categories: Array<DelegationCategoryView>;
  /** Country of the delegation, ISO 3166-1 alpha-2. */
  countryCode: Maybe<Scalars['String']['output']>;
  /** Name of the delegation (its country, when it has no name of its own). */
  delegationName: Scalars['String']['output'];
  /** Name of the edition. */
  editionName: Scalars['String']['output'];
  /** Number of the edition. */
  editionNumber: Scalars['Int']['output'];
  /** When the link stops working (ISO 8601). */
  expiresAt: Scalars['String']['output'];
  /** The members registered so far. */
  members: Array<DelegationMemberView>;
  /** How many members the delegation may register; null for no limit. */
  quota: Maybe<Scalars['Int']['output']>;
  /** How many members are registered (withdrawn and cancelled ones do not count). */
  registeredCount: Scalars['Int']['output'];
  /** Slug of the series. */
  seriesSlug: Scalars['String']['output'];
};

/** A member of a delegation; members are listed in protocol order. */
export type DelegationMemberInput = {
  /** Slug of the person (of this series, shared, or published by another series). */
  person: Scalars['String']['input'];
  /** Role in the delegation, e.g. en "Adviser", at least in English when given. */
  role?: InputMaybe<Array<LocalizedTextInput>>;
};

/** A member the delegation has registered. */
export type DelegationMemberView = {
  /** Given and family name. */
  name: Scalars['String']['output'];
  /** The application reference. */
  reference: Scalars['String']['output'];
  /** Where the application stands. */
  status: ApplicationStatus;
};

/** One gathering of a forum series, with its programme and delegations. */
export type Edition = {
  /** Published agreements of this edition, by slug. */
  agreements: AgreementConnection;
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
  /** Indicators of the edition's series, by slug. */
  indicators: Array<Indicator>;
  /** True when its dates, city and programme are invented demo detail rather than a reported fact. */
  isDemo: Scalars['Boolean']['output'];
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
  /** Published sessions by start time; every filter given must hold. */
  sessions: Array<Session>;
  /** First day, YYYY-MM-DD, local to the edition. */
  startDate: Maybe<Scalars['String']['output']>;
  /** Published statements made at this edition. */
  statements: Array<Statement>;
  /** Where the edition stands. */
  status: EditionStatus;
  /** Motto or theme of the edition. */
  theme: LocalizedString;
  /** IANA time zone of the host city; local dates and times use it. */
  timeZone: Scalars['String']['output'];
  /** Thematic tracks, in their order. */
  tracks: Array<Track>;
  /** Edit version, raised by each update. Pass it to the update mutation as expectedVersion to have a stale edit refused (STALE_EDIT). */
  version: Scalars['Int']['output'];
  /** Working languages (BCP 47). */
  workingLanguages: Array<Scalars['String']['output']>;
};


/** One gathering of a forum series, with its programme and delegations. */
export type EditionAgreementsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<AgreementFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


/** One gathering of a forum series, with its programme and delegations. */
export type EditionSessionsArgs = {
  day: InputMaybe<Scalars['String']['input']>;
  kind: InputMaybe<SessionKind>;
  language: InputMaybe<Scalars['String']['input']>;
  room: InputMaybe<Scalars['String']['input']>;
  track: InputMaybe<Scalars['String']['input']>;
};

/** Participation figures of one published edition, counted in the database. */
export type EditionParticipation = {
  /** Published agreements. */
  agreements: Scalars['Int']['output'];
  /** Reported number of participants, if any. */
  attendance: Maybe<Scalars['Int']['output']>;
  /** Published delegations. */
  delegations: Scalars['Int']['output'];
  /** The edition counted. */
  edition: Maybe<Edition>;
  /** Edition number. */
  number: Scalars['Int']['output'];
  /** Published sessions. */
  sessions: Scalars['Int']['output'];
  /** Distinct published people speaking in published sessions. */
  speakers: Scalars['Int']['output'];
};

/** An edition's public registration: whether it is open, its privacy notice, its form and its categories. */
export type EditionRegistration = {
  /** The categories open to visitors. */
  categories: Array<AccreditationCategoryView>;
  /** ISO 8601 instant registration closes; null: while the edition is REGISTRATION_OPEN. */
  closesAt: Maybe<Scalars['String']['output']>;
  /** The edition, sent as SubmitApplicationInput.editionId. */
  editionId: Scalars['ID']['output'];
  /** The form's fields, in order. */
  fields: Array<RegistrationField>;
  /** REGISTRATION_OPEN and inside the window. */
  open: Scalars['Boolean']['output'];
  /** ISO 8601 instant registration opens; null: while the edition is REGISTRATION_OPEN. */
  opensAt: Maybe<Scalars['String']['output']>;
  /** The notice in force. */
  privacyNotice: PrivacyNotice;
};

/** Where an edition (or a whole series) stands in its life. */
export type EditionStatus =
  | 'CONCLUDED'
  | 'LIVE'
  | 'PLANNED'
  | 'PROPOSED'
  | 'REGISTRATION_OPEN';

/** A participant’s application after erasure: it still counts (status, category, badge and check-ins), and holds no name, contact, photo, passport data or file. */
export type ErasedParticipant = {
  /** The erased application’s id. */
  applicationId: Scalars['ID']['output'];
  /** When the erasure was done (ISO 8601). */
  erasedAt: Scalars['String']['output'];
  /** Files removed from storage (photo uploads and the edition’s merged badge sheets; the participant’s own folder counts once). */
  filesRemoved: Scalars['Int']['output'];
  /** Outbox jobs about the person whose payload (the mail body) was cleared. */
  jobsCleared: Scalars['Int']['output'];
  /** The application’s reference, kept for the counts and the audit trail. */
  reference: Scalars['String']['output'];
};

/** A focus track: a slug of the @caravan/tracks taxonomy, or a custom slug with its name. */
export type FocusTrackInput = {
  /** Name of a custom track, at least in English; leave out for a taxonomy track. */
  name?: InputMaybe<Array<LocalizedTextInput>>;
  /** Taxonomy slug (e.g. trade-investment) or a custom kebab-case slug. */
  slug: Scalars['String']['input'];
};

/** A reported figure followed over time, such as trade turnover between two countries. */
export type Indicator = {
  /** Countries the indicator concerns, in the order given. */
  countries: Array<Country>;
  /** What the indicator measures. */
  description: Maybe<LocalizedString>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Name of the indicator. */
  name: LocalizedString;
  /** URL-friendly identifier. */
  slug: Scalars['String']['output'];
  /** Where the figures come from. */
  source: Maybe<LocalizedString>;
  /** Unit of the values, e.g. USD. */
  unit: Scalars['String']['output'];
  /** Values by period, oldest first. */
  values: Array<IndicatorValue>;
  /** Edit version, raised by each update. Pass it to the update mutation as expectedVersion to have a stale edit refused (STALE_EDIT). */
  version: Scalars['Int']['output'];
};

/** The value of an indicator over one period. */
export type IndicatorValue = {
  /** Context given with the figure. */
  note: Maybe<LocalizedString>;
  /** The period as reported, e.g. 2023, 2024-01/2024-09 or 2007/2023. */
  period: Scalars['String']['output'];
  /** Last day of the period, YYYY-MM-DD. */
  periodEnd: Scalars['String']['output'];
  /** First day of the period, YYYY-MM-DD. */
  periodStart: Scalars['String']['output'];
  /** "over" when the source reported "more than" the value; null for an exact figure. */
  qualifier: Maybe<Scalars['String']['output']>;
  /** Decimal value as a string, e.g. "89000000000.00". */
  value: Scalars['String']['output'];
};

/** The value of an indicator over one period. */
export type IndicatorValueInput = {
  /** A note on the figure, at least in English when given. */
  note?: InputMaybe<Array<LocalizedTextInput>>;
  /** The period as reported: a year, month or day, or a range of them, e.g. 2023, 2024-01/2024-09, 2007/2023. Once per indicator. */
  period: Scalars['String']['input'];
  /** Last day of the period, YYYY-MM-DD; not before periodStart. */
  periodEnd: Scalars['String']['input'];
  /** First day of the period, YYYY-MM-DD. */
  periodStart: Scalars['String']['input'];
  /** "over" when reported as "more than", "under" for "less than", "about" for an estimate; null for an exact figure. */
  qualifier?: InputMaybe<Scalars['String']['input']>;
  /** The figure as a decimal string with at most 2 decimals, e.g. "89400000000.00" (a string so no digit is lost). */
  value: Scalars['String']['input'];
};

/** A half-finished launch, kept for the user who saved it. */
export type LaunchDraft = {
  /** What the wizard holds so far, as the client saved it (not validated until launch). */
  data: Scalars['JSONObject']['output'];
  /** Stable id; pass it to saveLaunchDraft to save over it. */
  id: Scalars['ID']['output'];
  /** The wizard step the user reached. */
  step: Scalars['Int']['output'];
  /** Last save. */
  updatedAt: Scalars['DateTime']['output'];
};

/** The first edition of a launched series; its dates are required. */
export type LaunchEditionInput = {
  /** Reported number of participants. */
  attendance?: InputMaybe<Scalars['Int']['input']>;
  /** What the edition is about, at least in English; empty when left out. */
  description?: InputMaybe<Array<LocalizedTextInput>>;
  /** Last day (inclusive), YYYY-MM-DD, not before startDate. */
  endDate: Scalars['String']['input'];
  /** Host city, at least in English. */
  hostCity: Array<LocalizedTextInput>;
  /** Catalogue country code of the host, e.g. GE. */
  hostCountryCode?: InputMaybe<Scalars['String']['input']>;
  /** Catalogue id of the host province or region, e.g. CN-NX. */
  hostSubdivisionId?: InputMaybe<Scalars['String']['input']>;
  /** Ordinal within the series, unique in it (1 for the first forum). Cannot be changed later. */
  number: Scalars['Int']['input'];
  /** Ignored: the edition is published with the series (series.published). */
  published?: InputMaybe<Scalars['Boolean']['input']>;
  /** First day, YYYY-MM-DD in the host time zone. */
  startDate: Scalars['String']['input'];
  /** Starting status; PLANNED when left out. */
  status?: InputMaybe<EditionStatus>;
  /** Motto or theme, at least in English. */
  theme: Array<LocalizedTextInput>;
  /** IANA time zone of the host city, e.g. Asia/Shanghai or Asia/Tbilisi. Session times are entered in it. */
  timeZone: Scalars['String']['input'];
  /** Working languages (BCP 47), at least one, each once. */
  workingLanguages: Array<Scalars['String']['input']>;
};

/** A new forum series with its region, languages, theme, focus tracks and first edition, created in one transaction. */
export type LaunchForumInput = {
  /** The first edition. */
  edition: LaunchEditionInput;
  /** Focus tracks of the series; the first edition gets a track for each. */
  focusTracks: Array<FocusTrackInput>;
  /** ISO 3166-1 code of the partner country from outside the region, e.g. CN. */
  partnerCountryCode?: InputMaybe<Scalars['String']['input']>;
  /** UI languages the portal offers for the series, in menu order (supported languages), at least one. */
  portalLanguages: Array<Scalars['String']['input']>;
  /** The region: a stored one by code, or a new named set of countries. */
  region: LaunchRegionInput;
  /** Slug and names of the series. */
  series: LaunchSeriesInput;
  /** The theme: a preset, or a custom theme (colours, type scale, motif or sanitised SVG ornament). */
  theme: ThemeChoiceInput;
  /** Languages the forum works in (BCP 47), at least one, each once. */
  workingLanguages: Array<Scalars['String']['input']>;
};

/** The region a series is about: a stored one, or a new named set of countries. */
export type LaunchRegionInput = {
  /** Code of a stored region (e.g. south-caucasus), or of the new region that name and countries define. */
  code: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2 codes of a new region, each once; countries not stored yet are added from CLDR data. */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Name of a new region, at least in English; leave out to use a stored region. */
  name?: InputMaybe<Array<LocalizedTextInput>>;
};

/** The series a launch creates. */
export type LaunchSeriesInput = {
  /** What the series is for, at least in English. */
  description: Array<LocalizedTextInput>;
  /** Full name, at least in English. */
  name: Array<LocalizedTextInput>;
  /** Visible to visitors right away (series and first edition); false (drafts) when left out. */
  published?: InputMaybe<Scalars['Boolean']['input']>;
  /** Short name for menus and titles, at least in English. */
  shortName: Array<LocalizedTextInput>;
  /** URL slug, lower-case kebab-case, e.g. china-mongolia. Cannot be changed later. */
  slug: Scalars['String']['input'];
};

/** A series launched with its first edition. */
export type LaunchedForum = {
  /** Countries the launch added to the catalogue, from CLDR data. */
  addedCountryCodes: Array<Scalars['String']['output']>;
  /** Number of its first edition. */
  editionNumber: Scalars['Int']['output'];
  /** The first edition's page on the portal (shown to visitors once published). */
  portalUrl: Scalars['String']['output'];
  /** Slug of the new series. */
  seriesSlug: Scalars['String']['output'];
};

/** A visitor-facing text in the language the query asked for, or the nearest one available. */
export type LocalizedString = {
  /** True when the requested language was not available and another one was used. */
  fallback: Scalars['Boolean']['output'];
  /** BCP 47 tag of the language the text is actually in. */
  language: Scalars['String']['output'];
  /** The text itself. */
  text: Scalars['String']['output'];
};

/** One language version of a text. A text needs at least an English ("en") version. */
export type LocalizedTextInput = {
  /** BCP 47 language tag, e.g. en, ru, zh-Hans, kk. */
  language: Scalars['String']['input'];
  /** The text in that language (not empty). */
  text: Scalars['String']['input'];
};

/** What a media applicant does: writes, films, photographs, or keeps the equipment running. */
export type MediaRole =
  | 'CAMERA'
  | 'JOURNALIST'
  | 'PHOTO'
  | 'TECHNICAL';

/** The secret of a two-step sign-in being set up; confirm it with a code from the app (confirmMfaEnrolment). */
export type MfaEnrolment = {
  /** The otpauth:// URI of the secret, to show as a QR code. */
  otpauthUri: Scalars['String']['output'];
  /** The TOTP secret in base32, to type into an authenticator app. */
  secret: Scalars['String']['output'];
};

/** An amount of money in one currency. */
export type Money = {
  /** Decimal amount as a string (no rounding through floating point), e.g. "1250000000.00". */
  amount: Scalars['String']['output'];
  /** ISO 4217 currency code, e.g. CNY. */
  currency: Scalars['String']['output'];
};

export type Mutation = {
  /** Reports a step of an agreement, possibly at a later edition than the one it was made at: progress in the same status, or a move allowed by its lifecycle. */
  addAgreementMilestone: Agreement;
  /** Adds the value of a new period to an indicator; a period already given is refused. */
  addIndicatorValue: Indicator;
  /** Adds a room to a venue. */
  addRoom: Room;
  /** Adds a track to an edition, from the taxonomy or custom. */
  addTrack: Track;
  /** Adds several tracks to an edition at once: all of them, or none when one is refused (its problems name tracks.<index>). */
  addTracks: Array<Track>;
  /** Adds a venue to an edition with its first rooms, all or nothing (a refused room names rooms.<index>); add more rooms with addRoom. */
  addVenue: VenuePayload;
  /** Approves submitted or waitlisted applications, each taking a place in its category; a full category answers CATEGORY_FULL for that id and the others proceed. Registration officers decide non-media categories, media officers media ones (within the media quotas per outlet and country), series admins all; one id outside the caller’s categories refuses the batch. Honours the Idempotency-Key header. */
  approveApplications: Array<ApplicationDecision>;
  /** Cancels submitted, waitlisted or approved applications; the place of an approved one goes to the first waitlisted of its category. Registration officers decide non-media categories, media officers media ones (within the media quotas per outlet and country), series admins all; one id outside the caller’s categories refuses the batch. Honours the Idempotency-Key header. */
  cancelApplications: Array<ApplicationDecision>;
  /** Stops a rendering of badges: a queued one at once, a running one at its next badge. Needs badge.issue. */
  cancelBadgeRender: BadgeRenderRun;
  /** Changes the signed-in organizer's password. The current password is required; every other session of the account ends. */
  changePassword: Scalars['Boolean']['output'];
  /** Verifies one scan at a door and records it; the same scanId again answers the first answer. Needs checkin.record. */
  checkInScan: CheckInResult;
  /** Creates an edition from another of the same series: tracks, venues and rooms, registration set-up and categories, optionally the session skeleton, shifted to the new dates. Unpublished. Series admins. */
  cloneEdition: ClonedEdition;
  /** Confirms two-step sign-in with the code the app shows; from then on signIn asks for a code. Answers ten one-time recovery codes, shown only this once. */
  confirmMfaEnrolment: Array<Scalars['String']['output']>;
  /** Records an agreement of an edition (a draft unless input.published is true). */
  createAgreement: Agreement;
  /** Adds a country's delegation to an edition (a draft unless input.published is true). */
  createDelegation: Delegation;
  /** Invites a delegation to register its members: a signed link that expires (shown this once), mailed (delegation.invitation) when an email is given; memberQuota sets how many members the delegation may register. Registration officers and series admins of the edition. */
  createDelegationInvitation: DelegationInvitationLink;
  /** Creates an edition of a series, unpublished unless input.published is true. Series admins. */
  createEdition: Edition;
  /** Creates an indicator owned by the series, with its first values. Series admins. */
  createIndicator: Indicator;
  /** Creates an organization owned by the series; only its organizers may edit it later. */
  createOrganization: Organization;
  /** Creates an organizer account. Series admins pass the seriesSlug they administer; platform admins may leave it out. */
  createOrganizer: Organizer;
  /** Creates a person owned by the series (a draft unless input.published is true); only its organizers may edit them later. */
  createPerson: Person;
  /** Creates a series (a new tenant), unpublished unless input.published is true. Platform admins only. */
  createSeries: Series;
  /** Adds a session, unpublished unless input.published is true. Times are local in the edition's time zone. Refused with BAD_USER_INPUT when its room is taken, a speaker is elsewhere, or it falls outside the edition's dates. */
  createSession: Session;
  /** Records what a person said at an edition (a draft unless input.published is true). */
  createStatement: Statement;
  /** Deletes an agreement with its parties and milestones; answers its id. */
  deleteAgreement: Scalars['ID']['output'];
  /** Deletes a delegation and its member list (the people stay); answers its id. */
  deleteDelegation: Scalars['ID']['output'];
  /** Deletes one of the signed-in user's launch drafts. */
  deleteLaunchDraft: Scalars['Boolean']['output'];
  /** Deletes a session and its speaker list. Answers the deleted id. */
  deleteSession: Scalars['ID']['output'];
  /** Deletes a statement; answers its id. */
  deleteStatement: Scalars['ID']['output'];
  /** Disables an organizer account: it can no longer sign in or refresh, and its sessions end at once. Series admins may disable accounts whose roles all lie in their series; platform admins any other. */
  disableOrganizer: Scalars['Boolean']['output'];
  /** Enables a disabled organizer account again (the same admins as disableOrganizer); it signs in anew. */
  enableOrganizer: Scalars['Boolean']['output'];
  /** Erases the personal data of the participant the link opens, at once and for good (as eraseParticipant does); the link opens nothing afterwards. True when done. */
  eraseMyPersonalData: Scalars['Boolean']['output'];
  /** Erases a participant’s personal data: names, contacts, organization, answers (passport data included), photo, mail bodies, and their files in storage. The application still counts (status, category, badge, check-ins). Cannot be undone. Needs registration.edit. */
  eraseParticipant: ErasedParticipant;
  /** Grants a role in a series, or in one edition when editionNumber is given. Series admins and platform admins only. */
  grantRole: RoleGrant;
  /** Imports a delegation's members from a CSV (a header line, one member per line; delegationCsvHeader names the columns). All or nothing: any bad row answers BAD_USER_INPUT naming each line and field (csv.line<N>.<field>) and nothing is written; the delegation's quota holds. Registration officers and series admins of the edition. */
  importDelegationMembers: Array<ApplicationReceipt>;
  /** The badge of an approved application, issued with the edition’s next badge number when it has none; needs badge.issue. */
  issueBadge: Badge;
  /** Launches a forum series: the series, its region (stored or new) and countries, languages, theme, focus tracks and first edition, in one transaction with one audit entry. Platform admins only. */
  launchForum: LaunchedForum;
  /** Makes an agreement visible to visitors and counted in public figures. */
  publishAgreement: Agreement;
  /** Makes a delegation visible to visitors. */
  publishDelegation: Delegation;
  /** Makes an edition visible to visitors. */
  publishEdition: Edition;
  /** Makes a person visible to visitors. */
  publishPerson: Person;
  /** Makes a series visible to visitors. */
  publishSeries: Series;
  /** Makes a session visible to visitors. */
  publishSession: Session;
  /** Makes a statement visible to visitors. */
  publishStatement: Statement;
  /** Exchanges a refresh token for new tokens. Each refresh token works once. */
  refreshSession: AuthPayload;
  /** Registers one member of the delegation an invitation link opens, within the delegation's quota (DELEGATION_QUOTA_FULL past it). A link that does not work: INVITATION_INVALID with extensions.reason (forged, expired, revoked, unknown). Honours the Idempotency-Key header. */
  registerDelegationMember: ApplicationReceipt;
  /** Rejects submitted or waitlisted applications. Registration officers decide non-media categories, media officers media ones (within the media quotas per outlet and country), series admins all; one id outside the caller’s categories refuses the batch. Honours the Idempotency-Key header. */
  rejectApplications: Array<ApplicationDecision>;
  /** Removes a room; its sessions stay, without a room. Answers the removed id. */
  removeRoom: Scalars['ID']['output'];
  /** Removes a track; its sessions and agreements stay, without a track. Answers the removed id. */
  removeTrack: Scalars['ID']['output'];
  /** Issues the missing badges of the edition’s approved applications and has the worker render every active badge: one merged PDF and one per participant. Watch it with badgeRenderRun; stop it with cancelBadgeRender. Needs badge.issue. */
  renderEditionBadges: BadgeRenderRun;
  /** Mails a fresh link to the application of this email in the edition, if there is one. Always true. */
  requestApplicationLink: Scalars['Boolean']['output'];
  /** Mails a password-reset link to the organizer account with this email, if there is one. Always true: the answer does not tell whether the email has an account. */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Asks the worker to render an edition's programme document; needs programme.edit in the edition. While a render of the edition is waiting (PENDING or DISPATCHED), answers that job instead of queueing another. */
  requestProgrammeDocument: ProgrammeDocumentRequest;
  /** Sets a new password with the token of a reset link; the link works once, and every session of the account ends. */
  resetPassword: Scalars['Boolean']['output'];
  /** Revokes the badge: none of its codes admits any more. Needs badge.issue. */
  revokeBadge: Badge;
  /** Withdraws an invitation: its link stops working at once (INVITATION_INVALID, reason revoked). */
  revokeDelegationInvitation: Scalars['Boolean']['output'];
  /** Revokes a role grant (see Organizer.roles for ids). */
  revokeRole: Scalars['Boolean']['output'];
  /** Signs a new code for the badge (lost or compromised): codes with an older serial stop admitting. Needs badge.issue. */
  rotateBadge: Badge;
  /** Saves a half-finished launch for the signed-in user: a new draft without id, over an own draft with it. Platform admins only. */
  saveLaunchDraft: LaunchDraft;
  /** Replaces the members of a delegation, in protocol order. */
  setDelegationMembers: Delegation;
  /** Replaces the people of a session, in order. Refused when a speaker is in another session at the same time. */
  setSessionSpeakers: Session;
  /** Signs an organizer in. Wrong email and wrong password give the same INVALID_CREDENTIALS; too many attempts give RATE_LIMITED; an account with two-step sign-in gives MFA_REQUIRED until mfaCode is sent. */
  signIn: AuthPayload;
  /** Ends the session of this refresh token and its access tokens; false when none was live. */
  signOut: Scalars['Boolean']['output'];
  /** Starts turning on two-step sign-in for the signed-in organizer: a TOTP secret for an authenticator app. Needs the current password; nothing changes at sign-in until confirmMfaEnrolment. */
  startMfaEnrolment: MfaEnrolment;
  /** Applies for accreditation to an edition open for registration (or saves a draft). Invalid answers: BAD_USER_INPUT with extensions.problems [{ field, code, message }]; closed edition: REGISTRATION_CLOSED. Honours the Idempotency-Key header. */
  submitApplication: ApplicationReceipt;
  /** Records the scans a device queued offline (at most 500), in the order they were scanned; an offline admission another door had already made is answered ALREADY_CHECKED_IN with conflict true. Idempotent on each scanId. Needs checkin.record. */
  syncCheckInScans: Array<CheckInResult>;
  /** Moves an agreement to its next status (PROPOSED -> SIGNED -> IN_IMPLEMENTATION -> COMPLETED, or LAPSED) and records the dated step as a milestone. */
  transitionAgreement: Agreement;
  /** Moves an edition along its lifecycle (PROPOSED → PLANNED → REGISTRATION_OPEN → LIVE → CONCLUDED, with a few steps back). A refused move names the allowed ones. */
  transitionEdition: Edition;
  /** Hides an agreement from visitors and public figures. */
  unpublishAgreement: Agreement;
  /** Hides a delegation from visitors. */
  unpublishDelegation: Delegation;
  /** Hides an edition from visitors. */
  unpublishEdition: Edition;
  /** Hides a person from visitors, wherever they appear. */
  unpublishPerson: Person;
  /** Hides a series from visitors (its organizers still see it). */
  unpublishSeries: Series;
  /** Hides a session from visitors. */
  unpublishSession: Session;
  /** Hides a statement from visitors. */
  unpublishStatement: Statement;
  /** Changes an agreement; fields left out keep their value. The status changes through transitionAgreement. */
  updateAgreement: Agreement;
  /** Changes a delegation; fields left out keep their value. */
  updateDelegation: Delegation;
  /** Changes an edition; fields left out keep their value. Refused when a session would fall outside new dates. */
  updateEdition: Edition;
  /** Changes an indicator (not its values); series admins of the owning series. */
  updateIndicator: Indicator;
  /** Changes a draft (missing required answers allowed) or, with submit, submits it (every answer checked). */
  updateMyApplication: ApplicationView;
  /** Changes an organization; organizers of its owning series only (shared ones: platform admins). */
  updateOrganization: Organization;
  /** Changes a person; organizers of the owning series only (shared people: platform admins). */
  updatePerson: Person;
  /** Changes a room; fields left out keep their value. */
  updateRoom: Room;
  /** Changes a series; fields left out keep their value. Series admins of that series. */
  updateSeries: Series;
  /** Changes a session under the same programme rules as createSession; fields left out keep their value. */
  updateSession: Session;
  /** Changes a statement; fields left out keep their value. */
  updateStatement: Statement;
  /** Changes a track; fields left out keep their value. */
  updateTrack: Track;
  /** Puts submitted applications on the waitlist, in the order of this call. Registration officers decide non-media categories, media officers media ones (within the media quotas per outlet and country), series admins all; one id outside the caller’s categories refuses the batch. Honours the Idempotency-Key header. */
  waitlistApplications: Array<ApplicationDecision>;
  /** Withdraws a submitted, approved or waitlisted application; a place it held goes to the first waitlisted. */
  withdrawMyApplication: ApplicationView;
};


export type MutationAddAgreementMilestoneArgs = {
  date: Scalars['String']['input'];
  edition: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  note: InputMaybe<Array<LocalizedTextInput>>;
  status: AgreementStatus;
};


export type MutationAddIndicatorValueArgs = {
  slug: Scalars['String']['input'];
  value: IndicatorValueInput;
};


export type MutationAddRoomArgs = {
  input: AddRoomInput;
  venueId: Scalars['ID']['input'];
};


export type MutationAddTrackArgs = {
  input: AddTrackInput;
  number: Scalars['Int']['input'];
  series: Scalars['String']['input'];
};


export type MutationAddTracksArgs = {
  number: Scalars['Int']['input'];
  series: Scalars['String']['input'];
  tracks: Array<AddTrackInput>;
};


export type MutationAddVenueArgs = {
  input: AddVenueInput;
  number: Scalars['Int']['input'];
  rooms: InputMaybe<Array<AddRoomInput>>;
  series: Scalars['String']['input'];
};


export type MutationApproveApplicationsArgs = {
  ids: Array<Scalars['ID']['input']>;
  reason: InputMaybe<Scalars['String']['input']>;
};


export type MutationCancelApplicationsArgs = {
  ids: Array<Scalars['ID']['input']>;
  reason: InputMaybe<Scalars['String']['input']>;
};


export type MutationCancelBadgeRenderArgs = {
  runId: Scalars['ID']['input'];
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCheckInScanArgs = {
  number: Scalars['Int']['input'];
  scan: CheckInScanInput;
  series: Scalars['String']['input'];
};


export type MutationCloneEditionArgs = {
  fromNumber: Scalars['Int']['input'];
  input: CloneEditionInput;
  series: Scalars['String']['input'];
};


export type MutationConfirmMfaEnrolmentArgs = {
  code: Scalars['String']['input'];
};


export type MutationCreateAgreementArgs = {
  input: CreateAgreementInput;
  number: Scalars['Int']['input'];
  series: Scalars['String']['input'];
};


export type MutationCreateDelegationArgs = {
  input: CreateDelegationInput;
  number: Scalars['Int']['input'];
  series: Scalars['String']['input'];
};


export type MutationCreateDelegationInvitationArgs = {
  delegationId: Scalars['ID']['input'];
  email: InputMaybe<Scalars['String']['input']>;
  expiresInDays: InputMaybe<Scalars['Int']['input']>;
  language: Scalars['String']['input'];
  memberQuota: InputMaybe<Scalars['Int']['input']>;
};


export type MutationCreateEditionArgs = {
  input: CreateEditionInput;
  series: Scalars['String']['input'];
};


export type MutationCreateIndicatorArgs = {
  input: CreateIndicatorInput;
  series: Scalars['String']['input'];
};


export type MutationCreateOrganizationArgs = {
  input: CreateOrganizationInput;
  series: Scalars['String']['input'];
};


export type MutationCreateOrganizerArgs = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  seriesSlug: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreatePersonArgs = {
  input: CreatePersonInput;
  series: Scalars['String']['input'];
};


export type MutationCreateSeriesArgs = {
  input: CreateSeriesInput;
};


export type MutationCreateSessionArgs = {
  input: CreateSessionInput;
  number: Scalars['Int']['input'];
  series: Scalars['String']['input'];
};


export type MutationCreateStatementArgs = {
  input: CreateStatementInput;
  number: Scalars['Int']['input'];
  series: Scalars['String']['input'];
};


export type MutationDeleteAgreementArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteDelegationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteLaunchDraftArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteStatementArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDisableOrganizerArgs = {
  userEmail: Scalars['String']['input'];
};


export type MutationEnableOrganizerArgs = {
  userEmail: Scalars['String']['input'];
};


export type MutationEraseMyPersonalDataArgs = {
  token: Scalars['String']['input'];
};


export type MutationEraseParticipantArgs = {
  applicationId: Scalars['ID']['input'];
};


export type MutationGrantRoleArgs = {
  editionNumber: InputMaybe<Scalars['Int']['input']>;
  role: OrganizerRole;
  seriesSlug: Scalars['String']['input'];
  userEmail: Scalars['String']['input'];
};


export type MutationImportDelegationMembersArgs = {
  category: Scalars['String']['input'];
  csv: Scalars['String']['input'];
  delegationId: Scalars['ID']['input'];
};


export type MutationIssueBadgeArgs = {
  applicationId: Scalars['ID']['input'];
};


export type MutationLaunchForumArgs = {
  input: LaunchForumInput;
};


export type MutationPublishAgreementArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPublishDelegationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPublishEditionArgs = {
  number: Scalars['Int']['input'];
  series: Scalars['String']['input'];
};


export type MutationPublishPersonArgs = {
  slug: Scalars['String']['input'];
};


export type MutationPublishSeriesArgs = {
  slug: Scalars['String']['input'];
};


export type MutationPublishSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPublishStatementArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRefreshSessionArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRegisterDelegationMemberArgs = {
  answers: Scalars['JSON']['input'];
  category: Scalars['String']['input'];
  language: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationRejectApplicationsArgs = {
  ids: Array<Scalars['ID']['input']>;
  reason: InputMaybe<Scalars['String']['input']>;
};


export type MutationRemoveRoomArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveTrackArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRenderEditionBadgesArgs = {
  number: Scalars['Int']['input'];
  series: Scalars['String']['input'];
};


export type MutationRequestApplicationLinkArgs = {
  editionId: Scalars['ID']['input'];
  email: Scalars['String']['input'];
  language: Scalars['String']['input'];
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationRequestProgrammeDocumentArgs = {
  number: Scalars['Int']['input'];
  series: Scalars['String']['input'];
};


export type MutationResetPasswordArgs = {
  newPassword: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationRevokeBadgeArgs = {
  badgeId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRevokeDelegationInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeRoleArgs = {
  grantId: Scalars['ID']['input'];
};


export type MutationRotateBadgeArgs = {
  badgeId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationSaveLaunchDraftArgs = {
  data: Scalars['JSONObject']['input'];
  id: InputMaybe<Scalars['ID']['input']>;
  step: Scalars['Int']['input'];
};


export type MutationSetDelegationMembersArgs = {
  id: Scalars['ID']['input'];
  members: Array<DelegationMemberInput>;
};


export type MutationSetSessionSpeakersArgs = {
  id: Scalars['ID']['input'];
  speakers: Array<SessionSpeakerInput>;
};


export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  mfaCode: InputMaybe<Scalars['String']['input']>;
  password: Scalars['String']['input'];
};


export type MutationSignOutArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationStartMfaEnrolmentArgs = {
  currentPassword: Scalars['String']['input'];
};


export type MutationSubmitApplicationArgs = {
  input: SubmitApplicationInput;
};


export type MutationSyncCheckInScansArgs = {
  number: Scalars['Int']['input'];
  scans: Array<CheckInScanInput>;
  series: Scalars['String']['input'];
};


export type MutationTransitionAgreementArgs = {
  date: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  note: InputMaybe<Array<LocalizedTextInput>>;
  to: AgreementStatus;
};


export type MutationTransitionEditionArgs = {
  number: Scalars['Int']['input'];
  series: Scalars['String']['input'];
  to: EditionStatus;
};


export type MutationUnpublishAgreementArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUnpublishDelegationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUnpublishEditionArgs = {
  number: Scalars['Int']['input'];
  series: Scalars['String']['input'];
};


export type MutationUnpublishPersonArgs = {
  slug: Scalars['String']['input'];
};


export type MutationUnpublishSeriesArgs = {
  slug: Scalars['String']['input'];
};


export type MutationUnpublishSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUnpublishStatementArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateAgreementArgs = {
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateAgreementInput;
};


export type MutationUpdateDelegationArgs = {
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateDelegationInput;
};


export type MutationUpdateEditionArgs = {
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  input: UpdateEditionInput;
  number: Scalars['Int']['input'];
  series: Scalars['String']['input'];
};


export type MutationUpdateIndicatorArgs = {
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  input: UpdateIndicatorInput;
  slug: Scalars['String']['input'];
};


export type MutationUpdateMyApplicationArgs = {
  answers: Scalars['JSON']['input'];
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  submit: InputMaybe<Scalars['Boolean']['input']>;
  token: Scalars['String']['input'];
};


export type MutationUpdateOrganizationArgs = {
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  input: UpdateOrganizationInput;
  slug: Scalars['String']['input'];
};


export type MutationUpdatePersonArgs = {
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  input: UpdatePersonInput;
  slug: Scalars['String']['input'];
};


export type MutationUpdateRoomArgs = {
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateRoomInput;
};


export type MutationUpdateSeriesArgs = {
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  input: UpdateSeriesInput;
  slug: Scalars['String']['input'];
};


export type MutationUpdateSessionArgs = {
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateSessionInput;
};


export type MutationUpdateStatementArgs = {
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateStatementInput;
};


export type MutationUpdateTrackArgs = {
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateTrackInput;
};


export type MutationWaitlistApplicationsArgs = {
  ids: Array<Scalars['ID']['input']>;
  reason: InputMaybe<Scalars['String']['input']>;
};


export type MutationWithdrawMyApplicationArgs = {
  reason: InputMaybe<Scalars['String']['input']>;
  token: Scalars['String']['input'];
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
  /** Edit version, raised by each update. Pass it to the update mutation as expectedVersion to have a stale edit refused (STALE_EDIT). */
  version: Scalars['Int']['output'];
};

/** A page of organizations, in a stable order. */
export type OrganizationConnection = {
  /** The items of this page with their cursors. */
  edges: Array<OrganizationEdge>;
  /** Whether more items follow, and where to continue. */
  pageInfo: PageInfo;
  /** Number of organizations matching the query, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of the organizations with its cursor. */
export type OrganizationEdge = {
  /** Opaque position of this item; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: Organization;
};

/** Narrows the organizations list; all given conditions must hold. */
export type OrganizationFilter = {
  /** ISO code of the home country. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Only organizations of this kind. */
  kind?: InputMaybe<OrganizationKind>;
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

/** An organizer account with the roles it holds. */
export type Organizer = {
  /** Name shown to other organizers. */
  displayName: Scalars['String']['output'];
  /** Sign-in email, lower case. */
  email: Scalars['String']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Platform admins create series and may grant any role anywhere. */
  isPlatformAdmin: Scalars['Boolean']['output'];
  /** Roles held, by series. */
  roles: Array<RoleGrant>;
};

/** An accreditation application in an organizer's queue, with the person's details and the last decision. */
export type OrganizerApplication = {
  /** Every answer of the form as submitted, as JSON text. */
  answers: Scalars['String']['output'];
  /** Slug of the accreditation category applied for. */
  category: Scalars['String']['output'];
  /** The sort of category: MEDIA ones are the media centre’s. */
  categoryKind: AccreditationKind;
  /** Citizenship, ISO 3166-1 alpha-2. */
  citizenship: Scalars['String']['output'];
  /** When the application was started (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** When the last decision was made (ISO 8601). */
  decidedAt: Maybe<Scalars['String']['output']>;
  /** The reason given with the last decision. */
  decisionReason: Maybe<Scalars['String']['output']>;
  /** The delegation the person registered with, if any. */
  delegationId: Maybe<Scalars['ID']['output']>;
  /** Email address (lower-case); one application per address per edition. */
  email: Scalars['String']['output'];
  /** Family name as entered. */
  familyName: Scalars['String']['output'];
  /** Given name as entered. */
  givenName: Scalars['String']['output'];
  /** Whether the participant uploaded a photo; GET /review/applications/<id>/photo serves it to the same readers. */
  hasPhoto: Scalars['Boolean']['output'];
  /** Recorded changes of the application (submission, decisions, promotions), oldest first. */
  history: Array<ApplicationHistoryEntry>;
  /** Id of the application; pass it to the decision mutations. */
  id: Scalars['ID']['output'];
  /** The participant's language; their mail is written in it. */
  language: Scalars['String']['output'];
  /** Role in the media team, for media categories. */
  mediaRole: Maybe<MediaRole>;
  /** Organization the person represents, if given. */
  organization: Maybe<Scalars['String']['output']>;
  /** Media outlet, for media categories. */
  outlet: Maybe<Scalars['String']['output']>;
  /** The reference the participant quotes, e.g. CCA12-7K3M9Q. */
  reference: Scalars['String']['output'];
  /** Where the application stands. */
  status: ApplicationStatus;
  /** When it was submitted (ISO 8601), null for a draft. */
  submittedAt: Maybe<Scalars['String']['output']>;
  /** Counts changes to the application. */
  version: Scalars['Int']['output'];
  /** When it joined the waitlist (ISO 8601); the first waitlisted is promoted first. */
  waitlistedAt: Maybe<Scalars['String']['output']>;
};

/** A page of applications, in a stable order. */
export type OrganizerApplicationConnection = {
  /** The items of this page with their cursors. */
  edges: Array<OrganizerApplicationEdge>;
  /** Whether more items follow, and where to continue. */
  pageInfo: PageInfo;
  /** Number of applications matching the query, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of the applications with its cursor. */
export type OrganizerApplicationEdge = {
  /** Opaque position of this item; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: OrganizerApplication;
};

/** An edition of a series for its organizers: drafts (not yet published) included. */
export type OrganizerEdition = {
  /** Last day (YYYY-MM-DD), if set. */
  endDate: Maybe<Scalars['String']['output']>;
  /** The host city in the language asked for (or the nearest one given). */
  hostCity: Scalars['String']['output'];
  /** Id of the edition. */
  id: Scalars['ID']['output'];
  /** Edition number within the series. */
  number: Scalars['Int']['output'];
  /** Whether visitors see it; false for a draft. */
  published: Scalars['Boolean']['output'];
  /** First day (YYYY-MM-DD), if set. */
  startDate: Maybe<Scalars['String']['output']>;
  /** Where the edition stands in its lifecycle. */
  status: EditionStatus;
  /** The theme in the language asked for (or the nearest one given). */
  theme: Scalars['String']['output'];
};

/** What an organizer may do within a series, or within one edition when the grant names it. */
export type OrganizerRole =
  /** Checking participants in at the venue. */
  | 'CHECKIN_STAFF'
  /** The media centre: reviewing media applications within the outlets' and countries' quotas. */
  | 'MEDIA_OFFICER'
  /** Programme, people, organizations, delegations, agreements, statements; publishing them. */
  | 'PROGRAMME_EDITOR'
  /** Reviewing and editing registrations, issuing badges, check-in. */
  | 'REGISTRATION_OFFICER'
  /** Everything in the series, including granting and revoking roles. */
  | 'SERIES_ADMIN';

/** Where a page sits in its list. */
export type PageInfo = {
  /** Cursor of the last item of the page; pass it as `after` for the next page. Null for an empty page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** The passport data a participant gave for a visa-support letter; stored encrypted, readable by the edition’s registration officers only. */
export type PassportData = {
  /** The application it belongs to. */
  applicationId: Scalars['ID']['output'];
  /** Date of birth (yyyy-mm-dd). */
  dateOfBirth: Scalars['String']['output'];
  /** Expiry date (yyyy-mm-dd). */
  expiryDate: Scalars['String']['output'];
  /** Issuing country, ISO 3166-1 alpha-2. */
  nationality: Scalars['String']['output'];
  /** Passport number (letters and digits). */
  number: Scalars['String']['output'];
};

/** Narrows the people list; all given conditions must hold. */
export type PeopleFilter = {
  /** ISO code of the country the person represents. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Slug of the organization the person represents. */
  organization?: InputMaybe<Scalars['String']['input']>;
};

/** A speaker, moderator or delegate. */
export type Person = {
  /** The country the person represents. */
  country: Maybe<Country>;
  /** Published delegations the person heads or belongs to. */
  delegations: Array<Delegation>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Full name, in the script of the requested language when known. */
  name: LocalizedString;
  /** The body the person represents. */
  organization: Maybe<Organization>;
  /** Office or job title. */
  position: Maybe<LocalizedString>;
  /** Published sessions the person speaks in, by start time. */
  sessions: Array<Session>;
  /** URL-friendly identifier. */
  slug: Scalars['String']['output'];
  /** Edit version, raised by each update. Pass it to the update mutation as expectedVersion to have a stale edit refused (STALE_EDIT). */
  version: Scalars['Int']['output'];
};

/** A page of people, in a stable order. */
export type PersonConnection = {
  /** The items of this page with their cursors. */
  edges: Array<PersonEdge>;
  /** Whether more items follow, and where to continue. */
  pageInfo: PageInfo;
  /** Number of people matching the query, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of the people with its cursor. */
export type PersonEdge = {
  /** Opaque position of this item; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: Person;
};

/** Everything the forum holds about a participant, as one JSON document, with a download URL for each of their files (photo, badge, letters). */
export type PersonalDataExport = {
  /** The application with its answers, its history, badge, check-ins, the mails recorded for the participant, and their files ({ name, size, url }). */
  data: Scalars['JSON']['output'];
  /** When the export was made (ISO 8601). */
  exportedAt: Scalars['String']['output'];
};

/** The privacy notice a participant accepts when applying. */
export type PrivacyNotice = {
  /** Stable id, sent back with the consent. */
  id: Scalars['String']['output'];
  /** The notice in the asked language (or its fallback). */
  text: Scalars['String']['output'];
  /** The version accepted, recorded with the consent. */
  version: Scalars['String']['output'];
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
  /** A published agreement by its edition and slug; null when unknown or unpublished. */
  agreement: Maybe<Agreement>;
  /** Agreement counts and disclosed values of a series or one of its editions; confidential values are never included. */
  agreementStats: AgreementStats;
  /** Published agreements of a series, by slug; an unknown series has none. */
  agreements: AgreementConnection;
  /** How many applications of the edition are in each category and status, within the categories the reader may see. */
  applicationCounts: Array<ApplicationCount>;
  /** The passport data of an application (decrypted); null when none was given. Needs registration.read in the edition (registration officers, series admins). */
  applicationPassport: Maybe<PassportData>;
  /** Applications of an edition, newest first. Registration officers see the non-media categories, media officers the media ones, series admins all; grants of one edition cover that edition. */
  applications: OrganizerApplicationConnection;
  /** Recorded changes of a series, newest first. Organizers of that series only. */
  auditTrail: AuditEntryConnection;
  /** The application’s badge as an A6 PDF; needs registration.read. */
  badgePdf: BadgePdf;
  /** A rendering of an edition’s badges and its progress; needs registration.read. */
  badgeRenderRun: BadgeRenderRun;
  /** Public keys, zones, the badge listing with revocations, and admissions so far: what a device keeps to check people in offline. Needs checkin.read. */
  checkInBundle: CheckInBundle;
  /** Finds participants by name or reference (at most 20). Needs checkin.read. */
  checkInLookup: Array<CheckInParticipant>;
  /** The participant’s photo as a data: URL, to compare with the face; null without one. Needs checkin.read. */
  checkInPhoto: Maybe<Scalars['String']['output']>;
  /** All countries in the catalogue, by name. */
  countries: Array<Country>;
  /** What a delegation invitation link opens (for its holder, no sign-in): the delegation, its quota, its members so far and the categories to register them in. INVITATION_INVALID names why a link does not work. */
  delegationInvitation: DelegationInvitationView;
  /** A published edition; a NOT_FOUND error names what is missing. */
  edition: Maybe<Edition>;
  /** Reported indicators, by slug; optionally of one published series or concerning one country. */
  indicators: Array<Indicator>;
  /** The signed-in user's launch drafts, newest first. Platform admins only. */
  launchDrafts: Array<LaunchDraft>;
  /** The signed-in organizer with their roles; null for visitors. */
  me: Maybe<Organizer>;
  /** The application a mailed link opens; APPLICATION_LINK_INVALID when the token is forged, foreign or expired. */
  myApplication: ApplicationView;
  /** All the personal data held about the participant the link opens; APPLICATION_LINK_INVALID when the token is forged, expired or its data erased. */
  myPersonalData: PersonalDataExport;
  /** Organizations (ministries, embassies, companies, ...), by slug. */
  organizations: OrganizationConnection;
  /** Every edition of the series, newest first, drafts included. Organizers of that series (any role in it) only. */
  organizerEditions: Array<OrganizerEdition>;
  /** Participation figures per published edition of a series, newest first. */
  participationStats: Array<EditionParticipation>;
  /** Published people who speak, lead or join a delegation, or made a statement in a series, by slug. */
  people: PersonConnection;
  /** A published person; null when unknown or unpublished. */
  person: Maybe<Person>;
  /** All regions and partners, by name. */
  regions: Array<Region>;
  /** An edition's registration: its form, privacy notice and public categories; null when it has none. */
  registration: Maybe<EditionRegistration>;
  /** Published sessions, people, organizations and agreements whose name or title matches the text, in any of its languages and scripts, best first. */
  search: Array<SearchHit>;
  /** A published series; null when unknown or unpublished. */
  series: Maybe<Series>;
  /** Published series, by name. */
  seriesList: Array<Series>;
  /** Published statements of a series, optionally of one edition or person. */
  statements: StatementConnection;
  /** Checks a theme without storing it: every problem (contrast failures name the pair), or its CSS variables for a live preview. */
  validateTheme: ThemeValidation;
};


export type QueryAgreementArgs = {
  edition: Scalars['Int']['input'];
  lang: InputMaybe<Scalars['String']['input']>;
  series: Scalars['String']['input'];
  slug: Scalars['String']['input'];
};


export type QueryAgreementStatsArgs = {
  edition: InputMaybe<Scalars['Int']['input']>;
  lang: InputMaybe<Scalars['String']['input']>;
  series: Scalars['String']['input'];
};


export type QueryAgreementsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<AgreementFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  lang: InputMaybe<Scalars['String']['input']>;
  series: Scalars['String']['input'];
};


export type QueryApplicationCountsArgs = {
  editionId: Scalars['ID']['input'];
};


export type QueryApplicationPassportArgs = {
  applicationId: Scalars['ID']['input'];
};


export type QueryApplicationsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  editionId: Scalars['ID']['input'];
  filter: InputMaybe<ApplicationFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditTrailArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  series: Scalars['String']['input'];
};


export type QueryBadgePdfArgs = {
  applicationId: Scalars['ID']['input'];
};


export type QueryBadgeRenderRunArgs = {
  runId: Scalars['ID']['input'];
};


export type QueryCheckInBundleArgs = {
  number: Scalars['Int']['input'];
  series: Scalars['String']['input'];
};


export type QueryCheckInLookupArgs = {
  number: Scalars['Int']['input'];
  query: Scalars['String']['input'];
  series: Scalars['String']['input'];
};


export type QueryCheckInPhotoArgs = {
  applicationId: Scalars['ID']['input'];
};


export type QueryCountriesArgs = {
  lang: InputMaybe<Scalars['String']['input']>;
};


export type QueryDelegationInvitationArgs = {
  lang: InputMaybe<Scalars['String']['input']>;
  token: Scalars['String']['input'];
};


export type QueryEditionArgs = {
  lang: InputMaybe<Scalars['String']['input']>;
  number: Scalars['Int']['input'];
  series: Scalars['String']['input'];
};


export type QueryIndicatorsArgs = {
  country: InputMaybe<Scalars['String']['input']>;
  lang: InputMaybe<Scalars['String']['input']>;
  series: InputMaybe<Scalars['String']['input']>;
};


export type QueryMyApplicationArgs = {
  lang: InputMaybe<Scalars['String']['input']>;
  token: Scalars['String']['input'];
};


export type QueryMyPersonalDataArgs = {
  token: Scalars['String']['input'];
};


export type QueryOrganizationsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<OrganizationFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  lang: InputMaybe<Scalars['String']['input']>;
};


export type QueryOrganizerEditionsArgs = {
  lang: InputMaybe<Scalars['String']['input']>;
  series: Scalars['String']['input'];
};


export type QueryParticipationStatsArgs = {
  series: Scalars['String']['input'];
};


export type QueryPeopleArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<PeopleFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  lang: InputMaybe<Scalars['String']['input']>;
  series: Scalars['String']['input'];
};


export type QueryPersonArgs = {
  lang: InputMaybe<Scalars['String']['input']>;
  slug: Scalars['String']['input'];
};


export type QueryRegionsArgs = {
  lang: InputMaybe<Scalars['String']['input']>;
};


export type QueryRegistrationArgs = {
  edition: Scalars['Int']['input'];
  lang: InputMaybe<Scalars['String']['input']>;
  series: Scalars['String']['input'];
};


export type QuerySearchArgs = {
  first: InputMaybe<Scalars['Int']['input']>;
  kinds: InputMaybe<Array<SearchKind>>;
  lang: InputMaybe<Scalars['String']['input']>;
  series: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
};


export type QuerySeriesArgs = {
  lang: InputMaybe<Scalars['String']['input']>;
  slug: Scalars['String']['input'];
};


export type QuerySeriesListArgs = {
  lang: InputMaybe<Scalars['String']['input']>;
};


export type QueryStatementsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  edition: InputMaybe<Scalars['Int']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  lang: InputMaybe<Scalars['String']['input']>;
  person: InputMaybe<Scalars['String']['input']>;
  series: Scalars['String']['input'];
};


export type QueryValidateThemeArgs = {
  theme: Scalars['JSONObject']['input'];
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

/** One field of the edition's form, as the portal draws it. */
export type RegistrationField = {
  /** Help text under the field. */
  help: Maybe<Scalars['String']['output']>;
  /** How it is drawn: text, textarea, latin-name, native-name, email, phone, country, language, photo, choice, date or checkbox. */
  input: Scalars['String']['output'];
  /** The answer key: a standard field ("email") or "custom.<name>". */
  key: Scalars['String']['output'];
  /** The label in the asked language (or its fallback). */
  label: Scalars['String']['output'];
  /** Latest date (YYYY-MM-DD) of a date field. */
  max: Maybe<Scalars['String']['output']>;
  /** Longest text answer, in characters. */
  maxLength: Maybe<Scalars['Int']['output']>;
  /** Earliest date (YYYY-MM-DD) of a date field. */
  min: Maybe<Scalars['String']['output']>;
  /** Whether a choice field takes several answers. */
  multiple: Scalars['Boolean']['output'];
  /** The choices of a choice field; empty otherwise. */
  options: Array<RegistrationOption>;
};

/** One choice of a choice field. */
export type RegistrationOption = {
  /** The label in the asked language (or its fallback). */
  label: Scalars['String']['output'];
  /** The answer sent when it is chosen. */
  value: Scalars['String']['output'];
};

/** A role held by an organizer, for a whole series or one edition of it. */
export type RoleGrant = {
  /** The edition the role is limited to; null for the whole series. */
  editionNumber: Maybe<Scalars['Int']['output']>;
  /** When the role was granted, ISO 8601 in UTC. */
  grantedAt: Scalars['String']['output'];
  /** Stable id; pass it to revokeRole. */
  id: Scalars['ID']['output'];
  /** The role granted. */
  role: OrganizerRole;
  /** Slug of the series the role applies to. */
  seriesSlug: Scalars['String']['output'];
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
  /** Edit version, raised by each update. Pass it to the update mutation as expectedVersion to have a stale edit refused (STALE_EDIT). */
  version: Scalars['Int']['output'];
};

/** A session, person, organization or agreement whose name or title matched the search text. */
export type SearchHit = {
  /** Number of the edition it belongs to (sessions and agreements). */
  editionNumber: Maybe<Scalars['Int']['output']>;
  /** The record id. */
  id: Scalars['ID']['output'];
  /** What sort of record it is. */
  kind: SearchKind;
  /** The language variant of the name or title that matched (a Georgian search finds and shows the Georgian name). */
  matched: LocalizedString;
  /** How well it matched; hits come best first. */
  rank: Scalars['Float']['output'];
  /** Slug of the series it belongs to; null for an organization shared by every series. */
  seriesSlug: Maybe<Scalars['String']['output']>;
  /** The record slug (with the series slug and edition number, its page address). */
  slug: Scalars['String']['output'];
  /** Its name or title in the language the query asked for, or the nearest one available. */
  title: LocalizedString;
};

/** A sort of record that search covers. */
export type SearchKind =
  | 'AGREEMENT'
  | 'ORGANIZATION'
  | 'PERSON'
  | 'SESSION';

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
  /** The series' theme, resolved for a page: CSS variables, ornament and the stored data. */
  theme: SeriesTheme;
  /** Key of the series' stored theme (theme.key): a preset's key, or the series' own. */
  themeKey: Scalars['String']['output'];
  /** Edit version, raised by each update. Pass it to the update mutation as expectedVersion to have a stale edit refused (STALE_EDIT). */
  version: Scalars['Int']['output'];
};

/** A series' own theme: stored with the series (a preset copied in, or the organizers' own). */
export type SeriesTheme = {
  /** CSS custom property declarations, one per line, for `:root { ... }`: colours, fonts, type sizes and the ornament. */
  cssVariables: Scalars['String']['output'];
  /** The theme's key, e.g. central-asia or the series slug; shown to stylesheets as --caravan-theme. */
  key: Scalars['String']['output'];
  /** Name of the theme, for organizers. */
  name: Scalars['String']['output'];
  /** Alternative text of the ornament band. */
  ornamentAlt: LocalizedString;
  /** The ornament tile as SVG text (a built-in motif, or the sanitised upload). */
  ornamentSvg: Scalars['String']['output'];
  /** The stored theme as data (the ZStoredTheme shape of @caravan/themes), e.g. to start a custom theme from. */
  stored: Scalars['JSONObject']['output'];
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
  /** Edit version, raised by each update. Pass it to the update mutation as expectedVersion to have a stale edit refused (STALE_EDIT). */
  version: Scalars['Int']['output'];
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

/** A person and the role they play in a session. */
export type SessionSpeakerInput = {
  /** Slug of the person, e.g. shen-yueyue. */
  person: Scalars['String']['input'];
  /** Keynote, moderator or speaker. */
  role: SessionRole;
};

/** A summary of what a person said at an edition. */
export type Statement = {
  /** The edition at which it was said. */
  edition: Maybe<Edition>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Who said it. */
  person: Maybe<Person>;
  /** The session in which it was said. */
  session: Maybe<Session>;
  /** What the person said, in a few sentences. */
  summary: LocalizedString;
  /** Edit version, raised by each update. Pass it to the update mutation as expectedVersion to have a stale edit refused (STALE_EDIT). */
  version: Scalars['Int']['output'];
};

/** A page of statements, in a stable order. */
export type StatementConnection = {
  /** The items of this page with their cursors. */
  edges: Array<StatementEdge>;
  /** Whether more items follow, and where to continue. */
  pageInfo: PageInfo;
  /** Number of statements matching the query, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One of the statements with its cursor. */
export type StatementEdge = {
  /** Opaque position of this item; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The item itself. */
  node: Statement;
};

/** An application for a category of an edition, submitted or saved as a draft. */
export type SubmitApplicationInput = {
  /** The answers (RegistrationSubmission shape: givenName, familyName, citizenship, email, …, custom, consent, photo). */
  answers: Scalars['JSON']['input'];
  /** The category slug (one with public sign-up). */
  category: Scalars['String']['input'];
  /** Save as a draft (to finish through the mailed link) instead of submitting. */
  draft?: InputMaybe<Scalars['Boolean']['input']>;
  /** The edition (EditionRegistration.editionId). */
  editionId: Scalars['ID']['input'];
  /** The participant's language (BCP 47): it chooses the mail's template. */
  language: Scalars['String']['input'];
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

/** A theme for a series: a preset key, or a custom theme; give exactly one. */
export type ThemeChoiceInput = {
  /** A theme of your own in the stored-theme shape of @caravan/themes (schemaVersion, key, name, colors, typography, ornament); validateTheme checks it first. */
  custom?: InputMaybe<Scalars['JSONObject']['input']>;
  /** Key of a built-in preset (default, central-asia, south-caucasus); copied into the series. */
  preset?: InputMaybe<Scalars['String']['input']>;
};

/** One thing wrong with a theme, beside its field. */
export type ThemeProblem = {
  /** For LOW_CONTRAST: the background role of the failing pair. */
  background: Maybe<Scalars['String']['output']>;
  /** INVALID_FIELD, LOW_CONTRAST or an SVG_* code of the ornament sanitiser. */
  code: Scalars['String']['output'];
  /** For LOW_CONTRAST: the foreground role of the failing pair. */
  foreground: Maybe<Scalars['String']['output']>;
  /** What is wrong and what to do; a contrast failure names the pair, both colours and the ratio. */
  message: Scalars['String']['output'];
  /** Dotted path of the field in the stored-theme shape, e.g. colors.muted or ornament.svg. */
  path: Scalars['String']['output'];
};

/** What validateTheme found: problems, or the CSS variables of the theme for a live preview. */
export type ThemeValidation = {
  /** CSS custom property declarations for `:root { ... }`; null when the theme is not ok. */
  cssVariables: Maybe<Scalars['String']['output']>;
  /** True when the theme can be stored. */
  ok: Scalars['Boolean']['output'];
  /** Every problem at once; empty when ok. */
  problems: Array<ThemeProblem>;
  /** The theme as it would be stored (an uploaded SVG in its sanitised form); null when not ok. */
  theme: Maybe<Scalars['JSONObject']['output']>;
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
  /** Edit version, raised by each update. Pass it to the update mutation as expectedVersion to have a stale edit refused (STALE_EDIT). */
  version: Scalars['Int']['output'];
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

/** Changes to an agreement: a field left out keeps its value; null clears summary, track, session, value and signedOn. The status changes through transitionAgreement. */
export type UpdateAgreementInput = {
  /** True when the parties did not disclose the value: it never reaches public figures. False when left out. */
  confidential?: InputMaybe<Scalars['Boolean']['input']>;
  /** ISO 4217 code of the value, e.g. CNY. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** True for invented demo detail rather than a reported fact. False when left out. */
  isDemo?: InputMaybe<Scalars['Boolean']['input']>;
  /** Signatories in the order the agreement names them; at least two. */
  parties?: InputMaybe<Array<AgreementPartyInput>>;
  /** Slug of the session of this edition where it was signed, e.g. signing-ceremony. */
  sessionSlug?: InputMaybe<Scalars['String']['input']>;
  /** Signing date, YYYY-MM-DD. */
  signedOn?: InputMaybe<Scalars['String']['input']>;
  /** What it provides for, at least in English when given. */
  summary?: InputMaybe<Array<LocalizedTextInput>>;
  /** Title, at least in English. */
  title?: InputMaybe<Array<LocalizedTextInput>>;
  /** Slug of the track of this edition it belongs to. */
  trackSlug?: InputMaybe<Scalars['String']['input']>;
  /** What sort of agreement it is. */
  type?: InputMaybe<AgreementType>;
  /** Value, 0 or more, with at most 2 decimals; needs currency. */
  valueAmount?: InputMaybe<Scalars['Float']['input']>;
};

/** Changes to a delegation: a field left out keeps its value; null clears name or head. */
export type UpdateDelegationInput = {
  /** Catalogue country code of the delegation, e.g. KZ; one delegation per country and edition. */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  /** Slug of the person heading the delegation. */
  head?: InputMaybe<Scalars['String']['input']>;
  /** Members in protocol order, each person once; on an update the whole list is replaced when given. */
  members?: InputMaybe<Array<DelegationMemberInput>>;
  /** Name when it is not simply the country, at least in English. */
  name?: InputMaybe<Array<LocalizedTextInput>>;
  /** Position in the protocol order, 0 or more, lowest first. */
  protocolOrder?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to an edition: a field left out keeps its value, null clears an optional one. Number and status change elsewhere (status: transitionEdition). */
export type UpdateEditionInput = {
  /** Reported number of participants. */
  attendance?: InputMaybe<Scalars['Int']['input']>;
  /** What the edition is about, at least in English; empty when left out. */
  description?: InputMaybe<Array<LocalizedTextInput>>;
  /** Last day (inclusive), YYYY-MM-DD in the host time zone. */
  endDate?: InputMaybe<Scalars['String']['input']>;
  /** Host city, at least in English. */
  hostCity?: InputMaybe<Array<LocalizedTextInput>>;
  /** Catalogue country code of the host, e.g. GE. */
  hostCountryCode?: InputMaybe<Scalars['String']['input']>;
  /** Catalogue id of the host province or region, e.g. CN-NX. */
  hostSubdivisionId?: InputMaybe<Scalars['String']['input']>;
  /** First day, YYYY-MM-DD in the host time zone. Give both dates or neither; sessions must stay inside them. */
  startDate?: InputMaybe<Scalars['String']['input']>;
  /** Motto or theme, at least in English. */
  theme?: InputMaybe<Array<LocalizedTextInput>>;
  /** IANA time zone of the host city, e.g. Asia/Shanghai or Asia/Tbilisi. Session times are entered in it. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
  /** Working languages (BCP 47), at least one, each once. */
  workingLanguages?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Changes to an indicator (not its values): a field left out keeps its value; null clears description or source. */
export type UpdateIndicatorInput = {
  /** ISO 3166-1 alpha-2 codes of the countries it concerns, each once. */
  countryCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** What it measures, at least in English when given. */
  description?: InputMaybe<Array<LocalizedTextInput>>;
  /** Name, at least in English. */
  name?: InputMaybe<Array<LocalizedTextInput>>;
  /** Where the figures come from, at least in English when given. */
  source?: InputMaybe<Array<LocalizedTextInput>>;
  /** Unit of the values, e.g. USD, t, %. */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to an organization: a field left out keeps its value; null clears countryCode or website. */
export type UpdateOrganizationInput = {
  /** ISO 3166-1 alpha-2 code of its home country, e.g. KZ; none for international bodies. */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  /** The sort of body it is. */
  kind?: InputMaybe<OrganizationKind>;
  /** Name, at least in English. */
  name?: InputMaybe<Array<LocalizedTextInput>>;
  /** Website, an http(s) URL. */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a person: a field left out keeps its value; null clears organization, countryCode or photoUrl. */
export type UpdatePersonInput = {
  /** ISO 3166-1 alpha-2 code of the country the person represents, e.g. KG. */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  /** Full name per language or script (en required), e.g. en "Edil Baisalov", ru "Эдиль Байсалов". */
  name?: InputMaybe<Array<LocalizedTextInput>>;
  /** Slug of the organization the person represents. */
  organization?: InputMaybe<Scalars['String']['input']>;
  /** Portrait, an http(s) URL. */
  photoUrl?: InputMaybe<Scalars['String']['input']>;
  /** Office or job title, at least in English. */
  position?: InputMaybe<Array<LocalizedTextInput>>;
};

/** Changes to a room; fields left out keep their value. */
export type UpdateRoomInput = {
  /** Seats, 1 or more. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** Name, at least in English. */
  name?: InputMaybe<Array<LocalizedTextInput>>;
  /** Order among the venue's rooms (0 first). */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** URL slug, unique within the venue, e.g. hall-a. */
  slug?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a series: a field left out keeps its value, a text given replaces all its languages; the slug cannot change. */
export type UpdateSeriesInput = {
  /** What the series is for, at least in English. */
  description?: InputMaybe<Array<LocalizedTextInput>>;
  /** Slugs of the @caravan/tracks taxonomy the series concentrates on, each once. */
  focusTrackSlugs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Full name, at least in English. */
  name?: InputMaybe<Array<LocalizedTextInput>>;
  /** ISO 3166-1 code of the partner country from outside the region, e.g. CN. */
  partnerCountryCode?: InputMaybe<Scalars['String']['input']>;
  /** Catalogue code of the region the series is about, e.g. south-caucasus. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Short name for menus and titles, at least in English. */
  shortName?: InputMaybe<Array<LocalizedTextInput>>;
  /** Where the series stands; PLANNED when left out. */
  status?: InputMaybe<EditionStatus>;
  /** The theme: a preset (copied into the series) or a custom theme, checked by validateTheme. */
  theme?: InputMaybe<ThemeChoiceInput>;
};

/** Changes to a session: a field left out keeps its value, null clears an optional one. Times are local wall-clock in the edition's time zone. */
export type UpdateSessionInput = {
  /** Local day, YYYY-MM-DD, within the edition's dates. */
  date?: InputMaybe<Scalars['String']['input']>;
  /** What the session is about. */
  description?: InputMaybe<Array<LocalizedTextInput>>;
  /** Local end, HH:mm (24-hour) on the same day, after startTime. 24:00 is not accepted; end at 23:59. */
  endTime?: InputMaybe<Scalars['String']['input']>;
  /** Languages offered through interpretation (BCP 47). */
  interpretation?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Format of the session. */
  kind?: InputMaybe<SessionKind>;
  /** Languages spoken on the floor (BCP 47), each once. */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Room of one of the edition's venues; no two sessions may share a room at the same time. */
  roomId?: InputMaybe<Scalars['ID']['input']>;
  /** URL slug, unique within the edition. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** Local start, HH:mm (24-hour) in the edition's time zone, e.g. 09:30 in Yinchuan. */
  startTime?: InputMaybe<Scalars['String']['input']>;
  /** Title, at least in English. */
  title?: InputMaybe<Array<LocalizedTextInput>>;
  /** Slug of one of the edition's tracks. */
  trackSlug?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a statement: a field left out keeps its value; null clears the session. */
export type UpdateStatementInput = {
  /** Slug of the person who spoke (of this series, shared, or published by another series). */
  person?: InputMaybe<Scalars['String']['input']>;
  /** Slug of the session of this edition where it was said. */
  session?: InputMaybe<Scalars['String']['input']>;
  /** The summary, at least in English. */
  summary?: InputMaybe<Array<LocalizedTextInput>>;
};

/** Changes to a track; fields left out keep their value. */
export type UpdateTrackInput = {
  /** What the track covers in this edition. */
  description?: InputMaybe<Array<LocalizedTextInput>>;
  /** Name, at least in English; required for a custom track, else taken from the taxonomy. */
  name?: InputMaybe<Array<LocalizedTextInput>>;
  /** Order among the edition's tracks (0 first). */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** URL slug, unique within the edition, e.g. green. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** Slug of the @caravan/tracks taxonomy track it belongs to, e.g. green-development; leave out for a custom track. */
  taxonomySlug?: InputMaybe<Scalars['String']['input']>;
};

/** A venue of an edition with its rooms, as an organizer mutation answers it. */
export type VenuePayload = {
  /** Stable id; pass it to addRoom. */
  id: Scalars['ID']['output'];
  /** Name of the venue. */
  name: LocalizedString;
  /** Its rooms, in order. */
  rooms: Array<Room>;
  /** URL slug, unique within the edition. */
  slug: Scalars['String']['output'];
};
