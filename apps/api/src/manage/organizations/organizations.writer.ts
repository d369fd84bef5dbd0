// Rules of the organization mutations. An organization belongs to the series that created it:
// only that series' organizers edit it (any series may name it as an employer or a party).
import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@caravan/db';
import { ZOrganizationInput, type OrganizationInput } from '@caravan/forums';
import type { Viewer } from '../../auth/viewer.js';
import type { OrganizationRow } from '../../common/db-rows.js';
import { NotFoundError } from '../../common/errors/domain-error.js';
import { parseInput } from '../../common/errors/parse-input.js';
import { DATABASE } from '../../config/config.tokens.js';
import { auditJson } from '../common/audit-snapshot.js';
import { badInput } from '../common/input-problems.js';
import { textRecord } from '../common/localized-text.input.js';
import { MutationRunner } from '../common/mutation-runner.js';
import { ScopeResolver } from '../common/scope-resolver.js';
import { ownerScope } from '../people/owner-scope.js';
import type { CreateOrganizationInput, UpdateOrganizationInput } from './dto/organization.input.js';

const AUDIT = { entityType: 'Organization' } as const;

const snapshot = (row: OrganizationRow) =>
  auditJson({ slug: row.slug, name: row.name, kind: row.kind, countryCode: row.countryCode, website: row.website, seriesId: row.seriesId });

const columns = (input: OrganizationInput) => ({
  name: input.name,
  kind: input.kind,
  countryCode: input.countryCode ?? null,
  website: input.website ?? null,
});

/** undefined keeps the current value, null clears it (GraphQL tells a field left out from an explicit null). */
const keepOrSet = <T>(given: T | null | undefined, current: T | null): T | null => (given === undefined ? current : given);

@Injectable()
export class OrganizationsWriter {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly runner: MutationRunner,
    private readonly scopes: ScopeResolver,
  ) {}

  async create(viewer: Viewer, seriesSlug: string, input: CreateOrganizationInput): Promise<OrganizationRow> {
    const scope = await this.scopes.series(seriesSlug);
    return this.runner.run(viewer, { action: 'organization.edit', scope, audit: { action: 'create', ...AUDIT } }, async (tx) => {
      const parsed = parseInput(ZOrganizationInput, {
        slug: input.slug,
        name: textRecord(input.name, 'name'),
        kind: input.kind,
        countryCode: input.countryCode,
        website: input.website,
      });
      if (await tx.organization.findUnique({ where: { slug: parsed.slug }, select: { id: true } })) {
        throw badInput('slug', `"${parsed.slug}" is already the slug of an organization; choose another, or edit that one`);
      }
      const row = await tx.organization.create({ data: { slug: parsed.slug, ...columns(parsed), seriesId: scope.seriesId } });
      return { result: row, entityId: row.id, after: snapshot(row) };
    });
  }

  async update(viewer: Viewer, slug: string, input: UpdateOrganizationInput): Promise<OrganizationRow> {
    const current = await this.find(slug);
    return this.runner.run(viewer, { action: 'organization.edit', scope: ownerScope(current.seriesId), audit: { action: 'update', ...AUDIT } }, async (tx) => {
      const parsed = parseInput(ZOrganizationInput, {
        slug: current.slug,
        name: textRecord(input.name, 'name') ?? current.name,
        kind: input.kind ?? current.kind,
        countryCode: keepOrSet(input.countryCode, current.countryCode),
        website: keepOrSet(input.website, current.website),
      });
      const row = await tx.organization.update({ where: { id: current.id }, data: columns(parsed) });
      return { result: row, entityId: row.id, before: snapshot(current), after: snapshot(row) };
    });
  }

  private async find(slug: string): Promise<OrganizationRow> {
    const row = await this.database.prisma.organization.findUnique({ where: { slug } });
    if (!row) throw new NotFoundError(`Organization "${slug}"`, 'Check the slug in the organizations list.');
    return row;
  }
}
