// The keynote speaker and the five heads of delegation at the 11th China–Central Asia forum,
// with names in English, Russian, Chinese and their own language where it differs.
import type { PersonInput } from '@caravan/forums';
import type { DelegationSeed, StatementSeed } from '../delegations.seed.js';

type PersonSeed = Omit<PersonInput, 'organizationId'> & { organizationSlug: string };

export const people: PersonSeed[] = [
  {
    slug: 'shen-yueyue',
    countryCode: 'CN',
    organizationSlug: 'sco-good-neighbourliness-committee',
    name: { en: 'Shen Yueyue', 'zh-Hans': '沈跃跃', ru: 'Шэнь Юэюэ' },
    position: {
      en: 'Vice Chairwoman of the CPPCC National Committee; Chairperson of the SCO Good-Neighbourliness, Friendship and Cooperation Committee',
      'zh-Hans': '全国政协副主席、上海合作组织睦邻友好合作委员会主席',
      ru: 'Заместитель председателя Всекитайского комитета НПКСК, председатель Комитета ШОС по добрососедству, дружбе и сотрудничеству',
    },
  },
  {
    slug: 'edil-baisalov',
    countryCode: 'KG',
    organizationSlug: 'kg-cabinet-of-ministers',
    name: { en: 'Edil Baisalov', 'zh-Hans': '埃迪尔·拜萨洛夫', ru: 'Эдиль Байсалов', ky: 'Эдил Байсалов' },
    position: {
      en: 'Deputy Chairman of the Cabinet of Ministers of the Kyrgyz Republic',
      'zh-Hans': '吉尔吉斯共和国内阁副主席',
      ru: 'Заместитель Председателя Кабинета министров Кыргызской Республики',
    },
  },
  {
    slug: 'sulaimon-ziyozoda',
    countryCode: 'TJ',
    organizationSlug: 'tj-government',
    name: { en: 'Sulaimon Ziyozoda', 'zh-Hans': '苏莱蒙·齐约佐达', ru: 'Сулаймон Зиёзода', tg: 'Сулаймон Зиёзода' },
    position: {
      en: 'Deputy Prime Minister of the Republic of Tajikistan',
      'zh-Hans': '塔吉克斯坦共和国副总理',
      ru: 'Заместитель Премьер-министра Республики Таджикистан',
    },
  },
  {
    slug: 'akmal-saidov',
    countryCode: 'UZ',
    organizationSlug: 'uz-oliy-majlis-legislative-chamber',
    name: { en: 'Akmal Saidov', 'zh-Hans': '阿克马尔·赛义多夫', ru: 'Акмаль Саидов', uz: 'Akmal Saidov' },
    position: {
      en: 'First Deputy Speaker of the Legislative Chamber of the Oliy Majlis',
      'zh-Hans': '乌兹别克斯坦最高会议立法院第一副议长',
      ru: 'Первый заместитель Спикера Законодательной палаты Олий Мажлиса',
    },
  },
  {
    slug: 'shakhrat-nuryshev',
    countryCode: 'KZ',
    organizationSlug: 'kz-embassy-china',
    name: { en: 'Shakhrat Nuryshev', 'zh-Hans': '沙赫拉特·努雷舍夫', ru: 'Шахрат Нурышев', kk: 'Шахрат Нұрышев' },
    position: {
      en: 'Ambassador of Kazakhstan to China',
      'zh-Hans': '哈萨克斯坦驻华大使',
      ru: 'Посол Республики Казахстан в КНР',
    },
  },
  {
    slug: 'bayram-klychmamedov',
    countryCode: 'TM',
    organizationSlug: 'tm-embassy-china',
    name: { en: 'Bayram Klychmamedov', 'zh-Hans': '巴伊拉姆·克雷奇马梅多夫', ru: 'Байрам Клычмамедов', tk: 'Baýram Gylyçmämmedow' },
    position: {
      en: 'Counsellor of the Embassy of Turkmenistan in China',
      'zh-Hans': '土库曼斯坦驻华大使馆参赞',
      ru: 'Советник Посольства Туркменистана в КНР',
    },
  },
];

const headRole = { en: 'Head of delegation', 'zh-Hans': '代表团团长', ru: 'Глава делегации' };

/** Protocol order: alphabetical by the country's English name. */
export const delegations: DelegationSeed[] = [
  ['KZ', 'shakhrat-nuryshev', { en: 'Delegation of Kazakhstan', 'zh-Hans': '哈萨克斯坦代表团', ru: 'Делегация Казахстана' }],
  ['KG', 'edil-baisalov', { en: 'Delegation of Kyrgyzstan', 'zh-Hans': '吉尔吉斯斯坦代表团', ru: 'Делегация Кыргызстана' }],
  ['TJ', 'sulaimon-ziyozoda', { en: 'Delegation of Tajikistan', 'zh-Hans': '塔吉克斯坦代表团', ru: 'Делегация Таджикистана' }],
  ['TM', 'bayram-klychmamedov', { en: 'Delegation of Turkmenistan', 'zh-Hans': '土库曼斯坦代表团', ru: 'Делегация Туркменистана' }],
  ['UZ', 'akmal-saidov', { en: 'Delegation of Uzbekistan', 'zh-Hans': '乌兹别克斯坦代表团', ru: 'Делегация Узбекистана' }],
].map(([countryCode, headSlug, name], index) => ({
  countryCode: countryCode as string,
  headSlug: headSlug as string,
  name: name as Record<string, string>,
  protocolOrder: index + 1,
  members: [{ personSlug: headSlug as string, role: headRole }],
}));

/** What each head of delegation put on the table, summarised in our words (not quotations). */
export const statements: StatementSeed[] = [
  {
    personSlug: 'edil-baisalov',
    sessionSlug: 'opening-plenary',
    summary: {
      en: 'Put clean and renewable energy at the centre of cooperation and asked Chinese companies to join energy projects in Kyrgyzstan.',
      'zh-Hans': '将清洁能源和可再生能源作为合作重点，邀请中国企业参与吉尔吉斯斯坦的能源项目。',
      ru: 'Сделал акцент на чистой и возобновляемой энергетике и пригласил китайские компании к участию в энергопроектах Кыргызстана.',
    },
  },
  {
    personSlug: 'sulaimon-ziyozoda',
    sessionSlug: 'opening-plenary',
    summary: {
      en: 'Described China as one of Tajikistan’s main trading partners, citing more than USD 4 bn of Chinese investment since 2007 (over 2.5 bn of it direct) and over 700 companies with Chinese capital, and pointed to large national and regional projects.',
      'zh-Hans': '称中国是塔吉克斯坦的主要贸易伙伴之一：2007年以来中国投资超过40亿美元（其中直接投资逾25亿美元），700多家中资企业在塔运营，并介绍了国家和地区大型项目。',
      ru: 'Назвал Китай одним из главных торговых партнёров Таджикистана: с 2007 года китайские инвестиции превысили 4 млрд долларов (из них свыше 2,5 млрд — прямые), в стране работают более 700 компаний с китайским капиталом; упомянул крупные национальные и региональные проекты.',
    },
  },
  {
    personSlug: 'akmal-saidov',
    sessionSlug: 'opening-plenary',
    summary: {
      en: 'Listed joint projects in transport, logistics, high technology and farming, and proposed new fields: innovation, poverty reduction, rural development, green energy and the digital economy.',
      'zh-Hans': '列举了交通、物流、高科技和农业领域的合作项目，并提出创新、减贫、乡村发展、绿色能源和数字经济等新方向。',
      ru: 'Перечислил совместные проекты в транспорте, логистике, высоких технологиях и сельском хозяйстве и предложил новые направления: инновации, сокращение бедности, развитие села, зелёную энергетику и цифровую экономику.',
    },
  },
  {
    personSlug: 'shakhrat-nuryshev',
    sessionSlug: 'opening-plenary',
    summary: {
      en: 'Called for more and more varied exports, cross-border trade hubs and digital trade platforms, and for Chinese know-how in saving water, planting forests and halting desertification, as fresh water is scarce.',
      'zh-Hans': '主张扩大并多元化出口、建设跨境贸易枢纽和数字贸易平台，并希望借鉴中国在节水、造林和防治荒漠化方面的技术，以应对淡水短缺。',
      ru: 'Выступил за рост и диверсификацию экспорта, приграничные торговые хабы и цифровые платформы, а также за китайские технологии водосбережения, лесовосстановления и борьбы с опустыниванием в условиях нехватки пресной воды.',
    },
  },
  {
    personSlug: 'bayram-klychmamedov',
    sessionSlug: 'opening-plenary',
    summary: {
      en: 'Saw the forum as a way to give the China plus Central Asia format a lasting structure across trade, the economy, culture and sustainable development.',
      'zh-Hans': '认为论坛有助于推动“中国+中亚五国”合作在经贸、人文和可持续发展领域的机制化。',
      ru: 'Оценил форум как шаг к институционализации формата «Китай + Центральная Азия» в торговле, экономике, культуре и устойчивом развитии.',
    },
  },
];
