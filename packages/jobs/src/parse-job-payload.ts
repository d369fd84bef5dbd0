// Validates data taken from a queue against a job's schema. The message names the job and
// each offending field, because a bad payload is usually a producer out of step with the
// consumer (an old api version still enqueuing version N-1).
import type { z } from 'zod';
import type { JobDefinition } from './job-definition.js';
import { JobError } from './job-errors.js';

export function parseJobPayload<TSchema extends z.ZodType>(
  def: JobDefinition<TSchema>,
  data: unknown,
): z.infer<TSchema> {
  const result = def.payload.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(payload)'}: ${issue.message}`)
    .join('; ');
  throw new JobError(
    'JOB_PAYLOAD_INVALID',
    `Job ${def.id} v${def.version} received an invalid payload — ${problems}. ` +
      'Check that the producer and the worker run the same job version.',
  );
}
