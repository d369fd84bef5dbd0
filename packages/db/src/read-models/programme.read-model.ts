// The programme of an edition as one audience may see it: its sessions in time order with their
// speakers in programme order, its rooms and tracks, and the people who speak. GraphQL, the
// calendar and schedule exports and the worker's programme document all read it from here, so
// they list the same sessions in the same order with the same people (ADR 016).
import type { LocalizedText } from '@caravan/regions';
import type { PrismaClient, SessionKind, SessionRole } from '../generated/prisma/client.js';
import { calendarDate } from './calendar-date.js';
import { optionalTextColumn, textColumn } from './localized-text.js';
import { covers, visible, type Audience } from './visibility.js';

/** Keynotes first, then moderators, then speakers; within a role, the order the organizers gave. */
export const SPEAKER_ROLE_ORDER: Readonly<Record<SessionRole, number>> = { KEYNOTE: 0, MODERATOR: 1, SPEAKER: 2 };

export interface ProgrammeSpeaker {
  role: SessionRole;
  /** Order within the role. */
  position: number;
  personId: string;
}

export const bySpeakerOrder = (a: ProgrammeSpeaker, b: ProgrammeSpeaker): number =>
  SPEAKER_ROLE_ORDER[a.role] - SPEAKER_ROLE_ORDER[b.role] || a.position - b.position;

export interface ProgrammeSession {
  id: string;
  /** Edit version (optimistic concurrency: update mutations take it as expectedVersion). */
  version: number;
  editionId: string;
  slug: string;
  kind: SessionKind;
  title: LocalizedText;
  description: LocalizedText | null;
  /** UTC instants. */
  startsAt: Date;
  endsAt: Date;
  roomId: string | null;
  trackId: string | null;
  languages: string[];
  interpretation: string[];
  published: boolean;
  /** Visible speakers in programme order (bySpeakerOrder). */
  speakers: ProgrammeSpeaker[];
  /** Present when loaded with `timestamps: true` (calendar feeds need them, pages do not). */
  createdAt?: Date;
  updatedAt?: Date;
}

export interface ProgrammeTrack {
  id: string;
  /** Edit version (optimistic concurrency: update mutations take it as expectedVersion). */
  version: number;
  editionId: string;
  slug: string;
  taxonomySlug: string | null;
  name: LocalizedText;
  description: LocalizedText | null;
  position: number;
}

export interface ProgrammeRoom {
  id: string;
  /** Edit version (optimistic concurrency: update mutations take it as expectedVersion). */
  version: number;
  slug: string;
  name: LocalizedText;
  capacity: number | null;
  position: number;
  venue: { id: string; editionId: string; slug: string; name: LocalizedText };
}

export interface ProgrammePerson {
  id: string;
  /** Edit version (optimistic concurrency: update mutations take it as expectedVersion). */
  version: number;
  slug: string;
  name: LocalizedText;
  position: LocalizedText | null;
  organizationId: string | null;
  countryCode: string | null;
  photoUrl: string | null;
  published: boolean;
  seriesId: string | null;
}

/** What an edition's programme holds; texts still in every language, for the reader to pick. */
export interface ProgrammeContent {
  editionId: string;
  sessions: ProgrammeSession[];
  /** By position, then slug. */
  tracks: ProgrammeTrack[];
  /** By venue slug, position, slug. */
  rooms: ProgrammeRoom[];
  /** Every visible speaker of the sessions, by id. */
  people: ReadonlyMap<string, ProgrammePerson>;
}

/** An edition whose programme is asked for; the caller has checked that the audience sees it. */
export interface ProgrammeEditionRef {
  id: string;
  seriesId: string;
}

export interface ProgrammeOptions {
  /** Also read each session's createdAt/updatedAt. */
  timestamps?: boolean;
}

type Db = Pick<PrismaClient, 'session' | 'room' | 'track' | 'sessionParticipant' | 'person'>;

/** Only sessions of the editions in `covered` may be drafts; the others must be published. */
function sessionFilter(editions: readonly ProgrammeEditionRef[], audience: Audience) {
  const covered = editions.filter((e) => covers(audience, e.seriesId)).map((e) => e.id);
  const others = editions.filter((e) => !covers(audience, e.seriesId)).map((e) => e.id);
  if (covered.length === 0) return { editionId: { in: others }, published: true };
  if (others.length === 0) return { editionId: { in: covered } };
  return { OR: [{ editionId: { in: covered } }, { editionId: { in: others }, published: true }] };
}

function personRecord(row: Awaited<ReturnType<Db['person']['findMany']>>[number]): ProgrammePerson {
  return {
    id: row.id,
    version: row.version,
    slug: row.slug,
    name: textColumn(row.name, `Person ${row.slug} name`),
    position: optionalTextColumn(row.position, `Person ${row.slug} position`),
    organizationId: row.organizationId,
    countryCode: row.countryCode,
    photoUrl: row.photoUrl,
    published: row.published,
    seriesId: row.seriesId,
  };
}

/**
 * The programmes of several editions at once (one statement per kind of record, whatever the
 * number of editions and sessions), in the order of `editions`.
 */
export async function loadProgrammes(
  prisma: Db,
  editions: readonly ProgrammeEditionRef[],
  audience: Audience,
  options: ProgrammeOptions = {},
): Promise<ProgrammeContent[]> {
  const ids = editions.map((e) => e.id);
  const [sessionRows, roomRows, trackRows] = await Promise.all([
    prisma.session.findMany({
      where: sessionFilter(editions, audience),
      // Pages do not show the bookkeeping timestamps; leaving them out spares a Date per row.
      omit: options.timestamps ? {} : { createdAt: true, updatedAt: true },
      orderBy: [{ startsAt: 'asc' }, { endsAt: 'asc' }, { slug: 'asc' }],
    }),
    prisma.room.findMany({
      where: { venue: { editionId: { in: ids } } },
      include: { venue: true },
      orderBy: [{ venue: { slug: 'asc' } }, { position: 'asc' }, { slug: 'asc' }],
    }),
    prisma.track.findMany({ where: { editionId: { in: ids } }, orderBy: [{ position: 'asc' }, { slug: 'asc' }] }),
  ]);
  const participants =
    sessionRows.length === 0
      ? []
      : await prisma.sessionParticipant.findMany({
          where: { sessionId: { in: sessionRows.map((s) => s.id) }, person: visible('person', audience) },
          orderBy: [{ position: 'asc' }, { personId: 'asc' }],
        });
  const personIds = [...new Set(participants.map((p) => p.personId))];
  const personRows = personIds.length === 0 ? [] : await prisma.person.findMany({ where: { id: { in: personIds }, ...visible('person', audience) } });
  const people = new Map(personRows.map((row) => [row.id, personRecord(row)]));

  // Grouped in one pass: a programme has hundreds of appearances, so no per-row arrays or copies.
  const speakersBySession = new Map<string, ProgrammeSpeaker[]>();
  for (const p of participants) {
    // A person unpublished between the two reads is left out, as the join left them out.
    if (!people.has(p.personId)) continue;
    const list = speakersBySession.get(p.sessionId);
    const speaker = { role: p.role, position: p.position, personId: p.personId };
    if (list) list.push(speaker);
    else speakersBySession.set(p.sessionId, [speaker]);
  }

  const content = new Map<string, ProgrammeContent>(ids.map((id) => [id, { editionId: id, sessions: [], tracks: [], rooms: [], people }]));
  for (const row of sessionRows) {
    content.get(row.editionId)?.sessions.push({
      id: row.id,
      version: row.version,
      editionId: row.editionId,
      slug: row.slug,
      kind: row.kind,
      title: textColumn(row.title, `Session ${row.slug} title`),
      description: optionalTextColumn(row.description, `Session ${row.slug} description`),
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      roomId: row.roomId,
      trackId: row.trackId,
      languages: row.languages,
      interpretation: row.interpretation,
      published: row.published,
      speakers: (speakersBySession.get(row.id) ?? []).sort(bySpeakerOrder),
      ...('createdAt' in row && row.createdAt instanceof Date ? { createdAt: row.createdAt } : {}),
      ...('updatedAt' in row && row.updatedAt instanceof Date ? { updatedAt: row.updatedAt } : {}),
    });
  }
  for (const row of roomRows) {
    content.get(row.venue.editionId)?.rooms.push({
      id: row.id,
      version: row.version,
      slug: row.slug,
      name: textColumn(row.name, `Room ${row.slug} name`),
      capacity: row.capacity,
      position: row.position,
      venue: { id: row.venue.id, editionId: row.venue.editionId, slug: row.venue.slug, name: textColumn(row.venue.name, `Venue ${row.venue.slug} name`) },
    });
  }
  for (const row of trackRows) {
    content.get(row.editionId)?.tracks.push({
      id: row.id,
      version: row.version,
      editionId: row.editionId,
      slug: row.slug,
      taxonomySlug: row.taxonomySlug,
      name: textColumn(row.name, `Track ${row.slug} name`),
      description: optionalTextColumn(row.description, `Track ${row.slug} description`),
      position: row.position,
    });
  }
  return ids.map((id) => content.get(id) as ProgrammeContent);
}

export interface ProgrammeEdition {
  id: string;
  number: number;
  theme: LocalizedText;
  hostCity: LocalizedText;
  timeZone: string;
  /** Calendar dates, when known. */
  startDate: string | null;
  endDate: string | null;
  published: boolean;
  updatedAt: Date;
  series: { id: string; slug: string; name: LocalizedText; published: boolean; updatedAt: Date };
}

export interface Programme extends ProgrammeContent {
  edition: ProgrammeEdition;
}

export type ProgrammeRef = { editionId: string } | { seriesSlug: string; number: number };

/**
 * The edition a reference names, if this audience may see it, with its series. `series` is set
 * when the series is visible even if the edition is not, so callers can say which part is unknown.
 */
export async function findProgrammeEdition(
  prisma: Pick<PrismaClient, 'edition' | 'series'>,
  ref: ProgrammeRef,
  audience: Audience,
): Promise<{ series: ProgrammeEdition['series'] | null; edition: ProgrammeEdition | null }> {
  const seriesWhere = visible('series', audience);
  const row = await prisma.edition.findFirst({
    where: 'editionId' in ref ? { id: ref.editionId, series: seriesWhere } : { number: ref.number, series: { slug: ref.seriesSlug, ...seriesWhere } },
    include: { series: true },
  });
  const seriesRow =
    row?.series ??
    ('seriesSlug' in ref ? await prisma.series.findFirst({ where: { slug: ref.seriesSlug, ...seriesWhere } }) : null);
  const series = seriesRow
    ? { id: seriesRow.id, slug: seriesRow.slug, name: textColumn(seriesRow.name, `Series ${seriesRow.slug} name`), published: seriesRow.published, updatedAt: seriesRow.updatedAt }
    : null;
  if (!row || !series || !(row.published || covers(audience, row.seriesId))) return { series, edition: null };
  return {
    series,
    edition: {
      id: row.id,
      number: row.number,
      theme: textColumn(row.theme, `Edition ${row.number} theme`),
      hostCity: textColumn(row.hostCity, `Edition ${row.number} hostCity`),
      timeZone: row.timeZone,
      startDate: calendarDate(row.startDate),
      endDate: calendarDate(row.endDate),
      published: row.published,
      updatedAt: row.updatedAt,
      series,
    },
  };
}

/** The programme of the edition a reference names, with the edition; null when the audience may not see it. */
export async function loadProgramme(
  prisma: Db & Pick<PrismaClient, 'edition' | 'series'>,
  ref: ProgrammeRef,
  audience: Audience,
  options: ProgrammeOptions = {},
): Promise<Programme | null> {
  const { edition } = await findProgrammeEdition(prisma, ref, audience);
  if (!edition) return null;
  const [content] = await loadProgrammes(prisma, [{ id: edition.id, seriesId: edition.series.id }], audience, options);
  return content ? { ...content, edition } : null;
}
