// Rules of the series mutations: a new series is a platform decision, everything after it is
// the series admins'. Input goes through ZSeriesInput; each change and its audit row commit
// together through MutationRunner.
import { Injectable } from '@nestjs/common';
import type { Prisma } from '@caravan/db';
import { ZSeriesInput, type SeriesInput } from '@caravan/forums';
import type { RequestAuth } from '../../auth/request-auth.js';
import type { SeriesRow } from '../../common/db-rows.js';
import { snapshotOf } from '../../common/write/audit-snapshot.js';
import { currentValues, parseGraphQLInput, parsePatch } from '../../common/write/input-type.js';
import { MutationRunner } from '../../common/write/mutation-runner.js';
import { NEXT_VERSION, RowLocks } from '../../common/write/row-locks.js';
import { publishedChange } from '../../common/write/publishing.js';
import { ScopeResolver } from '../../common/write/scope-resolver.js';
import type { CreateSeriesInput, UpdateSeriesInput } from './series.inputs.js';
import { themeChoiceOf, themeToStore } from './series-theme.js';

const snapshot = snapshotOf<SeriesRow>(ZSeriesInput);

function columns(input: SeriesInput) {
  const theme = themeToStore(input.theme, 'theme');
  return {
    name: input.name,
    shortName: input.shortName,
    description: input.description,
    regionCode: input.regionCode,
    partnerCountryCode: input.partnerCountryCode ?? null,
    theme,
    focusTrackSlugs: input.focusTrackSlugs,
    ...(input.status ? { status: input.status } : {}),
  } satisfies Prisma.SeriesUncheckedUpdateInput;
}

@Injectable()
export class SeriesWriter {
  constructor(
    private readonly runner: MutationRunner,
    private readonly scopes: ScopeResolver,
    private readonly locks: RowLocks,
  ) {}

  create(auth: RequestAuth, input: CreateSeriesInput): Promise<SeriesRow> {
    return this.runner.run(auth, { action: 'series.create', scope: null, audit: { action: 'create', entityType: 'Series' } }, async (tx) => {
      const parsed = parseGraphQLInput(ZSeriesInput, { ...input, theme: themeChoiceOf(input.theme) });
      const row = await tx.series.create({ data: { ...columns(parsed), slug: parsed.slug, published: parsed.published ?? false } });
      return { result: row, entityId: row.id, after: snapshot(row), auditScope: { seriesId: row.id } };
    });
  }

  async update(auth: RequestAuth, slug: string, input: UpdateSeriesInput, expectedVersion?: number | null): Promise<SeriesRow> {
    const scope = await this.scopes.series(slug);
    return this.runner.run(auth, { action: 'series.update', scope, audit: { action: 'update', entityType: 'Series' } }, async (tx) => {
      await this.locks.atVersion(tx, 'Series', scope.seriesId, expectedVersion);
      const current = await tx.series.findUniqueOrThrow({ where: { id: scope.seriesId } });
      // The stored theme stands as a custom choice until the patch gives another.
      const stored = { ...currentValues(ZSeriesInput, current), theme: { custom: current.theme } };
      const parsed = parsePatch(ZSeriesInput, stored, { ...input, theme: input.theme === undefined ? undefined : themeChoiceOf(input.theme) });
      const row = await tx.series.update({ where: { id: current.id }, data: { ...NEXT_VERSION, ...columns(parsed) } });
      return { result: row, entityId: row.id, before: snapshot(current), after: snapshot(row) };
    });
  }

  async setPublished(auth: RequestAuth, slug: string, published: boolean): Promise<SeriesRow> {
    const scope = await this.scopes.series(slug);
    const spec = { action: 'series.publish', scope, audit: { action: published ? 'publish' : 'unpublish', entityType: 'Series' } } as const;
    return this.runner.run(auth, spec, async (tx) => {
      const current = await tx.series.findUniqueOrThrow({ where: { id: scope.seriesId } });
      return publishedChange(current, tx.series.update({ where: { id: current.id }, data: { published } }));
    });
  }
}
