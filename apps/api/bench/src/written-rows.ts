// What a run of organizer writes left in the database, read back with plain SQL: the
// agreements with the run's slug prefix, their parties, their audit rows, and any slug or
// audit row that appears twice. `exact` when every created agreement is there once with all
// of its rows, nothing else is, and no mutation failed.
import { Client } from 'pg';
import { PARTIES_PER_AGREEMENT, WRITES_EDITION, WRITES_SERIES, type OrganizerWritesResult } from './organizer-writes.js';

export interface WrittenRows {
  agreements: number;
  parties: number;
  auditRows: number;
  duplicateSlugs: number;
  duplicateAuditRows: number;
  /** Agreements the api reported as created that are not in the database. */
  missing: number;
  exact: boolean;
}

export async function readWrittenRows(url: string, slugPrefix: string, result: OrganizerWritesResult): Promise<WrittenRows> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<Omit<WrittenRows, 'exact' | 'missing'> & { ids: string[] | null }>(
      `WITH ours AS (
         SELECT a.id, a.slug FROM "Agreement" a JOIN "Edition" e ON e.id = a."editionId" JOIN "Series" s ON s.id = e."seriesId"
          WHERE s.slug = $1 AND e.number = $2 AND a.slug LIKE $3)
       SELECT (SELECT count(*)::int FROM ours) AS agreements,
              (SELECT count(*)::int FROM "AgreementParty" p JOIN ours ON ours.id = p."agreementId") AS parties,
              (SELECT count(*)::int FROM "AuditEntry" x JOIN ours ON ours.id = x."entityId" WHERE x."entityType" = 'Agreement' AND x.action = 'create') AS "auditRows",
              (SELECT count(*)::int FROM (SELECT slug FROM ours GROUP BY slug HAVING count(*) > 1) d) AS "duplicateSlugs",
              (SELECT count(*)::int FROM (SELECT x."entityId" FROM "AuditEntry" x JOIN ours ON ours.id = x."entityId"
                 WHERE x.action = 'create' GROUP BY x."entityId" HAVING count(*) > 1) d) AS "duplicateAuditRows",
              (SELECT array_agg(id) FROM ours) AS ids`,
      [WRITES_SERIES, WRITES_EDITION, `${slugPrefix}-%`],
    );
    const row = rows[0];
    if (!row) throw new Error('no answer from the database');
    const present = new Set(row.ids ?? []);
    const missing = result.created.filter((id) => !present.has(id)).length;
    const { ids: _ids, ...counts } = row;
    const failed = Object.values(result.errors).reduce((sum, n) => sum + n, 0);
    const n = result.created.length;
    const exact =
      failed === 0 && n === result.sent && counts.agreements === n && counts.parties === n * PARTIES_PER_AGREEMENT && counts.auditRows === n &&
      counts.duplicateSlugs === 0 && counts.duplicateAuditRows === 0 && missing === 0;
    return { ...counts, missing, exact };
  } finally {
    await client.end();
  }
}
