export declare const DATABASE_TARGETS: readonly ["system", "embedded", "pglite-socket", "pglite-pooled"];
export type DatabaseTarget = (typeof DATABASE_TARGETS)[number];
export declare const TARGET_LABELS: Record<DatabaseTarget, string>;
export interface BenchDatabase {
    url: string;
    /** What `SELECT version()` says. */
    version: string;
    drop(): Promise<void>;
}
export declare function createBenchDatabase(target: DatabaseTarget, adminUrl: string): Promise<BenchDatabase>;
