import { type DatabaseTarget } from './bench-databases.js';
export interface BenchConfig {
    connections: number;
    durationSeconds: number;
    warmupSeconds: number;
    rounds: number;
    targetRatio: number;
    enforceTarget: boolean;
    printSql: boolean;
    resultsDir: string;
    cpuProfileDir: string | undefined;
    redisUrl: string;
    adminUrl: string;
    databases: DatabaseTarget[];
    writers: number;
    writes: number;
    note: string | undefined;
}
/** apps/api/bench/dist → the repository root. */
export declare const REPO_ROOT: string;
export declare const API_MAIN: string;
export declare const BARE_SERVER: string;
export declare function loadBenchConfig(source?: Readonly<Record<string, string | undefined>>): BenchConfig;
