// Queue names, job definitions and payload validation shared by api and worker. Handlers are
// imported from their own subpath (`@caravan/jobs/handlers/...`) because they need Prisma.
export { QUEUES, type QueueName } from './queues.js';
export { defineJob, type JobDefinition, type JobPayload } from './job-definition.js';
export { JobError, type JobErrorCode } from './job-errors.js';
export { parseJobPayload } from './parse-job-payload.js';
export { JOBS, getJobDefinition } from './job-registry.js';
export { editionProgrammeRenderJob } from './definitions/edition-programme-render.job.js';
export { outboxJobOptions, DEFAULT_ATTEMPTS, DEFAULT_BACKOFF_MS, type OutboxJobOptions, type OutboxJobData } from './job-options.js';
