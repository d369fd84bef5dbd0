// The thematic tracks forums of every series share. Slugs are a public contract: editions,
// agreements and URLs refer to them, so a slug is never renamed, only added.
import { z } from 'zod';
import { TracksError } from './errors.js';

/** BCP 47 tag -> text; the same shape as @caravan/regions' LocalizedText (no dependency on it). */
export type TrackText = Readonly<Record<string, string>>;

export const TRACK_SLUGS = [
  'green-development',
  'trade-investment',
  'transport-logistics',
  'digital-economy',
  'agriculture-water',
  'poverty-rural',
  'culture-education',
  'healthcare',
  'regional-security',
  'sister-cities',
  'regional-cooperation',
] as const;

export type TrackSlug = (typeof TRACK_SLUGS)[number];

export interface TrackDefinition {
  slug: TrackSlug;
  /** In en, zh-Hans and ru. */
  name: TrackText;
  description: TrackText;
}

export const trackTaxonomy: readonly TrackDefinition[] = [
  {
    slug: 'green-development',
    name: { en: 'Green development and clean energy', 'zh-Hans': '绿色发展与清洁能源', ru: 'Зелёное развитие и чистая энергетика' },
    description: {
      en: 'Renewable power, cleaner industry and low-carbon projects across borders.',
      'zh-Hans': '可再生能源、工业绿色转型与跨境低碳项目。',
      ru: 'Возобновляемая энергетика, экологичная промышленность и низкоуглеродные проекты.',
    },
  },
  {
    slug: 'trade-investment',
    name: { en: 'Trade and investment', 'zh-Hans': '贸易与投资', ru: 'Торговля и инвестиции' },
    description: {
      en: 'Growing and diversifying trade, direct investment, joint ventures and project finance.',
      'zh-Hans': '扩大贸易规模与多元化，直接投资、合资企业与项目融资。',
      ru: 'Рост и диверсификация торговли, прямые инвестиции, совместные предприятия и финансирование.',
    },
  },
  {
    slug: 'transport-logistics',
    name: { en: 'Transport, logistics and corridors', 'zh-Hans': '交通物流与运输走廊', ru: 'Транспорт, логистика и коридоры' },
    description: {
      en: 'Roads, railways, ports and transit routes that link the region with its neighbours.',
      'zh-Hans': '连接地区与周边的公路、铁路、港口和过境通道。',
      ru: 'Дороги, железные дороги, порты и транзитные маршруты, связывающие регион с соседями.',
    },
  },
  {
    slug: 'digital-economy',
    name: { en: 'Digital economy and high technology', 'zh-Hans': '数字经济与高新技术', ru: 'Цифровая экономика и высокие технологии' },
    description: {
      en: 'Digital trade platforms, innovation and technology partnerships.',
      'zh-Hans': '数字贸易平台、创新与技术合作。',
      ru: 'Цифровые торговые платформы, инновации и технологическое партнёрство.',
    },
  },
  {
    slug: 'agriculture-water',
    name: {
      en: 'Agriculture, water and land',
      'zh-Hans': '农业、水资源与生态治理',
      ru: 'Сельское хозяйство, вода и земля',
    },
    description: {
      en: 'Modern farming, water saving, reforestation and the fight against desertification.',
      'zh-Hans': '现代农业、节水、植树造林与防治荒漠化。',
      ru: 'Современное сельское хозяйство, водосбережение, лесовосстановление и борьба с опустыниванием.',
    },
  },
  {
    slug: 'poverty-rural',
    name: { en: 'Poverty reduction and rural development', 'zh-Hans': '减贫与乡村发展', ru: 'Сокращение бедности и развитие села' },
    description: {
      en: 'Sharing what works in lifting incomes and services in the countryside.',
      'zh-Hans': '交流提高农村收入和公共服务水平的经验。',
      ru: 'Обмен опытом повышения доходов и качества услуг в сельской местности.',
    },
  },
  {
    slug: 'culture-education',
    name: {
      en: 'Culture, education and people-to-people ties',
      'zh-Hans': '文化、教育与人文交流',
      ru: 'Культура, образование и гуманитарные связи',
    },
    description: {
      en: 'Exchanges between universities, artists, young people and the media.',
      'zh-Hans': '高校、文艺界、青年和媒体之间的交流。',
      ru: 'Обмены между университетами, деятелями культуры, молодёжью и СМИ.',
    },
  },
  {
    slug: 'healthcare',
    name: { en: 'Healthcare', 'zh-Hans': '医疗卫生', ru: 'Здравоохранение' },
    description: {
      en: 'Cooperation between hospitals, medical training and public-health preparedness.',
      'zh-Hans': '医院合作、医学培训与公共卫生应急能力。',
      ru: 'Сотрудничество больниц, подготовка медиков и готовность систем здравоохранения.',
    },
  },
  {
    slug: 'regional-security',
    name: { en: 'Regional security', 'zh-Hans': '地区安全', ru: 'Региональная безопасность' },
    description: {
      en: 'Keeping trade routes and infrastructure safe, and countering terrorism together.',
      'zh-Hans': '保障贸易通道与基础设施安全，共同打击恐怖主义。',
      ru: 'Безопасность торговых путей и инфраструктуры, совместное противодействие терроризму.',
    },
  },
  {
    slug: 'sister-cities',
    name: { en: 'Sister cities and regions', 'zh-Hans': '友好城市与友好省州', ru: 'Города-побратимы и породнённые регионы' },
    description: {
      en: 'Twinning between provinces, regions, cities and districts, and what follows from it.',
      'zh-Hans': '省州、城市和区县之间结好及后续合作。',
      ru: 'Побратимские связи провинций, областей, городов и районов и их практическое наполнение.',
    },
  },
  {
    slug: 'regional-cooperation',
    name: { en: 'Regional cooperation', 'zh-Hans': '区域合作', ru: 'Региональное сотрудничество' },
    description: {
      en: 'How local governments on both sides work together beyond single projects.',
      'zh-Hans': '双方地方政府超越单个项目的整体合作机制。',
      ru: 'Как местные власти обеих сторон сотрудничают за рамками отдельных проектов.',
    },
  },
];

export const ZTrackSlug = z.enum(TRACK_SLUGS, {
  error: (issue) => `"${String(issue.input)}" is not a track of the taxonomy; use one of ${TRACK_SLUGS.join(', ')}`,
});

export function isTrackSlug(slug: string): slug is TrackSlug {
  return (TRACK_SLUGS as readonly string[]).includes(slug);
}

export function getTrack(slug: string): TrackDefinition {
  const found = trackTaxonomy.find((t) => t.slug === slug);
  if (!found) {
    throw new TracksError('UNKNOWN_TRACK', `Unknown track "${slug}"; the taxonomy holds ${TRACK_SLUGS.join(', ')}`);
  }
  return found;
}
