// Reads for the exports that the programme read model does not cover: an edition's agreements as
// the reader may see them, and the names of their parties.
import { Inject, Injectable } from '@nestjs/common';
import type { Database, Prisma } from '@caravan/db';
import { findProgrammeEdition, loadProgrammes, visible, type Audience, type ProgrammeRef } from '@caravan/db/read-models';
import { DATABASE } from '../config/config.tokens.js';

const AGREEMENT_INCLUDE = {
  track: true,
  session: true,
  parties: { include: { organization: true }, orderBy: [{ position: 'asc' }, { id: 'asc' }] },
} satisfies Prisma.AgreementInclude;

export type AgreementWithDetails = Prisma.AgreementGetPayload<{ include: typeof AGREEMENT_INCLUDE }>;

@Injectable()
export class ExportsRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  edition(ref: ProgrammeRef, audience: Audience) {
    return findProgrammeEdition(this.db.prisma, ref, audience);
  }

  /** The programme with the sessions' timestamps, which calendar feeds publish. */
  async programme(edition: { id: string; seriesId: string }, audience: Audience) {
    const [content] = await loadProgrammes(this.db.prisma, [edition], audience, { timestamps: true });
    if (!content) throw new Error(`no programme came back for edition ${edition.id}`);
    return content;
  }

  agreements(editionId: string, audience: Audience): Promise<AgreementWithDetails[]> {
    return this.db.prisma.agreement.findMany({
      where: { AND: [visible('agreement', audience), { editionId }] },
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
