// Copying an edition's set-up to a new edition: tracks, venues and rooms, the registration set-up
// and accreditation categories when the source has them, and optionally the session skeleton,
// every date and time moved by the whole days between the two first days (the time zone stays,
// so a session keeps its local time). Runs in the caller's transaction.
import type { Prisma } from '@caravan/db';
import { dateColumn } from '@caravan/db/read-models';
import type { CloneEditionInput } from '@caravan/forums';
import { addDays, fromLocal, toLocalParts } from '@caravan/tracks';
import { alreadyTaken, badField } from '../../common/errors/app-error.js';

export interface ClonedEdition {
  editionId: string;
  number: number;
  tracks: number;
  venues: number;
  rooms: number;
  accreditationCategories: number;
  registrationSetup: boolean;
  sessions: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

const shiftDate = (date: Date, days: number): Date => new Date(date.getTime() + days * DAY_MS);
/** The same local time `days` later in `timeZone` (a session keeps 09:00 across a DST change). */
function shiftLocal(instant: Date, days: number, timeZone: string): Date {
  const local = toLocalParts(instant, timeZone);
  return fromLocal(addDays(local.date, days), local.time, timeZone);
}
const json = (value: Prisma.JsonValue | null): Prisma.InputJsonValue | undefined => (value === null ? undefined : (value as Prisma.InputJsonValue));

export async function cloneEdition(tx: Prisma.TransactionClient, sourceId: string, input: CloneEditionInput): Promise<ClonedEdition> {
  const source = await tx.edition.findUniqueOrThrow({
    where: { id: sourceId },
    include: { tracks: true, venues: { include: { rooms: true } }, registrationSetup: true, accreditationCategories: true, sessions: true },
  });
  if (!source.startDate || !source.endDate) throw badField('fromNumber', `edition ${source.number} has no dates to shift from; give it dates first`);
  if (await tx.edition.findFirst({ where: { seriesId: source.seriesId, number: input.number }, select: { id: true } })) {
    throw alreadyTaken({ field: 'number', entity: 'edition', within: 'series' });
  }
  const start = dateColumn(input.startDate);
  const days = Math.round((start.getTime() - source.startDate.getTime()) / DAY_MS);
  const end = input.endDate ? dateColumn(input.endDate) : shiftDate(source.endDate, days);

  const edition = await tx.edition.create({
    data: {
      seriesId: source.seriesId,
      number: input.number,
      theme: input.theme ?? (source.theme as Prisma.InputJsonValue),
      description: {},
      status: 'PLANNED',
      startDate: start,
      endDate: end,
      timeZone: source.timeZone,
      hostCity: input.hostCity ?? (source.hostCity as Prisma.InputJsonValue),
      hostCountryCode: source.hostCountryCode,
      hostSubdivisionId: source.hostSubdivisionId,
      workingLanguages: source.workingLanguages,
      published: false,
    },
  });

  const trackIds = new Map<string, string>();
  for (const track of source.tracks) {
    const copy = await tx.track.create({
      data: { editionId: edition.id, slug: track.slug, taxonomySlug: track.taxonomySlug, name: track.name as Prisma.InputJsonValue, description: json(track.description), position: track.position },
    });
    trackIds.set(track.id, copy.id);
  }
  const roomIds = new Map<string, string>();
  let rooms = 0;
  for (const venue of source.venues) {
    const copy = await tx.venue.create({ data: { editionId: edition.id, slug: venue.slug, name: venue.name as Prisma.InputJsonValue, address: json(venue.address) } });
    for (const room of venue.rooms) {
      const roomCopy = await tx.room.create({ data: { venueId: copy.id, slug: room.slug, name: room.name as Prisma.InputJsonValue, capacity: room.capacity, position: room.position } });
      roomIds.set(room.id, roomCopy.id);
      rooms += 1;
    }
  }

  const setup = source.registrationSetup;
  if (setup) {
    await tx.registrationSetup.create({
      data: {
        editionId: edition.id,
        form: setup.form as Prisma.InputJsonValue,
        privacyNoticeId: setup.privacyNoticeId,
        privacyNoticeVersion: setup.privacyNoticeVersion,
        privacyNotice: setup.privacyNotice as Prisma.InputJsonValue,
        mediaQuotas: json(setup.mediaQuotas),
        passportValidityMonths: setup.passportValidityMonths,
        opensAt: setup.opensAt ? shiftDate(setup.opensAt, days) : null,
        closesAt: setup.closesAt ? shiftDate(setup.closesAt, days) : null,
      },
    });
  }
  for (const category of source.accreditationCategories) {
    await tx.accreditationCategory.create({
      data: {
        editionId: edition.id,
        slug: category.slug,
        kind: category.kind,
        name: category.name as Prisma.InputJsonValue,
        description: json(category.description),
        capacity: category.capacity,
        approval: category.approval,
        publicSignup: category.publicSignup,
        fields: category.fields as Prisma.InputJsonValue,
        visaSupport: category.visaSupport,
        badgeZones: category.badgeZones,
        badgeDays: category.badgeDays.map((day) => addDays(day, days)),
        position: category.position,
      },
    });
  }

  const sessions = input.withSessions ? source.sessions : [];
  if (sessions.length > 0) {
    await tx.session.createMany({
      data: sessions.map((session) => ({
        editionId: edition.id,
        slug: session.slug,
        kind: session.kind,
        title: session.title as Prisma.InputJsonValue,
        description: json(session.description),
        startsAt: shiftLocal(session.startsAt, days, source.timeZone),
        endsAt: shiftLocal(session.endsAt, days, source.timeZone),
        roomId: session.roomId ? (roomIds.get(session.roomId) ?? null) : null,
        trackId: session.trackId ? (trackIds.get(session.trackId) ?? null) : null,
        languages: session.languages,
        interpretation: session.interpretation,
        published: false,
      })),
    });
  }

  return {
    editionId: edition.id,
    number: edition.number,
    tracks: source.tracks.length,
    venues: source.venues.length,
    rooms,
    accreditationCategories: source.accreditationCategories.length,
    registrationSetup: setup !== null,
    sessions: sessions.length,
  };
}
