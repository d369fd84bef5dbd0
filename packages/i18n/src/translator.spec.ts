import { createTranslator } from './translator.js';

describe(createTranslator.name, () => {
  it('formats ICU arguments and plurals in the chosen language', () => {
    expect(createTranslator('en')('edition.attendanceValue', { count: 300 })).toBe('300 participants');
    expect(createTranslator('en')('edition.attendanceValue', { count: 1 })).toBe('1 participant');
    expect(createTranslator('ru')('edition.attendanceValue', { count: 300 })).toBe('300 участников');
    expect(createTranslator('ru')('edition.attendanceValue', { count: 22 })).toBe('22 участника');
    expect(createTranslator('zh-Hans')('edition.title', { series: '中国—中亚合作论坛', number: 11 })).toBe('中国—中亚合作论坛第11届');
  });

  it('falls back to English for keys a catalogue lacks, and for unknown locales', () => {
    const ka = createTranslator('ka');
    expect(ka('nav.home')).toBe('ყველა ფორუმი');
    expect(ka.has('edition.timesNote')).toBe(false);
    expect(ka('edition.timesNote', { city: 'Tbilisi', timeZone: 'Asia/Tbilisi' })).toBe('All times are local to Tbilisi (Asia/Tbilisi).');
    const unknown = createTranslator('fr');
    expect(unknown.locale).toBe('en');
    expect(unknown('nav.home')).toBe('All forums');
  });
});
