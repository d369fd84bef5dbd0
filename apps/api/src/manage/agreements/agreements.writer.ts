// Rules of the agreement mutations (create, update, publish, delete). Input goes through
// ZAgreementInput; tracks and sessions are named by slug within the agreement's edition, and
// the status only moves through the lifecycle (see agreement-milestones.writer.ts).
import { Inject, Injectable } from '@nestjs/common';
import { Prisma, type Database } from '@caravan/db';
import { dateColumn } from '@caravan/db/read-models';
import { ZAgreementInput, type AgreementInput } from '@caravan/forums';
import type { AgreementRow } from '../../agreements/agreements.repository.js';
import type { Scope } from '../../auth/policy/can.js';
import type { RequestAuth } from '../../auth/request-auth.js';
import { badField, notFound } from '../../common/errors/app-error.js';
import { parseInput } from '../../common/errors/parse-input.js';
import { DATABASE } from '../../config/config.tokens.js';
import { applyPatch, currentValues, fromGraphQL } from '../../common/write/input-type.js';
import { MutationRunner } from '../../common/write/mutation-runner.js';
import { NEXT_VERSION, RowLocks } from '../../common/write/row-locks.js';
import { publishedChange, publishSpec } from '../../common/write/publishing.js';
import { ScopeResolver } from '../../common/write/scope-resolver.js';
import { ZAgreementEditInput, type CreateAgreementInput, type UpdateAgreementInput } from './agreement.inputs.js';
import { checkSubdivisions, partiesForSchema, partiesFromRows, partyRows, type PartyRow } from './agreement-parties.js';
import { agreementSnapshot } from './agreement-snapshot.js';

const AUDIT = { entityType: 'Agreement' } as const;

type EditionScope = Scope & { editionId: string };

export async function agreementParties(tx: Prisma.TransactionClient, agreementId: string): Promise<PartyRow[]> {
  return tx.agreementParty.findMany({
    where: { agreementId },
    select: { countryCode: true, subdivisionId: true, organizationId: true, position: true },
    orderBy: { position: 'asc' },
  });
}

@Injectable()
export class AgreementsWriter {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly runner: MutationRunner,
    private readonly scopes: ScopeResolver,
    private readonly locks: RowLocks,
  ) {}

  async create(auth: RequestAuth, seriesSlug: string, number: number, input: CreateAgreementInput): Promise<AgreementRow> {
    const scope = await this.scopes.edition(seriesSlug, number);
    return this.runner.run(auth, { action: 'agreement.edit', scope, audit: { action: 'create', ...AUDIT } }, async (tx) => {
      const parsed = parseInput(ZAgreementInput, { ...fromGraphQL(ZAgreementEditInput, input), parties: await partiesForSchema(tx, input.parties) });
      const row = await tx.agreement.create({
        data: { editionId: scope.editionId, slug: parsed.slug, ...(await this.columns(tx, scope, parsed)), status: parsed.status ?? 'PROPOSED', published: parsed.published ?? false },
      });
      const parties = await this.replaceParties(tx, row.id, parsed);
      return { result: row, entityId: row.id, after: agreementSnapshot(row, parties) };
    });
  }

  async update(auth: RequestAuth, id: string, input: UpdateAgreementInput, expectedVersion?: number | null): Promise<AgreementRow> {
    const { current: found, scope } = await this.find(id);
    return this.runner.run(auth, { action: 'agreement.edit', scope, audit: { action: 'update', ...AUDIT } }, async (tx) => {
      await this.locks.atVersion(tx, 'Agreement', found.id, expectedVersion);
      const current = await tx.agreement.findUniqueOrThrow({ where: { id: found.id } });
      const before = await agreementParties(tx, current.id);
      const [track, session] = await Promise.all([
        current.trackId ? tx.track.findUnique({ where: { id: current.trackId }, select: { slug: true } }) : null,
        current.sessionId ? tx.session.findUnique({ where: { id: current.sessionId }, select: { slug: true } }) : null,
      ]);
      const values = { ...currentValues(ZAgreementEditInput, current), trackSlug: track?.slug ?? null, sessionSlug: session?.slug ?? null };
      const parties = input.parties ? await partiesForSchema(tx, input.parties) : partiesFromRows(before);
      const parsed = parseInput(ZAgreementInput, { ...applyPatch(ZAgreementEditInput, values, { ...input, parties: undefined }), parties });
      const row = await tx.agreement.update({ where: { id: current.id }, data: { ...NEXT_VERSION, ...await this.columns(tx, scope, parsed) } });
      const after = input.parties ? await this.replaceParties(tx, row.id, parsed) : before;
      return { result: row, entityId: row.id, before: agreementSnapshot(current, before), after: agreementSnapshot(row, after) };
    });
  }

  async setPublished(auth: RequestAuth, id: string, published: boolean): Promise<AgreementRow> {
    const { current, scope } = await this.find(id);
    return this.runner.run(auth, publishSpec(published, scope, AUDIT.entityType), (tx) =>
      publishedChange(current, tx.agreement.update({ where: { id: current.id }, data: { published } })),
    );
  }

  async delete(auth: RequestAuth, id: string): Promise<string> {
    const { current, scope } = await this.find(id);
    return this.runner.run(auth, { action: 'agreement.edit', scope, audit: { action: 'delete', ...AUDIT } }, async (tx) => {
      const parties = await agreementParties(tx, current.id);
      await tx.agreement.delete({ where: { id: current.id } });
      return { result: current.id, entityId: current.id, before: agreementSnapshot(current, parties) };
    });
  }

  async find(id: string): Promise<{ current: AgreementRow; scope: EditionScope }> {
    const current = await this.database.prisma.agreement.findUnique({ where: { id } });
    if (!current) throw notFound(`Agreement ${id}`, "Check the id in the edition's agreements.");
    return { current, scope: await this.scopes.ofEdition(current.editionId) };
  }

  private async columns(tx: Prisma.TransactionClient, scope: EditionScope, input: AgreementInput) {
    await checkSubdivisions(tx, input.parties);
    let trackId: string | null = null;
    if (input.trackSlug) {
      const track = await tx.track.findUnique({ where: { editionId_slug: { editionId: scope.editionId, slug: input.trackSlug } }, select: { id: true } });
      if (!track) throw badField('trackSlug', `names no track "${input.trackSlug}" of this edition; add it first (addTrack) or check the slug`);
      trackId = track.id;
    }
    let sessionId: string | null = null;
    if (input.sessionSlug) {
      const session = await tx.session.findUnique({ where: { editionId_slug: { editionId: scope.editionId, slug: input.sessionSlug } }, select: { id: true } });
      if (!session) throw badField('sessionSlug', `names no session "${input.sessionSlug}" of this edition; check the slug in the programme`);
      sessionId = session.id;
    }
    return {
      title: input.title,
      summary: input.summary ?? Prisma.DbNull,
      type: input.type,
      trackId,
      sessionId,
      valueAmount: input.valueAmount == null ? null : new Prisma.Decimal(input.valueAmount).toDecimalPlaces(2),
      currency: input.currency ?? null,
      confidential: input.confidential ?? false,
      signedOn: dateColumn(input.signedOn),
      isDemo: input.isDemo ?? false,
    };
  }

  private async replaceParties(tx: Prisma.TransactionClient, agreementId: string, input: AgreementInput): Promise<PartyRow[]> {
    await tx.agreementParty.deleteMany({ where: { agreementId } });
    await tx.agreementParty.createMany({ data: partyRows(input.parties).map((party) => ({ agreementId, ...party })) });
    return agreementParties(tx, agreementId);
  }
}
