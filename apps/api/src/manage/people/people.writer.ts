// Rules of the person mutations. A person belongs to the series that created them: only its
// organizers edit or publish the record, while any series may name a published person.
import { Inject, Injectable } from '@nestjs/common';
import type { Database, Prisma } from '@caravan/db';
import { ZPersonEditInput, type PersonEditInput } from '@caravan/forums';
import type { Viewer } from '../../auth/viewer.js';
import type { PersonRow } from '../../common/db-rows.js';
import { NotFoundError } from '../../common/errors/domain-error.js';
import { parseInput } from '../../common/errors/parse-input.js';
import { DATABASE } from '../../config/config.tokens.js';
import { auditJson } from '../common/audit-snapshot.js';
import { badInput } from '../common/input-problems.js';
import { textRecord } from '../common/localized-text.input.js';
import { MutationRunner } from '../common/mutation-runner.js';
import { ScopeResolver } from '../common/scope-resolver.js';
import { resolveOrganization } from '../organizations/organization-refs.js';
import type { CreatePersonInput, UpdatePersonInput } from './dto/person.input.js';
import { ownerScope } from './owner-scope.js';

const AUDIT = { entityType: 'Person' } as const;

const snapshot = (row: PersonRow) =>
  auditJson({
    slug: row.slug,
    name: row.name,
    position: row.position,
    organizationId: row.organizationId,
    countryCode: row.countryCode,
    photoUrl: row.photoUrl,
    published: row.published,
    seriesId: row.seriesId,
  });

async function columns(tx: Prisma.TransactionClient, input: PersonEditInput) {
  return {
    name: input.name,
    position: input.position,
    organizationId: input.organization ? await resolveOrganization(tx, input.organization, 'organization') : null,
    countryCode: input.countryCode ?? null,
    photoUrl: input.photoUrl ?? null,
  };
}

const keepOrSet = <T>(given: T | null | undefined, current: T | null): T | null => (given === undefined ? current : given);

@Injectable()
export class PeopleWriter {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly runner: MutationRunner,
    private readonly scopes: ScopeResolver,
  ) {}

  async create(viewer: Viewer, seriesSlug: string, input: CreatePersonInput): Promise<PersonRow> {
    const scope = await this.scopes.series(seriesSlug);
    return this.runner.run(viewer, { action: 'people.edit', scope, audit: { action: 'create', ...AUDIT } }, async (tx) => {
      const parsed = parseInput(ZPersonEditInput, {
        slug: input.slug,
        name: textRecord(input.name, 'name'),
        position: textRecord(input.position, 'position'),
        organization: input.organization,
        countryCode: input.countryCode,
        photoUrl: input.photoUrl,
        published: input.published ?? undefined,
      });
      if (await tx.person.findUnique({ where: { slug: parsed.slug }, select: { id: true } })) {
        throw badInput('slug', `"${parsed.slug}" is already the slug of a person; choose another, or edit that person`);
      }
      const row = await tx.person.create({
        data: { slug: parsed.slug, ...(await columns(tx, parsed)), published: parsed.published ?? false, seriesId: scope.seriesId },
      });
      return { result: row, entityId: row.id, after: snapshot(row) };
    });
  }

  async update(viewer: Viewer, slug: string, input: UpdatePersonInput): Promise<PersonRow> {
    const current = await this.find(slug);
    return this.runner.run(viewer, { action: 'people.edit', scope: ownerScope(current.seriesId), audit: { action: 'update', ...AUDIT } }, async (tx) => {
      const currentOrganization = current.organizationId
        ? (await tx.organization.findUniqueOrThrow({ where: { id: current.organizationId }, select: { slug: true } })).slug
        : null;
      const parsed = parseInput(ZPersonEditInput, {
        slug: current.slug,
        name: textRecord(input.name, 'name') ?? current.name,
        position: textRecord(input.position, 'position') ?? current.position,
        organization: keepOrSet(input.organization, currentOrganization),
        countryCode: keepOrSet(input.countryCode, current.countryCode),
        photoUrl: keepOrSet(input.photoUrl, current.photoUrl),
      });
      const row = await tx.person.update({ where: { id: current.id }, data: await columns(tx, parsed) });
      return { result: row, entityId: row.id, before: snapshot(current), after: snapshot(row) };
    });
  }

  async setPublished(viewer: Viewer, slug: string, published: boolean): Promise<PersonRow> {
    const current = await this.find(slug);
    const spec = { action: published ? 'content.publish' : 'content.unpublish', scope: ownerScope(current.seriesId), audit: { action: published ? 'publish' : 'unpublish', ...AUDIT } } as const;
    return this.runner.run(viewer, spec, async (tx) => {
      const row = await tx.person.update({ where: { id: current.id }, data: { published } });
      return { result: row, entityId: row.id, before: { published: current.published }, after: { published: row.published } };
    });
  }

  private async find(slug: string): Promise<PersonRow> {
    const row = await this.database.prisma.person.findUnique({ where: { slug } });
    if (!row) throw new NotFoundError(`Person "${slug}"`, 'Check the slug in the people list.');
    return row;
  }
}
