"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.freePort = freePort;
exports.startChildServer = startChildServer;
// Runs one server of the comparison in a child process of its own: picks a free port, starts
// it, waits until it answers HTTP, forwards its warnings, and stops it (SIGTERM, then SIGKILL).
const node_child_process_1 = require("node:child_process");
const node_net_1 = require("node:net");
const promises_1 = require("node:timers/promises");
const bench_error_js_1 = require("./bench-error.js");
const cpu_profile_js_1 = require("./cpu-profile.js");
function freePort() {
    return new Promise((resolve, reject) => {
        const server = (0, node_net_1.createServer)();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            const port = typeof address === 'object' && address !== null ? address.port : 0;
            server.close(() => (port > 0 ? resolve(port) : reject(new bench_error_js_1.BenchError('PORT_UNAVAILABLE', 'no free TCP port on 127.0.0.1'))));
        });
    });
}
function exited(child) {
    return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}
async function startChildServer(options) {
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const profiling = options.cpuProfileDir === undefined ? {} : { BENCH_CPU_PROFILE_DIR: options.cpuProfileDir, BENCH_CPU_PROFILE_NAME: options.name };
    const nodeArgs = options.cpuProfileDir === undefined ? [] : ['--require', require.resolve('./cpu-profile.js')];
    const child = (0, node_child_process_1.spawn)(process.execPath, [...nodeArgs, options.script], {
        env: { PATH: process.env['PATH'] ?? '', ...options.env, ...profiling, PORT: String(port), HOST: '127.0.0.1' },
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output = [];
    const keep = (chunk, echo) => {
        const text = chunk.toString();
        output.push(text);
        if (output.length > 40)
            output.shift();
        if (echo)
            process.stderr.write(text.replace(/^(?=.)/gm, `[${options.name}] `));
    };
    // Both servers log at warn and above only, so whatever they print deserves to be seen.
    child.stdout?.on('data', (chunk) => keep(chunk, true));
    child.stderr?.on('data', (chunk) => keep(chunk, true));
    const writeProfile = async () => {
        child.kill('SIGUSR2');
        const deadline = Date.now() + 30_000;
        while (!output.some((text) => text.includes(cpu_profile_js_1.PROFILE_WRITTEN)) && Date.now() < deadline)
            await (0, promises_1.setTimeout)(100);
    };
    const stop = async () => {
        if (child.exitCode !== null || child.signalCode !== null)
            return;
        if (options.cpuProfileDir !== undefined)
            await writeProfile();
        child.kill('SIGTERM');
        const done = await Promise.race([exited(child).then(() => true), (0, promises_1.setTimeout)(10_000, false, { ref: false })]);
        if (!done) {
            child.kill('SIGKILL');
            await exited(child);
        }
    };
    const deadline = Date.now() + options.readyTimeoutMs;
    while (Date.now() < deadline) {
        if (child.exitCode !== null || child.signalCode !== null) {
            throw new bench_error_js_1.BenchError('SERVER_EXITED', `${options.name} server exited (${child.exitCode ?? child.signalCode}) before it answered:\n${output.join('')}`);
        }
        try {
            // Any HTTP answer, even a 404, means the server is listening.
            await fetch(`${baseUrl}/`, { signal: AbortSignal.timeout(1_000) });
            return { name: options.name, baseUrl, stop, kill: (signal) => void child.kill(signal) };
        }
        catch {
            await (0, promises_1.setTimeout)(100);
        }
    }
    await stop();
    throw new bench_error_js_1.BenchError('SERVER_NOT_READY', `${options.name} server did not answer within ${options.readyTimeoutMs} ms:\n${output.join('')}`);
}
//# sourceMappingURL=child-server.js.map