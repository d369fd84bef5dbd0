// Rules of the track mutations: tracks come from the shared taxonomy (named after it unless
// renamed) or are custom; slugs are unique per edition; removing a track leaves its sessions
// and agreements without one rather than removing them.
import { Injectable } from '@nestjs/common';
import { ZTrackInput, type TrackInput } from '@caravan/forums';
import type { Prisma } from '@caravan/db';
import type { TrackRow } from '../../common/db-rows.js';
import { parseInput } from '../../common/errors/parse-input.js';
import type { Viewer } from '../../auth/viewer.js';
import { auditJson } from '../common/audit-snapshot.js';
import { badInput } from '../common/input-problems.js';
import { textRecord } from '../common/localized-text.input.js';
import { MutationRunner } from '../common/mutation-runner.js';
import { ScopeResolver } from '../common/scope-resolver.js';
import type { AddTrackInput, UpdateTrackInput } from './dto/track.input.js';
import { ProgrammeScopes } from './programme-scopes.js';

const snapshot = (row: TrackRow) =>
  auditJson({ slug: row.slug, taxonomySlug: row.taxonomySlug, name: row.name, description: row.description, position: row.position });

async function assertSlugFree(tx: Prisma.TransactionClient, editionId: string, slug: string, except: string | null): Promise<void> {
  const taken = await tx.track.findUnique({ where: { editionId_slug: { editionId, slug } }, select: { id: true } });
  if (taken && taken.id !== except) throw badInput('slug', `"${slug}" is already a track of this edition; choose another slug`);
}

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
  ) {}

  async add(viewer: Viewer, seriesSlug: string, number: number, input: AddTrackInput): Promise<TrackRow> {
    const scope = await this.scopes.edition(seriesSlug, number);
    return this.runner.run(viewer, { action: 'programme.edit', scope, audit: { action: 'create', entityType: 'Track' } }, async (tx) => {
      const track = parseInput(ZTrackInput, {
        slug: input.slug,
        taxonomySlug: input.taxonomySlug,
        name: textRecord(input.name, 'name'),
        description: textRecord(input.description, 'description'),
        position: input.position ?? undefined,
      });
      await assertSlugFree(tx, scope.editionId, track.slug, null);
      const position = track.position ?? (await tx.track.count({ where: { editionId: scope.editionId } }));
      const row = await tx.track.create({ data: { ...columns(track), position, editionId: scope.editionId } });
      return { result: row, entityId: row.id, after: snapshot(row) };
    });
  }

  async update(viewer: Viewer, id: string, input: UpdateTrackInput): Promise<TrackRow> {
    const scope = await this.programmeScopes.ofTrack(id);
    return this.runner.run(viewer, { action: 'programme.edit', scope, audit: { action: 'update', entityType: 'Track' } }, async (tx) => {
      const current = await tx.track.findUniqueOrThrow({ where: { id } });
      const track = parseInput(ZTrackInput, {
        slug: input.slug ?? current.slug,
        taxonomySlug: input.taxonomySlug ?? current.taxonomySlug,
        name: textRecord(input.name, 'name') ?? current.name,
        description: textRecord(input.description, 'description') ?? current.description,
        position: input.position ?? current.position,
      });
      await assertSlugFree(tx, current.editionId, track.slug, current.id);
      const row = await tx.track.update({ where: { id }, data: columns(track) });
      return { result: row, entityId: row.id, before: snapshot(current), after: snapshot(row) };
    });
  }

  async remove(viewer: Viewer, id: string): Promise<string> {
    const scope = await this.programmeScopes.ofTrack(id);
    return this.runner.run(viewer, { action: 'programme.edit', scope, audit: { action: 'delete', entityType: 'Track' } }, async (tx) => {
      const current = await tx.track.findUniqueOrThrow({ where: { id } });
      await tx.track.delete({ where: { id } });
      return { result: id, entityId: id, before: snapshot(current) };
    });
  }
}
