// The SQL the api's Prisma client sends for the programme query, written out by hand for the
// bare handler: same text, same parameters (LIMIT/OFFSET travel as text, as Prisma binds them),
// so the comparison measures the stack around the statements, not different statements.
// Re-capture them with `BENCH_PRINT_SQL=1 pnpm bench` when the api's repositories change; the
// bench fails when the two sets of statements drift apart.
import { Prisma } from '@caravan/db/generated/prisma/browser';
import type { Statement } from './statement.js';

/**
 * Prisma's select list: every scalar column in schema order but the omitted ones, enum columns
 * cast to text. The columns come from the generated client's field lists (no ORM involved), so
 * a column added to the schema reaches both servers' statements alike.
 */
function columns(table: string, fields: Record<string, string>, enumColumns: readonly string[] = [], omitted: readonly string[] = []): string {
  return Object.values(fields)
    .filter((name) => !omitted.includes(name))
    .map((name) => `"public"."${table}"."${name}"${enumColumns.includes(name) ? '::text' : ''}`)
    .join(', ');
}

/** `$first, $first+1, ...` for an IN list of `count` values. */
function placeholders(count: number, first = 1): string {
  return Array.from({ length: count }, (_, i) => `$${first + i}`).join(',');
}

const EDITION = columns('Edition', Prisma.EditionScalarFieldEnum, ['status']);
/** The programme read model omits the session timestamps pages do not show. */
const SESSION = columns('Session', Prisma.SessionScalarFieldEnum, ['kind'], ['createdAt', 'updatedAt']);
const ROOM = columns('Room', Prisma.RoomScalarFieldEnum);
const VENUE = columns('Venue', Prisma.VenueScalarFieldEnum);
const TRACK = columns('Track', Prisma.TrackScalarFieldEnum);
const PARTICIPANT = columns('SessionParticipant', Prisma.SessionParticipantScalarFieldEnum, ['role']);
const PERSON = columns('Person', Prisma.PersonScalarFieldEnum);
const ORGANIZATION = columns('Organization', Prisma.OrganizationScalarFieldEnum, ['kind']);
const COUNTRY = columns('Country', Prisma.CountryScalarFieldEnum);

// Prisma binds LIMIT and OFFSET as text; PostgreSQL casts them.
const ZERO = '0';

export const statements = {
  /** The edition root query: visible (published, in a published series), then the number and series asked for. */
  publishedEdition: (series: string, number: number): Statement => ({
    sql:
      `SELECT ${EDITION} FROM "public"."Edition" LEFT JOIN "public"."Series" AS "j0" ON ("j0"."id") = ("public"."Edition"."seriesId") ` +
      `LEFT JOIN "public"."Series" AS "j1" ON ("j1"."id") = ("public"."Edition"."seriesId") ` +
      `WHERE ("public"."Edition"."published" = $1 AND ("j0"."published" = $2 AND ("j0"."id" IS NOT NULL)) AND "public"."Edition"."number" = $3 ` +
      `AND ("j1"."slug" = $4 AND ("j1"."id" IS NOT NULL))) LIMIT $5 OFFSET $6`,
    params: [true, true, number, series, '1', ZERO],
  }),

  publishedSessions: (editionId: string): Statement => ({
    sql:
      `SELECT ${SESSION} FROM "public"."Session" WHERE ("public"."Session"."editionId" IN ($1) AND "public"."Session"."published" = $2) ` +
      `ORDER BY "public"."Session"."startsAt" ASC, "public"."Session"."endsAt" ASC, "public"."Session"."slug" ASC OFFSET $3`,
    params: [editionId, true, ZERO],
  }),

  roomsOfEdition: (editionId: string): Statement => ({
    sql:
      `SELECT ${ROOM} FROM "public"."Room" LEFT JOIN "public"."Venue" AS "orderby_1" ON ("orderby_1"."id") = ("public"."Room"."venueId") ` +
      `LEFT JOIN "public"."Venue" AS "j0" ON ("j0"."id") = ("public"."Room"."venueId") WHERE ("j0"."editionId" IN ($1) AND ("j0"."id" IS NOT NULL)) ` +
      `ORDER BY "orderby_1"."slug" ASC, "public"."Room"."position" ASC, "public"."Room"."slug" ASC OFFSET $2`,
    params: [editionId, ZERO],
  }),

  tracksOfEdition: (editionId: string): Statement => ({
    sql:
      `SELECT ${TRACK} FROM "public"."Track" WHERE "public"."Track"."editionId" IN ($1) ` +
      `ORDER BY "public"."Track"."position" ASC, "public"."Track"."slug" ASC OFFSET $2`,
    params: [editionId, ZERO],
  }),

  /** The `include: { venue: true }` half of a room read: one id per room row, repeats kept. */
  venuesByIds: (ids: readonly string[]): Statement => byIds('Venue', VENUE, 'id', ids),
  /** The programme read model's people: each speaker once, published ones only. */
  publishedPersonsByIds: (ids: readonly string[]): Statement => {
    const n = ids.length;
    return {
      sql: `SELECT ${PERSON} FROM "public"."Person" WHERE ("public"."Person"."id" IN (${placeholders(n)}) AND "public"."Person"."published" = $${n + 1}) OFFSET $${n + 2}`,
      params: [...ids, true, ZERO],
    };
  },
  organizationsByIds: (ids: readonly string[]): Statement => byIds('Organization', ORGANIZATION, 'id', ids),
  countriesByCodes: (codes: readonly string[]): Statement => byIds('Country', COUNTRY, 'code', codes),

  participantsOfSessions: (sessionIds: readonly string[]): Statement => {
    const n = sessionIds.length;
    return {
      sql:
        `SELECT ${PARTICIPANT} FROM "public"."SessionParticipant" LEFT JOIN "public"."Person" AS "j0" ON ("j0"."id") = ("public"."SessionParticipant"."personId") ` +
        `WHERE ("public"."SessionParticipant"."sessionId" IN (${placeholders(n)}) AND ("j0"."published" = $${n + 1} AND ("j0"."id" IS NOT NULL))) ` +
        `ORDER BY "public"."SessionParticipant"."position" ASC, "public"."SessionParticipant"."personId" ASC OFFSET $${n + 2}`,
      params: [...sessionIds, true, ZERO],
    };
  },
};

function byIds(table: string, selected: string, key: string, ids: readonly string[]): Statement {
  return {
    sql: `SELECT ${selected} FROM "public"."${table}" WHERE "public"."${table}"."${key}" IN (${placeholders(ids.length)}) OFFSET $${ids.length + 1}`,
    params: [...ids, ZERO],
  };
}
