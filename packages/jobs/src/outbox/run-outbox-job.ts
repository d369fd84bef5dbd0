// Runs one attempt of an outbox job and records its outcome on the outbox row. The worker (for
// each Bull job) and the api's inline mode both call this, so a job is checked, handled and
// recorded the same way whichever process runs it.
import { z } from 'zod';
import { JobError } from '../job-errors.js';
import type { JobDefinition, JobServicesContext } from '../job-definition.js';
import { getJobDefinitionForVersion, JOBS } from '../job-registry.js';
import { parseJobPayload } from '../parse-job-payload.js';
import { markOutboxAttemptFailed, markOutboxDone } from './outbox-status.js';

/** The data a Bull job carries: the outbox row it came from and the validated payload. */
export interface OutboxJobData {
  outboxId: string;
  version: number;
  payload: unknown;
  /** The api request that recorded the job, for the logs. */
  requestId?: string;
}

const ZOutboxJobData = z.object({ outboxId: z.uuid(), version: z.number().int(), payload: z.unknown(), requestId: z.string().max(200).optional() });

/** Reads a Bull job's data; throws a permanent JOB_DATA_INVALID when it was not written by the outbox. */
export function parseOutboxJobData(name: string, data: unknown): OutboxJobData {
  const parsed = ZOutboxJobData.safeParse(data);
  if (!parsed.success) {
    throw new JobError(
      'JOB_DATA_INVALID',
      `Bull job ${name} does not carry outbox data {outboxId, version, payload}; it was not enqueued by the outbox dispatcher.`,
    );
  }
  return parsed.data;
}

export interface OutboxJobAttempt extends OutboxJobData {
  /** The job's id, which is the Bull job name. */
  name: string;
  /** 1 for the first try. */
  attempt: number;
  maxAttempts: number;
}

export type OutboxJobOutcome =
  | { status: 'DONE' }
  | { status: 'FAILED' | 'WILL_RETRY'; error: Error; permanent: boolean };

/** `jobs`: the definitions to dispatch to, the registry unless the caller runs extra (test) jobs. */
export async function runOutboxJob(context: JobServicesContext, job: OutboxJobAttempt, jobs: readonly JobDefinition[] = JOBS): Promise<OutboxJobOutcome> {
  const { prisma } = context;
  try {
    const def = getJobDefinitionForVersion(job.name, job.version, jobs);
    await def.handle(parseJobPayload(def, job.payload), { ...context, outboxId: job.outboxId });
  } catch (caught) {
    const error = caught instanceof Error ? caught : new Error(String(caught));
    const permanent = error instanceof JobError && error.permanent;
    const final = permanent || job.attempt >= job.maxAttempts;
    await markOutboxAttemptFailed(prisma, job.outboxId, { attempt: job.attempt, error: error.message, final });
    return { status: final ? 'FAILED' : 'WILL_RETRY', error, permanent };
  }
  await markOutboxDone(prisma, job.outboxId, job.attempt);
  return { status: 'DONE' };
}
