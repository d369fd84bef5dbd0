// The two series the platform launches with. China–Caucasus is only proposed: it gets no
// edition here, because its first edition is meant to be set up by its organizers on the
// platform itself.
import type { SeriesSeed } from '../series.seed.js';

export const chinaCentralAsia: SeriesSeed = {
  slug: 'china-central-asia',
  regionCode: 'central-asia',
  partnerCountryCode: 'CN',
  theme: { preset: 'central-asia' },
  status: 'CONCLUDED',
  memberCountryCodes: ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
  coOrganizerSlugs: ['sco-good-neighbourliness-committee', 'ningxia-peoples-government'],
  focusTrackSlugs: ['green-development', 'trade-investment', 'agriculture-water', 'sister-cities', 'regional-cooperation'],
  name: {
    en: 'China–Central Asia Cooperation Forum',
    'zh-Hans': '中国—中亚合作论坛',
    ru: 'Форум сотрудничества «Китай — Центральная Азия»',
    kk: '«Қытай — Орталық Азия» ынтымақтастық форумы',
    uz: '«Xitoy — Markaziy Osiyo» hamkorlik forumi',
  },
  shortName: { en: 'China–Central Asia', 'zh-Hans': '中国—中亚', ru: 'Китай — Центральная Азия' },
  description: {
    en: 'A standing national-level platform, held since 2012, where China and the five Central Asian states meet regularly; organised together with the SCO Good-Neighbourliness, Friendship and Cooperation Committee and the host province.',
    'zh-Hans': '自2012年起举办的国家级常设交流平台，中国与中亚五国定期在此会晤，由上合组织睦邻友好合作委员会与东道省区共同主办。',
    ru: 'Постоянная площадка национального уровня, действующая с 2012 года, где регулярно встречаются Китай и пять государств Центральной Азии; проводится совместно с Комитетом ШОС по добрососедству, дружбе и сотрудничеству и принимающей провинцией.',
  },
};

export const chinaCaucasus: SeriesSeed = {
  slug: 'china-caucasus',
  regionCode: 'south-caucasus',
  partnerCountryCode: 'CN',
  theme: { preset: 'south-caucasus' },
  status: 'PROPOSED',
  memberCountryCodes: ['GE', 'AZ', 'AM'],
  coOrganizerSlugs: [],
  focusTrackSlugs: [
    'trade-investment',
    'transport-logistics',
    'culture-education',
    'green-development',
    'digital-economy',
    'healthcare',
    'regional-security',
  ],
  name: {
    en: 'China–Caucasus Forum',
    'zh-Hans': '中国—高加索论坛',
    ru: 'Форум «Китай — Кавказ»',
    ka: 'ფორუმი „ჩინეთი — კავკასია“',
    az: '“Çin — Qafqaz” forumu',
    hy: '«Չինաստան — Կովկաս» ֆորում',
  },
  shortName: { en: 'China–Caucasus', 'zh-Hans': '中国—高加索', ru: 'Китай — Кавказ' },
  description: {
    en: 'A proposed forum, patterned on the China–Central Asia series, for Georgia, Azerbaijan and Armenia with China: investment, trade, transport corridors towards Europe and Turkey, education and culture, green technology, digital economy, health and the security of trade routes.',
    'zh-Hans': '仿照中国—中亚论坛倡议设立的论坛，面向格鲁吉亚、阿塞拜疆、亚美尼亚与中国：投资、贸易、通往欧洲和土耳其的运输走廊、教育与文化、绿色技术、数字经济、卫生及贸易通道安全。',
    ru: 'Предлагаемый форум по образцу серии «Китай — Центральная Азия» для Грузии, Азербайджана и Армении с Китаем: инвестиции, торговля, транспортные коридоры в Европу и Турцию, образование и культура, зелёные технологии, цифровая экономика, здравоохранение и безопасность торговых путей.',
  },
};
