// Finds the edition a programme record (track, venue, room, session) belongs to, so its
// mutations can be checked against that edition's scope. Unknown ids are NOT_FOUND.
import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@caravan/db';
import type { Scope } from '../../auth/policy/can.js';
import { notFound } from '../../common/errors/app-error.js';
import { DATABASE } from '../../config/config.tokens.js';
import { ScopeResolver } from '../../common/write/scope-resolver.js';

export type EditionScope = Scope & { editionId: string };

const missing = (what: string, id: string) => notFound(`${what} ${id}`, `Check the id; the ${what.toLowerCase()} may have been removed.`);

@Injectable()
export class ProgrammeScopes {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly scopes: ScopeResolver,
  ) {}

  async ofTrack(id: string): Promise<EditionScope> {
    const row = await this.database.prisma.track.findUnique({ where: { id }, select: { editionId: true } });
    if (!row) throw missing('Track', id);
    return this.scopes.ofEdition(row.editionId);
  }

  async ofVenue(id: string): Promise<EditionScope> {
    const row = await this.database.prisma.venue.findUnique({ where: { id }, select: { editionId: true } });
    if (!row) throw missing('Venue', id);
    return this.scopes.ofEdition(row.editionId);
  }

  async ofRoom(id: string): Promise<EditionScope> {
    const row = await this.database.prisma.room.findUnique({ where: { id }, select: { venue: { select: { editionId: true } } } });
    if (!row) throw missing('Room', id);
    return this.scopes.ofEdition(row.venue.editionId);
  }

  async ofSession(id: string): Promise<EditionScope> {
    const row = await this.database.prisma.session.findUnique({ where: { id }, select: { editionId: true } });
    if (!row) throw missing('Session', id);
    return this.scopes.ofEdition(row.editionId);
  }
}
