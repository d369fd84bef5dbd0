// A visitor's public write (requestProgrammeDocument) through PublicWriteRunner, on the real
// PostgreSQL and Redis: each address has its own allowance; the write and its audit row (no
// actor, an HMAC of the address) commit together; over the limit RATE_LIMITED and nothing written.
import { createHmac } from 'node:crypto';
import { AUTH_SECRET } from '../auth/auth.tokens.js';
import { PublicWriteRunner } from '../common/write/public-write-runner.js';
import { seedCatalogueAndForum } from '../testing/fixtures.js';
import { randomAddress, startTestApi, type TestApi } from '../testing/test-api.js';
import { PROGRAMME_DOCUMENT_REQUESTS } from './documents.service.js';

const REQUEST = `mutation { requestProgrammeDocument(series: "china-central-asia", number: 11) { jobId status } }`;

describe(PublicWriteRunner.name, () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ seed: (prisma) => seedCatalogueAndForum(prisma, { sessions: 1 }), env: { OUTBOX_POLL_MS: '600000' } });
  });

  afterAll(async () => {
    await api?.close();
  });

  const written = async () => ({ jobs: await api.prisma.outboxJob.count(), audit: await api.prisma.auditEntry.count() });

  it('audits a visitor write without an actor, with an HMAC of the address and not the address', async () => {
    const address = randomAddress();
    const res = await api.gql<{ requestProgrammeDocument: { jobId: string } }>(REQUEST, {}, { address });
    expect(res.errors).toBeUndefined();
    const audit = await api.prisma.auditEntry.findMany({ where: { entityId: res.data?.requestProgrammeDocument.jobId } });
    const expectedHash = createHmac('sha256', api.app.get<Uint8Array>(AUTH_SECRET)).update(address).digest('hex');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: null, clientAddressHash: expectedHash, action: 'create', entityType: 'ProgrammeDocumentRequest' });
    expect(JSON.stringify(audit[0])).not.toContain(address);
  });

  it('refuses the request after the allowance of an address, with RATE_LIMITED and nothing written', async () => {
    const address = randomAddress();
    for (let i = 0; i < PROGRAMME_DOCUMENT_REQUESTS.limit.points; i += 1) {
      expect((await api.gql(REQUEST, {}, { address })).errors).toBeUndefined();
    }
    const before = await written();
    const refused = await api.gql<null>(REQUEST, {}, { address });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('RATE_LIMITED');
    expect(refused.errors?.[0]?.message).toMatch(/^Too many programme document requests from this address\. Wait \d+ seconds before trying again\.$/);
    expect(Number(refused.errors?.[0]?.extensions?.['retryAfterSeconds'])).toBeGreaterThan(0);
    expect(await written()).toEqual(before);
    // Negative control: another address is still served, and writes its job and audit row.
    expect((await api.gql(REQUEST, {}, { address: randomAddress() })).errors).toBeUndefined();
    expect(await written()).toEqual({ jobs: before.jobs + 1, audit: before.audit + 1 });
  });

  it('validates before it writes: an unknown edition is NOT_FOUND and leaves no row', async () => {
    const before = await written();
    const res = await api.gql(`mutation { requestProgrammeDocument(series: "china-central-asia", number: 99) { jobId } }`);
    expect(res.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect(await written()).toEqual(before);
  });
});
