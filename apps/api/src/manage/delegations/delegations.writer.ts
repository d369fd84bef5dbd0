// Rules of the delegation mutations: one delegation per country and edition, its head and
// members named by person slug (see person-refs for which people a series may name), members
// kept in protocol order. Every change is scoped to the delegation's edition.
import { Inject, Injectable } from '@nestjs/common';
import { Prisma, type Database } from '@caravan/db';
import { ZDelegationInput, ZDelegationMembersInput, type DelegationMembersInput } from '@caravan/forums';
import { z } from 'zod';
import type { Scope } from '../../auth/policy/can.js';
import type { Viewer } from '../../auth/viewer.js';
import type { DelegationRow } from '../../common/db-rows.js';
import { NotFoundError } from '../../common/errors/domain-error.js';
import { parseInput } from '../../common/errors/parse-input.js';
import { DATABASE } from '../../config/config.tokens.js';
import { auditJson } from '../common/audit-snapshot.js';
import { badInput } from '../common/input-problems.js';
import { textRecord } from '../common/localized-text.input.js';
import { MutationRunner } from '../common/mutation-runner.js';
import { ScopeResolver } from '../common/scope-resolver.js';
import { idOf, resolvePeople, type PersonRef } from '../people/person-refs.js';
import type { CreateDelegationInput, DelegationMemberInput, UpdateDelegationInput } from './dto/delegation.input.js';

const AUDIT = { entityType: 'Delegation' } as const;

type Members = { personId: string; role: Prisma.JsonValue; position: number }[];

const snapshot = (row: DelegationRow, members: Members) =>
  auditJson({
    countryCode: row.countryCode,
    name: row.name,
    headPersonId: row.headPersonId,
    protocolOrder: row.protocolOrder,
    published: row.published,
    members,
  });

const memberRecords = (members: readonly DelegationMemberInput[] | null | undefined, field: string) =>
  members?.map((member, index) => ({ person: member.person, role: textRecord(member.role, `${field}.${index}.role`) }));

async function currentMembers(tx: Prisma.TransactionClient, delegationId: string): Promise<Members> {
  return tx.delegationMember.findMany({
    where: { delegationId },
    select: { personId: true, role: true, position: true },
    orderBy: [{ position: 'asc' }, { personId: 'asc' }],
  });
}

@Injectable()
export class DelegationsWriter {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly runner: MutationRunner,
    private readonly scopes: ScopeResolver,
  ) {}

  async create(viewer: Viewer, seriesSlug: string, number: number, input: CreateDelegationInput): Promise<DelegationRow> {
    const scope = await this.scopes.edition(seriesSlug, number);
    return this.runner.run(viewer, { action: 'delegation.edit', scope, audit: { action: 'create', ...AUDIT } }, async (tx) => {
      const parsed = parseInput(ZDelegationInput, {
        countryCode: input.countryCode,
        name: textRecord(input.name, 'name'),
        head: input.head,
        protocolOrder: input.protocolOrder,
        members: memberRecords(input.members, 'members'),
        published: input.published ?? undefined,
      });
      await this.refuseSecondDelegation(tx, scope.editionId, parsed.countryCode, null);
      const people = await this.people(tx, scope, parsed.head, parsed.members ?? [], 'members');
      const row = await tx.delegation.create({
        data: {
          editionId: scope.editionId,
          countryCode: parsed.countryCode,
          name: parsed.name ?? undefined,
          headPersonId: parsed.head ? idOf(people, parsed.head) : null,
          protocolOrder: parsed.protocolOrder,
          published: parsed.published ?? false,
        },
      });
      const members = await this.replaceMembers(tx, row.id, parsed.members ?? [], people);
      return { result: row, entityId: row.id, after: snapshot(row, members) };
    });
  }

  async update(viewer: Viewer, id: string, input: UpdateDelegationInput): Promise<DelegationRow> {
    const { current, scope } = await this.find(id);
    return this.runner.run(viewer, { action: 'delegation.edit', scope, audit: { action: 'update', ...AUDIT } }, async (tx) => {
      const before = await currentMembers(tx, current.id);
      const head = input.head === undefined ? await this.slugOf(tx, current.headPersonId) : input.head;
      const parsed = parseInput(ZDelegationInput, {
        countryCode: input.countryCode ?? current.countryCode,
        name: input.name === null ? null : (textRecord(input.name, 'name') ?? current.name ?? undefined),
        head,
        protocolOrder: input.protocolOrder ?? current.protocolOrder,
        members: memberRecords(input.members, 'members'),
      });
      await this.refuseSecondDelegation(tx, scope.editionId, parsed.countryCode, current.id);
      const people = await this.people(tx, scope, parsed.head, parsed.members ?? [], 'members');
      const row = await tx.delegation.update({
        where: { id: current.id },
        data: {
          countryCode: parsed.countryCode,
          name: parsed.name ?? Prisma.DbNull,
          headPersonId: parsed.head ? idOf(people, parsed.head) : null,
          protocolOrder: parsed.protocolOrder,
        },
      });
      const after = parsed.members ? await this.replaceMembers(tx, row.id, parsed.members, people) : before;
      return { result: row, entityId: row.id, before: snapshot(current, before), after: snapshot(row, after) };
    });
  }

  async setMembers(viewer: Viewer, id: string, members: readonly DelegationMemberInput[]): Promise<DelegationRow> {
    const { current, scope } = await this.find(id);
    return this.runner.run(viewer, { action: 'delegation.edit', scope, audit: { action: 'update', ...AUDIT } }, async (tx) => {
      const { members: parsed } = parseInput(z.object({ members: ZDelegationMembersInput }), { members: memberRecords(members, 'members') });
      const before = await currentMembers(tx, current.id);
      const people = await this.people(tx, scope, null, parsed, 'members');
      const after = await this.replaceMembers(tx, current.id, parsed, people);
      return { result: current, entityId: current.id, before: snapshot(current, before), after: snapshot(current, after) };
    });
  }

  async setPublished(viewer: Viewer, id: string, published: boolean): Promise<DelegationRow> {
    const { current, scope } = await this.find(id);
    const spec = { action: published ? 'content.publish' : 'content.unpublish', scope, audit: { action: published ? 'publish' : 'unpublish', ...AUDIT } } as const;
    return this.runner.run(viewer, spec, async (tx) => {
      const row = await tx.delegation.update({ where: { id: current.id }, data: { published } });
      return { result: row, entityId: row.id, before: { published: current.published }, after: { published: row.published } };
    });
  }

  async delete(viewer: Viewer, id: string): Promise<string> {
    const { current, scope } = await this.find(id);
    return this.runner.run(viewer, { action: 'delegation.edit', scope, audit: { action: 'delete', ...AUDIT } }, async (tx) => {
      const members = await currentMembers(tx, current.id);
      await tx.delegation.delete({ where: { id: current.id } });
      return { result: current.id, entityId: current.id, before: snapshot(current, members) };
    });
  }

  private async find(id: string): Promise<{ current: DelegationRow; scope: Scope & { editionId: string } }> {
    const current = await this.database.prisma.delegation.findUnique({ where: { id } });
    if (!current) throw new NotFoundError(`Delegation ${id}`, 'Check the id in the edition\'s delegations.');
    return { current, scope: await this.scopes.ofEdition(current.editionId) };
  }

  private async refuseSecondDelegation(tx: Prisma.TransactionClient, editionId: string, countryCode: string, except: string | null): Promise<void> {
    const other = await tx.delegation.findFirst({ where: { editionId, countryCode, ...(except ? { id: { not: except } } : {}) }, select: { id: true } });
    if (other) throw badInput('countryCode', `${countryCode} already has a delegation (${other.id}) in this edition; edit that one instead`);
  }

  private async slugOf(tx: Prisma.TransactionClient, personId: string | null): Promise<string | null> {
    if (personId === null) return null;
    return (await tx.person.findUniqueOrThrow({ where: { id: personId }, select: { slug: true } })).slug;
  }

  private people(tx: Prisma.TransactionClient, scope: Scope, head: string | null | undefined, members: DelegationMembersInput, field: string) {
    const refs: PersonRef[] = [
      ...(head ? [{ slug: head, field: 'head' }] : []),
      ...members.map((member, index) => ({ slug: member.person, field: `${field}.${index}.person` })),
    ];
    return resolvePeople(tx, scope.seriesId, refs);
  }

  private async replaceMembers(tx: Prisma.TransactionClient, delegationId: string, members: DelegationMembersInput, people: Map<string, string>): Promise<Members> {
    await tx.delegationMember.deleteMany({ where: { delegationId } });
    const rows = members.map((member, position) => ({
      delegationId,
      personId: idOf(people, member.person),
      role: member.role ?? Prisma.DbNull,
      position,
    }));
    if (rows.length) await tx.delegationMember.createMany({ data: rows });
    return currentMembers(tx, delegationId);
  }
}
