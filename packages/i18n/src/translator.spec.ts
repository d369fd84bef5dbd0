import { createTranslator } from './translator.js';

describe(createTranslator.name, () => {
  it('formats ICU arguments and plurals in the chosen language', () => {
    expect(createTranslator('en')('edition.attendanceValue', { count: 300 })).toBe('300 participants');
    expect(createTranslator('en')('edition.attendanceValue', { count: 1 })).toBe('1 participant');
    expect(createTranslator('ru')('edition.attendanceValue', { count: 300 })).toBe('300 участников');
    expect(createTranslator('ru')('edition.attendanceValue', { count: 22 })).toBe('22 участника');
    expect(createTranslator('zh-Hans')('edition.title', { series: '中国—中亚合作论坛', number: 11 })).toBe('中国—中亚合作论坛第11届');
  });

  it('speaks every UI language, with its plural rules, and English for unknown locales', () => {
    const ka = createTranslator('ka');
    expect(ka('nav.home')).toBe('ყველა ფორუმი');
    expect(ka('edition.timesNote', { city: 'თბილისი', timeZone: 'Asia/Tbilisi' })).toBe('დრო ადგილობრივია: თბილისი (Asia/Tbilisi).');
    expect(createTranslator('kk')('edition.delegationCount', { count: 5 })).toBe('5 делегация');
    expect(createTranslator('ru')('edition.delegationCount', { count: 5 })).toBe('5 делегаций');
    const unknown = createTranslator('fr');
    expect(unknown.locale).toBe('en');
    expect(unknown('nav.home')).toBe('All forums');
  });
});
