// Rules of the track mutations: tracks come from the shared taxonomy (named after it unless
// renamed) or are custom; slugs are unique per edition (a unique index, ALREADY_TAKEN when two
// organizers race); removing a track leaves its sessions and agreements without one.
import { Injectable } from '@nestjs/common';
import type { Prisma } from '@caravan/db';
import { ZTrackInput, type TrackInput } from '@caravan/forums';
import type { RequestAuth } from '../../auth/request-auth.js';
import { AppError, badField, underField } from '../../common/errors/app-error.js';
import type { TrackRow } from '../../common/db-rows.js';
import { snapshotOf } from '../../common/write/audit-snapshot.js';
import { currentValues, parseGraphQLInput, parsePatch } from '../../common/write/input-type.js';
import { MutationRunner } from '../../common/write/mutation-runner.js';
import { NEXT_VERSION, RowLocks } from '../../common/write/row-locks.js';
import { ScopeResolver } from '../../common/write/scope-resolver.js';
import type { AddTrackInput, UpdateTrackInput } from './programme.inputs.js';
import { ProgrammeScopes } from './programme-scopes.js';

const snapshot = snapshotOf<TrackRow>(ZTrackInput);

function columns(track: TrackInput) {
  return {
    slug: track.slug,
    taxonomySlug: track.taxonomySlug ?? null,
    name: track.name,
    description: track.description ?? undefined,
    position: track.position,
  } satisfies Prisma.TrackUncheckedUpdateInput;
}

@Injectable()
export class TracksWriter {
  constructor(
    private readonly runner: MutationRunner,
    private readonly scopes: ScopeResolver,
    private readonly programmeScopes: ProgrammeScopes,
    private readonly locks: RowLocks,
  ) {}

  async add(auth: RequestAuth, seriesSlug: string, number: number, input: AddTrackInput): Promise<TrackRow> {
    const scope = await this.scopes.edition(seriesSlug, number);
    return this.runner.run(auth, { action: 'programme.edit', scope, audit: { action: 'create', entityType: 'Track' } }, async (tx) => {
      const track = parseGraphQLInput(ZTrackInput, input);
      const position = track.position ?? (await tx.track.count({ where: { editionId: scope.editionId } }));
      const row = await tx.track.create({ data: { ...columns(track), position, editionId: scope.editionId } });
      return { result: row, entityId: row.id, after: snapshot(row) };
    });
  }

  /**
   * Adds several tracks in one transaction and one audit entry: a track refused (a bad field, a
   * slug taken) leaves none of them written; its problems name it as tracks.<index>.
   */
  async addMany(auth: RequestAuth, seriesSlug: string, number: number, inputs: readonly AddTrackInput[]): Promise<TrackRow[]> {
    if (inputs.length === 0) throw badField('tracks', 'must name at least one track');
    if (inputs.length > 50) throw badField('tracks', 'names at most 50 tracks; add the others in another call');
    const tracks = inputs.map((input, index) => {
      try {
        return parseGraphQLInput(ZTrackInput, input);
      } catch (error) {
        throw error instanceof AppError ? underField(error, `tracks.${index}`) : error;
      }
    });
    const seen = new Set<string>();
    for (const [index, track] of tracks.entries()) {
      if (seen.has(track.slug)) throw badField(`tracks.${index}.slug`, `"${track.slug}" is given twice`);
      seen.add(track.slug);
    }
    const scope = await this.scopes.edition(seriesSlug, number);
    return this.runner.run(auth, { action: 'programme.edit', scope, audit: { action: 'create', entityType: 'Track' } }, async (tx) => {
      const taken = await tx.track.findMany({ where: { editionId: scope.editionId, slug: { in: [...seen] } }, select: { slug: true } });
      const takenSlugs = new Set(taken.map((track) => track.slug));
      const clash = tracks.findIndex((track) => takenSlugs.has(track.slug));
      if (clash >= 0) throw badField(`tracks.${clash}.slug`, `"${tracks[clash]?.slug ?? ''}" is already a track of this edition`);
      let position = await tx.track.count({ where: { editionId: scope.editionId } });
      const rows: TrackRow[] = [];
      for (const track of tracks) {
        rows.push(await tx.track.create({ data: { ...columns(track), position: track.position ?? position, editionId: scope.editionId } }));
        position += 1;
      }
      return { result: rows, entityId: scope.editionId, after: { tracks: rows.map(snapshot) } };
    });
  }

  async update(auth: RequestAuth, id: string, input: UpdateTrackInput, expectedVersion?: number | null): Promise<TrackRow> {
    const scope = await this.programmeScopes.ofTrack(id);
    return this.runner.run(auth, { action: 'programme.edit', scope, audit: { action: 'update', entityType: 'Track' } }, async (tx) => {
      await this.locks.atVersion(tx, 'Track', id, expectedVersion);
      const current = await tx.track.findUniqueOrThrow({ where: { id } });
      const track = parsePatch(ZTrackInput, currentValues(ZTrackInput, current), input);
      const row = await tx.track.update({ where: { id }, data: { ...NEXT_VERSION, ...columns(track) } });
      return { result: row, entityId: row.id, before: snapshot(current), after: snapshot(row) };
    });
  }

  async remove(auth: RequestAuth, id: string): Promise<string> {
    const scope = await this.programmeScopes.ofTrack(id);
    return this.runner.run(auth, { action: 'programme.edit', scope, audit: { action: 'delete', entityType: 'Track' } }, async (tx) => {
      const current = await tx.track.findUniqueOrThrow({ where: { id } });
      await tx.track.delete({ where: { id } });
      return { result: id, entityId: id, before: snapshot(current) };
    });
  }
}
