// Queue names, the job registry (definitions with their handlers), payload validation and the
// outbox runner shared by the api and the worker.
export { QUEUES, QUEUE_RETENTION, type KeepJobs, type QueueName, type QueueRetention } from './queues.js';
export { defineJob, type JobContext, type JobDefinition, type JobPayload, type JobServicesContext } from './job-definition.js';
export { JobError, type JobErrorCode } from './job-errors.js';
export { parseJobPayload } from './parse-job-payload.js';
export { JOBS, getJobDefinition, getJobDefinitionForVersion, jobQueues } from './job-registry.js';
export { editionProgrammeRenderJob } from './definitions/edition-programme-render.job.js';
export { editionBadgesRenderJob } from './definitions/edition-badges-render.job.js';
export { BADGE_SELECT, CATEGORY_COLOURS, badgeInputOf, badgeRendererFor, type BadgeRow } from './handlers/badge-documents.js';
export { printableBadges, renderOneBadge } from './handlers/render-badges.js';
export { mailSendJob, ZMailSendPayload, type MailSendPayload } from './definitions/mail-send.job.js';
export {
  createJobServices,
  defaultStorageRoot,
  jobContext,
  parseJobServicesEnv,
  JOB_SERVICES_ENV_VARIABLES,
  type JobServices,
  type JobServicesConfig,
} from './job-services.js';
export { outboxJobOptions, queueOptions, DEFAULT_ATTEMPTS, DEFAULT_BACKOFF_MS, type OutboxJobOptions } from './job-options.js';
export { markOutboxAttemptFailed, markOutboxDone, type FailedAttempt } from './outbox/outbox-status.js';
export {
  parseOutboxJobData,
  runOutboxJob,
  type OutboxJobAttempt,
  type OutboxJobData,
  type OutboxJobOutcome,
} from './outbox/run-outbox-job.js';
export { beat, liveWorkers, silence, workerHeartbeatKey, HEARTBEAT_MISSES, type HeartbeatClient } from './worker-heartbeat.js';
