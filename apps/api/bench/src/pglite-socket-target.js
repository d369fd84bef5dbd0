"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PGLITE_SOCKET_SERVER = void 0;
exports.startPgliteSocket = startPgliteSocket;
// The previous embedded default as a target: @caravan/db's test fixture script that serves one
// in-memory PGlite session over the wire protocol (optionally with transaction pooling), in a
// child process of its own. For the bench's comparison and the embedded default's negative control.
const node_child_process_1 = require("node:child_process");
const node_path_1 = require("node:path");
const bench_error_js_1 = require("./bench-error.js");
exports.PGLITE_SOCKET_SERVER = (0, node_path_1.resolve)(__dirname, '..', '..', '..', '..', 'packages', 'db', 'src', 'testing', 'pglite-socket-server.mjs');
function startPgliteSocket(options = {}) {
    const args = [...(options.transactionPooling ? ['--transaction-pooling'] : []), ...(options.dataDir ? ['--data-dir', options.dataDir] : [])];
    const child = (0, node_child_process_1.spawn)(process.execPath, [exports.PGLITE_SOCKET_SERVER, ...args], {
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise((done) => child.once('exit', () => done()));
    let output = '';
    return new Promise((resolveTarget, reject) => {
        child.stderr.on('data', (chunk) => (output += chunk.toString()));
        child.stdout.on('data', (chunk) => {
            output += chunk.toString();
            const line = /^\{"url":.*\}$/m.exec(output)?.[0];
            if (!line)
                return;
            const { url } = JSON.parse(line);
            resolveTarget({
                url,
                async stop() {
                    if (child.exitCode === null && child.signalCode === null)
                        child.kill('SIGTERM');
                    await exited;
                },
            });
        });
        void exited.then(() => reject(new bench_error_js_1.BenchError('SERVER_EXITED', `the PGlite socket server exited before listening:\n${output}`)));
    });
}
//# sourceMappingURL=pglite-socket-target.js.map