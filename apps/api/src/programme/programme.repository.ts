// Reads of the programme for GraphQL: whole programmes through the programme read model of
// @caravan/db/read-models, and the two small lookups that lead into them from outside an
// edition's page (which edition a session is in, which sessions a person speaks in).
import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@caravan/db';
import { loadProgrammes, visible, type Audience, type ProgrammeContent, type ProgrammeEditionRef } from '@caravan/db/read-models';
import { DATABASE } from '../config/config.tokens.js';
import type { EditionClock } from './programme.views.js';

export interface PersonSessionLink {
  personId: string;
  sessionId: string;
  editionId: string;
}

@Injectable()
export class ProgrammeRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  programmes(editions: readonly ProgrammeEditionRef[], audience: Audience): Promise<ProgrammeContent[]> {
    return loadProgrammes(this.db.prisma, editions, audience);
  }

  /** Editions by id as the programme needs them, only those the audience sees. */
  editionClocks(ids: readonly string[], audience: Audience): Promise<EditionClock[]> {
    return this.db.prisma.edition.findMany({ where: { id: { in: [...ids] }, ...visible('edition', audience) }, select: { id: true, seriesId: true, timeZone: true } });
  }

  /** Each person's visible sessions (one link per session even if they hold two roles), by start time. */
  async sessionsOfPeople(personIds: readonly string[], audience: Audience): Promise<PersonSessionLink[]> {
    const links = await this.db.prisma.sessionParticipant.findMany({
      where: { personId: { in: [...personIds] }, session: visible('session', audience) },
      select: { personId: true, sessionId: true, session: { select: { editionId: true } } },
      orderBy: [{ session: { startsAt: 'asc' } }, { session: { slug: 'asc' } }, { role: 'asc' }],
    });
    const seen = new Set<string>();
    return links.flatMap((link) => {
      const key = `${link.personId}:${link.sessionId}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [{ personId: link.personId, sessionId: link.sessionId, editionId: link.session.editionId }];
    });
  }
}
