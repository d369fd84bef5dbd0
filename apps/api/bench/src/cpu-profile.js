"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PROFILE_WRITTEN = void 0;
// Preloaded (`node --require`) into a bench child when BENCH_CPU_PROFILE_DIR is set: profiles the
// whole process with the inspector and writes a .cpuprofile on SIGUSR2. Node's own --cpu-prof
// cannot serve here: it writes on a normal exit only, and Nest ends the api by re-raising SIGTERM.
const node_fs_1 = require("node:fs");
const node_inspector_1 = require("node:inspector");
const node_path_1 = require("node:path");
const dir = process.env['BENCH_CPU_PROFILE_DIR'];
// Only children get a name; the bench process itself imports this module for the marker alone.
const name = process.env['BENCH_CPU_PROFILE_NAME'];
/** Printed once the file is on disk; the parent waits for it before stopping the child. */
exports.PROFILE_WRITTEN = '[cpu-profile] wrote';
if (dir && name) {
    const session = new node_inspector_1.Session();
    session.connect();
    session.post('Profiler.enable', () => {
        // 1 ms sampling keeps the overhead small next to requests of tens of milliseconds.
        session.post('Profiler.setSamplingInterval', { interval: 1000 }, () => session.post('Profiler.start'));
    });
    let written = false;
    // Nest's shutdown hooks also answer SIGUSR2 (they close the app and raise it again); staying
    // subscribed keeps that second signal from killing the process before the file is written.
    process.on('SIGUSR2', () => {
        if (written)
            return;
        written = true;
        session.post('Profiler.stop', (error, result) => {
            if (error) {
                process.stderr.write(`[cpu-profile] PROFILE_FAILED: ${error.message}\n`);
                return;
            }
            const file = (0, node_path_1.join)(dir, `${name}.cpuprofile`);
            (0, node_fs_1.writeFileSync)(file, JSON.stringify(result.profile));
            process.stderr.write(`${exports.PROFILE_WRITTEN} ${file}\n`);
        });
    });
}
//# sourceMappingURL=cpu-profile.js.map