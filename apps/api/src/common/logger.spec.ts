import { Writable } from 'node:stream';
import { createLogger } from './logger.js';

/** A logger writing into an array, and the lines it wrote. */
function capture(): { lines: string[]; logger: ReturnType<typeof createLogger> } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(chunk.toString());
      callback();
    },
  });
  return { lines, logger: createLogger('info', 'caravan-api', sink) };
}

describe(createLogger.name, () => {
  it('logs errors without the passwords of the URLs they carry, nor properties named like secrets, in the error and its cause', () => {
    const { lines, logger } = capture();
    const cause = Object.assign(new Error('connect ECONNREFUSED redis://:redis-pass-123@cache:6379'), { code: 'ECONNREFUSED' });
    const error = Object.assign(new Error('Can\'t reach database server at "postgresql://caravan:db-pass-456@db.internal:5432/caravan"', { cause }), {
      connectionString: 'postgres://caravan:db-pass-456@db.internal/caravan',
      password: 'smtp-pass-789',
      meta: { authSecret: 'auth-secret-000', host: 'db.internal' },
    });
    logger.error({ err: error }, 'query failed');
    logger.warn({ error }, 'retrying');
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      for (const secret of ['redis-pass-123', 'db-pass-456', 'smtp-pass-789', 'auth-secret-000']) expect(line).not.toContain(secret);
    }
    const logged = JSON.parse(lines[0] ?? '{}') as { err: Record<string, unknown> & { meta: Record<string, unknown> } };
    // What is not secret stays, so the line still tells what went wrong.
    // pino appends the cause's message to the error's.
    expect(logged.err.message).toBe('Can\'t reach database server at "postgresql://caravan:***@db.internal:5432/caravan": connect ECONNREFUSED redis://:***@cache:6379');
    expect(logged.err['connectionString']).toBe('postgres://caravan:***@db.internal/caravan');
    expect(logged.err['password']).toBe('***');
    expect(logged.err.meta).toEqual({ authSecret: '***', host: 'db.internal' });
    expect(logged.err['stack']).toEqual(expect.stringContaining('postgresql://caravan:***@db.internal'));
  });

  it('leaves other fields and plain messages as they are', () => {
    const { lines, logger } = capture();
    logger.info({ count: 3, url: 'https://example.org/a' }, 'done');
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ count: 3, url: 'https://example.org/a', msg: 'done', name: 'caravan-api' });
  });
});
