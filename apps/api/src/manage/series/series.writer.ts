// Rules of the series mutations: a new series is a platform decision, everything after it is
// the series admins'. Input goes through ZSeriesInput; each change and its audit row commit
// together through MutationRunner.
import { Injectable } from '@nestjs/common';
import { ZSeriesInput, type SeriesInput } from '@caravan/forums';
import type { Prisma } from '@caravan/db';
import type { SeriesRow } from '../../common/db-rows.js';
import { parseInput } from '../../common/errors/parse-input.js';
import type { Viewer } from '../../auth/viewer.js';
import { auditJson } from '../common/audit-snapshot.js';
import { badInput } from '../common/input-problems.js';
import { textRecord } from '../common/localized-text.input.js';
import { MutationRunner } from '../common/mutation-runner.js';
import { ScopeResolver } from '../common/scope-resolver.js';
import type { CreateSeriesInput, UpdateSeriesInput } from './dto/series.input.js';

const snapshot = (row: SeriesRow) =>
  auditJson({
    slug: row.slug,
    name: row.name,
    shortName: row.shortName,
    description: row.description,
    regionCode: row.regionCode,
    partnerCountryCode: row.partnerCountryCode,
    themeKey: row.themeKey,
    focusTrackSlugs: row.focusTrackSlugs,
    status: row.status,
    published: row.published,
  });

function columns(input: SeriesInput) {
  return {
    name: input.name,
    shortName: input.shortName,
    description: input.description,
    regionCode: input.regionCode,
    partnerCountryCode: input.partnerCountryCode ?? null,
    themeKey: input.themeKey,
    focusTrackSlugs: input.focusTrackSlugs,
  } satisfies Prisma.SeriesUncheckedUpdateInput;
}

@Injectable()
export class SeriesWriter {
  constructor(
    private readonly runner: MutationRunner,
    private readonly scopes: ScopeResolver,
  ) {}

  create(viewer: Viewer, input: CreateSeriesInput): Promise<SeriesRow> {
    return this.runner.run(viewer, { action: 'series.create', scope: null, audit: { action: 'create', entityType: 'Series' } }, async (tx) => {
      const parsed = parseInput(ZSeriesInput, {
        slug: input.slug,
        name: textRecord(input.name, 'name'),
        shortName: textRecord(input.shortName, 'shortName'),
        description: textRecord(input.description, 'description'),
        regionCode: input.regionCode,
        partnerCountryCode: input.partnerCountryCode ?? undefined,
        themeKey: input.themeKey,
        focusTrackSlugs: input.focusTrackSlugs,
        status: input.status ?? undefined,
        published: input.published ?? undefined,
      });
      if (await tx.series.findUnique({ where: { slug: parsed.slug }, select: { id: true } })) {
        throw badInput('slug', `"${parsed.slug}" is already the slug of another series; choose another`);
      }
      const row = await tx.series.create({
        data: { ...columns(parsed), slug: parsed.slug, status: parsed.status ?? 'PLANNED', published: parsed.published ?? false },
      });
      return { result: row, entityId: row.id, after: snapshot(row), auditScope: { seriesId: row.id } };
    });
  }

  async update(viewer: Viewer, slug: string, input: UpdateSeriesInput): Promise<SeriesRow> {
    const scope = await this.scopes.series(slug);
    return this.runner.run(viewer, { action: 'series.update', scope, audit: { action: 'update', entityType: 'Series' } }, async (tx) => {
      const current = await tx.series.findUniqueOrThrow({ where: { id: scope.seriesId } });
      const parsed = parseInput(ZSeriesInput, {
        slug: current.slug,
        name: textRecord(input.name, 'name') ?? current.name,
        shortName: textRecord(input.shortName, 'shortName') ?? current.shortName,
        description: textRecord(input.description, 'description') ?? current.description,
        regionCode: input.regionCode ?? current.regionCode,
        partnerCountryCode: input.partnerCountryCode ?? current.partnerCountryCode ?? undefined,
        themeKey: input.themeKey ?? current.themeKey,
        focusTrackSlugs: input.focusTrackSlugs ?? current.focusTrackSlugs,
        status: input.status ?? current.status,
      });
      const row = await tx.series.update({ where: { id: current.id }, data: { ...columns(parsed), status: parsed.status ?? current.status } });
      return { result: row, entityId: row.id, before: snapshot(current), after: snapshot(row) };
    });
  }

  async setPublished(viewer: Viewer, slug: string, published: boolean): Promise<SeriesRow> {
    const scope = await this.scopes.series(slug);
    const spec = { action: 'series.publish', scope, audit: { action: published ? 'publish' : 'unpublish', entityType: 'Series' } } as const;
    return this.runner.run(viewer, spec, async (tx) => {
      const current = await tx.series.findUniqueOrThrow({ where: { id: scope.seriesId } });
      const row = await tx.series.update({ where: { id: current.id }, data: { published } });
      return { result: row, entityId: row.id, before: { published: current.published }, after: { published: row.published } };
    });
  }
}
