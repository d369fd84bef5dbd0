// Rules of the person mutations. A person belongs to the series that created them: only its
// organizers edit or publish the record, while any series may name a published person.
import { Inject, Injectable } from '@nestjs/common';
import type { Database, Prisma } from '@caravan/db';
import { ZPersonEditInput, type PersonEditInput } from '@caravan/forums';
import type { RequestAuth } from '../../auth/request-auth.js';
import type { PersonRow } from '../../common/db-rows.js';
import { notFound } from '../../common/errors/app-error.js';
import { DATABASE } from '../../config/config.tokens.js';
import { snapshotOf } from '../../common/write/audit-snapshot.js';
import { currentValues, parseGraphQLInput, parsePatch } from '../../common/write/input-type.js';
import { MutationRunner } from '../../common/write/mutation-runner.js';
import { NEXT_VERSION, RowLocks } from '../../common/write/row-locks.js';
import { publishedChange, publishSpec } from '../../common/write/publishing.js';
import { ScopeResolver } from '../../common/write/scope-resolver.js';
import { resolveOrganization } from '../organizations/organization-refs.js';
import { ownerScope } from './owner-scope.js';
import type { CreatePersonInput, UpdatePersonInput } from './person.inputs.js';

const AUDIT = { entityType: 'Person' } as const;

const snapshot = snapshotOf<PersonRow>(ZPersonEditInput, ['organizationId', 'seriesId']);

async function columns(tx: Prisma.TransactionClient, input: PersonEditInput) {
  return {
    name: input.name,
    position: input.position,
    organizationId: input.organization ? await resolveOrganization(tx, input.organization, 'organization') : null,
    countryCode: input.countryCode ?? null,
    photoUrl: input.photoUrl ?? null,
  };
}

@Injectable()
export class PeopleWriter {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly runner: MutationRunner,
    private readonly scopes: ScopeResolver,
    private readonly locks: RowLocks,
  ) {}

  async create(auth: RequestAuth, seriesSlug: string, input: CreatePersonInput): Promise<PersonRow> {
    const scope = await this.scopes.series(seriesSlug);
    return this.runner.run(auth, { action: 'people.edit', scope, audit: { action: 'create', ...AUDIT } }, async (tx) => {
      const parsed = parseGraphQLInput(ZPersonEditInput, input);
      const row = await tx.person.create({ data: { slug: parsed.slug, ...(await columns(tx, parsed)), published: parsed.published ?? false, seriesId: scope.seriesId } });
      return { result: row, entityId: row.id, after: snapshot(row) };
    });
  }

  async update(auth: RequestAuth, slug: string, input: UpdatePersonInput, expectedVersion?: number | null): Promise<PersonRow> {
    const found = await this.find(slug);
    return this.runner.run(auth, { action: 'people.edit', scope: ownerScope(found.seriesId), audit: { action: 'update', ...AUDIT } }, async (tx) => {
      await this.locks.atVersion(tx, 'Person', found.id, expectedVersion);
      const current = await tx.person.findUniqueOrThrow({ where: { id: found.id } });
      const organization = current.organizationId ? (await tx.organization.findUniqueOrThrow({ where: { id: current.organizationId }, select: { slug: true } })).slug : null;
      const parsed = parsePatch(ZPersonEditInput, { ...currentValues(ZPersonEditInput, current), organization }, input);
      const row = await tx.person.update({ where: { id: current.id }, data: { ...NEXT_VERSION, ...await columns(tx, parsed) } });
      return { result: row, entityId: row.id, before: snapshot(current), after: snapshot(row) };
    });
  }

  async setPublished(auth: RequestAuth, slug: string, published: boolean): Promise<PersonRow> {
    const current = await this.find(slug);
    return this.runner.run(auth, publishSpec(published, ownerScope(current.seriesId), AUDIT.entityType), (tx) =>
      publishedChange(current, tx.person.update({ where: { id: current.id }, data: { published } })),
    );
  }

  private async find(slug: string): Promise<PersonRow> {
    const row = await this.database.prisma.person.findUnique({ where: { slug } });
    if (!row) throw notFound(`Person "${slug}"`, 'Check the slug in the people list.');
    return row;
  }
}
