// Rules of the track mutations: tracks come from the shared taxonomy (named after it unless
// renamed) or are custom; slugs are unique per edition (a unique index, ALREADY_TAKEN when two
// organizers race); removing a track leaves its sessions and agreements without one.
import { Injectable } from '@nestjs/common';
import type { Prisma } from '@caravan/db';
import { ZTrackInput, type TrackInput } from '@caravan/forums';
import type { RequestAuth } from '../../auth/request-auth.js';
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
