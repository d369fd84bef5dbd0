// Rules of the agreement mutations (create, update, publish, delete). Input goes through
// ZAgreementInput; tracks and sessions are named by slug within the agreement's edition, and
// the status only moves through the lifecycle (see agreement-milestones.writer.ts).
import { Inject, Injectable } from '@nestjs/common';
import { Prisma, type Database } from '@caravan/db';
import { ZAgreementInput, type AgreementInput } from '@caravan/forums';
import type { AgreementRow } from '../../agreements/agreements.repository.js';
import type { Scope } from '../../auth/policy/can.js';
import type { Viewer } from '../../auth/viewer.js';
import { NotFoundError } from '../../common/errors/domain-error.js';
import { parseInput } from '../../common/errors/parse-input.js';
import { DATABASE } from '../../config/config.tokens.js';
import { badInput } from '../common/input-problems.js';
import { textRecord } from '../common/localized-text.input.js';
import { MutationRunner } from '../common/mutation-runner.js';
import { ScopeResolver } from '../common/scope-resolver.js';
import { checkSubdivisions, partiesForSchema, partiesFromRows, partyRows, type PartyRow } from './agreement-parties.js';
import { agreementSnapshot } from './agreement-snapshot.js';
import type { CreateAgreementInput, UpdateAgreementInput } from './dto/agreement.input.js';

const AUDIT = { entityType: 'Agreement' } as const;
type EditionScope = Scope & { editionId: string };

const isoDate = (date: Date | null): string | null => (date ? date.toISOString().slice(0, 10) : null);
const keepOrSet = <T>(given: T | null | undefined, current: T | null): T | null => (given === undefined ? current : given);

async function slugOf(lookup: Promise<{ slug: string } | null>): Promise<string | null> {
  return (await lookup)?.slug ?? null;
}

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
  ) {}

  async create(viewer: Viewer, seriesSlug: string, number: number, input: CreateAgreementInput): Promise<AgreementRow> {
    const scope = await this.scopes.edition(seriesSlug, number);
    return this.runner.run(viewer, { action: 'agreement.edit', scope, audit: { action: 'create', ...AUDIT } }, async (tx) => {
      const parsed = parseInput(ZAgreementInput, {
        slug: input.slug,
        title: textRecord(input.title, 'title'),
        summary: textRecord(input.summary, 'summary'),
        type: input.type,
        status: input.status ?? undefined,
        trackSlug: input.trackSlug,
        sessionSlug: input.sessionSlug,
        parties: await partiesForSchema(tx, input.parties),
        valueAmount: input.valueAmount,
        currency: input.currency,
        confidential: input.confidential ?? undefined,
        signedOn: input.signedOn,
        isDemo: input.isDemo ?? undefined,
        published: input.published ?? undefined,
      });
      if (await tx.agreement.findUnique({ where: { editionId_slug: { editionId: scope.editionId, slug: parsed.slug } }, select: { id: true } })) {
        throw badInput('slug', `"${parsed.slug}" is already the slug of an agreement of this edition; choose another`);
      }
      const row = await tx.agreement.create({
        data: {
          editionId: scope.editionId,
          slug: parsed.slug,
          ...(await this.columns(tx, scope, parsed)),
          status: parsed.status ?? 'PROPOSED',
          published: parsed.published ?? false,
        },
      });
      const parties = await this.replaceParties(tx, row.id, parsed);
      return { result: row, entityId: row.id, after: agreementSnapshot(row, parties) };
    });
  }

  async update(viewer: Viewer, id: string, input: UpdateAgreementInput): Promise<AgreementRow> {
    const { current, scope } = await this.find(id);
    return this.runner.run(viewer, { action: 'agreement.edit', scope, audit: { action: 'update', ...AUDIT } }, async (tx) => {
      const before = await agreementParties(tx, current.id);
      const parsed = parseInput(ZAgreementInput, {
        slug: current.slug,
        title: textRecord(input.title, 'title') ?? current.title,
        summary: input.summary === null ? undefined : (textRecord(input.summary, 'summary') ?? current.summary ?? undefined),
        type: input.type ?? current.type,
        status: current.status,
        trackSlug: input.trackSlug !== undefined ? input.trackSlug : await slugOf(current.trackId ? tx.track.findUnique({ where: { id: current.trackId } }) : Promise.resolve(null)),
        sessionSlug: input.sessionSlug !== undefined ? input.sessionSlug : await slugOf(current.sessionId ? tx.session.findUnique({ where: { id: current.sessionId } }) : Promise.resolve(null)),
        parties: input.parties ? await partiesForSchema(tx, input.parties) : partiesFromRows(before),
        valueAmount: input.valueAmount !== undefined ? input.valueAmount : current.valueAmount?.toNumber() ?? null,
        currency: keepOrSet(input.currency, current.currency),
        confidential: input.confidential ?? current.confidential,
        signedOn: input.signedOn !== undefined ? input.signedOn : isoDate(current.signedOn),
        isDemo: input.isDemo ?? current.isDemo,
      });
      const row = await tx.agreement.update({ where: { id: current.id }, data: await this.columns(tx, scope, parsed) });
      const after = input.parties ? await this.replaceParties(tx, row.id, parsed) : before;
      return { result: row, entityId: row.id, before: agreementSnapshot(current, before), after: agreementSnapshot(row, after) };
    });
  }

  async setPublished(viewer: Viewer, id: string, published: boolean): Promise<AgreementRow> {
    const { current, scope } = await this.find(id);
    const spec = { action: published ? 'content.publish' : 'content.unpublish', scope, audit: { action: published ? 'publish' : 'unpublish', ...AUDIT } } as const;
    return this.runner.run(viewer, spec, async (tx) => {
      const row = await tx.agreement.update({ where: { id: current.id }, data: { published } });
      return { result: row, entityId: row.id, before: { published: current.published }, after: { published: row.published } };
    });
  }

  async delete(viewer: Viewer, id: string): Promise<string> {
    const { current, scope } = await this.find(id);
    return this.runner.run(viewer, { action: 'agreement.edit', scope, audit: { action: 'delete', ...AUDIT } }, async (tx) => {
      const parties = await agreementParties(tx, current.id);
      await tx.agreement.delete({ where: { id: current.id } });
      return { result: current.id, entityId: current.id, before: agreementSnapshot(current, parties) };
    });
  }

  async find(id: string): Promise<{ current: AgreementRow; scope: EditionScope }> {
    const current = await this.database.prisma.agreement.findUnique({ where: { id } });
    if (!current) throw new NotFoundError(`Agreement ${id}`, "Check the id in the edition's agreements.");
    return { current, scope: await this.scopes.ofEdition(current.editionId) };
  }

  private async columns(tx: Prisma.TransactionClient, scope: EditionScope, input: AgreementInput) {
    await checkSubdivisions(tx, input.parties);
    let trackId: string | null = null;
    if (input.trackSlug) {
      const track = await tx.track.findUnique({ where: { editionId_slug: { editionId: scope.editionId, slug: input.trackSlug } }, select: { id: true } });
      if (!track) throw badInput('trackSlug', `names no track "${input.trackSlug}" of this edition; add it first (addTrack) or check the slug`);
      trackId = track.id;
    }
    let sessionId: string | null = null;
    if (input.sessionSlug) {
      const session = await tx.session.findUnique({ where: { editionId_slug: { editionId: scope.editionId, slug: input.sessionSlug } }, select: { id: true } });
      if (!session) throw badInput('sessionSlug', `names no session "${input.sessionSlug}" of this edition; check the slug in the programme`);
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
      signedOn: input.signedOn ? new Date(`${input.signedOn}T00:00:00Z`) : null,
      isDemo: input.isDemo ?? false,
    };
  }

  private async replaceParties(tx: Prisma.TransactionClient, agreementId: string, input: AgreementInput): Promise<PartyRow[]> {
    await tx.agreementParty.deleteMany({ where: { agreementId } });
    await tx.agreementParty.createMany({ data: partyRows(input.parties).map((party) => ({ agreementId, ...party })) });
    return agreementParties(tx, agreementId);
  }
}
