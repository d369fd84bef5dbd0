// Places in an accreditation category, kept in PostgreSQL so that several api processes never
// oversell one: `approvedCount` moves only by a guarded conditional update in the transaction
// that changes the application's status, and a CHECK constraint keeps it within `capacity`. Two
// approvals racing for the last place serialise on the category's row; the second finds the
// condition false and takes nothing. Every function here runs in the caller's transaction.
import { Prisma } from '@caravan/db';

/**
 * Takes one place in the category if one is left: true when taken. Concurrent callers wait on the
 * row, then re-check the condition on the committed count (PostgreSQL's EvalPlanQual).
 */
export async function takePlace(tx: Prisma.TransactionClient, categoryId: string): Promise<boolean> {
  const taken = await tx.$queryRaw<{ id: string }[]>(Prisma.sql`
    UPDATE "AccreditationCategory" SET "approvedCount" = "approvedCount" + 1
    WHERE id = ${categoryId} AND ("capacity" IS NULL OR "approvedCount" < "capacity")
    RETURNING id`);
  return taken.length === 1;
}

/** Gives one place back (an APPROVED application left that status). */
export async function freePlace(tx: Prisma.TransactionClient, categoryId: string): Promise<void> {
  await tx.$executeRaw(Prisma.sql`UPDATE "AccreditationCategory" SET "approvedCount" = "approvedCount" - 1 WHERE id = ${categoryId}`);
}

/**
 * The first waitlisted application of the category (by `waitlistedAt`), locked so two freed
 * places never promote the same one; a row another transaction holds is skipped, not waited for.
 */
export async function firstWaitlisted(tx: Prisma.TransactionClient, categoryId: string): Promise<string | null> {
  const rows = await tx.$queryRaw<{ id: string }[]>(Prisma.sql`
    SELECT id FROM "Application"
    WHERE "categoryId" = ${categoryId} AND status = 'WAITLISTED'
    ORDER BY "waitlistedAt" ASC NULLS LAST, "createdAt" ASC
    LIMIT 1 FOR UPDATE SKIP LOCKED`);
  return rows[0]?.id ?? null;
}
