// Concurrent organizer writes through the real api: `writers` loops, spread over one or more
// api processes, each sending `createAgreement` with one signed-in organizer's token until
// `mutations` have been sent in all. Every mutation writes an agreement, its parties and an
// audit row in one transaction, so the database's isolation decides whether all of them land.
// Used by the bench (throughput, latency) and by the embedded default's tests (correctness).

export const WRITES_SERIES = 'china-central-asia';
export const WRITES_EDITION = 11;
/** Parties of every written agreement (checked afterwards: two rows per agreement). */
export const PARTIES_PER_AGREEMENT = 2;

const CREATE_AGREEMENT = `mutation($series: String!, $number: Int!, $input: CreateAgreementInput!) {
  createAgreement(series: $series, number: $number, input: $input) { id slug } }`;
const SIGN_IN = `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken } }`;

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

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string }[];
}

async function post<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<GraphQLAnswer<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  try {
    return JSON.parse(text) as GraphQLAnswer<T>;
  } catch {
    return { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 200)}` }] };
  }
}

export async function signInOrganizer(graphqlUrl: string, email: string, password: string): Promise<string> {
  const answer = await post<{ signIn: { accessToken: string } }>(graphqlUrl, SIGN_IN, { email, password });
  const token = answer.data?.signIn.accessToken;
  if (!token) throw new Error(`sign-in of ${email} failed: ${JSON.stringify(answer.errors)}`);
  return token;
}

export async function runOrganizerWrites(options: OrganizerWritesOptions): Promise<OrganizerWritesResult> {
  const created: string[] = [];
  const errors: Record<string, number> = {};
  const latenciesMs: number[] = [];
  let next = 0;
  const started = performance.now();
  const writer = async (w: number): Promise<void> => {
    const url = options.graphqlUrls[w % options.graphqlUrls.length] as string;
    for (let n = next++; n < options.mutations; n = next++) {
      const input = {
        slug: `${options.slugPrefix}-${n}`,
        title: [{ language: 'en', text: `Written agreement ${n}` }],
        type: 'INVESTMENT',
        parties: [{ countryCode: 'UZ' }, { subdivisionId: 'CN-NX' }],
        valueAmount: 1000 + n,
        currency: 'CNY',
        published: true,
      };
      const sent = performance.now();
      let answer: GraphQLAnswer<{ createAgreement: { id: string } }>;
      try {
        answer = await post(url, CREATE_AGREEMENT, { series: WRITES_SERIES, number: WRITES_EDITION, input }, options.token);
      } catch (error) {
        answer = { errors: [{ message: `request failed: ${(error as Error).message}` }] };
      }
      latenciesMs.push(performance.now() - sent);
      const id = answer.data?.createAgreement.id;
      if (id && !answer.errors?.length) {
        created.push(id);
      } else {
        // Error ids differ per request; group the messages without them.
        const message = (answer.errors?.[0]?.message ?? 'no data and no error').replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>');
        errors[message] = (errors[message] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: options.writers }, (_, w) => writer(w)));
  return { sent: options.mutations, created, errors, latenciesMs, durationMs: performance.now() - started };
}

/** Nearest-rank percentile of a list of latencies. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/**
 * Api settings that lift the mutation rate limits: the writers of a load run are one organizer
 * sending thousands of writes on purpose, which is the load under test, not abuse to refuse.
 */
export const UNLIMITED_MUTATIONS = { MUTATION_LIMIT_PER_ACCOUNT: '1000000000', MUTATION_LIMIT_PER_ADDRESS: '1000000000' } as const;
