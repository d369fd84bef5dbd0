// Equality checks that gate the measurement: the two servers must send the same statements and
// return the same body, or the comparison would measure different work.
import { isDeepStrictEqual } from 'node:util';
import { BenchError } from './bench-error.js';
import type { Statement } from './statement.js';

/** Path and values of the first difference between two JSON values, or null when equal. */
export function firstDifference(left: unknown, right: unknown, path = '$'): string | null {
  if (isDeepStrictEqual(left, right)) return null;
  if (Array.isArray(left) && Array.isArray(right)) {
    if (left.length !== right.length) return `${path}: ${left.length} items against ${right.length}`;
    for (const [index, item] of left.entries()) {
      const found = firstDifference(item, right[index], `${path}[${index}]`);
      if (found) return found;
    }
  }
  if (isRecord(left) && isRecord(right)) {
    const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])];
    for (const key of keys) {
      if (!(key in left) || !(key in right)) return `${path}.${key}: present on one side only`;
      const found = firstDifference(left[key], right[key], `${path}.${key}`);
      if (found) return found;
    }
  }
  return `${path}: ${preview(left)} against ${preview(right)}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

export function assertSameBodies(api: unknown, bare: unknown): void {
  const difference = firstDifference(api, bare);
  if (difference) {
    throw new BenchError('BODIES_DIFFER', `the api and the bare server answer differently (api against bare) at ${difference}; fix bare-programme.ts.`);
  }
}

const key = (statement: Statement): string => JSON.stringify([statement.sql.trim(), statement.params]);

/**
 * Compares statements as multisets: the api sends independent reads concurrently, so their
 * order varies from run to run, but text and parameters of each must match.
 */
export function assertSameStatements(api: readonly Statement[], bare: readonly Statement[]): void {
  const remaining = new Map<string, number>();
  for (const statement of api) remaining.set(key(statement), (remaining.get(key(statement)) ?? 0) + 1);
  const bareOnly: Statement[] = [];
  for (const statement of bare) {
    const count = remaining.get(key(statement)) ?? 0;
    if (count === 0) bareOnly.push(statement);
    else remaining.set(key(statement), count - 1);
  }
  const apiOnly = api.filter((statement) => {
    const count = remaining.get(key(statement)) ?? 0;
    if (count === 0) return false;
    remaining.set(key(statement), count - 1);
    return true;
  });
  if (apiOnly.length > 0 || bareOnly.length > 0) {
    const list = (statements: readonly Statement[]): string =>
      statements.map((s) => `  ${preview(s.sql.trim())} ${preview(s.params)}`).join('\n') || '  (none)';
    // Same text, other parameters: name the first parameter that differs.
    const paramDiffs = apiOnly.flatMap((statement) => {
      const twin = bareOnly.find((other) => other.sql.trim() === statement.sql.trim());
      return twin ? [`  ${preview(statement.sql.trim().slice(0, 60))}: params ${firstDifference(statement.params, twin.params, '')}`] : [];
    });
    throw new BenchError(
      'STATEMENTS_DIFFER',
      `the bare handler's SQL no longer matches the api's (${api.length} against ${bare.length} statements).\n` +
        `Only the api sent:\n${list(apiOnly)}\nOnly the bare handler sent:\n${list(bareOnly)}\n` +
        (paramDiffs.length > 0 ? `Same text, other parameters (api against bare):\n${paramDiffs.join('\n')}\n` : '') +
        'Print the api\'s statements with BENCH_PRINT_SQL=1 and update bare-statements.ts.',
    );
  }
}
