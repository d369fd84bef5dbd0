// Rules of the indicator mutations. An indicator belongs to the series that created it; its
// values are figures per period (each period once, held by a unique index), kept as decimal
// strings end to end so that no digit is lost to floating point.
import { Inject, Injectable } from '@nestjs/common';
import { Prisma, type Database } from '@caravan/db';
import { dateColumn } from '@caravan/db/read-models';
import { ZIndicatorInput, ZIndicatorValueInput, type IndicatorInput, type IndicatorValueInput as ParsedValue } from '@caravan/forums';
import type { RequestAuth } from '../../auth/request-auth.js';
import { notFound } from '../../common/errors/app-error.js';
import { underInput } from '../../common/errors/translate-error.js';
import { DATABASE } from '../../config/config.tokens.js';
import type { IndicatorRow, IndicatorValueRow } from '../../indicators/indicators.repository.js';
import { auditJson, snapshotOf } from '../../common/write/audit-snapshot.js';
import { currentValues, parseGraphQLInput, parsePatch } from '../../common/write/input-type.js';
import { MutationRunner } from '../../common/write/mutation-runner.js';
import { NEXT_VERSION, RowLocks } from '../../common/write/row-locks.js';
import { ScopeResolver } from '../../common/write/scope-resolver.js';
import { ownerScope } from '../people/owner-scope.js';
import { ZIndicatorCreateInput, type CreateIndicatorInput, type IndicatorValueInput, type UpdateIndicatorInput } from './indicator.inputs.js';

const AUDIT = { entityType: 'Indicator' } as const;
// Indicators are series-level facts, not part of an edition's programme: series admins edit them.
const ACTION = 'series.update';

const snapshot = snapshotOf<IndicatorRow>(ZIndicatorInput, ['seriesId']);
const valueSnapshot = snapshotOf<IndicatorValueRow>(ZIndicatorValueInput);

const columns = (input: IndicatorInput) => ({
  name: input.name,
  unit: input.unit,
  description: input.description ?? Prisma.DbNull,
  source: input.source ?? Prisma.DbNull,
  countryCodes: input.countryCodes,
});

const valueColumns = (value: ParsedValue) => ({
  period: value.period,
  periodStart: dateColumn(value.periodStart),
  periodEnd: dateColumn(value.periodEnd),
  value: new Prisma.Decimal(value.value),
  qualifier: value.qualifier ?? null,
  note: value.note ?? Prisma.DbNull,
});

@Injectable()
export class IndicatorsWriter {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly runner: MutationRunner,
    private readonly scopes: ScopeResolver,
    private readonly locks: RowLocks,
  ) {}

  async create(auth: RequestAuth, seriesSlug: string, input: CreateIndicatorInput): Promise<IndicatorRow> {
    const scope = await this.scopes.series(seriesSlug);
    return this.runner.run(auth, { action: ACTION, scope, audit: { action: 'create', ...AUDIT } }, async (tx) => {
      const { values = [], ...parsed } = parseGraphQLInput(ZIndicatorCreateInput, input);
      const row = await tx.indicator.create({ data: { slug: parsed.slug, ...columns(parsed), seriesId: scope.seriesId } });
      if (values.length) await tx.indicatorValue.createMany({ data: values.map((value) => ({ indicatorId: row.id, ...valueColumns(value) })) });
      const saved = await tx.indicatorValue.findMany({ where: { indicatorId: row.id }, orderBy: { periodStart: 'asc' } });
      return { result: row, entityId: row.id, after: auditJson({ ...(snapshot(row) as object), values: saved.map(valueSnapshot) }) };
    });
  }

  async update(auth: RequestAuth, slug: string, input: UpdateIndicatorInput, expectedVersion?: number | null): Promise<IndicatorRow> {
    const found = await this.find(slug);
    return this.runner.run(auth, { action: ACTION, scope: ownerScope(found.seriesId), audit: { action: 'update', ...AUDIT } }, async (tx) => {
      await this.locks.atVersion(tx, 'Indicator', found.id, expectedVersion);
      const current = await tx.indicator.findUniqueOrThrow({ where: { id: found.id } });
      const parsed = parsePatch(ZIndicatorInput, currentValues(ZIndicatorInput, current), input);
      const row = await tx.indicator.update({ where: { id: current.id }, data: { ...NEXT_VERSION, ...columns(parsed) } });
      return { result: row, entityId: row.id, before: snapshot(current), after: snapshot(row) };
    });
  }

  async addValue(auth: RequestAuth, slug: string, input: IndicatorValueInput): Promise<IndicatorRow> {
    const current = await this.find(slug);
    return this.runner.run(auth, { action: ACTION, scope: ownerScope(current.seriesId), audit: { action: 'update', ...AUDIT } }, async (tx) => {
      const saved = await underInput('value', async () => {
        const value = parseGraphQLInput(ZIndicatorValueInput, input);
        return tx.indicatorValue.create({ data: { indicatorId: current.id, ...valueColumns(value) } });
      });
      return { result: current, entityId: current.id, after: auditJson({ addedValue: valueSnapshot(saved) }) };
    });
  }

  private async find(slug: string): Promise<IndicatorRow> {
    const row = await this.database.prisma.indicator.findUnique({ where: { slug } });
    if (!row) throw notFound(`Indicator "${slug}"`, 'Check the slug in the indicators list.');
    return row;
  }
}
