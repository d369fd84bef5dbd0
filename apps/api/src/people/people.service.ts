// People, organizations and delegations for resolvers of every module, batched per request.
import { Injectable } from '@nestjs/common';
import type { DelegationRow } from '../common/db-rows.js';
import { byKey, groupByKey, type RequestContext } from '../common/graphql/request-context.js';
import { z } from 'zod';
import { parseInput } from '../common/errors/parse-input.js';
import type { Connection } from '../common/pagination/connection.model.js';
import type { PageRequest } from '../common/pagination/page-args.js';
import { rowsToFetch, toConnection } from '../common/pagination/to-connection.js';
import { ZOrganizationFilter, ZPeopleFilter, type OrganizationFilterInput, type PeopleFilterInput } from './dto/people-filter.input.js';
import { toOrganizationModel, toPersonModel, type OrganizationView, type PersonView } from './people.mappers.js';
import { PeopleRepository, type Linked } from './people.repository.js';

const ZSlug = z.string().trim().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a slug such as "china-central-asia"');
const bySlug = (row: { slug: string; id: string }): { key: string; id: string } => ({ key: row.slug, id: row.id });

const rowsOf = <T>(links: Linked<T>[]): T[] => links.map((link) => link.row);

@Injectable()
export class PeopleService {
  constructor(private readonly repo: PeopleRepository) {}

  // Loaders map rows to read models inside the batch: it runs after every root field has set
  // the request's language, and each row is mapped once however many fields load it.

  organization(ctx: RequestContext, id: string | null): Promise<OrganizationView | null> {
    if (id === null) return Promise.resolve(null);
    return ctx.loaders
      .get('people.organizationById', async (ids) =>
        byKey(ids, (await this.repo.organizationsByIds(ids)).map((o) => toOrganizationModel(o, ctx.lang)), (o) => o.id),
      )
      .load(id);
  }

  person(ctx: RequestContext, id: string | null): Promise<PersonView | null> {
    if (id === null) return Promise.resolve(null);
    return ctx.loaders
      .get('people.personById', async (ids) => byKey(ids, (await this.repo.personsByIds(ids)).map((p) => toPersonModel(p, ctx.lang)), (p) => p.id))
      .load(id);
  }

  async seriesOrganizers(ctx: RequestContext, seriesId: string): Promise<OrganizationView[]> {
    const links = await ctx.loaders
      .get('people.seriesOrganizers', async (ids) => groupByKey(ids, await this.repo.seriesOrganizers(ids), (l) => l.ownerId))
      .load(seriesId);
    return rowsOf(links).map((o) => toOrganizationModel(o, ctx.lang));
  }

  async editionOrganizers(ctx: RequestContext, editionId: string): Promise<OrganizationView[]> {
    const links = await ctx.loaders
      .get('people.editionOrganizers', async (ids) => groupByKey(ids, await this.repo.editionOrganizers(ids), (l) => l.ownerId))
      .load(editionId);
    return rowsOf(links).map((o) => toOrganizationModel(o, ctx.lang));
  }

  delegations(ctx: RequestContext, editionId: string): Promise<DelegationRow[]> {
    return ctx.loaders
      .get('people.delegationsByEdition', async (ids) =>
        groupByKey(ids, await this.repo.delegationsByEditionIds(ids), (d) => d.editionId),
      )
      .load(editionId);
  }

  async delegationMembers(ctx: RequestContext, delegationId: string): Promise<PersonView[]> {
    const links = await ctx.loaders
      .get('people.delegationMembers', async (ids) => groupByKey(ids, await this.repo.delegationMembers(ids), (l) => l.ownerId))
      .load(delegationId);
    return rowsOf(links).map((p) => toPersonModel(p, ctx.lang));
  }

  /** People of a published series, by slug; an unknown series has none. */
  async peoplePage(ctx: RequestContext, series: string, filterInput: PeopleFilterInput | null | undefined, page: PageRequest): Promise<Connection<PersonView>> {
    const args = parseInput(z.object({ series: ZSlug, filter: ZPeopleFilter }), { series, filter: filterInput ?? null });
    const { rows, totalCount } = await this.repo.peoplePage(args.series, args.filter ?? {}, rowsToFetch(page), page.after);
    return toConnection(rows, page, totalCount, bySlug, (p) => toPersonModel(p, ctx.lang));
  }

  async personBySlug(ctx: RequestContext, slug: string): Promise<PersonView | null> {
    const row = await this.repo.personBySlug(parseInput(z.object({ slug: ZSlug }), { slug }).slug);
    return row ? toPersonModel(row, ctx.lang) : null;
  }

  async organizationsPage(ctx: RequestContext, filterInput: OrganizationFilterInput | null | undefined, page: PageRequest): Promise<Connection<OrganizationView>> {
    const filter = parseInput(z.object({ filter: ZOrganizationFilter }), { filter: filterInput ?? null }).filter ?? {};
    const { rows, totalCount } = await this.repo.organizationsPage(filter, rowsToFetch(page), page.after);
    return toConnection(rows, page, totalCount, bySlug, (o) => toOrganizationModel(o, ctx.lang));
  }

  async delegationsOfPerson(ctx: RequestContext, personId: string): Promise<DelegationRow[]> {
    const links = await ctx.loaders
      .get('people.delegationsByPerson', async (ids) => groupByKey(ids, await this.repo.delegationsByPersonIds(ids), (l) => l.ownerId))
      .load(personId);
    return rowsOf(links);
  }
}
