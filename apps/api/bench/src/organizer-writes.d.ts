export declare const WRITES_SERIES = "china-central-asia";
export declare const WRITES_EDITION = 11;
/** Parties of every written agreement (checked afterwards: two rows per agreement). */
export declare const PARTIES_PER_AGREEMENT = 2;
export interface OrganizerWritesOptions {
    /** GraphQL endpoints, one per api process; writer w uses graphqlUrls[w % length]. */
    graphqlUrls: string[];
    token: string;
    writers: number;
    mutations: number;
    /** Slugs are `${slugPrefix}-${n}`, unique within the run. */
    slugPrefix: string;
}
export interface OrganizerWritesResult {
    sent: number;
    /** Ids of the agreements the api reported as created. */
    created: string[];
    /** Failed mutations grouped by message. */
    errors: Record<string, number>;
    latenciesMs: number[];
    durationMs: number;
}
export declare function signInOrganizer(graphqlUrl: string, email: string, password: string): Promise<string>;
export declare function runOrganizerWrites(options: OrganizerWritesOptions): Promise<OrganizerWritesResult>;
/** Nearest-rank percentile of a list of latencies. */
export declare function percentile(values: number[], p: number): number;
