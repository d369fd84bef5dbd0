// Reads for the exports, each scoped to one series or one of its editions (the tenant boundary).
import { Inject, Injectable } from '@nestjs/common';
import type { Database, Prisma } from '@caravan/db';
import type { EditionRow, SeriesRow } from '../common/db-rows.js';
import { DATABASE } from '../config/config.tokens.js';

const SESSION_INCLUDE = {
  room: { include: { venue: true } },
  track: true,
  participants: {
    where: { person: { published: true } },
    include: { person: true },
    orderBy: [{ position: 'asc' }, { personId: 'asc' }],
  },
} satisfies Prisma.SessionInclude;

const AGREEMENT_INCLUDE = {
  track: true,
  session: true,
  parties: { include: { organization: true }, orderBy: [{ position: 'asc' }, { id: 'asc' }] },
} satisfies Prisma.AgreementInclude;

export type SessionWithDetails = Prisma.SessionGetPayload<{ include: typeof SESSION_INCLUDE }>;
export type AgreementWithDetails = Prisma.AgreementGetPayload<{ include: typeof AGREEMENT_INCLUDE }>;
export type RoomWithVenue = Prisma.RoomGetPayload<{ include: { venue: true } }>;

@Injectable()
export class ExportsRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /** The series by slug, published or not: callers decide who may see an unpublished one. */
  findSeries(slug: string): Promise<SeriesRow | null> {
    return this.db.prisma.series.findUnique({ where: { slug } });
  }

  findEdition(seriesId: string, number: number): Promise<EditionRow | null> {
    return this.db.prisma.edition.findUnique({ where: { seriesId_number: { seriesId, number } } });
  }

  tracks(editionId: string) {
    return this.db.prisma.track.findMany({ where: { editionId }, orderBy: [{ position: 'asc' }, { slug: 'asc' }] });
  }

  rooms(editionId: string): Promise<RoomWithVenue[]> {
    return this.db.prisma.room.findMany({
      where: { venue: { editionId } },
      include: { venue: true },
      orderBy: [{ venue: { slug: 'asc' } }, { position: 'asc' }, { slug: 'asc' }],
    });
  }

  /** Published sessions in time order, optionally of one track only. */
  publishedSessions(editionId: string, trackId?: string): Promise<SessionWithDetails[]> {
    return this.db.prisma.session.findMany({
      where: { editionId, published: true, ...(trackId === undefined ? {} : { trackId }) },
      include: SESSION_INCLUDE,
      orderBy: [{ startsAt: 'asc' }, { endsAt: 'asc' }, { slug: 'asc' }],
    });
  }

  agreements(editionId: string, options: { includeUnpublished: boolean }): Promise<AgreementWithDetails[]> {
    return this.db.prisma.agreement.findMany({
      where: { editionId, ...(options.includeUnpublished ? {} : { published: true }) },
      include: AGREEMENT_INCLUDE,
      orderBy: [{ signedOn: { sort: 'asc', nulls: 'last' } }, { slug: 'asc' }],
    });
  }

  countries(codes: readonly string[]) {
    return this.db.prisma.country.findMany({ where: { code: { in: [...codes] } } });
  }

  subdivisions(ids: readonly string[]) {
    return this.db.prisma.subnationalUnit.findMany({ where: { id: { in: [...ids] } } });
  }
}
