// Reads of people, organizations and delegations. Only published people and delegations reach
// visitors; organizations are public by nature.
import { Inject, Injectable } from '@nestjs/common';
import type { Database, Prisma } from '@caravan/db';
import type { CursorPosition } from '../common/pagination/cursor.js';
import type { OrganizationFilter, PeopleFilter } from './dto/people-filter.input.js';
import { DATABASE } from '../config/config.tokens.js';
import type { DelegationRow, OrganizationRow, PersonRow } from '../common/db-rows.js';

export interface Page<T> {
  rows: T[];
  totalCount: number;
}

/** Keyset condition for lists ordered by (slug, id). */
const afterSlug = (after: CursorPosition | null): { OR?: ({ slug: { gt: string } } | { slug: string; id: { gt: string } })[] } =>
  after ? { OR: [{ slug: { gt: after.key } }, { slug: after.key, id: { gt: after.id } }] } : {};

/** A published edition of a published series with the given slug. */
const visibleEdition = (seriesSlug: string): Prisma.EditionWhereInput => ({ published: true, series: { slug: seriesSlug, published: true } });

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

  /** Published people who appear in a published series: speakers, delegates, statement authors. */
  async peoplePage(seriesSlug: string, filter: PeopleFilter, take: number, after: CursorPosition | null): Promise<Page<PersonRow>> {
    const edition = visibleEdition(seriesSlug);
    const where: Prisma.PersonWhereInput = {
      published: true,
      OR: [
        { sessions: { some: { session: { published: true, edition } } } },
        { memberships: { some: { delegation: { published: true, edition } } } },
        { delegationsLed: { some: { published: true, edition } } },
        { statements: { some: { published: true, edition } } },
      ],
      ...(filter.country ? { countryCode: filter.country } : {}),
      ...(filter.organization ? { organization: { slug: filter.organization } } : {}),
    };
    const [rows, totalCount] = await Promise.all([
      this.db.prisma.person.findMany({ where: { AND: [where, afterSlug(after)] }, orderBy: [{ slug: 'asc' }, { id: 'asc' }], take }),
      this.db.prisma.person.count({ where }),
    ]);
    return { rows, totalCount };
  }

  personBySlug(slug: string): Promise<PersonRow | null> {
    return this.db.prisma.person.findFirst({ where: { slug, published: true } });
  }

  async organizationsPage(filter: OrganizationFilter, take: number, after: CursorPosition | null): Promise<Page<OrganizationRow>> {
    const where: Prisma.OrganizationWhereInput = {
      ...(filter.kind ? { kind: filter.kind } : {}),
      ...(filter.country ? { countryCode: filter.country } : {}),
    };
    const [rows, totalCount] = await Promise.all([
      this.db.prisma.organization.findMany({ where: { AND: [where, afterSlug(after)] }, orderBy: [{ slug: 'asc' }, { id: 'asc' }], take }),
      this.db.prisma.organization.count({ where }),
    ]);
    return { rows, totalCount };
  }

  /** Published delegations of published editions each person heads or belongs to. */
  async delegationsByPersonIds(personIds: readonly string[]): Promise<Linked<DelegationRow>[]> {
    const visible: Prisma.DelegationWhereInput = { published: true, edition: { published: true, series: { published: true } } };
    const [memberships, headed] = await Promise.all([
      this.db.prisma.delegationMember.findMany({
        where: { personId: { in: [...personIds] }, delegation: visible },
        include: { delegation: true },
      }),
      this.db.prisma.delegation.findMany({ where: { headPersonId: { in: [...personIds] }, ...visible } }),
    ]);
    const links = new Map<string, Linked<DelegationRow>>();
    for (const m of memberships) links.set(`${m.personId}:${m.delegationId}`, { ownerId: m.personId, row: m.delegation });
    for (const d of headed) if (d.headPersonId) links.set(`${d.headPersonId}:${d.id}`, { ownerId: d.headPersonId, row: d });
    return [...links.values()].sort((a, b) => a.row.editionId.localeCompare(b.row.editionId) || a.row.protocolOrder - b.row.protocolOrder);
  }
}
