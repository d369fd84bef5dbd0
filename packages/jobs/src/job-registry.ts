// Every job definition, in one list. The worker consumes the queues named here and dispatches
// each Bull job by name to its definition's handler; the api creates producers for the same
// queues. Registering a definition here is all it takes to have it consumed.
import { editionBadgesRenderJob } from './definitions/edition-badges-render.job.js';
import { editionProgrammeRenderJob } from './definitions/edition-programme-render.job.js';
import { mailSendJob } from './definitions/mail-send.job.js';
import type { JobDefinition } from './job-definition.js';
import { JobError } from './job-errors.js';
import type { QueueName } from './queues.js';

export const JOBS: readonly JobDefinition[] = [editionProgrammeRenderJob, editionBadgesRenderJob, mailSendJob];

/** The definition with `id` among `jobs` (the registry unless a caller, e.g. a test worker, adds its own). */
export function getJobDefinition(id: string, jobs: readonly JobDefinition[] = JOBS): JobDefinition {
  const def = jobs.find((job) => job.id === id);
  if (!def) {
    throw new JobError('JOB_UNKNOWN', `No job definition has the id "${id}"; known ids: ${jobs.map((j) => j.id).join(', ')}.`);
  }
  return def;
}

/** The definition for a stored job, refusing a version this code does not read. */
export function getJobDefinitionForVersion(id: string, version: number, jobs: readonly JobDefinition[] = JOBS): JobDefinition {
  const def = getJobDefinition(id, jobs);
  if (def.version !== version) {
    throw new JobError(
      'JOB_VERSION_UNKNOWN',
      `Job ${id} was stored as version ${version}, but this code reads only version ${def.version}. ` +
        'Run a worker built from the same release as the api that recorded it, or request the job again.',
    );
  }
  return def;
}

/** The queues that carry at least one job: the worker consumes each, the api produces into each. */
export function jobQueues(): QueueName[] {
  return [...new Set(JOBS.map((job) => job.queue))];
}
