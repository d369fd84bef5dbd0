// Rules of the organization mutations. An organization belongs to the series that created it:
// only that series' organizers edit it (any series may name it as an employer or a party).
import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@caravan/db';
import { ZOrganizationInput, type OrganizationInput } from '@caravan/forums';
import type { RequestAuth } from '../../auth/request-auth.js';
import type { OrganizationRow } from '../../common/db-rows.js';
import { notFound } from '../../common/errors/app-error.js';
import { DATABASE } from '../../config/config.tokens.js';
import { snapshotOf } from '../../common/write/audit-snapshot.js';
import { currentValues, parseGraphQLInput, parsePatch } from '../../common/write/input-type.js';
import { MutationRunner } from '../../common/write/mutation-runner.js';
import { NEXT_VERSION, RowLocks } from '../../common/write/row-locks.js';
import { ScopeResolver } from '../../common/write/scope-resolver.js';
import { ownerScope } from '../people/owner-scope.js';
import type { CreateOrganizationInput, UpdateOrganizationInput } from './organization.inputs.js';

const AUDIT = { entityType: 'Organization' } as const;

const snapshot = snapshotOf<OrganizationRow>(ZOrganizationInput, ['seriesId']);

const columns = (input: OrganizationInput) => ({
  name: input.name,
  kind: input.kind,
  countryCode: input.countryCode ?? null,
  website: input.website ?? null,
});

@Injectable()
export class OrganizationsWriter {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly runner: MutationRunner,
    private readonly scopes: ScopeResolver,
    private readonly locks: RowLocks,
  ) {}

  async create(auth: RequestAuth, seriesSlug: string, input: CreateOrganizationInput): Promise<OrganizationRow> {
    const scope = await this.scopes.series(seriesSlug);
    return this.runner.run(auth, { action: 'organization.edit', scope, audit: { action: 'create', ...AUDIT } }, async (tx) => {
      const parsed = parseGraphQLInput(ZOrganizationInput, input);
      const row = await tx.organization.create({ data: { slug: parsed.slug, ...columns(parsed), seriesId: scope.seriesId } });
      return { result: row, entityId: row.id, after: snapshot(row) };
    });
  }

  async update(auth: RequestAuth, slug: string, input: UpdateOrganizationInput, expectedVersion?: number | null): Promise<OrganizationRow> {
    const found = await this.find(slug);
    return this.runner.run(auth, { action: 'organization.edit', scope: ownerScope(found.seriesId), audit: { action: 'update', ...AUDIT } }, async (tx) => {
      await this.locks.atVersion(tx, 'Organization', found.id, expectedVersion);
      const current = await tx.organization.findUniqueOrThrow({ where: { id: found.id } });
      const parsed = parsePatch(ZOrganizationInput, currentValues(ZOrganizationInput, current), input);
      const row = await tx.organization.update({ where: { id: current.id }, data: { ...NEXT_VERSION, ...columns(parsed) } });
      return { result: row, entityId: row.id, before: snapshot(current), after: snapshot(row) };
    });
  }

  private async find(slug: string): Promise<OrganizationRow> {
    const row = await this.database.prisma.organization.findUnique({ where: { slug } });
    if (!row) throw notFound(`Organization "${slug}"`, 'Check the slug in the organizations list.');
    return row;
  }
}
