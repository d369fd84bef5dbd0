// Indicators reported around the 11th China–Central Asia forum, in USD.
import type { IndicatorSeed } from '../indicators.seed.js';

const source = {
  en: 'Figures cited by officials and in press reporting around the 11th China–Central Asia Cooperation Forum (Yinchuan, October 2024).',
  'zh-Hans': '第十一届中国—中亚合作论坛（2024年10月，银川）前后官员发言和媒体报道中引用的数据。',
  ru: 'Данные, приведённые официальными лицами и в прессе в связи с XI форумом сотрудничества «Китай — Центральная Азия» (Иньчуань, октябрь 2024 г.).',
};
const BN = 1_000_000_000;
const year2023 = { period: '2023', periodStart: '2023-01-01', periodEnd: '2023-12-31' };
const janSep2024 = { period: '2024-01/2024-09', periodStart: '2024-01-01', periodEnd: '2024-09-30' };
const since2007 = { period: '2007/2023', periodStart: '2007-01-01', periodEnd: '2023-12-31' };

export const indicators = (seriesId: string): IndicatorSeed[] => [
  {
    slug: 'cn-central-asia-trade-turnover',
    seriesId,
    unit: 'USD',
    countryCodes: ['CN', 'KZ', 'KG', 'TJ', 'TM', 'UZ'],
    source,
    name: {
      en: 'China–Central Asia trade turnover',
      'zh-Hans': '中国与中亚贸易额',
      ru: 'Товарооборот Китая и Центральной Азии',
    },
    values: [
      {
        ...year2023,
        value: 89 * BN,
        qualifier: 'over',
        note: { en: 'Up 27 % on 2022', 'zh-Hans': '同比增长27%', ru: 'Рост на 27 % к 2022 году' },
      },
      { ...janSep2024, value: 69 * BN },
    ],
  },
  {
    slug: 'cn-kazakhstan-trade-turnover',
    seriesId,
    unit: 'USD',
    countryCodes: ['CN', 'KZ'],
    source,
    name: {
      en: 'China–Kazakhstan trade turnover',
      'zh-Hans': '中国与哈萨克斯坦贸易额',
      ru: 'Товарооборот Китая и Казахстана',
      kk: 'Қытай мен Қазақстан арасындағы тауар айналымы',
    },
    description: {
      en: 'Kazakhstan’s share of China’s trade with Central Asia.',
      'zh-Hans': '哈萨克斯坦在中国与中亚贸易中所占份额。',
      ru: 'Доля Казахстана в торговле Китая с Центральной Азией.',
    },
    values: [
      { ...year2023, value: 41 * BN },
      { ...janSep2024, value: 33 * BN },
    ],
  },
  {
    slug: 'cn-investment-tajikistan-total',
    seriesId,
    unit: 'USD',
    countryCodes: ['CN', 'TJ'],
    source,
    name: {
      en: 'Chinese investment in Tajikistan (all forms)',
      'zh-Hans': '中国对塔吉克斯坦投资（总额）',
      ru: 'Китайские инвестиции в Таджикистан (всего)',
      tg: 'Сармоягузории Чин дар Тоҷикистон (ҳамагӣ)',
    },
    description: {
      en: 'Accumulated since 2007; more than 700 companies with Chinese capital operate in the country.',
      'zh-Hans': '2007年以来累计；700多家中资企业在塔运营。',
      ru: 'Накоплено с 2007 года; в стране работают более 700 компаний с китайским капиталом.',
    },
    values: [{ ...since2007, value: 4 * BN, qualifier: 'over' }],
  },
  {
    slug: 'cn-investment-tajikistan-direct',
    seriesId,
    unit: 'USD',
    countryCodes: ['CN', 'TJ'],
    source,
    name: {
      en: 'Chinese direct investment in Tajikistan',
      'zh-Hans': '中国对塔吉克斯坦直接投资',
      ru: 'Прямые китайские инвестиции в Таджикистан',
      tg: 'Сармоягузории мустақими Чин дар Тоҷикистон',
    },
    description: {
      en: 'The direct part of the total above, accumulated since 2007.',
      'zh-Hans': '上述总额中的直接投资部分，2007年以来累计。',
      ru: 'Прямая часть указанного выше объёма, накопленная с 2007 года.',
    },
    values: [{ ...since2007, value: 2.5 * BN, qualifier: 'over' }],
  },
];
