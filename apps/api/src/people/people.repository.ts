// Reads of people, organizations and delegations. Only published people and delegations reach
// visitors; organizations are public by nature.
import { Inject, Injectable } from '@nestjs/common';
import type { Database, Prisma } from '@caravan/db';
import { visible, VISITOR } from '@caravan/db/read-models';
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
    return this.db.prisma.person.findMany({ where: { id: { in: [...ids] }, ...visible('person', VISITOR) } });
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
      where: { editionId: { in: [...editionIds] }, ...visible('delegation', VISITOR) },
      orderBy: [{ protocolOrder: 'asc' }, { countryCode: 'asc' }],
    });
  }

  async delegationMembers(delegationIds: readonly string[]): Promise<Linked<PersonRow>[]> {
    const members = await this.db.prisma.delegationMember.findMany({
      where: { delegationId: { in: [...delegationIds] }, person: visible('person', VISITOR) },
      include: { person: true },
      orderBy: [{ position: 'asc' }, { personId: 'asc' }],
    });
    return members.map((member) => ({ ownerId: member.delegationId, row: member.person }));
  }

  /** Published people who appear in a published series: speakers, delegates, statement authors. */
  async peoplePage(seriesSlug: string, filter: PeopleFilter, take: number, after: CursorPosition | null): Promise<Page<PersonRow>> {
    const inSeries = { edition: { series: { slug: seriesSlug } } };
    const where: Prisma.PersonWhereInput = {
      AND: [
        visible('person', VISITOR),
        {
          OR: [
            { sessions: { some: { session: { AND: [visible('session', VISITOR), inSeries] } } } },
            { memberships: { some: { delegation: { AND: [visible('delegation', VISITOR), inSeries] } } } },
            { delegationsLed: { some: { AND: [visible('delegation', VISITOR), inSeries] } } },
            { statements: { some: { AND: [visible('statement', VISITOR), inSeries] } } },
          ],
        },
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
    return this.db.prisma.person.findFirst({ where: { slug, ...visible('person', VISITOR) } });
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
    const shown = visible('delegation', VISITOR);
    const [memberships, headed] = await Promise.all([
      this.db.prisma.delegationMember.findMany({
        where: { personId: { in: [...personIds] }, delegation: shown },
        include: { delegation: true },
      }),
      this.db.prisma.delegation.findMany({ where: { headPersonId: { in: [...personIds] }, ...shown } }),
    ]);
    const links = new Map<string, Linked<DelegationRow>>();
    for (const m of memberships) links.set(`${m.personId}:${m.delegationId}`, { ownerId: m.personId, row: m.delegation });
    for (const d of headed) if (d.headPersonId) links.set(`${d.headPersonId}:${d.id}`, { ownerId: d.headPersonId, row: d });
    return [...links.values()].sort((a, b) => a.row.editionId.localeCompare(b.row.editionId) || a.row.protocolOrder - b.row.protocolOrder);
  }
}
