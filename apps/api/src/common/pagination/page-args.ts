// The `first` / `after` arguments every connection takes, and their validation.
import { Int } from '@nestjs/graphql';
import { z } from 'zod';
import { parseInput } from '../errors/parse-input.js';
import { decodeCursor, type CursorPosition } from './cursor.js';

export const MIN_PAGE_SIZE = 1;
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export const FIRST_ARG = {
  name: 'first',
  type: () => Int,
  nullable: true,
  description: `How many items to return, ${MIN_PAGE_SIZE}–${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).`,
} as const;

export const AFTER_ARG = {
  name: 'after',
  type: () => String,
  nullable: true,
  description: 'Return the items after this cursor (pageInfo.endCursor of the previous page).',
} as const;

const ZPageArgs = z.object({
  first: z
    .number()
    .int('must be a whole number')
    .min(MIN_PAGE_SIZE, `must be between ${MIN_PAGE_SIZE} and ${MAX_PAGE_SIZE}`)
    .max(MAX_PAGE_SIZE, `must be between ${MIN_PAGE_SIZE} and ${MAX_PAGE_SIZE}`)
    .default(DEFAULT_PAGE_SIZE),
  after: z.string().min(1, 'must not be empty').optional(),
});

/** A validated page request: how many rows, and the position to continue after (if any). */
export interface PageRequest {
  first: number;
  after: CursorPosition | null;
}

export function parsePageArgs(args: { first?: number | null; after?: string | null }): PageRequest {
  const parsed = parseInput(ZPageArgs, { first: args.first ?? undefined, after: args.after ?? undefined });
  return { first: parsed.first, after: parsed.after === undefined ? null : decodeCursor(parsed.after) };
}
