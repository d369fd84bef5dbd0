// Reads of people, organizations and delegations. Only published people and delegations reach
// visitors; organizations are public by nature.
import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@caravan/db';
import { DATABASE } from '../config/config.tokens.js';
import type { DelegationRow, OrganizationRow, PersonRow } from '../common/db-rows.js';

export interface Linked<T> {
  ownerId: string;
  row: T;
}

@Injectable()
export class PeopleRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  organizationsByIds(ids: readonly string[]): Promise<OrganizationRow[]> {
    return this.db.prisma.organization.findMany({ where: { id: { in: [...ids] } } });
  }

  personsByIds(ids: readonly string[]): Promise<PersonRow[]> {
    return this.db.prisma.person.findMany({ where: { id: { in: [...ids] }, published: true } });
  }

  async seriesOrganizers(seriesIds: readonly string[]): Promise<Linked<OrganizationRow>[]> {
    const links = await this.db.prisma.seriesOrganizer.findMany({
      where: { seriesId: { in: [...seriesIds] } },
      include: { organization: true },
      orderBy: { organization: { slug: 'asc' } },
    });
    return links.map((link) => ({ ownerId: link.seriesId, row: link.organization }));
  }

  async editionOrganizers(editionIds: readonly string[]): Promise<Linked<OrganizationRow>[]> {
    const links = await this.db.prisma.editionOrganizer.findMany({
      where: { editionId: { in: [...editionIds] } },
      include: { organization: true },
      orderBy: { organization: { slug: 'asc' } },
    });
    return links.map((link) => ({ ownerId: link.editionId, row: link.organization }));
  }

  delegationsByEditionIds(editionIds: readonly string[]): Promise<DelegationRow[]> {
    return this.db.prisma.delegation.findMany({
      where: { editionId: { in: [...editionIds] }, published: true },
      orderBy: [{ protocolOrder: 'asc' }, { countryCode: 'asc' }],
    });
  }

  async delegationMembers(delegationIds: readonly string[]): Promise<Linked<PersonRow>[]> {
    const members = await this.db.prisma.delegationMember.findMany({
      where: { delegationId: { in: [...delegationIds] }, person: { published: true } },
      include: { person: true },
      orderBy: [{ position: 'asc' }, { personId: 'asc' }],
    });
    return members.map((member) => ({ ownerId: member.delegationId, row: member.person }));
  }
}
