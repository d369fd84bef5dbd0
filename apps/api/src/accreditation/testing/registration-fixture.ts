// Test fixtures of accreditation: a series with an edition open for registration (the default
// form and categories, with the changes a test asks for) and valid answers for it.
import type { PrismaClient } from '@caravan/db';
import { ensureEdition, ensureRegistration, type CategoryChange } from '@caravan/db/seed';
import { seedCatalogueAndForum } from '../../testing/fixtures.js';

export interface RegistrationFixture {
  seriesId: string;
  seriesSlug: string;
  editionId: string;
  editionNumber: number;
  notice: { noticeId: string; version: string };
}

export const SUBMIT = `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { reference status email } }`;

/** The demo forum's series with edition `number` open for registration in a year's time. */
export async function seedOpenRegistration(
  prisma: PrismaClient,
  options: { number?: number; status?: 'REGISTRATION_OPEN' | 'PLANNED'; categories?: Record<string, CategoryChange> } = {},
): Promise<RegistrationFixture> {
  const forum = await seedCatalogueAndForum(prisma, { sessions: 0 });
  const year = new Date().getUTCFullYear() + 1;
  const number = options.number ?? 20;
  const edition = await ensureEdition(prisma, forum.seriesId, {
    number,
    theme: { en: 'A forum open for registration', ru: 'Форум, открытый для регистрации' },
    status: options.status ?? 'REGISTRATION_OPEN',
    startDate: `${year}-06-10`,
    endDate: `${year}-06-11`,
    timeZone: 'Asia/Almaty',
    hostCity: { en: 'Almaty' },
    hostCountryCode: 'KZ',
    workingLanguages: ['en', 'ru', 'zh-Hans'],
    coOrganizerSlugs: [],
  });
  const notice = { noticeId: 'privacy-test', version: '1' };
  await ensureRegistration(prisma, edition, {
    privacyNotice: { id: notice.noticeId, version: notice.version, text: { en: 'We keep your data for the forum only.' } },
    categories: options.categories ?? {},
  });
  return { seriesId: forum.seriesId, seriesSlug: forum.seriesSlug, editionId: edition.id, editionNumber: number, notice };
}

/** Valid answers for the default form (photo left out: the fixture's categories make it optional where tests need). */
export function validAnswers(fixture: RegistrationFixture, email: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    givenName: 'Aigerim',
    familyName: 'Seitova',
    citizenship: 'KZ',
    email,
    phone: '+7 7172 123456',
    organization: 'Ministry of Trade',
    position: 'Adviser',
    consent: { noticeId: fixture.notice.noticeId, version: fixture.notice.version },
    ...extra,
  };
}
