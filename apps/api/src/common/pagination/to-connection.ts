// Turns the rows a repository fetched for a page (at most first + 1 of them, in sort order)
// into a connection: the extra row only tells that another page exists.
import { encodeCursor, type CursorPosition } from './cursor.js';
import type { Connection } from './connection.model.js';
import type { PageRequest } from './page-args.js';

export function toConnection<R, N = R>(
  rows: readonly R[],
  page: PageRequest,
  totalCount: number,
  positionOf: (row: R) => CursorPosition,
  nodeOf: (row: R) => N = (row) => row as unknown as N,
): Connection<N> {
  const visible = rows.slice(0, page.first);
  const edges = visible.map((row) => ({ cursor: encodeCursor(positionOf(row)), node: nodeOf(row) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > page.first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}

/** How many rows a repository should read for a page: one more than shown, to detect a next page. */
export const rowsToFetch = (page: PageRequest): number => page.first + 1;
