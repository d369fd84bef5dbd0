// Passport data on the real api and database: given with a visa-letter request it is stored
// encrypted in its own column and never in the answers, and the participant's link shows it back;
// given where no letter is offered or asked it is refused, naming the field, and nothing is written.
import { randomUUID } from 'node:crypto';
import { startTestApi, type TestApi } from '../testing/test-api.js';
import { MagicLinks } from './magic-links.js';
import { seedOpenRegistration, SUBMIT, validAnswers, type RegistrationFixture } from './testing/registration-fixture.js';

const MY_APPLICATION = `query($token: String!) { myApplication(token: $token) { reference answers } }`;
const passport = (number: string) => ({ number, expiryDate: '2040-01-01', nationality: 'KZ', dateOfBirth: '1985-03-04' });

describe('passport data', () => {
  let api: TestApi;
  let fixture!: RegistrationFixture;

  beforeAll(async () => {
    api = await startTestApi({
      seed: async (prisma) => {
        fixture = await seedOpenRegistration(prisma, { categories: { business: { optional: ['photo'] }, staff: { publicSignup: true, optional: ['photo'] } } });
      },
      env: { REDIS_URL: 'off', OUTBOX_POLL_MS: '600000' },
    });
  });
  afterAll(async () => {
    await api?.close();
  });

  const submit = (category: string, email: string, extra: Record<string, unknown>) =>
    api.gql<{ submitApplication: { reference: string } }>(SUBMIT, { input: { editionId: fixture.editionId, category, language: 'en', answers: validAnswers(fixture, email, extra) } });

  it('stores the passport encrypted, out of the answers, and shows it back through the link', async () => {
    const number = `QP${randomUUID().replace(/-/g, '').slice(0, 9).toUpperCase()}`;
    const res = await submit('business', `${randomUUID()}@example.org`, { visaLetter: true, passport: passport(number) });
    expect(res.errors).toBeUndefined();
    const row = await api.prisma.application.findUniqueOrThrow({ where: { reference: res.data?.submitApplication.reference ?? '' } });
    expect(row.answers).not.toHaveProperty('passport');
    expect(row.passportEncrypted).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(row.passportEncrypted).not.toContain(number);
    const mine = await api.gql<{ myApplication: { answers: { passport?: { number: string } } } }>(MY_APPLICATION, { token: await api.app.get(MagicLinks).token(row.id) });
    expect(mine.data?.myApplication.answers.passport).toEqual(passport(number));
  });

  it('refuses passport data where no visa letter is offered or asked, naming the field, and writes nothing', async () => {
    const count = () => api.prisma.application.count();
    const before = await count();
    const notOffered = await submit('staff', `${randomUUID()}@example.org`, { passport: passport('QP12345678') });
    expect(notOffered.errors?.[0]?.extensions?.['problems']).toEqual([expect.objectContaining({ field: 'passport', code: 'visa_not_offered' })]);
    const notAsked = await submit('business', `${randomUUID()}@example.org`, { visaLetter: false, passport: passport('QP12345678') });
    expect(notAsked.errors?.[0]?.extensions?.['problems']).toEqual([expect.objectContaining({ field: 'passport', code: 'not_asked' })]);
    expect(await count()).toBe(before);
  });
});
