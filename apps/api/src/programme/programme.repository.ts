// Reads of the published programme: sessions, their speakers, rooms and tracks.
import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@caravan/db';
import { DATABASE } from '../config/config.tokens.js';
import type { RoomRow, SessionRow, TrackRow, VenueRow } from '../common/db-rows.js';
import type { SessionRole } from '../common/graphql/enums.js';

export type RoomWithVenue = RoomRow & { venue: VenueRow };

/**
 * Session reads leave out the bookkeeping timestamps: no field of the read model serves them, and
 * each is a Date Prisma would build per row (400 of them on a 200-session programme) only to
 * drop it again.
 */
const SESSION_OMIT = { createdAt: true, updatedAt: true } as const;

/** The session columns the read models are built from. */
export type SessionReadRow = Omit<SessionRow, keyof typeof SESSION_OMIT>;

/** A session with the time zone of its edition, for views outside an edition's programme. */
export type SessionWithTimeZone = SessionReadRow & { edition: { timeZone: string } };

/** Sessions visitors may see from outside the edition: the session, its edition and series published. */
const VISIBLE_SESSION = { published: true, edition: { published: true, series: { published: true } } } as const;

export interface PersonSessionLink {
  personId: string;
  session: SessionWithTimeZone;
}

export interface ParticipantRow {
  sessionId: string;
  personId: string;
  role: SessionRole;
  position: number;
}

@Injectable()
export class ProgrammeRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  sessionsByEditionIds(editionIds: readonly string[]): Promise<SessionReadRow[]> {
    return this.db.prisma.session.findMany({
      omit: SESSION_OMIT,
      where: { editionId: { in: [...editionIds] }, published: true },
      orderBy: [{ startsAt: 'asc' }, { endsAt: 'asc' }, { slug: 'asc' }],
    });
  }

  tracksByEditionIds(editionIds: readonly string[]): Promise<TrackRow[]> {
    return this.db.prisma.track.findMany({
      where: { editionId: { in: [...editionIds] } },
      orderBy: [{ position: 'asc' }, { slug: 'asc' }],
    });
  }

  tracksByIds(ids: readonly string[]): Promise<TrackRow[]> {
    return this.db.prisma.track.findMany({ where: { id: { in: [...ids] } } });
  }

  roomsByEditionIds(editionIds: readonly string[]): Promise<RoomWithVenue[]> {
    return this.db.prisma.room.findMany({
      where: { venue: { editionId: { in: [...editionIds] } } },
      include: { venue: true },
      orderBy: [{ venue: { slug: 'asc' } }, { position: 'asc' }, { slug: 'asc' }],
    });
  }

  roomsByIds(ids: readonly string[]): Promise<RoomWithVenue[]> {
    return this.db.prisma.room.findMany({ where: { id: { in: [...ids] } }, include: { venue: true } });
  }

  sessionsByIds(ids: readonly string[]): Promise<SessionWithTimeZone[]> {
    return this.db.prisma.session.findMany({
      where: { id: { in: [...ids] }, ...VISIBLE_SESSION },
      omit: SESSION_OMIT,
      include: { edition: { select: { timeZone: true } } },
    });
  }

  /** Each person's sessions (one link per session even if they hold two roles), by start time. */
  async sessionsByPersonIds(personIds: readonly string[]): Promise<PersonSessionLink[]> {
    const links = await this.db.prisma.sessionParticipant.findMany({
      where: { personId: { in: [...personIds] }, session: VISIBLE_SESSION },
      include: { session: { omit: SESSION_OMIT, include: { edition: { select: { timeZone: true } } } } },
      orderBy: [{ session: { startsAt: 'asc' } }, { session: { slug: 'asc' } }, { role: 'asc' }],
    });
    const seen = new Set<string>();
    return links.flatMap((link) => {
      const key = `${link.personId}:${link.sessionId}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [{ personId: link.personId, session: link.session }];
    });
  }

  /** Links of published people to the sessions; the people themselves come from PeopleService's loader. */
  participantsBySessionIds(sessionIds: readonly string[]): Promise<ParticipantRow[]> {
    return this.db.prisma.sessionParticipant.findMany({
      where: { sessionId: { in: [...sessionIds] }, person: { published: true } },
      orderBy: [{ position: 'asc' }, { personId: 'asc' }],
    });
  }
}
