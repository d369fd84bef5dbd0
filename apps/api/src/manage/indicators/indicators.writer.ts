// Rules of the indicator mutations. An indicator belongs to the series that created it; its
// values are figures per period (each period once), kept as decimal strings end to end so
// that no digit is lost to floating point.
import { Inject, Injectable } from '@nestjs/common';
import { Prisma, type Database } from '@caravan/db';
import { ZIndicatorInput, ZIndicatorValueInput, type IndicatorInput, type IndicatorValueInput as ParsedValue } from '@caravan/forums';
import { z } from 'zod';
import type { Viewer } from '../../auth/viewer.js';
import { NotFoundError } from '../../common/errors/domain-error.js';
import { parseInput } from '../../common/errors/parse-input.js';
import { DATABASE } from '../../config/config.tokens.js';
import type { IndicatorRow, IndicatorValueRow } from '../../indicators/indicators.repository.js';
import { auditJson } from '../common/audit-snapshot.js';
import { badInput } from '../common/input-problems.js';
import { textRecord } from '../common/localized-text.input.js';
import { MutationRunner } from '../common/mutation-runner.js';
import { ScopeResolver } from '../common/scope-resolver.js';
import { ownerScope } from '../people/owner-scope.js';
import type { CreateIndicatorInput, IndicatorValueInput, UpdateIndicatorInput } from './dto/indicator.input.js';

const AUDIT = { entityType: 'Indicator' } as const;
// Indicators are series-level facts, not part of an edition's programme: series admins edit them.
const ACTION = 'series.update';

// Wrapped in an object so that errors name the input field: values.1.period.
const ZValues = z.object({
  values: z.array(ZIndicatorValueInput).superRefine((values, ctx) => {
    const seen = new Set<string>();
    values.forEach((value, index) => {
      if (seen.has(value.period)) ctx.addIssue({ code: 'custom', path: [index, 'period'], message: `gives period ${value.period} twice` });
      seen.add(value.period);
    });
  }),
});

const fields = (row: IndicatorRow) => ({
  slug: row.slug,
  name: row.name,
  unit: row.unit,
  description: row.description,
  source: row.source,
  countryCodes: row.countryCodes,
  seriesId: row.seriesId,
});
const snapshot = (row: IndicatorRow) => auditJson(fields(row));

const valueSnapshot = (row: IndicatorValueRow) =>
  auditJson({ period: row.period, periodStart: row.periodStart, periodEnd: row.periodEnd, value: row.value.toFixed(2), qualifier: row.qualifier, note: row.note });

const columns = (input: IndicatorInput) => ({
  name: input.name,
  unit: input.unit,
  description: input.description ?? Prisma.DbNull,
  source: input.source ?? Prisma.DbNull,
  countryCodes: input.countryCodes,
});

const day = (date: string) => new Date(`${date}T00:00:00Z`);

const valueColumns = (value: ParsedValue) => ({
  period: value.period,
  periodStart: day(value.periodStart),
  periodEnd: day(value.periodEnd),
  value: new Prisma.Decimal(value.value),
  qualifier: value.qualifier ?? null,
  note: value.note ?? Prisma.DbNull,
});

const valueRecord = (value: IndicatorValueInput, field: string) => ({ ...value, note: textRecord(value.note, `${field}.note`) });

@Injectable()
export class IndicatorsWriter {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly runner: MutationRunner,
    private readonly scopes: ScopeResolver,
  ) {}

  async create(viewer: Viewer, seriesSlug: string, input: CreateIndicatorInput): Promise<IndicatorRow> {
    const scope = await this.scopes.series(seriesSlug);
    return this.runner.run(viewer, { action: ACTION, scope, audit: { action: 'create', ...AUDIT } }, async (tx) => {
      const parsed = parseInput(ZIndicatorInput, {
        slug: input.slug,
        name: textRecord(input.name, 'name'),
        unit: input.unit,
        description: textRecord(input.description, 'description'),
        source: textRecord(input.source, 'source'),
        countryCodes: input.countryCodes,
      });
      const { values } = parseInput(ZValues, { values: (input.values ?? []).map((value, index) => valueRecord(value, `values.${index}`)) });
      if (await tx.indicator.findUnique({ where: { slug: parsed.slug }, select: { id: true } })) {
        throw badInput('slug', `"${parsed.slug}" is already the slug of an indicator; choose another, or edit that one`);
      }
      const row = await tx.indicator.create({ data: { slug: parsed.slug, ...columns(parsed), seriesId: scope.seriesId } });
      if (values.length) await tx.indicatorValue.createMany({ data: values.map((value) => ({ indicatorId: row.id, ...valueColumns(value) })) });
      const saved = await tx.indicatorValue.findMany({ where: { indicatorId: row.id }, orderBy: { periodStart: 'asc' } });
      return { result: row, entityId: row.id, after: auditJson({ ...fields(row), values: saved.map(valueSnapshot) }) };
    });
  }

  async update(viewer: Viewer, slug: string, input: UpdateIndicatorInput): Promise<IndicatorRow> {
    const current = await this.find(slug);
    return this.runner.run(viewer, { action: ACTION, scope: ownerScope(current.seriesId), audit: { action: 'update', ...AUDIT } }, async (tx) => {
      const parsed = parseInput(ZIndicatorInput, {
        slug: current.slug,
        name: textRecord(input.name, 'name') ?? current.name,
        unit: input.unit ?? current.unit,
        description: input.description === null ? null : (textRecord(input.description, 'description') ?? current.description),
        source: input.source === null ? null : (textRecord(input.source, 'source') ?? current.source),
        countryCodes: input.countryCodes ?? current.countryCodes,
      });
      const row = await tx.indicator.update({ where: { id: current.id }, data: columns(parsed) });
      return { result: row, entityId: row.id, before: snapshot(current), after: snapshot(row) };
    });
  }

  async addValue(viewer: Viewer, slug: string, input: IndicatorValueInput): Promise<IndicatorRow> {
    const current = await this.find(slug);
    return this.runner.run(viewer, { action: ACTION, scope: ownerScope(current.seriesId), audit: { action: 'update', ...AUDIT } }, async (tx) => {
      const value = parseInput(ZIndicatorValueInput, valueRecord(input, 'value'));
      const taken = await tx.indicatorValue.findUnique({ where: { indicatorId_period: { indicatorId: current.id, period: value.period } }, select: { id: true } });
      if (taken) throw badInput('value.period', `${slug} already has a value for ${value.period}; each period is given once`);
      const saved = await tx.indicatorValue.create({ data: { indicatorId: current.id, ...valueColumns(value) } });
      return { result: current, entityId: current.id, after: auditJson({ addedValue: valueSnapshot(saved) }) };
    });
  }

  private async find(slug: string): Promise<IndicatorRow> {
    const row = await this.database.prisma.indicator.findUnique({ where: { slug } });
    if (!row) throw new NotFoundError(`Indicator "${slug}"`, 'Check the slug in the indicators list.');
    return row;
  }
}
