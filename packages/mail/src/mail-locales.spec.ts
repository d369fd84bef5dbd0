import { SUPPORTED_LOCALES } from '@caravan/i18n';
import { OrganizerRole } from '@caravan/db/generated/prisma/enums';
import { textDirection } from '@caravan/regions/languages';
import { MAIL_FALLBACK_PARENT, mailLocaleChain } from './mail-locales.js';
import { ORGANIZER_ROLES } from './param-schemas.js';

describe(mailLocaleChain.name, () => {
  it.each([
    ['kk', ['kk', 'ru', 'en']],
    ['ky', ['ky', 'ru', 'en']],
    ['tg', ['tg', 'ru', 'en']],
    ['tk', ['tk', 'ru', 'en']],
    ['uz', ['uz', 'ru', 'en']],
    ['ka', ['ka', 'en']],
    ['az', ['az', 'en']],
    ['hy', ['hy', 'en']],
    ['zh-Hans', ['zh-Hans', 'en']],
    ['ru', ['ru', 'en']],
    ['en', ['en']],
    ['uz-Latn-UZ', ['uz', 'ru', 'en']],
    // The platform's negotiation follows CLDR matching (ADR 020): Traditional Chinese is not
    // served by Simplified, so a zh-TW reader gets English, as on the portal.
    ['zh-TW', ['en']],
    ['fr', ['en']],
    ['', ['en']],
  ])('%s tries %j', (requested, chain) => {
    expect(mailLocaleChain(requested)).toEqual(chain);
  });

  it('has a parent for every UI language, and every chain ends in English', () => {
    expect(Object.keys(MAIL_FALLBACK_PARENT).sort()).toEqual([...SUPPORTED_LOCALES].sort());
    for (const locale of SUPPORTED_LOCALES) expect(mailLocaleChain(locale).at(-1)).toBe('en');
  });

  it('reads the writing direction from the language catalogue', () => {
    for (const locale of SUPPORTED_LOCALES) expect(textDirection(locale)).toBe('ltr');
  });
});

describe('ORGANIZER_ROLES', () => {
  it('are the database enum, so a role grant passes through unchanged', () => {
    expect([...ORGANIZER_ROLES].sort()).toEqual(Object.values(OrganizerRole).sort());
  });
});
