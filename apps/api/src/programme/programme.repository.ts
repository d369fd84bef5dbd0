// Reads of the published programme: sessions, their speakers, rooms and tracks.
import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@caravan/db';
import { DATABASE } from '../config/config.tokens.js';
import type { PersonRow, RoomRow, SessionRow, TrackRow, VenueRow } from '../common/db-rows.js';
import type { SessionRole } from '../common/graphql/enums.js';

export type RoomWithVenue = RoomRow & { venue: VenueRow };

export interface ParticipantRow {
  sessionId: string;
  role: SessionRole;
  position: number;
  person: PersonRow;
}

@Injectable()
export class ProgrammeRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  sessionsByEditionIds(editionIds: readonly string[]): Promise<SessionRow[]> {
    return this.db.prisma.session.findMany({
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

  participantsBySessionIds(sessionIds: readonly string[]): Promise<ParticipantRow[]> {
    return this.db.prisma.sessionParticipant.findMany({
      where: { sessionId: { in: [...sessionIds] }, person: { published: true } },
      include: { person: true },
      orderBy: [{ position: 'asc' }, { personId: 'asc' }],
    });
  }
}
