// People, organizations and delegations for resolvers of every module, batched per request.
import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { parseInput } from '../common/errors/parse-input.js';
import { byKey, defineLoader, groupByKey, type RequestContext } from '../common/graphql/request-context.js';
import type { Connection } from '../common/pagination/connection.model.js';
import type { PageRequest } from '../common/pagination/page-args.js';
import { rowsToFetch, toConnection } from '../common/pagination/to-connection.js';
import { ZOrganizationFilter, ZPeopleFilter, type OrganizationFilterInput, type PeopleFilterInput } from './dto/people-filter.input.js';
import { PeopleRepository } from './people.repository.js';
import { toDelegationView, toOrganizationView, toPersonView, type DelegationView, type OrganizationView, type PersonView } from './people.views.js';

const ZSlug = z.string().trim().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a slug such as "china-central-asia"');
const bySlug = (row: { slug: string; id: string }): { key: string; id: string } => ({ key: row.slug, id: row.id });

@Injectable()
export class PeopleService {
  private readonly organizationById = defineLoader<string, OrganizationView | null>(async (ids, ctx) =>
    byKey(ids, (await this.repo.organizationsByIds(ids)).map((o) => toOrganizationView(o, ctx.lang)), (o) => o.id),
  );

  private readonly personById = defineLoader<string, PersonView | null>(async (ids, ctx) =>
    byKey(ids, (await this.repo.personsByIds(ids)).map((p) => toPersonView(p, ctx.lang)), (p) => p.id),
  );

  private readonly seriesOrganizersOf = defineLoader<string, OrganizationView[]>(async (ids, ctx) =>
    groupByKey(ids, await this.repo.seriesOrganizers(ids), (l) => l.ownerId).map((links) => links.map((l) => toOrganizationView(l.row, ctx.lang))),
  );

  private readonly editionOrganizersOf = defineLoader<string, OrganizationView[]>(async (ids, ctx) =>
    groupByKey(ids, await this.repo.editionOrganizers(ids), (l) => l.ownerId).map((links) => links.map((l) => toOrganizationView(l.row, ctx.lang))),
  );

  private readonly delegationsOfEdition = defineLoader<string, DelegationView[]>(async (ids) =>
    groupByKey(ids, (await this.repo.delegationsByEditionIds(ids)).map(toDelegationView), (d) => d.editionId),
  );

  private readonly membersOf = defineLoader<string, PersonView[]>(async (ids, ctx) =>
    groupByKey(ids, await this.repo.delegationMembers(ids), (l) => l.ownerId).map((links) => links.map((l) => toPersonView(l.row, ctx.lang))),
  );

  private readonly delegationsOfPersonLoader = defineLoader<string, DelegationView[]>(async (ids) =>
    groupByKey(ids, await this.repo.delegationsByPersonIds(ids), (l) => l.ownerId).map((links) => links.map((l) => toDelegationView(l.row))),
  );

  constructor(private readonly repo: PeopleRepository) {}

  organization(ctx: RequestContext, id: string | null): Promise<OrganizationView | null> {
    return id === null ? Promise.resolve(null) : this.organizationById.load(ctx, id);
  }

  person(ctx: RequestContext, id: string | null): Promise<PersonView | null> {
    return id === null ? Promise.resolve(null) : this.personById.load(ctx, id);
  }

  seriesOrganizers(ctx: RequestContext, seriesId: string): Promise<OrganizationView[]> {
    return this.seriesOrganizersOf.load(ctx, seriesId);
  }

  editionOrganizers(ctx: RequestContext, editionId: string): Promise<OrganizationView[]> {
    return this.editionOrganizersOf.load(ctx, editionId);
  }

  delegations(ctx: RequestContext, editionId: string): Promise<DelegationView[]> {
    return this.delegationsOfEdition.load(ctx, editionId);
  }

  delegationMembers(ctx: RequestContext, delegationId: string): Promise<PersonView[]> {
    return this.membersOf.load(ctx, delegationId);
  }

  delegationsOfPerson(ctx: RequestContext, personId: string): Promise<DelegationView[]> {
    return this.delegationsOfPersonLoader.load(ctx, personId);
  }

  /** People of a published series, by slug; an unknown series has none. */
  async peoplePage(ctx: RequestContext, series: string, filterInput: PeopleFilterInput | null | undefined, page: PageRequest): Promise<Connection<PersonView>> {
    const args = parseInput(z.object({ series: ZSlug, filter: ZPeopleFilter }), { series, filter: filterInput ?? null });
    const { rows, totalCount } = await this.repo.peoplePage(args.series, args.filter ?? {}, rowsToFetch(page), page.after);
    return toConnection(rows, page, totalCount, bySlug, (p) => toPersonView(p, ctx.lang));
  }

  async personBySlug(ctx: RequestContext, slug: string): Promise<PersonView | null> {
    const row = await this.repo.personBySlug(parseInput(z.object({ slug: ZSlug }), { slug }).slug);
    return row ? toPersonView(row, ctx.lang) : null;
  }

  async organizationsPage(ctx: RequestContext, filterInput: OrganizationFilterInput | null | undefined, page: PageRequest): Promise<Connection<OrganizationView>> {
    const filter = parseInput(z.object({ filter: ZOrganizationFilter }), { filter: filterInput ?? null }).filter ?? {};
    const { rows, totalCount } = await this.repo.organizationsPage(filter, rowsToFetch(page), page.after);
    return toConnection(rows, page, totalCount, bySlug, (o) => toOrganizationView(o, ctx.lang));
  }
}
