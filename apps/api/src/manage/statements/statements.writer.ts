// Rules of the statement mutations: a statement is attributed to a person the series may name
// and, optionally, to a session of the same edition. Scoped to the statement's edition.
import { Inject, Injectable } from '@nestjs/common';
import type { Database, Prisma } from '@caravan/db';
import { ZStatementInput, type StatementInput } from '@caravan/forums';
import type { Scope } from '../../auth/policy/can.js';
import type { RequestAuth } from '../../auth/request-auth.js';
import { badField, notFound } from '../../common/errors/app-error.js';
import { DATABASE } from '../../config/config.tokens.js';
import type { StatementRow } from '../../statements/statements.repository.js';
import { snapshotOf } from '../../common/write/audit-snapshot.js';
import { parseGraphQLInput, parsePatch } from '../../common/write/input-type.js';
import { MutationRunner } from '../../common/write/mutation-runner.js';
import { NEXT_VERSION, RowLocks } from '../../common/write/row-locks.js';
import { publishedChange, publishSpec } from '../../common/write/publishing.js';
import { ScopeResolver } from '../../common/write/scope-resolver.js';
import { idOf, resolvePeople } from '../people/person-refs.js';
import type { CreateStatementInput, UpdateStatementInput } from './statement.inputs.js';

const AUDIT = { entityType: 'Statement' } as const;

const snapshot = snapshotOf<StatementRow>(ZStatementInput, ['personId', 'sessionId']);

type EditionScope = Scope & { editionId: string };

async function columns(tx: Prisma.TransactionClient, scope: EditionScope, input: StatementInput) {
  const people = await resolvePeople(tx, scope.seriesId, [{ slug: input.person, field: 'person' }]);
  let sessionId: string | null = null;
  if (input.session) {
    const session = await tx.session.findUnique({ where: { editionId_slug: { editionId: scope.editionId, slug: input.session } }, select: { id: true } });
    if (!session) throw badField('session', `names no session "${input.session}" in this edition; check the slug in the programme`);
    sessionId = session.id;
  }
  return { personId: idOf(people, input.person), sessionId, summary: input.summary };
}

@Injectable()
export class StatementsWriter {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly runner: MutationRunner,
    private readonly scopes: ScopeResolver,
    private readonly locks: RowLocks,
  ) {}

  async create(auth: RequestAuth, seriesSlug: string, number: number, input: CreateStatementInput): Promise<StatementRow> {
    const scope = await this.scopes.edition(seriesSlug, number);
    return this.runner.run(auth, { action: 'statement.edit', scope, audit: { action: 'create', ...AUDIT } }, async (tx) => {
      const parsed = parseGraphQLInput(ZStatementInput, input);
      const row = await tx.statement.create({ data: { editionId: scope.editionId, ...(await columns(tx, scope, parsed)), published: parsed.published ?? false } });
      return { result: row, entityId: row.id, after: snapshot(row) };
    });
  }

  async update(auth: RequestAuth, id: string, input: UpdateStatementInput, expectedVersion?: number | null): Promise<StatementRow> {
    const { current: found, scope } = await this.find(id);
    return this.runner.run(auth, { action: 'statement.edit', scope, audit: { action: 'update', ...AUDIT } }, async (tx) => {
      await this.locks.atVersion(tx, 'Statement', found.id, expectedVersion);
      const current = await tx.statement.findUniqueOrThrow({ where: { id: found.id } });
      const person = (await tx.person.findUniqueOrThrow({ where: { id: current.personId }, select: { slug: true } })).slug;
      const session = current.sessionId ? (await tx.session.findUniqueOrThrow({ where: { id: current.sessionId }, select: { slug: true } })).slug : null;
      const parsed = parsePatch(ZStatementInput, { person, session, summary: current.summary }, input);
      const row = await tx.statement.update({ where: { id: current.id }, data: { ...NEXT_VERSION, ...await columns(tx, scope, parsed) } });
      return { result: row, entityId: row.id, before: snapshot(current), after: snapshot(row) };
    });
  }

  async setPublished(auth: RequestAuth, id: string, published: boolean): Promise<StatementRow> {
    const { current, scope } = await this.find(id);
    return this.runner.run(auth, publishSpec(published, scope, AUDIT.entityType), (tx) =>
      publishedChange(current, tx.statement.update({ where: { id: current.id }, data: { published } })),
    );
  }

  async delete(auth: RequestAuth, id: string): Promise<string> {
    const { current, scope } = await this.find(id);
    return this.runner.run(auth, { action: 'statement.edit', scope, audit: { action: 'delete', ...AUDIT } }, async (tx) => {
      await tx.statement.delete({ where: { id: current.id } });
      return { result: current.id, entityId: current.id, before: snapshot(current) };
    });
  }

  private async find(id: string): Promise<{ current: StatementRow; scope: EditionScope }> {
    const current = await this.database.prisma.statement.findUnique({ where: { id } });
    if (!current) throw notFound(`Statement ${id}`, "Check the id in the edition's statements.");
    return { current, scope: await this.scopes.ofEdition(current.editionId) };
  }
}
