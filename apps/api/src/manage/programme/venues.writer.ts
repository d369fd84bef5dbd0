// Rules of the venue and room mutations: slugs unique per edition (venues) and per venue
// (rooms), held by unique indexes; removing a room leaves its sessions without a room.
import { Injectable } from '@nestjs/common';
import { ZRoomInput, ZVenueInput, type RoomInput } from '@caravan/forums';
import type { RequestAuth } from '../../auth/request-auth.js';
import { AppError, badField, underField } from '../../common/errors/app-error.js';
import type { RoomRow, VenueRow } from '../../common/db-rows.js';
import { snapshotOf } from '../../common/write/audit-snapshot.js';
import { currentValues, parseGraphQLInput, parsePatch } from '../../common/write/input-type.js';
import { MutationRunner } from '../../common/write/mutation-runner.js';
import { NEXT_VERSION, RowLocks } from '../../common/write/row-locks.js';
import { ScopeResolver } from '../../common/write/scope-resolver.js';
import type { AddRoomInput, AddVenueInput, UpdateRoomInput } from './programme.inputs.js';
import { ProgrammeScopes } from './programme-scopes.js';

export type RoomWithVenue = RoomRow & { venue: VenueRow };
export type VenueWithRooms = VenueRow & { rooms: RoomWithVenue[] };

const venueSnapshot = snapshotOf<VenueRow>(ZVenueInput);
const roomSnapshot = snapshotOf<RoomRow>(ZRoomInput, ['venueId']);
const roomColumns = (room: RoomInput) => ({ slug: room.slug, name: room.name, capacity: room.capacity ?? null });

@Injectable()
export class VenuesWriter {
  constructor(
    private readonly runner: MutationRunner,
    private readonly scopes: ScopeResolver,
    private readonly programmeScopes: ProgrammeScopes,
    private readonly locks: RowLocks,
  ) {}

  /**
   * Adds a venue and, in the same transaction and audit entry, its first rooms: a room refused
   * leaves neither the venue nor any room written; its problems name it as rooms.<index>.
   */
  async addVenue(auth: RequestAuth, seriesSlug: string, number: number, input: AddVenueInput, roomInputs: readonly AddRoomInput[] = []): Promise<VenueWithRooms> {
    const rooms = roomInputs.map((room, index) => {
      try {
        return parseGraphQLInput(ZRoomInput, room);
      } catch (error) {
        throw error instanceof AppError ? underField(error, `rooms.${index}`) : error;
      }
    });
    const seen = new Set<string>();
    for (const [index, room] of rooms.entries()) {
      if (seen.has(room.slug)) throw badField(`rooms.${index}.slug`, `"${room.slug}" is given twice`);
      seen.add(room.slug);
    }
    const scope = await this.scopes.edition(seriesSlug, number);
    return this.runner.run(auth, { action: 'programme.edit', scope, audit: { action: 'create', entityType: 'Venue' } }, async (tx) => {
      const venue = parseGraphQLInput(ZVenueInput, input);
      const row = await tx.venue.create({ data: { editionId: scope.editionId, slug: venue.slug, name: venue.name, address: venue.address ?? undefined } });
      const created: RoomWithVenue[] = [];
      for (const [index, room] of rooms.entries()) {
        created.push(await tx.room.create({ data: { ...roomColumns(room), position: room.position ?? index, venueId: row.id }, include: { venue: true } }));
      }
      return { result: { ...row, rooms: created }, entityId: row.id, after: { venue: venueSnapshot(row), rooms: created.map(roomSnapshot) } };
    });
  }

  async addRoom(auth: RequestAuth, venueId: string, input: AddRoomInput): Promise<RoomWithVenue> {
    const scope = await this.programmeScopes.ofVenue(venueId);
    return this.runner.run(auth, { action: 'programme.edit', scope, audit: { action: 'create', entityType: 'Room' } }, async (tx) => {
      const room = parseGraphQLInput(ZRoomInput, input);
      const position = room.position ?? (await tx.room.count({ where: { venueId } }));
      const row = await tx.room.create({ data: { ...roomColumns(room), position, venueId }, include: { venue: true } });
      return { result: row, entityId: row.id, after: roomSnapshot(row) };
    });
  }

  async updateRoom(auth: RequestAuth, id: string, input: UpdateRoomInput, expectedVersion?: number | null): Promise<RoomWithVenue> {
    const scope = await this.programmeScopes.ofRoom(id);
    return this.runner.run(auth, { action: 'programme.edit', scope, audit: { action: 'update', entityType: 'Room' } }, async (tx) => {
      await this.locks.atVersion(tx, 'Room', id, expectedVersion);
      const current = await tx.room.findUniqueOrThrow({ where: { id } });
      const room = parsePatch(ZRoomInput, currentValues(ZRoomInput, current), input);
      const row = await tx.room.update({ where: { id }, data: { ...NEXT_VERSION, ...roomColumns(room), position: room.position ?? current.position }, include: { venue: true } });
      return { result: row, entityId: row.id, before: roomSnapshot(current), after: roomSnapshot(row) };
    });
  }

  async removeRoom(auth: RequestAuth, id: string): Promise<string> {
    const scope = await this.programmeScopes.ofRoom(id);
    return this.runner.run(auth, { action: 'programme.edit', scope, audit: { action: 'delete', entityType: 'Room' } }, async (tx) => {
      const current = await tx.room.findUniqueOrThrow({ where: { id } });
      await tx.room.delete({ where: { id } });
      return { result: id, entityId: id, before: roomSnapshot(current) };
    });
  }
}
