// Rules of the venue and room mutations: slugs unique per edition (venues) and per venue
// (rooms); removing a room leaves its sessions without a room rather than removing them.
import { Injectable } from '@nestjs/common';
import { ZRoomInput, ZVenueInput, type RoomInput } from '@caravan/forums';
import type { Prisma } from '@caravan/db';
import type { RoomRow, VenueRow } from '../../common/db-rows.js';
import { parseInput } from '../../common/errors/parse-input.js';
import type { Viewer } from '../../auth/viewer.js';
import type { RoomWithVenue } from '../../programme/programme.repository.js';
import { auditJson } from '../common/audit-snapshot.js';
import { badInput } from '../common/input-problems.js';
import { textRecord } from '../common/localized-text.input.js';
import { MutationRunner } from '../common/mutation-runner.js';
import { ScopeResolver } from '../common/scope-resolver.js';
import type { AddRoomInput, AddVenueInput, UpdateRoomInput } from './dto/venue.input.js';
import { ProgrammeScopes } from './programme-scopes.js';

export type VenueWithRooms = VenueRow & { rooms: RoomWithVenue[] };

const roomSnapshot = (row: RoomRow) => auditJson({ venueId: row.venueId, slug: row.slug, name: row.name, capacity: row.capacity, position: row.position });

async function assertRoomSlugFree(tx: Prisma.TransactionClient, venueId: string, slug: string, except: string | null): Promise<void> {
  const taken = await tx.room.findUnique({ where: { venueId_slug: { venueId, slug } }, select: { id: true } });
  if (taken && taken.id !== except) throw badInput('slug', `"${slug}" is already a room of this venue; choose another slug`);
}

const roomColumns = (room: RoomInput) => ({ slug: room.slug, name: room.name, capacity: room.capacity ?? null });

@Injectable()
export class VenuesWriter {
  constructor(
    private readonly runner: MutationRunner,
    private readonly scopes: ScopeResolver,
    private readonly programmeScopes: ProgrammeScopes,
  ) {}

  async addVenue(viewer: Viewer, seriesSlug: string, number: number, input: AddVenueInput): Promise<VenueWithRooms> {
    const scope = await this.scopes.edition(seriesSlug, number);
    return this.runner.run(viewer, { action: 'programme.edit', scope, audit: { action: 'create', entityType: 'Venue' } }, async (tx) => {
      const venue = parseInput(ZVenueInput, { slug: input.slug, name: textRecord(input.name, 'name'), address: textRecord(input.address, 'address') });
      const taken = await tx.venue.findUnique({ where: { editionId_slug: { editionId: scope.editionId, slug: venue.slug } }, select: { id: true } });
      if (taken) throw badInput('slug', `"${venue.slug}" is already a venue of this edition; choose another slug`);
      const row = await tx.venue.create({ data: { editionId: scope.editionId, slug: venue.slug, name: venue.name, address: venue.address ?? undefined } });
      return { result: { ...row, rooms: [] }, entityId: row.id, after: auditJson({ slug: row.slug, name: row.name, address: row.address }) };
    });
  }

  async addRoom(viewer: Viewer, venueId: string, input: AddRoomInput): Promise<RoomWithVenue> {
    const scope = await this.programmeScopes.ofVenue(venueId);
    return this.runner.run(viewer, { action: 'programme.edit', scope, audit: { action: 'create', entityType: 'Room' } }, async (tx) => {
      const room = parseInput(ZRoomInput, { slug: input.slug, name: textRecord(input.name, 'name'), capacity: input.capacity, position: input.position ?? undefined });
      await assertRoomSlugFree(tx, venueId, room.slug, null);
      const position = room.position ?? (await tx.room.count({ where: { venueId } }));
      const row = await tx.room.create({ data: { ...roomColumns(room), position, venueId }, include: { venue: true } });
      return { result: row, entityId: row.id, after: roomSnapshot(row) };
    });
  }

  async updateRoom(viewer: Viewer, id: string, input: UpdateRoomInput): Promise<RoomWithVenue> {
    const scope = await this.programmeScopes.ofRoom(id);
    return this.runner.run(viewer, { action: 'programme.edit', scope, audit: { action: 'update', entityType: 'Room' } }, async (tx) => {
      const current = await tx.room.findUniqueOrThrow({ where: { id } });
      const room = parseInput(ZRoomInput, {
        slug: input.slug ?? current.slug,
        name: textRecord(input.name, 'name') ?? current.name,
        capacity: input.capacity ?? current.capacity,
        position: input.position ?? current.position,
      });
      await assertRoomSlugFree(tx, current.venueId, room.slug, id);
      const row = await tx.room.update({ where: { id }, data: { ...roomColumns(room), position: room.position ?? current.position }, include: { venue: true } });
      return { result: row, entityId: row.id, before: roomSnapshot(current), after: roomSnapshot(row) };
    });
  }

  async removeRoom(viewer: Viewer, id: string): Promise<string> {
    const scope = await this.programmeScopes.ofRoom(id);
    return this.runner.run(viewer, { action: 'programme.edit', scope, audit: { action: 'delete', entityType: 'Room' } }, async (tx) => {
      const current = await tx.room.findUniqueOrThrow({ where: { id } });
      await tx.room.delete({ where: { id } });
      return { result: id, entityId: id, before: roomSnapshot(current) };
    });
  }
}
