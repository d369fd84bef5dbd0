// Rules of the edition mutations: create (number unique per series), update (sessions must
// stay inside the dates), status changes only along the edition lifecycle of @caravan/forums,
// publish and unpublish. Every change commits with its audit row through MutationRunner.
import { Injectable } from '@nestjs/common';
import type { Prisma } from '@caravan/db';
import { dateColumn } from '@caravan/db/read-models';
import { transitionEdition, ZEditionInput, type EditionInput, type EditionStatus } from '@caravan/forums';
import type { RequestAuth } from '../../auth/request-auth.js';
import type { EditionRow } from '../../common/db-rows.js';
import { badField } from '../../common/errors/app-error.js';
import { inField } from '../../common/errors/translate-error.js';
import { snapshotOf } from '../../common/write/audit-snapshot.js';
import { currentValues, parseGraphQLInput, parsePatch } from '../../common/write/input-type.js';
import { MutationRunner } from '../../common/write/mutation-runner.js';
import { publishedChange, publishSpec } from '../../common/write/publishing.js';
import { NEXT_VERSION, RowLocks } from '../../common/write/row-locks.js';
import { ScopeResolver } from '../../common/write/scope-resolver.js';
import { assertNoConflicts, programmeForRules } from '../programme/programme-check.js';
import type { CreateEditionInput, UpdateEditionInput } from './edition.inputs.js';

const snapshot = snapshotOf<EditionRow>(ZEditionInput);

function columns(input: EditionInput) {
  return {
    theme: input.theme,
    description: input.description ?? {},
    startDate: dateColumn(input.startDate),
    endDate: dateColumn(input.endDate),
    timeZone: input.timeZone,
    hostCity: input.hostCity,
    hostCountryCode: input.hostCountryCode ?? null,
    hostSubdivisionId: input.hostSubdivisionId ?? null,
    workingLanguages: input.workingLanguages,
    attendance: input.attendance ?? null,
  } satisfies Prisma.EditionUncheckedUpdateInput;
}

/** Catalogue references are checked here so a typo is a field problem, not a database error. */
async function assertHostKnown(tx: Prisma.TransactionClient, input: EditionInput): Promise<void> {
  if (input.hostSubdivisionId) {
    const unit = await tx.subnationalUnit.findUnique({ where: { id: input.hostSubdivisionId }, select: { countryCode: true } });
    if (!unit) throw badField('hostSubdivisionId', `"${input.hostSubdivisionId}" is not in the catalogue (e.g. CN-NX)`);
    if (input.hostCountryCode && unit.countryCode !== input.hostCountryCode) {
      throw badField('hostSubdivisionId', `"${input.hostSubdivisionId}" is in ${unit.countryCode}, not in hostCountryCode ${input.hostCountryCode}`);
    }
  }
}

@Injectable()
export class EditionsWriter {
  constructor(
    private readonly runner: MutationRunner,
    private readonly scopes: ScopeResolver,
    private readonly locks: RowLocks,
  ) {}

  async create(auth: RequestAuth, seriesSlug: string, input: CreateEditionInput): Promise<EditionRow> {
    const scope = await this.scopes.series(seriesSlug);
    return this.runner.run(auth, { action: 'edition.create', scope, audit: { action: 'create', entityType: 'Edition' } }, async (tx) => {
      const parsed = parseGraphQLInput(ZEditionInput, input);
      await assertHostKnown(tx, parsed);
      const row = await tx.edition.create({
        data: { ...columns(parsed), seriesId: scope.seriesId, number: parsed.number, status: parsed.status ?? 'PROPOSED', published: parsed.published ?? false },
      });
      return { result: row, entityId: row.id, after: snapshot(row), auditScope: { seriesId: scope.seriesId, editionId: row.id } };
    });
  }

  async update(auth: RequestAuth, seriesSlug: string, number: number, input: UpdateEditionInput, expectedVersion?: number | null): Promise<EditionRow> {
    const scope = await this.scopes.edition(seriesSlug, number);
    return this.runner.run(auth, { action: 'edition.update', scope, audit: { action: 'update', entityType: 'Edition' } }, async (tx) => {
      await this.locks.atVersion(tx, 'Edition', scope.editionId, expectedVersion);
      const current = await tx.edition.findUniqueOrThrow({ where: { id: scope.editionId } });
      const parsed = parsePatch(ZEditionInput, currentValues(ZEditionInput, current), input);
      await assertHostKnown(tx, parsed);
      const data = columns(parsed);
      // New dates or a new time zone must still hold every planned session. Overlaps do not
      // depend on the dates, so only sessions left outside count against this change.
      const calendar = { startDate: data.startDate, endDate: data.endDate, timeZone: data.timeZone };
      const fields = { OUTSIDE_EDITION_DATES: 'startDate', ENDS_BEFORE_START: 'startDate', ROOM_OVERLAP: 'startDate', SPEAKER_OVERLAP: 'startDate' } as const;
      assertNoConflicts(await programmeForRules(tx, { id: current.id, seriesId: current.seriesId }), calendar, 'all', fields, ['OUTSIDE_EDITION_DATES']);
      const row = await tx.edition.update({ where: { id: current.id }, data: { ...NEXT_VERSION, ...data } });
      return { result: row, entityId: row.id, before: snapshot(current), after: snapshot(row) };
    });
  }

  async transition(auth: RequestAuth, seriesSlug: string, number: number, to: EditionStatus): Promise<EditionRow> {
    const scope = await this.scopes.edition(seriesSlug, number);
    return this.runner.run(auth, { action: 'edition.update', scope, audit: { action: 'update', entityType: 'Edition' } }, async (tx) => {
      // Two transitions from the same status must not both pass: the second waits, then reads the first's result.
      await this.locks.lock(tx, 'Edition', [scope.editionId]);
      const current = await tx.edition.findUniqueOrThrow({ where: { id: scope.editionId } });
      const status = inField('to', () => transitionEdition(current.status, to));
      const row = await tx.edition.update({ where: { id: current.id }, data: { status } });
      return { result: row, entityId: row.id, before: { status: current.status }, after: { status: row.status } };
    });
  }

  async setPublished(auth: RequestAuth, seriesSlug: string, number: number, published: boolean): Promise<EditionRow> {
    const scope = await this.scopes.edition(seriesSlug, number);
    return this.runner.run(auth, publishSpec(published, scope, 'Edition'), async (tx) => {
      const current = await tx.edition.findUniqueOrThrow({ where: { id: scope.editionId } });
      return publishedChange(current, tx.edition.update({ where: { id: current.id }, data: { published } }));
    });
  }
}
