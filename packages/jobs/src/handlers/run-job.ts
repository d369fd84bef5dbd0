// Dispatches a validated job to its handler. The api (inline mode) and the worker both call
// this, so a job behaves the same whichever process runs it.
import type { PrismaClient } from '@caravan/db';
import { editionProgrammeRenderJob } from '../definitions/edition-programme-render.job.js';
import { JobError } from '../job-errors.js';
import { getJobDefinition } from '../job-registry.js';
import { parseJobPayload } from '../parse-job-payload.js';
import { storeProgrammeDocument } from './render-programme.js';

export async function runJob(prisma: PrismaClient, jobId: string, data: unknown): Promise<void> {
  const def = getJobDefinition(jobId);
  switch (def.id) {
    case editionProgrammeRenderJob.id: {
      const payload = parseJobPayload(editionProgrammeRenderJob, data);
      await storeProgrammeDocument(prisma, payload.editionId);
      return;
    }
    default:
      throw new JobError('JOB_UNKNOWN', `Job ${def.id} has a definition but no handler; add one in @caravan/jobs/handlers/run-job.`);
  }
}
