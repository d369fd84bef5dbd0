// Seed input goes through the same zod schemas as the api; a bad record stops the seed with
// the record's key and every issue, instead of writing half a forum.
import type { z } from 'zod';
import { DbError } from '../errors.js';

export function validate<S extends z.ZodType>(schema: S, input: z.input<S>, what: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new DbError('SEED_INPUT_INVALID', `${what} is invalid: ${issues.join('; ')}`);
}
