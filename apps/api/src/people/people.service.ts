// People, organizations and delegations for resolvers of every module, batched per request.
import { Injectable } from '@nestjs/common';
import type { DelegationRow, OrganizationRow, PersonRow } from '../common/db-rows.js';
import { byKey, groupByKey, type RequestContext } from '../common/graphql/request-context.js';
import { PeopleRepository, type Linked } from './people.repository.js';

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
}
