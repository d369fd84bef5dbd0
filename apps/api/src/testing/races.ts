// Concurrency tests: start many requests at the same moment and count how they came out. The
// caller signs in first, so only the writes race.
import type { GqlResult } from './test-api.js';

export interface RaceOutcome<T> {
  results: GqlResult<T>[];
  /** How many requests ended with each extensions.code, 'ok' for a success. */
  tally: Record<string, number>;
  /** The field problems of every refused request. */
  problems: { field: string; reason: string }[][];
}

const codeOf = (result: GqlResult<unknown>): string => (result.errors ? String(result.errors[0]?.extensions?.['code']) : 'ok');

/** Runs `racers` calls of `request(i)` at once. */
export async function race<T>(racers: number, request: (i: number) => Promise<GqlResult<T>>): Promise<RaceOutcome<T>> {
  const results = await Promise.all(Array.from({ length: racers }, (_, i) => request(i)));
  const tally: Record<string, number> = {};
  for (const result of results) tally[codeOf(result)] = (tally[codeOf(result)] ?? 0) + 1;
  return {
    results,
    tally,
    problems: results.flatMap((r) => (r.errors ? [(r.errors[0]?.extensions?.['problems'] ?? []) as { field: string; reason: string }[]] : [])),
  };
}
