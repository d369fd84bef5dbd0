// The one processor of every queue: reads the outbox data a Bull job carries and runs the job
// through @caravan/jobs' runOutboxJob, which dispatches by job name to the registered handler,
// refuses unknown names and versions, and records the outcome on the outbox row before the Bull
// job settles (so whoever waits on the job sees the final outbox state).
import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@caravan/db';
import { jobContext, JobError, parseOutboxJobData, runOutboxJob, type JobDefinition, type JobServices, type OutboxJobData } from '@caravan/jobs';
import type { Job } from 'bull';
import type { Logger } from 'pino';
import { WorkerMetrics } from '../metrics/worker-metrics.js';
import { DATABASE, JOB_DEFINITIONS, JOB_SERVICES, LOGGER } from '../tokens.js';

@Injectable()
export class OutboxJobProcessor {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(JOB_SERVICES) private readonly services: JobServices,
    @Inject(JOB_DEFINITIONS) private readonly jobs: readonly JobDefinition[],
    private readonly metrics: WorkerMetrics,
  ) {}

  async process(job: Job<unknown>): Promise<void> {
    const attempt = job.attemptsMade + 1;
    const data = await this.outboxData(job);
    const started = process.hrtime.bigint();
    const outcome = await runOutboxJob(jobContext(this.database.prisma, this.services), {
      ...data,
      name: job.name,
      attempt,
      maxAttempts: job.opts.attempts ?? 1,
    }, this.jobs);
    const context = { job: job.name, outboxId: data.outboxId, attempt, ...(data.requestId ? { requestId: data.requestId } : {}) };
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    // A job name no definition has is counted as such, not as a label value a producer chose.
    const label = this.jobs.some((def) => def.id === job.name) ? job.name : 'unknown';
    this.metrics.observeJob(label, outcome.status === 'DONE' ? 'done' : outcome.status === 'WILL_RETRY' ? 'retry' : 'failed', seconds);
    if (outcome.status === 'DONE') {
      this.logger.info(context, 'job done');
      return;
    }
    if (outcome.permanent) {
      // No retry can cure an unknown job, version or payload: Bull must not try again.
      await job.discard();
      this.logger.error({ ...context, code: (outcome.error as JobError).code, err: outcome.error }, 'job refused');
    } else {
      this.logger.warn({ ...context, err: outcome.error }, outcome.status === 'FAILED' ? 'job failed for good' : 'job failed; Bull will retry');
    }
    throw outcome.error;
  }

  /** The outbox data of a Bull job; a job without it has no row to record on and is refused. */
  private async outboxData(job: Job<unknown>): Promise<OutboxJobData> {
    try {
      return parseOutboxJobData(`${String(job.id)} (${job.name})`, job.data);
    } catch (error) {
      this.logger.error({ job: job.name, err: error }, 'job refused');
      await job.discard();
      throw error;
    }
  }
}
