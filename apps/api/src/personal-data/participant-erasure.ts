// Erasing a participant: everything that names or reaches the person goes, everything that is
// counted stays. In the database (one transaction): the application keeps its edition, category,
// status, dates, citizenship and badge (so counts, quotas and check-in statistics hold), and loses
// names, contacts, organization, answers (passport data included), photo and decision reason;
// photo uploads are deleted; outbox rows about the person lose their payload (the mail bodies)
// and are closed, so a pending mail is never sent; audit snapshots lose the reasons written about
// the person (their statuses stay), idempotent replies and check-in scan details that carry the
// person's data are cleared; invitations lose the address.
// After the commit, `purgeErasedFiles` removes the person's files from storage and the jobs about
// them from the Bull queues. Both steps can be run again on an erased application: the outbox rows
// keep the application's id (not personal), so a purge that failed half-way is completed by a rerun.
import type { Prisma } from '@caravan/db';
import type { Queue } from 'bull';
import type { ObjectStorage } from '@caravan/storage';
import { participantPrefix } from '@caravan/storage';

/** What replaces the names of an erased participant. */
export const ERASED_NAME = 'Erased';

/** The address an erased application keeps: unique per application (one application per email and edition), reaching nobody. */
export function erasedEmail(applicationId: string): string {
  return `erased-${applicationId}@erased.invalid`;
}

export function isErased(application: { id: string; email: string }): boolean {
  return application.email === erasedEmail(application.id);
}

/** What is left to remove outside the database once the erasure has committed. */
export interface ErasurePlan {
  applicationId: string;
  editionId: string;
  /** Folders of storage to empty: the participant's own (photo, badge, letters, exports). */
  storagePrefixes: string[];
  /** Single files: photo uploads and the edition's merged badge sheets, which show everybody. */
  storageKeys: string[];
  /** Outbox rows about the person: their Bull jobs (id = the row's id) are removed. */
  outboxJobs: { id: string; queue: string }[];
}

const likeText = (value: string) => `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Anonymises the application `applicationId` in `tx` and answers what remains to purge outside the database. */
export async function eraseParticipantRows(tx: Prisma.TransactionClient, applicationId: string): Promise<ErasurePlan> {
  const application = await tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: { id: true, editionId: true, email: true, reference: true, badge: { select: { id: true } } },
  });
  // The values that find the person's traces in rows of other tables; the id finds them on a rerun.
  const needles = [application.id, application.reference, ...(isErased(application) ? [] : [application.email])].map(likeText);
  const badgeId = application.badge?.id ?? null;

  const uploads = await tx.photoUpload.findMany({ where: { applicationId }, select: { storageKey: true } });
  await tx.photoUpload.deleteMany({ where: { applicationId } });

  // The merged sheets of the edition's badges show this person too: they go, a new rendering makes them again.
  const sheets = await tx.badgeRenderRun.findMany({ where: { editionId: application.editionId, mergedKey: { not: null } }, select: { mergedKey: true } });
  await tx.badgeRenderRun.updateMany({ where: { editionId: application.editionId, mergedKey: { not: null } }, data: { mergedKey: null } });

  const outboxJobs = await tx.$queryRaw<{ id: string; queue: string }[]>`
    UPDATE "OutboxJob"
       SET payload = jsonb_build_object('erased', true, 'applicationId', ${application.id}::text),
           "lastError" = CASE WHEN "lastError" IS NULL THEN NULL ELSE 'cleared with the erased participant' END,
           status = CASE WHEN status IN ('PENDING', 'DISPATCHED') THEN 'FAILED'::"OutboxStatus" ELSE status END,
           "completedAt" = COALESCE("completedAt", now())
     WHERE payload::text ILIKE ANY(${needles}::text[]) OR "lastError" ILIKE ANY(${needles}::text[])
     RETURNING id, queue`;

  // Audit snapshots keep the statuses (the history and its counts) and lose the free-text
  // reasons about the person; a snapshot that holds their address is cleared whole.
  const ids = badgeId ? [application.id, badgeId] : [application.id];
  await tx.$executeRaw`
    UPDATE "AuditEntry" SET "before" = CASE WHEN jsonb_typeof("before") = 'object' THEN "before" - 'reason' ELSE "before" END,
                            "after" = CASE WHEN jsonb_typeof("after") = 'object' THEN "after" - 'reason' ELSE "after" END
     WHERE "entityId" = ANY(${ids}::text[])`;
  if (!isErased(application)) {
    await tx.$executeRaw`
      UPDATE "AuditEntry" SET "before" = NULL, "after" = jsonb_build_object('erased', true)
       WHERE "before"::text ILIKE ${likeText(application.email)} OR "after"::text ILIKE ${likeText(application.email)}`;
  }

  await tx.$executeRaw`DELETE FROM "IdempotencyKey" WHERE response::text ILIKE ANY(${needles}::text[])`;

  await tx.$executeRaw`
    UPDATE "CheckInScan" SET detail = detail - 'participant'
     WHERE jsonb_exists(detail, 'participant') AND (("badgeId" IS NOT NULL AND "badgeId" = ${badgeId}) OR detail::text ILIKE ANY(${needles}::text[]))`;

  if (!isErased(application)) await tx.delegationInvitation.updateMany({ where: { email: application.email }, data: { email: null } });

  await tx.application.update({
    where: { id: applicationId },
    data: {
      email: erasedEmail(application.id),
      givenName: ERASED_NAME,
      familyName: ERASED_NAME,
      organization: null,
      answers: {},
      passportEncrypted: null,
      photoKey: null,
      outlet: null,
      outletKey: null,
      decisionReason: null,
    },
  });

  return {
    applicationId,
    editionId: application.editionId,
    storagePrefixes: [participantPrefix(application.editionId, applicationId)],
    storageKeys: [...uploads.map((u) => u.storageKey), ...sheets.flatMap((s) => (s.mergedKey ? [s.mergedKey] : []))],
    outboxJobs,
  };
}

/**
 * Removes the erased person's files and queued jobs. Every removal is tried; the ones that failed
 * are thrown together afterwards, so the caller learns the erasure is incomplete (a rerun completes it).
 */
export async function purgeErasedFiles(plan: ErasurePlan, storage: ObjectStorage, queues: ReadonlyMap<string, Queue>): Promise<void> {
  const failures: string[] = [];
  const attempt = async (what: string, work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (error) {
      failures.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  for (const prefix of plan.storagePrefixes) await attempt(`storage ${prefix}`, () => storage.deletePrefix(prefix));
  for (const key of plan.storageKeys) await attempt(`storage ${key}`, () => storage.delete(key));
  for (const job of plan.outboxJobs) {
    const queue = queues.get(job.queue);
    if (queue) await attempt(`job ${job.id}`, async () => (await queue.getJob(job.id))?.remove());
  }
  if (failures.length > 0) throw new ErasureIncompleteError(plan.applicationId, failures);
}

export class ErasureIncompleteError extends Error {
  constructor(
    readonly applicationId: string,
    readonly failures: readonly string[],
  ) {
    super(`The erasure of application ${applicationId} left ${failures.length} item(s) to remove (${failures.join('; ')}); run it again to complete it.`);
    this.name = 'ErasureIncompleteError';
  }
}
