// The bare server's connection pool: node-postgres with the row parsing Prisma's adapter uses,
// so dates read the same way (DATE as the calendar day, TIMESTAMP columns as UTC instants).
import pg from 'pg';
import type { RunStatement } from './bare-programme.js';
import type { Statement } from './statement.js';

const DATE_OID = 1082;
const TIMESTAMP_OID = 1114;

// Prisma stores DateTime as timestamp without time zone, holding UTC; pg would read it as local time.
const parseUtcTimestamp = (value: string): Date => new Date(`${value.replace(' ', 'T')}Z`);

const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === DATE_OID) return (value: string) => value;
    if (oid === TIMESTAMP_OID) return parseUtcTimestamp;
    return format === undefined ? pg.types.getTypeParser(oid) : pg.types.getTypeParser(oid, format);
  }) as typeof pg.types.getTypeParser,
};

export function createBarePool(connectionString: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, types });
  // A connection the server drops while idle is replaced on the next query; without a listener
  // the 'error' event would end the process.
  pool.on('error', (error) => process.stderr.write(`[bare] idle PostgreSQL connection closed: ${error.message}\n`));
  return pool;
}

export function poolRunner(pool: pg.Pool): RunStatement {
  return async <R>(statement: Statement): Promise<R[]> => (await pool.query(statement.sql, statement.params)).rows as R[];
}
