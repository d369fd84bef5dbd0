// Agreements signed at the 11th China–Central Asia forum. Public reporting gives 35 cooperation
// projects worth 11.2 bn yuan and names three sister-region/city agreements; those three are
// facts. The other 32 are DEMO DATA (isDemo: true): invented subjects and counterparts spread
// over the edition's tracks and the five countries, with disclosed values that add up to the
// reported 11.2 bn CNY and four confidential ones that stay out of public totals. Their signing
// day follows the demo programme's signing ceremony.
import { getCountry, type CountryCode } from '@caravan/regions';
import type { AgreementSeed } from '../agreements.seed.js';

const SIGNING = { status: 'SIGNED', sessionSlug: 'signing-ceremony', signedOn: '2024-10-27' } as const;

const REPORTED_TOTAL_CNY = 11_200_000_000;

export const sisterAgreements: AgreementSeed[] = [
  {
    slug: 'sister-ningxia-samarkand',
    type: 'SISTER_CITY',
    trackSlug: 'sister-cities',
    parties: [{ subdivisionId: 'CN-NX' }, { subdivisionId: 'UZ-SA' }],
    title: {
      en: 'Sister-region agreement: Ningxia and Samarkand Region',
      'zh-Hans': '宁夏回族自治区与撒马尔罕州友好省州协议',
      ru: 'Соглашение о побратимстве: Нинся и Самаркандская область',
      uz: 'Birodarlik bitimi: Ningsya va Samarqand viloyati',
    },
    ...SIGNING,
  },
  {
    slug: 'sister-ningxia-khorezm',
    type: 'SISTER_CITY',
    trackSlug: 'sister-cities',
    parties: [{ subdivisionId: 'CN-NX' }, { subdivisionId: 'UZ-XO' }],
    title: {
      en: 'Sister-region agreement: Ningxia and Khorezm Region',
      'zh-Hans': '宁夏回族自治区与花拉子模州友好省州协议',
      ru: 'Соглашение о побратимстве: Нинся и Хорезмская область',
      uz: 'Birodarlik bitimi: Ningsya va Xorazm viloyati',
    },
    ...SIGNING,
  },
  {
    slug: 'sister-shizuishan-nurabad',
    type: 'SISTER_CITY',
    trackSlug: 'sister-cities',
    parties: [{ subdivisionId: 'cn-nx-shizuishan' }, { subdivisionId: 'uz-sa-nurabad' }],
    title: {
      en: 'Sister-city agreement: Shizuishan and Nurabad District',
      'zh-Hans': '石嘴山市与努拉巴德区友好城市协议',
      ru: 'Соглашение о побратимстве: Шицзуйшань и Нурабадский район',
      uz: 'Birodarlik bitimi: Shizuyshan va Nurobod tumani',
    },
    ...SIGNING,
  },
];

type Subject = [slug: string, en: string, zh: string, ru: string, type: AgreementSeed['type'], track: string];

const subjects: Subject[] = [
  ['solar-plant', 'Solar power plant', '光伏电站建设', 'Солнечная электростанция', 'INVESTMENT', 'green-development'],
  ['wind-equipment', 'Wind turbine supply', '风电设备供应', 'Поставка ветроустановок', 'TRADE', 'green-development'],
  ['green-hydrogen', 'Green hydrogen pilot', '绿氢示范项目', 'Пилотный проект зелёного водорода', 'INVESTMENT', 'green-development'],
  ['industrial-efficiency', 'Energy-efficient industrial park', '工业园区节能改造', 'Энергоэффективный индустриальный парк', 'INVESTMENT', 'green-development'],
  ['electric-buses', 'Electric bus supply', '电动公交车供应', 'Поставка электробусов', 'TRADE', 'green-development'],
  ['drip-irrigation', 'Water-saving drip irrigation', '节水滴灌', 'Водосберегающее капельное орошение', 'INVESTMENT', 'agriculture-water'],
  ['goji-processing', 'Goji berry processing venture', '枸杞加工合资企业', 'Совместное предприятие по переработке годжи', 'INVESTMENT', 'agriculture-water'],
  ['wine-grapes', 'Wine-grape growing partnership', '酿酒葡萄种植合作', 'Партнёрство в виноградарстве', 'MEMORANDUM', 'agriculture-water'],
  ['meat-supply', 'Beef and mutton supply', '牛羊肉供应', 'Поставки говядины и баранины', 'TRADE', 'agriculture-water'],
  ['agritech-centre', 'Farm technology demonstration centre', '农业技术示范中心', 'Демонстрационный центр агротехнологий', 'MEMORANDUM', 'agriculture-water'],
  ['afforestation', 'Desert control and tree planting', '防沙治沙与植树造林', 'Борьба с опустыниванием и лесопосадки', 'INTERGOVERNMENTAL', 'agriculture-water'],
  ['greenhouses', 'Greenhouse vegetable complex', '设施蔬菜温室', 'Тепличный овощной комплекс', 'INVESTMENT', 'agriculture-water'],
  ['university-exchange', 'University exchange programme', '高校交流项目', 'Программа университетских обменов', 'CULTURAL', 'sister-cities'],
  ['tourism', 'Joint tourism promotion', '旅游推广合作', 'Совместное продвижение туризма', 'CULTURAL', 'sister-cities'],
  ['e-commerce', 'Cross-border e-commerce platform', '跨境电商平台', 'Платформа трансграничной электронной торговли', 'TRADE', 'regional-cooperation'],
  ['logistics-hub', 'Logistics hub and freight trains', '物流枢纽与货运班列', 'Логистический хаб и грузовые поезда', 'INVESTMENT', 'regional-cooperation'],
  ['trade-memorandum', 'Trade and economic cooperation', '经贸合作', 'Торгово-экономическое сотрудничество', 'MEMORANDUM', 'regional-cooperation'],
];

const COUNTERPARTS: CountryCode[] = ['KZ', 'KG', 'TJ', 'TM', 'UZ'];
const DEMO_COUNT = 32;
const isConfidential = (i: number): boolean => i % 8 === 5;

/** Disclosed values in million CNY: varied weights scaled so that they sum to the reported total. */
function disclosedMillions(): Map<number, number> {
  const indexes = [...Array(DEMO_COUNT).keys()].filter((i) => !isConfidential(i));
  const weights = indexes.map((i) => 80 + ((i * 137) % 620));
  const total = weights.reduce((a, b) => a + b, 0);
  const target = REPORTED_TOTAL_CNY / 1_000_000;
  const millions = weights.map((w) => Math.round((w * target) / total));
  const drift = target - millions.reduce((a, b) => a + b, 0);
  millions[millions.length - 1] = (millions.at(-1) ?? 0) + drift;
  return new Map(indexes.map((i, k) => [i, millions[k] ?? 0]));
}

export const demoAgreements: AgreementSeed[] = (() => {
  const values = disclosedMillions();
  return [...Array(DEMO_COUNT).keys()].map((i): AgreementSeed => {
    const [slug, en, zh, ru, type, trackSlug] = subjects[i % subjects.length] as Subject;
    const code = COUNTERPARTS[(i + 2 * Math.floor(i / subjects.length)) % COUNTERPARTS.length] as CountryCode;
    const country = getCountry(code).name;
    const confidential = isConfidential(i);
    const millions = confidential ? 150 + ((i * 53) % 300) : (values.get(i) ?? 0);
    return {
      slug: `${slug}-${code.toLowerCase()}`,
      type,
      trackSlug,
      isDemo: true,
      confidential,
      valueAmount: millions * 1_000_000,
      currency: 'CNY',
      parties: type === 'INTERGOVERNMENTAL' ? [{ countryCode: 'CN' }, { countryCode: code }] : [{ subdivisionId: 'CN-NX' }, { countryCode: code }],
      title: {
        en: `${en}: Ningxia and ${country['en']}`,
        'zh-Hans': `宁夏与${country['zh-Hans']}${zh}`,
        ru: `${ru}: Нинся — ${country['ru']}`,
      },
      ...SIGNING,
    };
  });
})();
