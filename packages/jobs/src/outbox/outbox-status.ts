// The one place that writes an outbox row's outcome, for the worker and the api's inline mode
// alike: DONE after success, the attempt count and last error after a failed attempt, FAILED
// after the last one. updateMany, so a row deleted meanwhile is not an error.
import type { PrismaClient } from '@caravan/db';

export async function markOutboxDone(prisma: PrismaClient, outboxId: string, attempt: number): Promise<void> {
  await prisma.outboxJob.updateMany({
    where: { id: outboxId },
    data: { status: 'DONE', attempts: attempt, completedAt: new Date(), lastError: null },
  });
}

export interface FailedAttempt {
  attempt: number;
  error: string;
  /** The last attempt (or a permanent failure): the row is marked FAILED. */
  final: boolean;
}

export async function markOutboxAttemptFailed(prisma: PrismaClient, outboxId: string, failed: FailedAttempt): Promise<void> {
  await prisma.outboxJob.updateMany({
    where: { id: outboxId },
    data: failed.final
      ? { status: 'FAILED', attempts: failed.attempt, lastError: failed.error, completedAt: new Date() }
      : { attempts: failed.attempt, lastError: failed.error },
  });
}
