// Port checks for the embedded server: a clear error before PostgreSQL tries a taken port, and
// a free port when the caller lets us choose (tests, a CLI's private server).
import { createServer } from 'node:net';
import { DbError } from '../errors.js';

function listenOnce(port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen({ port, host, exclusive: true }, () => {
      const address = probe.address();
      const bound = typeof address === 'object' && address !== null ? address.port : port;
      probe.close(() => resolve(bound));
    });
  });
}

export function freePort(host = '127.0.0.1'): Promise<number> {
  return listenOnce(0, host);
}

export async function assertPortFree(port: number, host = '127.0.0.1'): Promise<void> {
  try {
    await listenOnce(port, host);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    throw new DbError(
      'EMBEDDED_PORT_IN_USE',
      `port ${port} on ${host} is taken by another program, so the embedded PostgreSQL cannot listen there. ` +
        `Stop that program, or choose another port with EMBEDDED_DB_PORT=<port>.`,
      { cause: error },
    );
  }
}
