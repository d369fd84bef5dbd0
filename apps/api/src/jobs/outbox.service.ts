// Records a job in the outbox inside the caller's transaction, so the job exists exactly when
// the write that caused it does; the dispatcher delivers it afterwards.
import { Injectable } from '@nestjs/common';
import type { Prisma } from '@caravan/db';
import { parseJobPayload, type JobDefinition } from '@caravan/jobs';
import type { z } from 'zod';

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
    const row = await tx.outboxJob.create({
      data: { queue: def.queue, name: def.id, version: def.version, payload: valid as Prisma.InputJsonValue },
      select: { id: true, status: true },
    });
    return row;
  }
}
