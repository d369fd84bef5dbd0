// Each edition keeps its participants' personal data for `personalDataRetentionDays` after its
// last day; then they are anonymised as an organizer's erasure would (participant-erasure.ts),
// each application in a transaction of its own with its audit row (no actor: the system did it).
// The api runs a pass every hour; passes are idempotent (erased applications are skipped), so
// api replicas may run them side by side.
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Database } from '@caravan/db';
import type { JobServices } from '@caravan/jobs';
import type { Logger } from 'pino';
import { AuditService } from '../audit/audit.service.js';
import { WRITE_TRANSACTION_OPTIONS } from '../common/write/audited-write.js';
import { DATABASE, JOB_SERVICES, LOGGER } from '../config/config.tokens.js';
import { QUEUE_MAP, type QueueMap } from '../jobs/queues.provider.js';
import { eraseParticipantRows, purgeErasedFiles } from './participant-erasure.js';

const EVERY_MS = 60 * 60 * 1000;
const BATCH = 200;

export interface RetentionPass {
  /** Applications anonymised in this pass. */
  erased: number;
}

@Injectable()
export class PersonalDataRetention implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(JOB_SERVICES) private readonly services: JobServices,
    @Inject(QUEUE_MAP) private readonly queues: QueueMap,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly audit: AuditService,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      void this.run().catch((error: unknown) => {
        if (!this.stopped) this.logger.error({ err: error }, 'personal-data retention pass failed; will retry');
      });
    }, EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    clearInterval(this.timer);
  }

  /** The applications, not yet erased, of editions whose last day is more than their retention period before `now`. */
  async due(now: Date, limit = BATCH): Promise<{ id: string; editionId: string; seriesId: string; retentionDays: number }[]> {
    return this.database.prisma.$queryRaw`
      SELECT a.id, a."editionId", e."seriesId", e."personalDataRetentionDays" AS "retentionDays"
        FROM "Application" a JOIN "Edition" e ON e.id = a."editionId"
       WHERE e."endDate" IS NOT NULL
         AND e."endDate" + e."personalDataRetentionDays" < (${now}::timestamptz AT TIME ZONE 'UTC')::date
         AND a.email <> ('erased-' || a.id || '@erased.invalid')
       ORDER BY a."createdAt"
       LIMIT ${limit}`;
  }

  /** One pass: anonymises every application that is due, batch after batch. */
  async run(now: Date = new Date()): Promise<RetentionPass> {
    let erased = 0;
    for (;;) {
      const due = await this.due(now);
      if (due.length === 0 || this.stopped) break;
      for (const application of due) {
        const plan = await this.database.prisma.$transaction(async (tx) => {
          const result = await eraseParticipantRows(tx, application.id);
          await this.audit.record(tx, {
            seriesId: application.seriesId,
            editionId: application.editionId,
            actorId: null,
            action: 'delete',
            entityType: 'Application',
            entityId: application.id,
            after: { erased: true, by: 'RETENTION', retentionDays: application.retentionDays },
          });
          return result;
        }, WRITE_TRANSACTION_OPTIONS);
        await purgeErasedFiles(plan, this.services.storage, this.queues);
        erased += 1;
      }
    }
    if (erased > 0) this.logger.info({ erased }, 'participants anonymised after their edition’s retention period');
    return { erased };
  }
}
