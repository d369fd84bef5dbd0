// The baseline of the registration rush: what a submission has to write, done by hand with
// node-postgres and no framework: read the edition and the category, then in one transaction
// check the email is new, take a place by the guarded update (or waitlist), insert the
// application, its mail's outbox row and its audit row. No validation of the answers, no
// idempotency, no rate limit: the floor the api's stack is compared with.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';

export interface BareSubmission {
  editionId: string;
  category: string;
  email: string;
  givenName: string;
  familyName: string;
  citizenship: string;
}

export async function bareSubmit(pool: pg.Pool, submission: BareSubmission): Promise<{ reference: string; status: string } | null> {
  const category = await pool.query<{ id: string; approval: string }>(
    `SELECT c.id, c.approval FROM "AccreditationCategory" c JOIN "Edition" e ON e.id = c."editionId"
     WHERE c."editionId" = $1 AND c.slug = $2 AND e.status = 'REGISTRATION_OPEN'`,
    [submission.editionId, submission.category],
  );
  const row = category.rows[0];
  if (!row) return null;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const existing = await client.query('SELECT id FROM "Application" WHERE "editionId" = $1 AND email = $2', [submission.editionId, submission.email]);
    if (existing.rowCount) throw new Error(`duplicate ${submission.email}`);
    let status = 'SUBMITTED';
    if (row.approval === 'AUTO_APPROVED') {
      const taken = await client.query(
        `UPDATE "AccreditationCategory" SET "approvedCount" = "approvedCount" + 1 WHERE id = $1 AND ("capacity" IS NULL OR "approvedCount" < "capacity") RETURNING id`,
        [row.id],
      );
      status = taken.rowCount === 1 ? 'APPROVED' : 'WAITLISTED';
    }
    const id = randomUUID();
    const reference = `BARE-${id.slice(0, 8).toUpperCase()}`;
    await client.query(
      `INSERT INTO "Application" (id, reference, "editionId", "categoryId", status, email, "givenName", "familyName", citizenship, language, answers, "updatedAt",
         "submittedAt", "waitlistedAt")
       VALUES ($1, $2, $3, $4, $5::"ApplicationStatus", $6, $7, $8, $9, 'en', $10, now(), now(), CASE WHEN $5::text = 'WAITLISTED' THEN now() END)`,
      [id, reference, submission.editionId, row.id, status, submission.email, submission.givenName, submission.familyName, submission.citizenship, JSON.stringify(submission)],
    );
    await client.query(`INSERT INTO "OutboxJob" (id, queue, name, version, payload) VALUES ($1, 'mail', 'mail.send', 1, $2)`, [
      randomUUID(),
      JSON.stringify({ kind: 'registration.approved', to: { address: submission.email } }),
    ]);
    await client.query(
      `INSERT INTO "AuditEntry" (id, "editionId", action, "entityType", "entityId", after) VALUES ($1, $2, 'create', 'Application', $3, $4)`,
      [randomUUID(), submission.editionId, id, JSON.stringify({ reference, status })],
    );
    await client.query('COMMIT');
    return { reference, status };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
