// The 12th China–Central Asia Cooperation Forum, open for registration.
// DEMO DATA WARNING: no 12th edition has been announced. Its dates, host city, theme and
// programme are invented so that the registration and accreditation flows have an edition to
// work on; the edition is flagged isDemo and its description says so in every language.
import type { EditionSeed } from '../edition.seed.js';
import type { RegistrationSeed } from '../registration.seed.js';

export const edition12: EditionSeed = {
  number: 12,
  status: 'REGISTRATION_OPEN',
  startDate: '2027-06-15',
  endDate: '2027-06-17',
  timeZone: 'Asia/Almaty',
  hostCountryCode: 'KZ',
  hostCity: { en: 'Almaty', 'zh-Hans': '阿拉木图', ru: 'Алматы' },
  theme: {
    en: 'Connected Economies, Shared Prosperity',
    'zh-Hans': '互联互通的经济，共享的繁荣',
    ru: 'Связанные экономики, общее процветание',
  },
  description: {
    en: 'Demo edition: an illustrative 12th meeting of the forum, invented so that registration and accreditation can be tried out. Its dates, host city, theme and programme are not announced facts.',
    'zh-Hans': '演示届次：为试用注册和证件审批功能而虚构的论坛第十二届会议。其日期、主办城市、主题和日程均非已公布的事实。',
    ru: 'Демонстрационный выпуск: условная двенадцатая встреча форума, придуманная, чтобы опробовать регистрацию и аккредитацию. Даты, город, тема и программа не являются объявленными фактами.',
  },
  workingLanguages: ['en', 'zh-Hans', 'ru'],
  coOrganizerSlugs: [],
};

export const registration12: RegistrationSeed = {
  privacyNotice: {
    id: 'cca-12-privacy',
    version: '2026-11',
    text: {
      en: 'The forum secretariat uses your registration data only to accredit you, to issue your badge and, if you ask for one, a visa-support letter. It is kept until three months after the forum and then deleted. You may ask to see, correct or delete it at any time.',
      'zh-Hans': '论坛秘书处仅将您的注册数据用于办理证件、制作胸卡以及应您要求出具签证支持函。数据保存至论坛结束后三个月，随后删除。您可随时要求查阅、更正或删除这些数据。',
      ru: 'Секретариат форума использует ваши регистрационные данные только для аккредитации, изготовления бейджа и, по вашей просьбе, визового письма. Данные хранятся три месяца после форума, затем удаляются. Вы можете в любой момент попросить показать, исправить или удалить их.',
    },
  },
  mediaQuotas: { perOutlet: 4, perCountry: 40 },
  passportValidityMonths: 6,
  // Capacities are illustrative; business and observer places are granted on submission while they last.
  categories: {
    'delegation-member': { capacity: 120 },
    'head-of-delegation': { capacity: 6 },
    'government-official': { capacity: 150 },
    business: { capacity: 200, approval: 'AUTO_APPROVED' },
    media: { capacity: 80 },
    'expert-speaker': { capacity: 60 },
    observer: { capacity: 100, approval: 'AUTO_APPROVED' },
  },
};
