// Rules of the edition mutations: create (number unique per series), update (sessions must
// stay inside the dates), status changes only along the edition lifecycle of @caravan/forums,
// publish and unpublish. Every change commits with its audit row through MutationRunner.
import { Injectable } from '@nestjs/common';
import { ForumRuleError, nextEditionStatuses, transitionEdition, ZEditionInput, type EditionInput, type EditionStatus } from '@caravan/forums';
import type { Prisma } from '@caravan/db';
import type { EditionRow } from '../../common/db-rows.js';
import { parseInput } from '../../common/errors/parse-input.js';
import type { Viewer } from '../../auth/viewer.js';
import { auditJson } from '../common/audit-snapshot.js';
import { badInput } from '../common/input-problems.js';
import { textRecord } from '../common/localized-text.input.js';
import { MutationRunner } from '../common/mutation-runner.js';
import { ScopeResolver } from '../common/scope-resolver.js';
import { assertNoConflicts, loadProgramme, localDateOf } from '../programme/programme-check.js';
import type { CreateEditionInput, UpdateEditionInput } from './dto/edition.input.js';

const dateColumn = (value: string | null | undefined): Date | null => (value ? new Date(`${value}T00:00:00Z`) : null);

const snapshot = (row: EditionRow) =>
  auditJson({
    number: row.number,
    theme: row.theme,
    description: row.description,
    status: row.status,
    startDate: row.startDate ? localDateOf(row.startDate) : null,
    endDate: row.endDate ? localDateOf(row.endDate) : null,
    timeZone: row.timeZone,
    hostCity: row.hostCity,
    hostCountryCode: row.hostCountryCode,
    hostSubdivisionId: row.hostSubdivisionId,
    workingLanguages: row.workingLanguages,
    attendance: row.attendance,
    published: row.published,
  });

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
    if (!unit) throw badInput('hostSubdivisionId', `"${input.hostSubdivisionId}" is not in the catalogue (e.g. CN-NX)`);
    if (input.hostCountryCode && unit.countryCode !== input.hostCountryCode) {
      throw badInput('hostSubdivisionId', `"${input.hostSubdivisionId}" is in ${unit.countryCode}, not in hostCountryCode ${input.hostCountryCode}`);
    }
  }
}

@Injectable()
export class EditionsWriter {
  constructor(
    private readonly runner: MutationRunner,
    private readonly scopes: ScopeResolver,
  ) {}

  async create(viewer: Viewer, seriesSlug: string, input: CreateEditionInput): Promise<EditionRow> {
    const scope = await this.scopes.series(seriesSlug);
    return this.runner.run(viewer, { action: 'edition.create', scope, audit: { action: 'create', entityType: 'Edition' } }, async (tx) => {
      const parsed = parseInput(ZEditionInput, {
        number: input.number,
        theme: textRecord(input.theme, 'theme'),
        description: textRecord(input.description, 'description'),
        status: input.status ?? undefined,
        startDate: input.startDate,
        endDate: input.endDate,
        timeZone: input.timeZone,
        hostCity: textRecord(input.hostCity, 'hostCity'),
        hostCountryCode: input.hostCountryCode ?? undefined,
        hostSubdivisionId: input.hostSubdivisionId ?? undefined,
        workingLanguages: input.workingLanguages,
        attendance: input.attendance ?? undefined,
        published: input.published ?? undefined,
      });
      const taken = await tx.edition.findUnique({ where: { seriesId_number: { seriesId: scope.seriesId, number: parsed.number } }, select: { id: true } });
      if (taken) {
        throw badInput('number', `${parsed.number} is already an edition of series "${seriesSlug}"; each edition number is used once per series`);
      }
      await assertHostKnown(tx, parsed);
      const row = await tx.edition.create({
        data: {
          ...columns(parsed),
          seriesId: scope.seriesId,
          number: parsed.number,
          status: parsed.status ?? 'PROPOSED',
          published: parsed.published ?? false,
        },
      });
      return { result: row, entityId: row.id, after: snapshot(row), auditScope: { seriesId: scope.seriesId, editionId: row.id } };
    });
  }

  async update(viewer: Viewer, seriesSlug: string, number: number, input: UpdateEditionInput): Promise<EditionRow> {
    const scope = await this.scopes.edition(seriesSlug, number);
    return this.runner.run(viewer, { action: 'edition.update', scope, audit: { action: 'update', entityType: 'Edition' } }, async (tx) => {
      const current = await tx.edition.findUniqueOrThrow({ where: { id: scope.editionId } });
      const keep = <T>(given: T | null | undefined, existing: T): T => (given === undefined || given === null ? existing : given);
      const parsed = parseInput(ZEditionInput, {
        number: current.number,
        theme: textRecord(input.theme, 'theme') ?? current.theme,
        description: textRecord(input.description, 'description') ?? current.description,
        startDate: keep(input.startDate, current.startDate ? localDateOf(current.startDate) : null),
        endDate: keep(input.endDate, current.endDate ? localDateOf(current.endDate) : null),
        timeZone: keep(input.timeZone, current.timeZone),
        hostCity: textRecord(input.hostCity, 'hostCity') ?? current.hostCity,
        hostCountryCode: keep(input.hostCountryCode, current.hostCountryCode) ?? undefined,
        hostSubdivisionId: keep(input.hostSubdivisionId, current.hostSubdivisionId) ?? undefined,
        workingLanguages: keep(input.workingLanguages, current.workingLanguages),
        attendance: keep(input.attendance, current.attendance) ?? undefined,
      });
      await assertHostKnown(tx, parsed);
      const data = columns(parsed);
      // New dates or a new time zone must still hold every planned session. Overlaps do not
      // depend on the dates, so only sessions left outside count against this change.
      const calendar = { startDate: data.startDate, endDate: data.endDate, timeZone: data.timeZone };
      const fields = { OUTSIDE_EDITION_DATES: 'startDate', ENDS_BEFORE_START: 'startDate', ROOM_OVERLAP: 'startDate', SPEAKER_OVERLAP: 'startDate' } as const;
      assertNoConflicts(await loadProgramme(tx, current.id), calendar, 'all', fields, ['OUTSIDE_EDITION_DATES']);
      const row = await tx.edition.update({ where: { id: current.id }, data });
      return { result: row, entityId: row.id, before: snapshot(current), after: snapshot(row) };
    });
  }

  async transition(viewer: Viewer, seriesSlug: string, number: number, to: EditionStatus): Promise<EditionRow> {
    const scope = await this.scopes.edition(seriesSlug, number);
    return this.runner.run(viewer, { action: 'edition.update', scope, audit: { action: 'update', entityType: 'Edition' } }, async (tx) => {
      const current = await tx.edition.findUniqueOrThrow({ where: { id: scope.editionId } });
      let status: EditionStatus;
      try {
        status = transitionEdition(current.status, to);
      } catch (error) {
        if (!(error instanceof ForumRuleError)) throw error;
        const next = nextEditionStatuses(current.status);
        throw badInput(
          'to',
          `cannot move edition ${number} from ${current.status} to ${to}; ${next.length ? `from ${current.status} it can move to ${next.join(' or ')}` : `${current.status} is final`}`,
        );
      }
      const row = await tx.edition.update({ where: { id: current.id }, data: { status } });
      return { result: row, entityId: row.id, before: { status: current.status }, after: { status: row.status } };
    });
  }

  async setPublished(viewer: Viewer, seriesSlug: string, number: number, published: boolean): Promise<EditionRow> {
    const scope = await this.scopes.edition(seriesSlug, number);
    const spec = {
      action: published ? 'content.publish' : 'content.unpublish',
      scope,
      audit: { action: published ? 'publish' : 'unpublish', entityType: 'Edition' },
    } as const;
    return this.runner.run(viewer, spec, async (tx) => {
      const current = await tx.edition.findUniqueOrThrow({ where: { id: scope.editionId } });
      const row = await tx.edition.update({ where: { id: current.id }, data: { published } });
      return { result: row, entityId: row.id, before: { published: current.published }, after: { published: row.published } };
    });
  }
}
