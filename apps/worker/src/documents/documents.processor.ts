// Processor of the documents queue. Validates the job, runs the shared handler, and keeps the
// outbox row in step: DONE on success, FAILED with the error after Bull's last attempt. The row
// is updated before the job settles, so whoever waits on the job sees the final outbox state.
import { Inject } from '@nestjs/common';
import { Process, Processor } from '@nestjs/bull';
import type { Database } from '@caravan/db';
import { editionProgrammeRenderJob, QUEUES } from '@caravan/jobs';
import { runJob } from '@caravan/jobs/handlers/run-job';
import type { Job } from 'bull';
import type { Logger } from 'pino';
import { z } from 'zod';
import { DATABASE, LOGGER } from '../tokens.js';

const ZOutboxJobData = z.object({ outboxId: z.uuid(), version: z.number().int(), payload: z.unknown() });

@Processor(QUEUES.documents)
export class DocumentsProcessor {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @Process(editionProgrammeRenderJob.id)
  async renderProgramme(job: Job<unknown>): Promise<void> {
    await this.handle(job);
  }

  private async handle(job: Job<unknown>): Promise<void> {
    const attempt = job.attemptsMade + 1;
    const parsed = ZOutboxJobData.safeParse(job.data);
    const outboxId = parsed.success ? parsed.data.outboxId : undefined;
    try {
      if (!parsed.success) {
        throw new Error(`Bull job ${String(job.id)} (${job.name}) does not carry outbox data {outboxId, version, payload}; it was not enqueued by the outbox dispatcher.`);
      }
      await runJob(this.database.prisma, job.name, parsed.data.payload);
      await this.database.prisma.outboxJob.updateMany({
        where: { id: parsed.data.outboxId },
        data: { status: 'DONE', attempts: attempt, completedAt: new Date(), lastError: null },
      });
      this.logger.info({ job: job.name, outboxId, attempt }, 'job done');
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const final = attempt >= (job.opts.attempts ?? 1);
      this.logger.warn({ job: job.name, outboxId, attempt, final, err: error }, final ? 'job failed for good' : 'job failed; Bull will retry');
      if (outboxId) {
        await this.database.prisma.outboxJob.updateMany({
          where: { id: outboxId },
          data: final
            ? { status: 'FAILED', attempts: attempt, lastError: message, completedAt: new Date() }
            : { attempts: attempt, lastError: message },
        });
      }
      throw error;
    }
  }
}
