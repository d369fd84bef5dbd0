export interface PgliteSocketTarget {
    url: string;
    stop(): Promise<void>;
}
export declare const PGLITE_SOCKET_SERVER: string;
export declare function startPgliteSocket(options?: {
    transactionPooling?: boolean;
    dataDir?: string;
}): Promise<PgliteSocketTarget>;
