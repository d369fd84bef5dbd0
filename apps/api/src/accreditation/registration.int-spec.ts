// Public registration through the api on PostgreSQL: the form as the portal reads it, photos
// checked by content, every kind of bad input refused at its field with nothing written, the
// participant's magic link (read, finish a draft, withdraw: the freed place goes to the first
// waitlisted) and the rate limit.
import { randomUUID } from 'node:crypto';
import { startTestApi, type GqlResult, type TestApi } from '../testing/test-api.js';
import { MagicLinks } from './magic-links.js';
import { gradientPng } from './testing/png.js';
import { seedOpenRegistration, SUBMIT, validAnswers, type RegistrationFixture } from './testing/registration-fixture.js';

type Receipt = { submitApplication: { reference: string; status: string; email: string } };
type Problem = { field: string; code: string; message: string };

const MY_APPLICATION = `query($token: String!) { myApplication(token: $token) { reference status category editable withdrawable editionNumber history { status reason } } }`;

describe('public registration', () => {
  let api: TestApi;
  let fixture!: RegistrationFixture;
  let closed!: RegistrationFixture;

  beforeAll(async () => {
    api = await startTestApi({
      seed: async (prisma) => {
        fixture = await seedOpenRegistration(prisma, {
          categories: { business: { optional: ['photo'] }, observer: { approval: 'AUTO_APPROVED', capacity: 1, optional: ['photo'] } },
        });
        closed = await seedOpenRegistration(prisma, { number: 21, status: 'PLANNED' });
      },
    });
  });
  afterAll(async () => {
    await api?.close();
  });

  const submit = (answers: Record<string, unknown>, options: { category?: string; editionId?: string; address?: string; draft?: boolean } = {}) =>
    api.gql<Receipt>(
      SUBMIT,
      { input: { editionId: options.editionId ?? fixture.editionId, category: options.category ?? 'business', language: 'en', answers, ...(options.draft ? { draft: true } : {}) } },
      options.address ? { address: options.address } : {},
    );
  const problemsOf = (res: GqlResult<unknown>) => (res.errors?.[0]?.extensions?.['problems'] ?? []) as Problem[];
  const writes = async () => ({ applications: await api.prisma.application.count(), outbox: await api.prisma.outboxJob.count(), uploads: await api.prisma.photoUpload.count() });
  const uploadPhoto = (body: Buffer, contentType = 'image/png', editionId = fixture.editionId) =>
    api.app.inject({ method: 'POST', url: `/registration/photos?editionId=${editionId}`, headers: { 'content-type': contentType }, payload: body });

  it('serves the form, the privacy notice and the public categories in the asked language', async () => {
    const res = await api.gql<{ registration: { open: boolean; privacyNotice: { id: string }; fields: { key: string; input: string; label: string; maxLength: number | null; multiple: boolean }[]; categories: { slug: string; placesLeft: number | null; approval: string; fields: { key: string; required: boolean }[] }[] } }>(
      `{ registration(series: "china-central-asia", edition: 20, lang: "ru") { open privacyNotice { id } fields { key input label maxLength multiple } categories { slug placesLeft approval fields { key required } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const view = res.data?.registration;
    expect(view?.open).toBe(true);
    expect(view?.privacyNotice.id).toBe('privacy-test');
    expect(view?.fields.find((f) => f.key === 'givenName')).toMatchObject({ input: 'latin-name', maxLength: 100 });
    expect(view?.fields.find((f) => f.key === 'dietaryNeeds')?.multiple).toBe(true);
    expect(view?.categories.map((c) => c.slug).sort()).toEqual(['business', 'government-official', 'media', 'observer']);
    expect(view?.categories.find((c) => c.slug === 'observer')).toMatchObject({ placesLeft: 1, approval: 'AUTO_APPROVED' });
    expect(view?.categories.find((c) => c.slug === 'business')?.fields.find((f) => f.key === 'photo')).toEqual({ key: 'photo', required: false });
    const none = await api.gql<{ registration: null }>(`{ registration(series: "china-central-asia", edition: 11) { open } }`);
    expect(none.data?.registration).toBeNull();
  });

  it('takes a photo checked by content, re-encoded, and lets one application claim it', async () => {
    const upload = await uploadPhoto(gradientPng(450, 600));
    expect(upload.statusCode).toBe(201);
    const photo = upload.json<{ photo: string }>().photo;
    const stored = await api.prisma.photoUpload.findUniqueOrThrow({ where: { id: photo } });
    expect(stored).toMatchObject({ contentType: 'image/jpeg', width: 600, height: 800, applicationId: null });
    const email = `${randomUUID()}@example.org`;
    const res = await submit(validAnswers(fixture, email, { photo }));
    expect(res.errors).toBeUndefined();
    const application = await api.prisma.application.findUniqueOrThrow({ where: { editionId_email: { editionId: fixture.editionId, email } } });
    expect(application.photoKey).toBe(stored.storageKey);
    expect((await api.prisma.photoUpload.findUniqueOrThrow({ where: { id: photo } })).applicationId).toBe(application.id);
    // Claimed: a second application cannot name it.
    const again = await submit(validAnswers(fixture, `${randomUUID()}@example.org`, { photo }));
    expect(problemsOf(again)).toEqual([expect.objectContaining({ field: 'photo', code: 'invalid_reference' })]);
  });

  it('refuses a file that is not an image, whatever it claims to be, and writes nothing', async () => {
    const before = await writes();
    const res = await uploadPhoto(Buffer.from('%PDF-1.7 not a photo at all'), 'image/jpeg');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ problems: [expect.objectContaining({ field: 'photo', code: 'not_an_image' })] });
    expect(await writes()).toEqual(before);
  });

  it('refuses each kind of bad input at its field, and writes nothing', async () => {
    const taken = `${randomUUID()}@example.org`;
    expect((await submit(validAnswers(fixture, taken))).errors).toBeUndefined();
    const before = await writes();

    const oversized = await submit(validAnswers(fixture, `${randomUUID()}@example.org`, { givenName: 'A'.repeat(101) }));
    expect(oversized.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(problemsOf(oversized)).toEqual([expect.objectContaining({ field: 'givenName', code: 'too_long' })]);

    const unknown = await submit(validAnswers(fixture, `${randomUUID()}@example.org`, { shoeSize: '42' }));
    expect(problemsOf(unknown)).toEqual([expect.objectContaining({ field: 'shoeSize', code: 'unknown_field' })]);

    const duplicate = await submit(validAnswers(fixture, taken.toUpperCase()));
    expect(problemsOf(duplicate)).toEqual([expect.objectContaining({ field: 'email', code: 'duplicate' })]);

    const noPhoto = await submit(validAnswers(fixture, `${randomUUID()}@example.org`, { photo: randomUUID() }));
    expect(problemsOf(noPhoto)).toEqual([expect.objectContaining({ field: 'photo', code: 'invalid_reference' })]);

    const notPublic = await submit(validAnswers(fixture, `${randomUUID()}@example.org`), { category: 'staff' });
    expect(problemsOf(notPublic)).toEqual([expect.objectContaining({ field: 'category' })]);

    const closedEdition = await submit(validAnswers(closed, `${randomUUID()}@example.org`), { editionId: closed.editionId });
    expect(closedEdition.errors?.[0]?.extensions?.['code']).toBe('REGISTRATION_CLOSED');

    const photoClosed = await uploadPhoto(gradientPng(450, 600), 'image/png', closed.editionId);
    expect(photoClosed.statusCode).toBe(400);

    expect(await writes()).toEqual(before);
  });

  it('opens the application by its mailed link, and refuses a forged one', async () => {
    const email = `${randomUUID()}@example.org`;
    const receipt = (await submit(validAnswers(fixture, email))).data?.submitApplication;
    const application = await api.prisma.application.findUniqueOrThrow({ where: { reference: receipt?.reference ?? '' } });
    const token = await api.app.get(MagicLinks).token(application.id);
    const view = await api.gql<{ myApplication: { reference: string; status: string; editable: boolean; withdrawable: boolean; history: { status: string }[] } }>(MY_APPLICATION, { token });
    expect(view.data?.myApplication).toMatchObject({ reference: receipt?.reference, status: 'SUBMITTED', editable: false, withdrawable: true, history: [{ status: 'SUBMITTED' }] });
    const forged = await api.gql(MY_APPLICATION, { token: `${token.slice(0, -4)}AAAA` });
    expect(forged.errors?.[0]?.extensions?.['code']).toBe('APPLICATION_LINK_INVALID');
    const expired = await api.app.get(MagicLinks).token(application.id, new Date(Date.now() - 8 * 24 * 3600 * 1000));
    expect((await api.gql(MY_APPLICATION, { token: expired })).errors?.[0]?.extensions?.['code']).toBe('APPLICATION_LINK_INVALID');
  });

  it('mails a link only when an application exists, and answers true either way', async () => {
    const email = `${randomUUID()}@example.org`;
    await submit(validAnswers(fixture, email));
    const LINK = `mutation($editionId: ID!, $email: String!) { requestApplicationLink(editionId: $editionId, email: $email, language: "kk") }`;
    const mailsTo = (address: string) => api.prisma.outboxJob.count({ where: { payload: { path: ['to', 'address'], equals: address } } });
    expect((await api.gql<{ requestApplicationLink: boolean }>(LINK, { editionId: fixture.editionId, email: email.toUpperCase() })).data?.requestApplicationLink).toBe(true);
    expect((await api.gql<{ requestApplicationLink: boolean }>(LINK, { editionId: fixture.editionId, email: 'nobody@example.org' })).data?.requestApplicationLink).toBe(true);
    const links = await api.prisma.outboxJob.findMany({ where: { payload: { path: ['kind'], equals: 'application.access-link' } }, select: { payload: true } });
    expect(links.map((l) => (l.payload as { to: { address: string }; locale: string }).to.address)).toEqual([email]);
    expect(await mailsTo(email)).toBe(2);
    expect(await mailsTo('nobody@example.org')).toBe(0);
  });

  it('saves a draft with gaps, completes and submits it through the link', async () => {
    const email = `${randomUUID()}@example.org`;
    const { phone: _phone, organization: _organization, ...partial } = validAnswers(fixture, email);
    const draft = await submit(partial, { draft: true });
    expect(draft.errors).toBeUndefined();
    expect(draft.data?.submitApplication.status).toBe('DRAFT');
    const application = await api.prisma.application.findUniqueOrThrow({ where: { reference: draft.data?.submitApplication.reference ?? '' } });
    const token = await api.app.get(MagicLinks).token(application.id);
    const UPDATE = `mutation($token: String!, $answers: JSON!, $submit: Boolean) { updateMyApplication(token: $token, answers: $answers, submit: $submit) { status editable } }`;
    const incomplete = await api.gql(UPDATE, { token, answers: partial, submit: true });
    expect(problemsOf(incomplete).map((p) => [p.field, p.code])).toEqual(expect.arrayContaining([['phone', 'required'], ['organization', 'required']]));
    const submitted = await api.gql<{ updateMyApplication: { status: string; editable: boolean } }>(UPDATE, { token, answers: validAnswers(fixture, email), submit: true });
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data?.updateMyApplication).toEqual({ status: 'SUBMITTED', editable: false });
  });

  it('gives the place of a withdrawn approved application to the first waitlisted, and mails the promotion', async () => {
    const first = `${randomUUID()}@example.org`;
    const second = `${randomUUID()}@example.org`;
    const third = `${randomUUID()}@example.org`;
    expect((await submit(validAnswers(fixture, first), { category: 'observer' })).data?.submitApplication.status).toBe('APPROVED');
    expect((await submit(validAnswers(fixture, second), { category: 'observer' })).data?.submitApplication.status).toBe('WAITLISTED');
    expect((await submit(validAnswers(fixture, third), { category: 'observer' })).data?.submitApplication.status).toBe('WAITLISTED');
    const approved = await api.prisma.application.findUniqueOrThrow({ where: { editionId_email: { editionId: fixture.editionId, email: first } } });
    const token = await api.app.get(MagicLinks).token(approved.id);
    // Read through the link before and after, as the portal does: the answer is never served stale.
    const viewStatus = async () => (await api.gql<{ myApplication: { status: string } }>(MY_APPLICATION, { token })).data?.myApplication.status;
    expect(await viewStatus()).toBe('APPROVED');
    expect(await viewStatus()).toBe('APPROVED');
    const WITHDRAW = `mutation($token: String!) { withdrawMyApplication(token: $token, reason: "cannot travel") { status withdrawable } }`;
    const withdrawn = await api.gql<{ withdrawMyApplication: { status: string; withdrawable: boolean } }>(WITHDRAW, { token });
    expect(withdrawn.data?.withdrawMyApplication).toEqual({ status: 'WITHDRAWN', withdrawable: false });
    expect(await viewStatus()).toBe('WITHDRAWN');
    const statusOf = async (email: string) => (await api.prisma.application.findUniqueOrThrow({ where: { editionId_email: { editionId: fixture.editionId, email } } })).status;
    expect([await statusOf(second), await statusOf(third)]).toEqual(['APPROVED', 'WAITLISTED']);
    const category = await api.prisma.accreditationCategory.findUniqueOrThrow({ where: { editionId_slug: { editionId: fixture.editionId, slug: 'observer' } } });
    expect(category.approvedCount).toBe(1);
    const promoted = await api.prisma.outboxJob.count({ where: { AND: [{ payload: { path: ['kind'], equals: 'registration.promoted' } }, { payload: { path: ['to', 'address'], equals: second } }] } });
    expect(promoted).toBe(1);
    const trail = await api.prisma.auditEntry.findMany({ where: { entityType: 'Application', entityId: approved.id }, orderBy: { at: 'asc' }, select: { after: true, clientAddressHash: true } });
    expect(trail.at(-1)?.after).toMatchObject({ status: 'WITHDRAWN', action: 'WITHDRAW', reason: 'cannot travel', by: 'PARTICIPANT' });
  });

  it('limits submissions per client address (RATE_LIMITED), like the other public writes', async () => {
    const address = '198.51.100.200';
    const results = [];
    for (let i = 0; i < 31; i += 1) results.push(await submit(validAnswers(fixture, `${randomUUID()}@example.org`), { address }));
    expect(results.slice(0, 30).every((r) => r.errors === undefined)).toBe(true);
    expect(results[30]?.errors?.[0]?.extensions?.['code']).toBe('RATE_LIMITED');
  });
});
