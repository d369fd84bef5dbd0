// Rules of the delegation mutations: one delegation per country and edition (a unique index),
// its head and members named by person slug (see person-refs for which people a series may
// name), members kept in protocol order. Every change is scoped to the delegation's edition.
import { Inject, Injectable } from '@nestjs/common';
import { Prisma, type Database } from '@caravan/db';
import { ZDelegationInput, ZDelegationMembersInput, type DelegationInput, type DelegationMembersInput } from '@caravan/forums';
import type { Scope } from '../../auth/policy/can.js';
import type { RequestAuth } from '../../auth/request-auth.js';
import type { DelegationRow } from '../../common/db-rows.js';
import { notFound } from '../../common/errors/app-error.js';
import { underInputSync } from '../../common/errors/translate-error.js';
import { parseInput } from '../../common/errors/parse-input.js';
import { DATABASE } from '../../config/config.tokens.js';
import { auditJson, snapshotOf } from '../../common/write/audit-snapshot.js';
import { currentValues, fromGraphQL, parseGraphQLInput, parsePatch } from '../../common/write/input-type.js';
import { MutationRunner } from '../../common/write/mutation-runner.js';
import { NEXT_VERSION, RowLocks } from '../../common/write/row-locks.js';
import { publishedChange, publishSpec } from '../../common/write/publishing.js';
import { ScopeResolver } from '../../common/write/scope-resolver.js';
import { idOf, resolvePeople, type PersonRef } from '../people/person-refs.js';
import type { CreateDelegationInput, DelegationMemberInput, UpdateDelegationInput } from './delegation.inputs.js';

const AUDIT = { entityType: 'Delegation' } as const;

type Members = { personId: string; role: Prisma.JsonValue; position: number }[];

const fields = snapshotOf<DelegationRow>(ZDelegationInput, ['headPersonId']);
const snapshot = (row: DelegationRow, members: Members) => auditJson({ ...(fields(row) as object), members });

type EditionScope = Scope & { editionId: string };

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
    private readonly locks: RowLocks,
  ) {}

  async create(auth: RequestAuth, seriesSlug: string, number: number, input: CreateDelegationInput): Promise<DelegationRow> {
    const scope = await this.scopes.edition(seriesSlug, number);
    return this.runner.run(auth, { action: 'delegation.edit', scope, audit: { action: 'create', ...AUDIT } }, async (tx) => {
      const parsed = parseGraphQLInput(ZDelegationInput, input);
      const people = await this.people(tx, scope, parsed);
      const row = await tx.delegation.create({ data: { ...this.columns(parsed, people), editionId: scope.editionId, published: parsed.published ?? false } });
      const members = await this.replaceMembers(tx, row.id, parsed.members ?? [], people);
      return { result: row, entityId: row.id, after: snapshot(row, members) };
    });
  }

  async update(auth: RequestAuth, id: string, input: UpdateDelegationInput, expectedVersion?: number | null): Promise<DelegationRow> {
    const { current: found, scope } = await this.find(id);
    return this.runner.run(auth, { action: 'delegation.edit', scope, audit: { action: 'update', ...AUDIT } }, async (tx) => {
      await this.locks.atVersion(tx, 'Delegation', found.id, expectedVersion);
      const current = await tx.delegation.findUniqueOrThrow({ where: { id: found.id } });
      const before = await currentMembers(tx, current.id);
      const head = current.headPersonId ? (await tx.person.findUniqueOrThrow({ where: { id: current.headPersonId }, select: { slug: true } })).slug : null;
      const parsed = parsePatch(ZDelegationInput, { ...currentValues(ZDelegationInput, current), head }, input);
      const people = await this.people(tx, scope, parsed);
      const row = await tx.delegation.update({ where: { id: current.id }, data: { ...NEXT_VERSION, ...this.columns(parsed, people) } });
      const after = parsed.members ? await this.replaceMembers(tx, row.id, parsed.members, people) : before;
      return { result: row, entityId: row.id, before: snapshot(current, before), after: snapshot(row, after) };
    });
  }

  async setMembers(auth: RequestAuth, id: string, input: readonly DelegationMemberInput[]): Promise<DelegationRow> {
    const { current, scope } = await this.find(id);
    return this.runner.run(auth, { action: 'delegation.edit', scope, audit: { action: 'update', ...AUDIT } }, async (tx) => {
      const members = underInputSync('members', () => parseInput(ZDelegationMembersInput, input.map((member) => fromGraphQL(ZDelegationMembersInput.element, member))));
      const before = await currentMembers(tx, current.id);
      const people = await this.people(tx, scope, { members });
      const after = await this.replaceMembers(tx, current.id, members, people);
      return { result: current, entityId: current.id, before: snapshot(current, before), after: snapshot(current, after) };
    });
  }

  async setPublished(auth: RequestAuth, id: string, published: boolean): Promise<DelegationRow> {
    const { current, scope } = await this.find(id);
    return this.runner.run(auth, publishSpec(published, scope, AUDIT.entityType), (tx) =>
      publishedChange(current, tx.delegation.update({ where: { id: current.id }, data: { published } })),
    );
  }

  async delete(auth: RequestAuth, id: string): Promise<string> {
    const { current, scope } = await this.find(id);
    return this.runner.run(auth, { action: 'delegation.edit', scope, audit: { action: 'delete', ...AUDIT } }, async (tx) => {
      const members = await currentMembers(tx, current.id);
      await tx.delegation.delete({ where: { id: current.id } });
      return { result: current.id, entityId: current.id, before: snapshot(current, members) };
    });
  }

  private async find(id: string): Promise<{ current: DelegationRow; scope: EditionScope }> {
    const current = await this.database.prisma.delegation.findUnique({ where: { id } });
    if (!current) throw notFound(`Delegation ${id}`, "Check the id in the edition's delegations.");
    return { current, scope: await this.scopes.ofEdition(current.editionId) };
  }

  private columns(input: DelegationInput, people: ReadonlyMap<string, string>) {
    return {
      countryCode: input.countryCode,
      name: input.name ?? Prisma.DbNull,
      headPersonId: input.head ? idOf(people, input.head) : null,
      protocolOrder: input.protocolOrder,
    };
  }

  private people(tx: Prisma.TransactionClient, scope: Scope, input: { head?: string | null; members?: DelegationMembersInput }) {
    const refs: PersonRef[] = [
      ...(input.head ? [{ slug: input.head, field: 'head' }] : []),
      ...(input.members ?? []).map((member, index) => ({ slug: member.person, field: `members.${index}.person` })),
    ];
    return resolvePeople(tx, scope.seriesId, refs);
  }

  private async replaceMembers(tx: Prisma.TransactionClient, delegationId: string, members: DelegationMembersInput, people: ReadonlyMap<string, string>): Promise<Members> {
    await tx.delegationMember.deleteMany({ where: { delegationId } });
    const rows = members.map((member, position) => ({ delegationId, personId: idOf(people, member.person), role: member.role ?? Prisma.DbNull, position }));
    if (rows.length) await tx.delegationMember.createMany({ data: rows });
    return currentMembers(tx, delegationId);
  }
}
