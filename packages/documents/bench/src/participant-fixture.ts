// A generated edition of participants for the benchmark: names in the scripts the forums
// see (Chinese, Kazakh and Russian Cyrillic, Georgian, Armenian, Latin with diacritics), each
// with its Latin form, organizations and categories, all drawn deterministically from a seed.

interface Script {
  readonly given: readonly [string, string][];
  readonly family: readonly [string, string][];
  /** Chinese puts the family name first and no space between. */
  readonly familyFirst?: boolean;
  readonly organizations: readonly string[];
}

const SCRIPTS: readonly Script[] = [
  {
    given: [['晓明', 'Xiaoming'], ['丽华', 'Lihua'], ['建国', 'Jianguo'], ['文静', 'Wenjing'], ['海涛', 'Haitao'], ['雪梅', 'Xuemei']],
    family: [['王', 'Wang'], ['李', 'Li'], ['张', 'Zhang'], ['刘', 'Liu'], ['陈', 'Chen'], ['马', 'Ma']],
    familyFirst: true,
    organizations: ['宁夏回族自治区人民政府', '中国国际贸易促进委员会', '银川市商务局', '国家开发银行'],
  },
  {
    given: [['Әлия', 'Aliya'], ['Нұрлан', 'Nurlan'], ['Дмитрий', 'Dmitry'], ['Гүлнара', 'Gulnara'], ['Бахтияр', 'Bakhtiyar'], ['Айгерим', 'Aigerim']],
    family: [['Сәрсенбаева', 'Sarsenbayeva'], ['Ахметов', 'Akhmetov'], ['Иванов', 'Ivanov'], ['Жұмабекова', 'Zhumabekova'], ['Осмонов', 'Osmonov']],
    organizations: ['Министерство торговли и интеграции', 'Палата предпринимателей «Атамекен»', 'Қазақстан Темір Жолы'],
  },
  {
    given: [['ნინო', 'Nino'], ['გიორგი', 'Giorgi'], ['თამარ', 'Tamar'], ['ლევან', 'Levan']],
    family: [['ბერიძე', 'Beridze'], ['კაპანაძე', 'Kapanadze'], ['ლომიძე', 'Lomidze'], ['გელაშვილი', 'Gelashvili']],
    organizations: ['საქართველოს ეკონომიკის სამინისტრო', 'თბილისის სავაჭრო-სამრეწველო პალატა'],
  },
  {
    given: [['Արմեն', 'Armen'], ['Անի', 'Ani'], ['Դավիթ', 'Davit'], ['Լիլիթ', 'Lilit']],
    family: [['Սարգսյան', 'Sargsyan'], ['Հակոբյան', 'Hakobyan'], ['Պետրոսյան', 'Petrosyan']],
    organizations: ['Հայաստանի առևտրաարդյունաբերական պալատ', 'Էկոնոմիկայի նախարարություն'],
  },
  {
    given: [['Ayşe', 'Ayşe'], ['Əli', 'Əli'], ['Oʻtkir', 'Oʻtkir'], ['Ýusup', 'Ýusup'], ['Łucja', 'Łucja'], ['Thị Hương', 'Thị Hương']],
    family: [['Öztürk', 'Öztürk'], ['Məmmədov', 'Məmmədov'], ['Toʻxtayev', 'Toʻxtayev'], ['Täçmyradow', 'Täçmyradow'], ['Nguyễn', 'Nguyễn']],
    organizations: ['Oʻzbekiston Savdo-sanoat palatasi', 'Azərbaycan İxracat və İnvestisiyaların Təşviqi Agentliyi', 'Türkmenistanyň Söwda-senagat edarasy'],
  },
];

export const CATEGORIES = [
  { name: 'Delegate', colour: '#1D6FB8' },
  { name: 'Media', colour: '#F2C14E' },
  { name: 'Business', colour: '#2E8B57' },
  { name: 'Organizer', colour: '#B8321D' },
  { name: 'Guest', colour: '#6B5B95' },
] as const;

export interface FixtureParticipant {
  readonly badgeNumber: number;
  readonly names: [string, ...string[]];
  readonly organization: string;
  readonly category: (typeof CATEGORIES)[number];
  readonly photoIndex: number;
}

/** A small linear congruential generator: the same seed gives the same edition. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 0x1_0000_0000;
  };
}

export function* participants(count: number, photoCount: number, seed = 11): Generator<FixtureParticipant> {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  for (let index = 0; index < count; index++) {
    const script = SCRIPTS[index % SCRIPTS.length]!;
    const [given, givenLatin] = pick(script.given);
    const [family, familyLatin] = pick(script.family);
    const native = script.familyFirst ? `${family}${given}` : `${given} ${family}`;
    const latin = script.familyFirst ? `${familyLatin} ${givenLatin}` : `${givenLatin} ${familyLatin}`;
    yield {
      badgeNumber: index + 1,
      names: native === latin ? [native] : [native, latin],
      organization: pick(script.organizations),
      category: pick(CATEGORIES),
      photoIndex: index % photoCount,
    };
  }
}
