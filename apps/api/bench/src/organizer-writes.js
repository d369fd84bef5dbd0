"use strict";
// Concurrent organizer writes through the real api: `writers` loops, spread over one or more
// api processes, each sending `createAgreement` with one signed-in organizer's token until
// `mutations` have been sent in all. Every mutation writes an agreement, its parties and an
// audit row in one transaction, so the database's isolation decides whether all of them land.
// Used by the bench (throughput, latency) and by the embedded default's tests (correctness).
Object.defineProperty(exports, "__esModule", { value: true });
exports.PARTIES_PER_AGREEMENT = exports.WRITES_EDITION = exports.WRITES_SERIES = void 0;
exports.signInOrganizer = signInOrganizer;
exports.runOrganizerWrites = runOrganizerWrites;
exports.percentile = percentile;
exports.WRITES_SERIES = 'china-central-asia';
exports.WRITES_EDITION = 11;
/** Parties of every written agreement (checked afterwards: two rows per agreement). */
exports.PARTIES_PER_AGREEMENT = 2;
const CREATE_AGREEMENT = `mutation($series: String!, $number: Int!, $input: CreateAgreementInput!) {
  createAgreement(series: $series, number: $number, input: $input) { id slug } }`;
const SIGN_IN = `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken } }`;
async function post(url, query, variables, token) {
    const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    try {
        return JSON.parse(text);
    }
    catch {
        return { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 200)}` }] };
    }
}
async function signInOrganizer(graphqlUrl, email, password) {
    const answer = await post(graphqlUrl, SIGN_IN, { email, password });
    const token = answer.data?.signIn.accessToken;
    if (!token)
        throw new Error(`sign-in of ${email} failed: ${JSON.stringify(answer.errors)}`);
    return token;
}
async function runOrganizerWrites(options) {
    const created = [];
    const errors = {};
    const latenciesMs = [];
    let next = 0;
    const started = performance.now();
    const writer = async (w) => {
        const url = options.graphqlUrls[w % options.graphqlUrls.length];
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
            let answer;
            try {
                answer = await post(url, CREATE_AGREEMENT, { series: exports.WRITES_SERIES, number: exports.WRITES_EDITION, input }, options.token);
            }
            catch (error) {
                answer = { errors: [{ message: `request failed: ${error.message}` }] };
            }
            latenciesMs.push(performance.now() - sent);
            const id = answer.data?.createAgreement.id;
            if (id && !answer.errors?.length) {
                created.push(id);
            }
            else {
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
function percentile(values, p) {
    if (values.length === 0)
        return 0;
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
//# sourceMappingURL=organizer-writes.js.map