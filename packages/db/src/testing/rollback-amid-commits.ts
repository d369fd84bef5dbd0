// The isolation check shared by the embedded server's tests: one connection opens a
// transaction and writes, other connections commit their own rows meanwhile, then the first
// rolls back. Each connection of a real PostgreSQL is a session of its own, so every other row
// survives and the rolled-back one is gone. `shareSession` sends the others' writes through the
// transaction's own session, which is what a server multiplexing clients onto one session does
// (the negative control: their rows are rolled back with it).
import { Client, Pool } from 'pg';

export interface RollbackAmidCommits {
  committed: number;
  /** Rows of the other writers still there after the rollback. */
  survived: number;
  /** Whether the rolled-back row is (wrongly) still there. */
  rolledBackVisible: boolean;
  /** Whether the others saw the uncommitted row while the transaction was open. */
  sawUncommitted: boolean;
}

export async function rollbackAmidCommits(url: string, options: { writers?: number; shareSession?: boolean } = {}): Promise<RollbackAmidCommits> {
  const writers = options.writers ?? 16;
  const table = `rollback_probe_${process.pid}_${Date.now()}`;
  const tx = new Client({ connectionString: url });
  const pool = new Pool({ connectionString: url, max: 4 });
  await tx.connect();
  try {
    await tx.query(`CREATE TABLE ${table} (id text PRIMARY KEY, writer text NOT NULL)`);
    await tx.query('BEGIN');
    await tx.query(`INSERT INTO ${table} VALUES ('doomed', 'tx')`);
    const other = options.shareSession ? (sql: string, params: unknown[]) => tx.query(sql, params) : (sql: string, params: unknown[]) => pool.query(sql, params);
    const seen = await other(`SELECT count(*)::int AS n FROM ${table} WHERE id = 'doomed'`, []);
    await Promise.all(Array.from({ length: writers }, (_, i) => other(`INSERT INTO ${table} VALUES ($1, 'other')`, [`row-${i}`])));
    await tx.query('ROLLBACK');
    const after = await pool.query<{ survived: number; doomed: number }>(
      `SELECT count(*) FILTER (WHERE writer = 'other')::int AS survived, count(*) FILTER (WHERE id = 'doomed')::int AS doomed FROM ${table}`,
    );
    const row = after.rows[0] ?? { survived: 0, doomed: 0 };
    return { committed: writers, survived: row.survived, rolledBackVisible: row.doomed > 0, sawUncommitted: (seen.rows[0] as { n: number }).n > 0 };
  } finally {
    await tx.query(`DROP TABLE IF EXISTS ${table}`).catch(() => undefined);
    await tx.end();
    await pool.end();
  }
}
