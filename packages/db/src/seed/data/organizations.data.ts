// Organizations of the China–Central Asia forum's 11th edition (from public reporting).
import type { OrganizationInput } from '@caravan/forums';

export const organizations: OrganizationInput[] = [
  {
    slug: 'sco-good-neighbourliness-committee',
    kind: 'OTHER',
    countryCode: 'CN',
    name: {
      en: 'SCO Good-Neighbourliness, Friendship and Cooperation Committee',
      'zh-Hans': '上海合作组织睦邻友好合作委员会',
      ru: 'Комитет ШОС по добрососедству, дружбе и сотрудничеству',
    },
  },
  {
    slug: 'ningxia-peoples-government',
    kind: 'GOVERNMENT_BODY',
    countryCode: 'CN',
    name: {
      en: "People's Government of the Ningxia Hui Autonomous Region",
      'zh-Hans': '宁夏回族自治区人民政府',
      ru: 'Народное правительство Нинся-Хуэйского автономного района',
    },
  },
  {
    slug: 'cppcc-national-committee',
    kind: 'OTHER',
    countryCode: 'CN',
    name: {
      en: "National Committee of the Chinese People's Political Consultative Conference",
      'zh-Hans': '中国人民政治协商会议全国委员会',
      ru: 'Всекитайский комитет Народного политического консультативного совета Китая',
    },
  },
  {
    slug: 'kg-cabinet-of-ministers',
    kind: 'GOVERNMENT_BODY',
    countryCode: 'KG',
    name: {
      en: 'Cabinet of Ministers of the Kyrgyz Republic',
      'zh-Hans': '吉尔吉斯共和国内阁',
      ru: 'Кабинет министров Кыргызской Республики',
      ky: 'Кыргыз Республикасынын Министрлер Кабинети',
    },
  },
  {
    slug: 'tj-government',
    kind: 'GOVERNMENT_BODY',
    countryCode: 'TJ',
    name: {
      en: 'Government of the Republic of Tajikistan',
      'zh-Hans': '塔吉克斯坦共和国政府',
      ru: 'Правительство Республики Таджикистан',
      tg: 'Ҳукумати Ҷумҳурии Тоҷикистон',
    },
  },
  {
    slug: 'uz-oliy-majlis-legislative-chamber',
    kind: 'LEGISLATURE',
    countryCode: 'UZ',
    name: {
      en: 'Legislative Chamber of the Oliy Majlis of Uzbekistan',
      'zh-Hans': '乌兹别克斯坦最高会议立法院',
      ru: 'Законодательная палата Олий Мажлиса Республики Узбекистан',
      uz: 'Oʻzbekiston Respublikasi Oliy Majlisining Qonunchilik palatasi',
    },
  },
  {
    slug: 'kz-embassy-china',
    kind: 'DIPLOMATIC_MISSION',
    countryCode: 'KZ',
    name: {
      en: 'Embassy of Kazakhstan in China',
      'zh-Hans': '哈萨克斯坦驻华大使馆',
      ru: 'Посольство Республики Казахстан в КНР',
      kk: 'Қазақстан Республикасының ҚХР-дағы Елшілігі',
    },
  },
  {
    slug: 'tm-embassy-china',
    kind: 'DIPLOMATIC_MISSION',
    countryCode: 'TM',
    name: {
      en: 'Embassy of Turkmenistan in China',
      'zh-Hans': '土库曼斯坦驻华大使馆',
      ru: 'Посольство Туркменистана в КНР',
      tk: 'Türkmenistanyň Hytaýdaky ilçihanasy',
    },
  },
];
