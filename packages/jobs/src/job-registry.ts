// All job definitions, so a processor can look a Bull job name up and reject unknown ones.
import { editionProgrammeRenderJob } from './definitions/edition-programme-render.job.js';
import type { JobDefinition } from './job-definition.js';
import { JobError } from './job-errors.js';

export const JOBS = [editionProgrammeRenderJob] as const;

export function getJobDefinition(id: string): JobDefinition {
  const def = JOBS.find((job) => job.id === id);
  if (!def) {
    throw new JobError('JOB_UNKNOWN', `No job definition has the id "${id}"; known ids: ${JOBS.map((j) => j.id).join(', ')}.`);
  }
  return def;
}
