import { filterOptions, filterSearch, parseProgrammeFilters, type FilterOptions } from './programme-filters.js';

const options: FilterOptions = { day: ['2024-10-25', '2024-10-26'], track: ['green-development'], language: ['en', 'ru', 'zh-Hans'], room: ['main-hall'], kind: ['PLENARY', 'BREAK'] };
const parse = (query: string) => parseProgrammeFilters(new URLSearchParams(query), options);

describe(parseProgrammeFilters.name, () => {
  it('takes the filters the edition offers, empty ones meaning any', () => {
    expect(parse('day=2024-10-26&track=green-development&language=ru&room=main-hall&kind=BREAK&lang=kk')).toEqual({
      ok: true,
      filters: { day: '2024-10-26', track: 'green-development', language: 'ru', room: 'main-hall', kind: 'BREAK' },
    });
    expect(parse('day=&kind=')).toEqual({ ok: true, filters: {} });
  });

  it('refuses a value the edition does not offer, or a repeated filter, naming it', () => {
    expect(parse('day=2024-10-27')).toEqual({ ok: false, name: 'day', value: '2024-10-27' });
    expect(parse('kind=plenary')).toEqual({ ok: false, name: 'kind', value: 'plenary' });
    expect(parse('room=main-hall&room=main-hall')).toEqual({ ok: false, name: 'room', value: 'main-hall,main-hall' });
    expect(parse('track=%3Cscript%3E')).toEqual({ ok: false, name: 'track', value: '<script>' });
  });
});

describe(filterOptions.name, () => {
  it('offers the days, tracks, languages heard or interpreted, rooms in use and kinds held', () => {
    const offered = filterOptions({
      programmeDays: ['2024-10-25'],
      tracks: [{ slug: 'green' }],
      allSessions: [
        { kind: 'BREAK', languages: ['zh-Hans'], interpretation: [], room: null },
        { kind: 'PLENARY', languages: ['ru'], interpretation: ['en', 'zh-Hans'], room: { slug: 'main-hall' } },
      ],
    });
    expect(offered).toEqual({ day: ['2024-10-25'], track: ['green'], language: ['en', 'ru', 'zh-Hans'], room: ['main-hall'], kind: ['PLENARY', 'BREAK'] });
  });
});

describe(filterSearch.name, () => {
  it('writes the filters in a stable order, changing or removing one', () => {
    expect(filterSearch({ kind: 'BREAK', day: '2024-10-25' })).toBe('?day=2024-10-25&kind=BREAK');
    expect(filterSearch({ kind: 'BREAK', day: '2024-10-25' }, { day: null })).toBe('?kind=BREAK');
    expect(filterSearch({}, { room: 'main-hall' })).toBe('?room=main-hall');
    expect(filterSearch({})).toBe('');
  });
});
