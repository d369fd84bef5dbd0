import { DbError } from '@caravan/db';
import { ForumRuleError } from '@caravan/forums';
import { CatalogueError } from '@caravan/regions';
import { TracksError } from '@caravan/tracks';
import { AppError, alreadyTaken, ERROR_CODES, ERROR_TABLE } from './app-error.js';
import { inField, toAppError } from './translate-error.js';

describe(AppError.name, () => {
  it('has one GraphQL code and one HTTP status for every code, each GraphQL code once', () => {
    expect(Object.keys(ERROR_TABLE).sort()).toEqual([...ERROR_CODES].sort());
    const graphqlCodes = Object.values(ERROR_TABLE).map((row) => row.graphql);
    expect(new Set(graphqlCodes).size).toBe(graphqlCodes.length);
    for (const row of Object.values(ERROR_TABLE)) expect(row.http).toBeGreaterThanOrEqual(400);
  });

  it('carries its code, field problems and details as GraphQL extensions', () => {
    const error = new AppError('RATE_LIMITED', 'Too many.', [], { retryAfterSeconds: 30 });
    expect([error.extensions, error.httpStatus]).toEqual([{ code: 'RATE_LIMITED', retryAfterSeconds: 30 }, 429]);
    expect(alreadyTaken({ field: 'slug', entity: 'track', within: 'edition' }).extensions).toEqual({
      code: 'ALREADY_TAKEN',
      problems: [{ field: 'slug', reason: 'is already taken by another track of this edition; choose another slug' }],
    });
  });
});

describe(toAppError.name, () => {
  it('translates the errors of our packages, in one place, naming the field they concern', () => {
    expect(toAppError(new TracksError('INVALID_LOCAL_TIME', '24:00 is not a time'))?.problems).toEqual([{ field: 'time', reason: '24:00 is not a time' }]);
    expect(toAppError(new TracksError('INVALID_LOCAL_TIME', '24:00 is not a time'), { field: 'endTime' })?.problems).toEqual([{ field: 'endTime', reason: '24:00 is not a time' }]);
    expect(toAppError(new ForumRuleError('EDITION_TRANSITION_REFUSED', 'no'))?.extensions).toEqual({ code: 'BAD_USER_INPUT', problems: [{ field: 'to', reason: 'no' }] });
    expect(toAppError(new CatalogueError('UNKNOWN_COUNTRY', 'XX is not a country'))?.problems).toEqual([{ field: 'countryCode', reason: 'XX is not a country' }]);
    expect(toAppError(new DbError('TEST_DATABASE_UNAVAILABLE', 'down'))?.code).toBe('UNAVAILABLE');
  });

  it('treats corrupt data and errors it does not know as faults (null: logged with an id)', () => {
    expect(toAppError(new DbError('DATA_INVALID', 'not a text'))).toBeNull();
    expect(toAppError(new Error('boom'))).toBeNull();
    expect(toAppError('a string')).toBeNull();
  });

  it('reads a unique violation reported by node-postgres like one reported by Prisma', () => {
    expect(toAppError({ code: '23505', table: 'Venue', constraint: 'Venue_editionId_slug_key' })?.extensions).toEqual(
      alreadyTaken({ field: 'slug', entity: 'venue', within: 'edition' }).extensions,
    );
    expect(toAppError({ code: '23505', table: 'User', constraint: 'User_email_key' })?.message).toBe('email is already taken by another user; choose another email.');
  });

  it('reads the room constraint\'s exclusion violation (SQLSTATE 23P01) as ROOM_OVERLAP naming both sessions', () => {
    const detail =
      'Key ("roomId", tsrange("startsAt", "endsAt", \'[)\'::text), id)=(room-1, ["2024-10-28 02:00:00","2024-10-28 03:00:00"), session-new) ' +
      'conflicts with existing key ("roomId", tsrange("startsAt", "endsAt", \'[)\'::text), id)=(room-1, ["2024-10-28 02:30:00","2024-10-28 04:00:00"), session-old).';
    const error = toAppError({ code: '23P01', table: 'Session', constraint: 'Session_room_time_excl', detail });
    expect(error?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      problems: [
        {
          field: 'roomId',
          reason: 'ROOM_OVERLAP: Sessions session-new (2024-10-28 02:00:00–2024-10-28 03:00:00 UTC) and session-old (2024-10-28 02:30:00–2024-10-28 04:00:00 UTC) are both in room room-1 at the same time',
        },
      ],
    });
    // Another exclusion constraint is not ours to explain: a fault, logged with an id.
    expect(toAppError({ code: '23P01', constraint: 'Other_excl', detail })).toBeNull();
  });

  it('inField reports a package error against the field the caller names', () => {
    expect(() => inField('startTime', () => { throw new TracksError('INVALID_LOCAL_TIME', 'no such time'); })).toThrow(
      expect.objectContaining({ problems: [{ field: 'startTime', reason: 'no such time' }] }),
    );
  });
});
