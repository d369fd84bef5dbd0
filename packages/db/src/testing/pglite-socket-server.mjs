#!/usr/bin/env node
// The previous embedded default, kept as a test fixture and a benchmark target only: one
// PGlite session served to every client over the wire protocol by pglite-socket, its files in
// the folder given with `--data-dir <dir>` (as the previous default kept .data/pglite), else in memory.
// `--transaction-pooling` gives a client the session exclusively from its first message until
// PostgreSQL reports it idle again (ReadyForQuery 'I'), as pgbouncer's transaction mode does.
// Prints {"url": ...} once listening, with the migrations applied; stops on SIGTERM/SIGINT.
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import db from '@caravan/db';

const READY_FOR_QUERY = 0x5a; // 'Z', length 5, then the transaction status byte
const IDLE = 0x49; // 'I'

/** The last bytes of a response end with ReadyForQuery(idle) when the client's transaction is over. */
function endsIdle(tail) {
  const n = tail.length;
  return n >= 6 && tail[n - 6] === READY_FOR_QUERY && tail[n - 2] === 5 && tail[n - 1] === IDLE;
}

function poolTransactions(queue) {
  let owner = null;
  queue.processQueue = async function processQueue() {
    if (this.processing) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const index = owner === null ? 0 : this.queue.findIndex((item) => item.handlerId === owner);
        if (index === -1) break; // the owner is inside a transaction and has not sent its next message yet
        const [item] = this.queue.splice(index, 1);
        owner = item.handlerId;
        let tail = new Uint8Array(0);
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (chunk) => {
                bytes += chunk.length;
                const joined = new Uint8Array(tail.length + chunk.length);
                joined.set(tail);
                joined.set(chunk, tail.length);
                tail = joined.slice(-6);
                item.onData(chunk);
              },
            }),
          );
        } catch (error) {
          owner = null;
          item.reject(error);
          continue;
        }
        if (endsIdle(tail)) owner = null;
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  };
  queue.clearTransactionIfNeeded = async function clearTransactionIfNeeded(handlerId) {
    if (owner !== handlerId) return;
    if (this.db.isInTransaction()) await this.db.exec('ROLLBACK');
    owner = null;
    await this.processQueue();
  };
}

const dataDirAt = process.argv.indexOf('--data-dir');
const pglite = await PGlite.create(dataDirAt > 0 ? process.argv[dataDirAt + 1] : undefined, { extensions: db.PGLITE_EXTENSIONS });
await db.applyMigrations({ pglite });
const server = new PGLiteSocketServer({ db: pglite, host: '127.0.0.1', port: 0, maxConnections: 200 });
if (process.argv.includes('--transaction-pooling')) poolTransactions(server.queryQueue);
server.addEventListener('listening', (event) => {
  process.stdout.write(`${JSON.stringify({ url: `postgresql://postgres@127.0.0.1:${event.detail.port}/postgres` })}\n`);
});
await server.start();
const stop = () => void server.stop().then(() => pglite.close()).then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
