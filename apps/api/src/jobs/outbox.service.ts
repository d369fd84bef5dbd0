// Records a job in the outbox inside the caller's transaction, so the job exists exactly when
// the write that caused it does; the dispatcher delivers it afterwards.
import { Injectable } from '@nestjs/common';
import type { Prisma } from '@caravan/db';
import { parseJobPayload, type JobDefinition } from '@caravan/jobs';
import type { z } from 'zod';
import { currentRequestId } from '../observability/request-id.js';

export interface OutboxRecord {
  id: string;
  status: string;
}

@Injectable()
export class OutboxService {
  async record<TSchema extends z.ZodType>(
    tx: Prisma.TransactionClient,
    def: JobDefinition<TSchema>,
    payload: z.infer<TSchema>,
  ): Promise<OutboxRecord> {
    const valid = parseJobPayload(def, payload);
    const requestId = currentRequestId();
    const row = await tx.outboxJob.create({
      // The request's id goes with the job, so the worker's log lines of it can be found from the request's.
      data: { queue: def.queue, name: def.id, version: def.version, payload: valid as Prisma.InputJsonValue, ...(requestId ? { requestId } : {}) },
      select: { id: true, status: true },
    });
    return row;
  }
}
