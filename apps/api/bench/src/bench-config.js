"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BARE_SERVER = exports.API_MAIN = exports.REPO_ROOT = void 0;
exports.loadBenchConfig = loadBenchConfig;
// The bench's settings, read once from the environment with defaults that fit a 2-core machine.
const node_path_1 = require("node:path");
const zod_1 = require("zod");
const bench_error_js_1 = require("./bench-error.js");
const bench_databases_js_1 = require("./bench-databases.js");
const Env = zod_1.z.object({
    BENCH_CONNECTIONS: zod_1.z.coerce.number().int().min(1).max(256).default(16),
    BENCH_DURATION: zod_1.z.coerce.number().int().min(1).max(120).default(10),
    BENCH_WARMUP: zod_1.z.coerce.number().int().min(0).max(60).default(3),
    BENCH_ROUNDS: zod_1.z.coerce.number().int().min(1).max(5).default(2),
    BENCH_TARGET_RATIO: zod_1.z.coerce.number().positive().max(1).default(0.5),
    /** 1: exit non-zero when the api stays below the target ratio (off by default: shared CPUs are noisy). */
    BENCH_ENFORCE_TARGET: zod_1.z.enum(['0', '1']).default('0'),
    /** 1: print the api's statements, to update bare-statements.ts after a repository change. */
    BENCH_PRINT_SQL: zod_1.z.enum(['0', '1']).default('0'),
    BENCH_RESULTS_DIR: zod_1.z.string().optional(),
    /** A directory: both servers are CPU-profiled and write api.cpuprofile / bare.cpuprofile there. */
    BENCH_CPU_PROFILE_DIR: zod_1.z.string().optional(),
    REDIS_URL: zod_1.z.string().default('redis://127.0.0.1:6379'),
    /** Where the bench creates (and drops) its databases on the machine's PostgreSQL. */
    TEST_DATABASE_URL: zod_1.z.string().default('postgresql://postgres@127.0.0.1:5432/postgres'),
    /** Databases of the database-targets bench, comma-separated (see bench-databases.ts). */
    BENCH_DATABASES: zod_1.z
        .string()
        .default('system,embedded')
        .transform((value) => value.split(',').map((name) => name.trim()))
        .pipe(zod_1.z.array(zod_1.z.enum(bench_databases_js_1.DATABASE_TARGETS)).min(1)),
    BENCH_WRITERS: zod_1.z.coerce.number().int().min(1).max(64).default(8),
    BENCH_WRITES: zod_1.z.coerce.number().int().min(1).max(100_000).default(2000),
    /** A sentence for the results, e.g. that the machine was shared while measuring. */
    BENCH_NOTE: zod_1.z.string().optional(),
});
/** apps/api/bench/dist → the repository root. */
exports.REPO_ROOT = (0, node_path_1.resolve)(__dirname, '..', '..', '..', '..');
exports.API_MAIN = (0, node_path_1.resolve)(__dirname, '..', '..', 'dist', 'main.js');
exports.BARE_SERVER = (0, node_path_1.resolve)(__dirname, 'bare-server.js');
function loadBenchConfig(source = process.env) {
    const parsed = Env.safeParse(source);
    if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => `${String(issue.path[0])} ${issue.message}`).join('; ');
        throw new bench_error_js_1.BenchError('CONFIG_INVALID', `Invalid bench settings: ${problems}. Fix the variable and run again.`);
    }
    const env = parsed.data;
    return {
        connections: env.BENCH_CONNECTIONS,
        durationSeconds: env.BENCH_DURATION,
        warmupSeconds: env.BENCH_WARMUP,
        rounds: env.BENCH_ROUNDS,
        targetRatio: env.BENCH_TARGET_RATIO,
        enforceTarget: env.BENCH_ENFORCE_TARGET === '1',
        printSql: env.BENCH_PRINT_SQL === '1',
        resultsDir: (0, node_path_1.resolve)(env.BENCH_RESULTS_DIR ?? (0, node_path_1.resolve)(exports.REPO_ROOT, 'bench', 'results')),
        cpuProfileDir: env.BENCH_CPU_PROFILE_DIR === undefined ? undefined : (0, node_path_1.resolve)(env.BENCH_CPU_PROFILE_DIR),
        redisUrl: env.REDIS_URL,
        adminUrl: env.TEST_DATABASE_URL,
        databases: [...new Set(env.BENCH_DATABASES)],
        writers: env.BENCH_WRITERS,
        writes: env.BENCH_WRITES,
        note: env.BENCH_NOTE,
    };
}
//# sourceMappingURL=bench-config.js.map