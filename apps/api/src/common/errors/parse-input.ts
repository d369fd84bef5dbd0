// Validates resolver arguments with zod and turns issues into BAD_USER_INPUT field problems.
import type { z } from 'zod';
import { badInput } from './app-error.js';

export function parseInput<TSchema extends z.ZodType>(schema: TSchema, value: unknown): z.infer<TSchema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw badInput(result.error.issues.map((issue) => ({ field: issue.path.join('.') || 'input', reason: issue.message })));
}
