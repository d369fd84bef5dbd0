// People, organizations and delegations for resolvers of every module, batched per request.
import { Injectable } from '@nestjs/common';
import type { DelegationRow, OrganizationRow, PersonRow } from '../common/db-rows.js';
import { byKey, groupByKey, type RequestContext } from '../common/graphql/request-context.js';
import { z } from 'zod';
import { parseInput } from '../common/errors/parse-input.js';
import type { Connection } from '../common/pagination/connection.model.js';
import type { PageRequest } from '../common/pagination/page-args.js';
import { rowsToFetch, toConnection } from '../common/pagination/to-connection.js';
import { ZOrganizationFilter, ZPeopleFilter, type OrganizationFilterInput, type PeopleFilterInput } from './dto/people-filter.input.js';
import { PeopleRepository, type Linked } from './people.repository.js';

const ZSlug = z.string().trim().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a slug such as "china-central-asia"');
const bySlug = (row: { slug: string; id: string }): { key: string; id: string } => ({ key: row.slug, id: row.id });

const rowsOf = <T>(links: Linked<T>[]): T[] => links.map((link) => link.row);

@Injectable()
export class PeopleService {
  constructor(private readonly repo: PeopleRepository) {}

  organization(ctx: RequestContext, id: string | null): Promise<OrganizationRow | null> {
    if (id === null) return Promise.resolve(null);
    return ctx.loaders
      .get('people.organizationById', async (ids) => byKey(ids, await this.repo.organizationsByIds(ids), (o) => o.id))
      .load(id);
  }

  person(ctx: RequestContext, id: string | null): Promise<PersonRow | null> {
    if (id === null) return Promise.resolve(null);
    return ctx.loaders
      .get('people.personById', async (ids) => byKey(ids, await this.repo.personsByIds(ids), (p) => p.id))
      .load(id);
  }

  async seriesOrganizers(ctx: RequestContext, seriesId: string): Promise<OrganizationRow[]> {
    const links = await ctx.loaders
      .get('people.seriesOrganizers', async (ids) => groupByKey(ids, await this.repo.seriesOrganizers(ids), (l) => l.ownerId))
      .load(seriesId);
    return rowsOf(links);
  }

  async editionOrganizers(ctx: RequestContext, editionId: string): Promise<OrganizationRow[]> {
    const links = await ctx.loaders
      .get('people.editionOrganizers', async (ids) => groupByKey(ids, await this.repo.editionOrganizers(ids), (l) => l.ownerId))
      .load(editionId);
    return rowsOf(links);
  }

  delegations(ctx: RequestContext, editionId: string): Promise<DelegationRow[]> {
    return ctx.loaders
      .get('people.delegationsByEdition', async (ids) =>
        groupByKey(ids, await this.repo.delegationsByEditionIds(ids), (d) => d.editionId),
      )
      .load(editionId);
  }

  async delegationMembers(ctx: RequestContext, delegationId: string): Promise<PersonRow[]> {
    const links = await ctx.loaders
      .get('people.delegationMembers', async (ids) => groupByKey(ids, await this.repo.delegationMembers(ids), (l) => l.ownerId))
      .load(delegationId);
    return rowsOf(links);
  }

  /** People of a published series, by slug; an unknown series has none. */
  async peoplePage(series: string, filterInput: PeopleFilterInput | null | undefined, page: PageRequest): Promise<Connection<PersonRow>> {
    const args = parseInput(z.object({ series: ZSlug, filter: ZPeopleFilter }), { series, filter: filterInput ?? null });
    const { rows, totalCount } = await this.repo.peoplePage(args.series, args.filter ?? {}, rowsToFetch(page), page.after);
    return toConnection(rows, page, totalCount, bySlug);
  }

  personBySlug(slug: string): Promise<PersonRow | null> {
    return this.repo.personBySlug(parseInput(z.object({ slug: ZSlug }), { slug }).slug);
  }

  async organizationsPage(filterInput: OrganizationFilterInput | null | undefined, page: PageRequest): Promise<Connection<OrganizationRow>> {
    const filter = parseInput(z.object({ filter: ZOrganizationFilter }), { filter: filterInput ?? null }).filter ?? {};
    const { rows, totalCount } = await this.repo.organizationsPage(filter, rowsToFetch(page), page.after);
    return toConnection(rows, page, totalCount, bySlug);
  }

  async delegationsOfPerson(ctx: RequestContext, personId: string): Promise<DelegationRow[]> {
    const links = await ctx.loaders
      .get('people.delegationsByPerson', async (ids) => groupByKey(ids, await this.repo.delegationsByPersonIds(ids), (l) => l.ownerId))
      .load(personId);
    return rowsOf(links);
  }
}
