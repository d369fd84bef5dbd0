// Turns what a mutation names (a series slug, an edition number, a record id) into the scope the
// policy checks. Unknown targets are NOT_FOUND; the lookup itself reveals nothing beyond
// existence, which the public read side shows anyway for published content.
import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@caravan/db';
import type { Scope } from '../../auth/policy/can.js';
import { notFound } from '../errors/app-error.js';
import { DATABASE } from '../../config/config.tokens.js';

@Injectable()
export class ScopeResolver {
  constructor(@Inject(DATABASE) private readonly database: Database) {}

  async series(slug: string): Promise<Scope> {
    const row = await this.database.prisma.series.findUnique({ where: { slug }, select: { id: true } });
    if (!row) throw notFound(`Series "${slug}"`, 'Check the slug (e.g. china-central-asia).');
    return { seriesId: row.id, editionId: null };
  }

  async edition(seriesSlug: string, number: number): Promise<Scope & { editionId: string }> {
    const row = await this.database.prisma.edition.findFirst({
      where: { number, series: { slug: seriesSlug } },
      select: { id: true, seriesId: true },
    });
    if (!row) throw notFound(`Edition ${number} of series "${seriesSlug}"`, 'Check the series slug and the edition number.');
    return { seriesId: row.seriesId, editionId: row.id };
  }

  /** The scope of a record that belongs to an edition (session, track, venue, delegation, ...). */
  async ofEdition(editionId: string): Promise<Scope & { editionId: string }> {
    const row = await this.database.prisma.edition.findUnique({ where: { id: editionId }, select: { id: true, seriesId: true } });
    if (!row) throw notFound(`Edition ${editionId}`, 'The record points at an edition that no longer exists.');
    return { seriesId: row.seriesId, editionId: row.id };
  }
}
