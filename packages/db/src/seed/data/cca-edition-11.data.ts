// The 11th China–Central Asia Cooperation Forum (Yinchuan, 25–28 October 2024).
// DEMO DATA WARNING: dates, theme, host, keynote and the four sub-forums follow public
// reporting; the venue, rooms, exact times and the cultural and site-visit slots are invented
// so that the portal has a realistic programme to show. The edition's description says so.
import type { EditionSeed, TrackSeed, VenueSeed } from '../edition.seed.js';
import type { SessionSeed } from '../programme.seed.js';

const WORKING = ['en', 'zh-Hans', 'ru'];

export const edition11: EditionSeed = {
  number: 11,
  status: 'CONCLUDED',
  startDate: '2024-10-25',
  endDate: '2024-10-28',
  timeZone: 'Asia/Shanghai',
  hostCountryCode: 'CN',
  hostSubdivisionId: 'CN-NX',
  hostCity: { en: 'Yinchuan', 'zh-Hans': '银川', ru: 'Иньчуань' },
  theme: {
    en: 'Promoting Green Development, Building a Common Home',
    'zh-Hans': '促进绿色发展，共建美好家园',
    ru: 'Содействие зелёному развитию, строительство общего дома',
  },
  description: {
    en: 'Eleventh meeting of the forum, hosted by Ningxia in its capital. Officials, diplomats, business people and scholars from China and the five Central Asian states discussed green growth in four parallel sub-forums and adopted the Yinchuan Initiative. Demo note: venue, rooms and exact times in this programme are illustrative.',
    'zh-Hans': '论坛第十一届会议在宁夏首府举行。来自中国和中亚五国的官员、外交官、企业界和学界代表在四个平行分论坛上探讨绿色发展，并通过《银川倡议》。演示说明：本日程中的会场、厅室和具体时间为示例数据。',
    ru: 'Одиннадцатая встреча форума прошла в столице Нинся. Чиновники, дипломаты, представители бизнеса и науки Китая и пяти государств Центральной Азии обсудили зелёный рост на четырёх параллельных подфорумах и приняли Иньчуаньскую инициативу. Демо: площадка, залы и точное время в программе условны.',
  },
  workingLanguages: WORKING,
  attendance: 300,
  attendanceNote: {
    en: 'More than 300 participants',
    'zh-Hans': '300余名与会者',
    ru: 'Более 300 участников',
  },
  coOrganizerSlugs: ['sco-good-neighbourliness-committee', 'ningxia-peoples-government'],
};

export const venue11: VenueSeed = {
  slug: 'yinchuan-convention-centre',
  name: {
    en: 'Yinchuan International Convention Centre',
    'zh-Hans': '银川国际会议中心',
    ru: 'Международный конференц-центр Иньчуаня',
  },
  address: { en: 'Yinchuan, Ningxia, China', 'zh-Hans': '中国宁夏银川', ru: 'Иньчуань, Нинся, Китай' },
  rooms: [
    { slug: 'main-hall', capacity: 400, name: { en: 'Main Hall', 'zh-Hans': '主会场', ru: 'Главный зал' } },
    { slug: 'hall-a', capacity: 120, name: { en: 'Hall A', 'zh-Hans': 'A厅', ru: 'Зал A' } },
    { slug: 'hall-b', capacity: 120, name: { en: 'Hall B', 'zh-Hans': 'B厅', ru: 'Зал B' } },
    { slug: 'hall-c', capacity: 100, name: { en: 'Hall C', 'zh-Hans': 'C厅', ru: 'Зал C' } },
    { slug: 'hall-d', capacity: 100, name: { en: 'Hall D', 'zh-Hans': 'D厅', ru: 'Зал D' } },
    { slug: 'lobby', name: { en: 'Registration lobby', 'zh-Hans': '注册大厅', ru: 'Зона регистрации' } },
  ],
};

/** The four sub-forums, each mapped to the taxonomy track it belongs to. */
export const tracks11: TrackSeed[] = [
  {
    taxonomySlug: 'green-development',
    name: { en: 'Industrial green development', 'zh-Hans': '产业绿色发展', ru: 'Зелёное развитие промышленности' },
  },
  {
    taxonomySlug: 'agriculture-water',
    name: {
      en: 'Modern agriculture and technological innovation',
      'zh-Hans': '现代农业与科技创新',
      ru: 'Современное сельское хозяйство и технологические инновации',
    },
  },
  {
    taxonomySlug: 'sister-cities',
    name: {
      en: 'Sister-city cooperation and cultural exchange',
      'zh-Hans': '友城合作与人文交流',
      ru: 'Сотрудничество городов-побратимов и культурный обмен',
    },
  },
  {
    taxonomySlug: 'regional-cooperation',
    name: { en: 'Regional cooperation', 'zh-Hans': '区域合作', ru: 'Региональное сотрудничество' },
  },
];

const heads = ['shakhrat-nuryshev', 'edil-baisalov', 'sulaimon-ziyozoda', 'bayram-klychmamedov', 'akmal-saidov'];
const floor = { languages: ['zh-Hans', 'ru'], interpretation: ['en', 'zh-Hans', 'ru'] };

export const sessions11: SessionSeed[] = [
  {
    slug: 'arrival-registration',
    kind: 'BREAK',
    date: '2024-10-25',
    from: '10:00',
    to: '18:00',
    roomSlug: 'lobby',
    title: { en: 'Arrival and registration', 'zh-Hans': '抵达与注册', ru: 'Заезд и регистрация участников' },
    languages: WORKING,
  },
  {
    slug: 'welcome-reception',
    kind: 'CULTURAL_EVENT',
    date: '2024-10-25',
    from: '19:00',
    to: '21:00',
    roomSlug: 'main-hall',
    title: { en: 'Welcome reception', 'zh-Hans': '欢迎招待会', ru: 'Приветственный приём' },
    languages: WORKING,
  },
  {
    slug: 'opening-plenary',
    kind: 'PLENARY',
    date: '2024-10-26',
    from: '09:00',
    to: '11:30',
    roomSlug: 'main-hall',
    title: { en: 'Opening plenary session', 'zh-Hans': '开幕式暨全体会议', ru: 'Открытие и пленарное заседание' },
    description: {
      en: 'Keynote address by Shen Yueyue, followed by the heads of the five Central Asian delegations.',
      'zh-Hans': '沈跃跃发表主旨演讲，随后中亚五国代表团团长致辞。',
      ru: 'Основной доклад Шэнь Юэюэ, затем выступления глав пяти делегаций Центральной Азии.',
    },
    ...floor,
    participants: [
      { personSlug: 'shen-yueyue', role: 'KEYNOTE' },
      ...heads.map((personSlug) => ({ personSlug, role: 'SPEAKER' as const })),
    ],
  },
  {
    slug: 'lunch-day-2',
    kind: 'BREAK',
    date: '2024-10-26',
    from: '12:00',
    to: '13:30',
    title: { en: 'Lunch', 'zh-Hans': '午餐', ru: 'Обед' },
    languages: WORKING,
  },
  ...(
    [
      ['sub-forum-green-industry', 'green-development', 'hall-a', tracks11[0]],
      ['sub-forum-agriculture-innovation', 'agriculture-water', 'hall-b', tracks11[1]],
      ['sub-forum-sister-cities-culture', 'sister-cities', 'hall-c', tracks11[2]],
      ['sub-forum-regional-cooperation', 'regional-cooperation', 'hall-d', tracks11[3]],
    ] as const
  ).map(
    ([slug, trackSlug, roomSlug, track]): SessionSeed => ({
      slug,
      kind: 'SUB_FORUM',
      date: '2024-10-26',
      from: '14:00',
      to: '17:30',
      roomSlug,
      trackSlug,
      title: {
        en: `Sub-forum: ${track?.name?.['en']}`,
        'zh-Hans': `分论坛：${track?.name?.['zh-Hans']}`,
        ru: `Подфорум: ${track?.name?.['ru']}`,
      },
      ...floor,
    }),
  ),
  {
    slug: 'cultural-evening',
    kind: 'CULTURAL_EVENT',
    date: '2024-10-26',
    from: '19:30',
    to: '21:00',
    roomSlug: 'main-hall',
    title: {
      en: 'Cultural evening: music of the Silk Road',
      'zh-Hans': '文化之夜：丝路之音',
      ru: 'Культурный вечер: музыка Шёлкового пути',
    },
    languages: WORKING,
  },
  {
    slug: 'signing-ceremony',
    kind: 'SIGNING_CEREMONY',
    date: '2024-10-27',
    from: '09:30',
    to: '10:30',
    roomSlug: 'main-hall',
    title: {
      en: 'Signing ceremony for cooperation agreements',
      'zh-Hans': '合作项目签约仪式',
      ru: 'Церемония подписания соглашений о сотрудничестве',
    },
    ...floor,
  },
  {
    slug: 'bilateral-meetings',
    kind: 'BILATERAL_MEETING',
    date: '2024-10-27',
    from: '10:45',
    to: '12:15',
    roomSlug: 'hall-a',
    title: { en: 'Bilateral meetings', 'zh-Hans': '双边会见', ru: 'Двусторонние встречи' },
    ...floor,
  },
  {
    slug: 'closing-session',
    kind: 'PLENARY',
    date: '2024-10-27',
    from: '14:30',
    to: '16:00',
    roomSlug: 'main-hall',
    title: {
      en: 'Closing session and adoption of the Yinchuan Initiative',
      'zh-Hans': '闭幕式暨通过《银川倡议》',
      ru: 'Закрытие форума и принятие Иньчуаньской инициативы',
    },
    ...floor,
  },
  {
    slug: 'site-visit-green-industry',
    kind: 'CULTURAL_EVENT',
    date: '2024-10-28',
    from: '09:00',
    to: '12:00',
    title: {
      en: 'Site visit: green industry and solar parks',
      'zh-Hans': '实地考察：绿色产业与光伏园区',
      ru: 'Выездная программа: зелёная промышленность и солнечные парки',
    },
    languages: WORKING,
  },
  {
    slug: 'site-visit-yellow-river',
    kind: 'CULTURAL_EVENT',
    date: '2024-10-28',
    from: '14:00',
    to: '17:00',
    title: {
      en: 'Site visit: Yellow River farming and water saving',
      'zh-Hans': '实地考察：黄河灌区农业与节水',
      ru: 'Выездная программа: земледелие и водосбережение на Хуанхэ',
    },
    languages: WORKING,
  },
];
