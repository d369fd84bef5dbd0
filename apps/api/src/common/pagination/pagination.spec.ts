import { AppError } from '../errors/app-error.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { parsePageArgs } from './page-args.js';
import { toConnection } from './to-connection.js';

describe(parsePageArgs.name, () => {
  it('defaults to 20 items from the start', () => {
    expect(parsePageArgs({})).toEqual({ first: 20, after: null });
  });

  it('decodes the cursor it is given', () => {
    const after = encodeCursor({ key: 'solar-plant-kz', id: 'a1' });
    expect(parsePageArgs({ first: 5, after })).toEqual({ first: 5, after: { key: 'solar-plant-kz', id: 'a1' } });
  });

  it.each([0, 101, 2.5])('refuses first = %p naming the field and the range', (first) => {
    expect(() => parsePageArgs({ first })).toThrow(AppError);
    expect(() => parsePageArgs({ first })).toThrow(/first must be/);
  });
});

describe(decodeCursor.name, () => {
  it('round-trips keys with any characters', () => {
    const position = { key: 'Ningxia – 宁夏 "quoted"', id: '0b9c' };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it.each(['', 'not base64 at all!', Buffer.from('{"key":1}').toString('base64url'), Buffer.from('[1,2]').toString('base64url')])(
    'refuses %p as a cursor this api did not issue',
    (cursor) => {
      expect(() => decodeCursor(cursor)).toThrow('after is not a cursor this api issued');
    },
  );
});

describe(toConnection.name, () => {
  const rows = ['a', 'b', 'c'].map((slug) => ({ slug, id: `id-${slug}` }));
  const position = (row: { slug: string; id: string }) => ({ key: row.slug, id: row.id });

  it('shows first rows and reports the extra one as a next page', () => {
    const connection = toConnection(rows, { first: 2, after: null }, 7, position);
    expect(connection.edges.map((e) => e.node.slug)).toEqual(['a', 'b']);
    expect(connection.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor({ key: 'b', id: 'id-b' }) });
    expect(connection.totalCount).toBe(7);
  });

  it('ends without a next page, and an empty page has no end cursor', () => {
    expect(toConnection(rows, { first: 3, after: null }, 3, position).pageInfo.hasNextPage).toBe(false);
    expect(toConnection([], { first: 3, after: null }, 0, position).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });
});
