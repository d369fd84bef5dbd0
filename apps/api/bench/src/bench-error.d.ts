export type BenchErrorCode = 'CONFIG_INVALID' | 'PORT_UNAVAILABLE' | 'SERVER_EXITED' | 'SERVER_NOT_READY' | 'RESPONSE_FAILED' | 'BODIES_DIFFER' | 'STATEMENTS_DIFFER' | 'LOAD_FAILED';
export declare class BenchError extends Error {
    readonly code: BenchErrorCode;
    readonly name = "BenchError";
    constructor(code: BenchErrorCode, message: string);
}
