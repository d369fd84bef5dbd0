export interface ChildServer {
    name: string;
    baseUrl: string;
    stop(): Promise<void>;
    /** Sends a signal without waiting (a crash test's SIGKILL); `stop` still waits for the exit. */
    kill(signal: NodeJS.Signals): void;
}
export declare function freePort(): Promise<number>;
export declare function startChildServer(options: {
    name: string;
    script: string;
    env: Record<string, string>;
    readyTimeoutMs: number;
    /** Directory for a CPU profile of the child, written when it is stopped. */
    cpuProfileDir?: string | undefined;
}): Promise<ChildServer>;
