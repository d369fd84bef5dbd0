import { AGREEMENT_STATUSES as FORUM_STATUSES } from '@caravan/forums/agreements';
import { AGREEMENT_TYPES as FORUM_TYPES } from '@caravan/forums/schemas';
import { AGREEMENT_STATUSES, AGREEMENT_TYPES, filtersQuery, readFilters, toAgreementFilter, withinChoices } from './agreement-filters.js';

const choices = { countries: ['CN', 'KZ', 'UZ'], tracks: ['sister-cities', 'green-development'], editions: [11, 12] };
const read = (query: string) => readFilters(new URLSearchParams(query));

describe('agreement filters in the address', () => {
  it('knows exactly the types and statuses of @caravan/forums', () => {
    expect([...AGREEMENT_TYPES].sort()).toEqual([...FORUM_TYPES].sort());
    expect([...AGREEMENT_STATUSES].sort()).toEqual([...FORUM_STATUSES].sort());
  });

  it('reads every filter and turns it into the api filter', () => {
    const selected = read('type=sister-city&status=in-implementation&country=uz&track=sister-cities&edition=11&lang=ru');
    expect(selected).toEqual({ type: 'sister-city', status: 'in-implementation', country: 'uz', track: 'sister-cities', edition: '11' });
    expect(selected && toAgreementFilter(selected)).toEqual({ types: ['SISTER_CITY'], statuses: ['IN_IMPLEMENTATION'], country: 'UZ', track: 'sister-cities', editions: [11] });
    expect(selected && withinChoices(selected, choices)).toBe(true);
  });

  it('takes empty values as "all"', () => {
    const selected = read('type=&status=&country=&track=&edition=');
    expect(selected).toEqual({ type: null, status: null, country: null, track: null, edition: null });
    expect(selected && toAgreementFilter(selected)).toEqual({ types: null, statuses: null, country: null, track: null, editions: null });
  });

  it.each(['type=SISTER_CITY', 'type=bogus', 'status=done', 'country=uzb', 'country=U1', 'track=Not_A_Slug', 'edition=0', 'edition=011', 'edition=1e3', 'edition=9999999999', 'type=trade&type=cultural', `track=${'a'.repeat(101)}`])(
    'refuses %s as an address that does not exist',
    (query) => {
      expect(read(query)).toBeNull();
    },
  );

  it('tells a value the series does not have from one it has', () => {
    for (const query of ['country=ge', 'track=healthcare', 'edition=10']) {
      const selected = read(query);
      expect(selected).not.toBeNull();
      expect(selected && withinChoices(selected, choices)).toBe(false);
    }
  });

  it('writes the chosen filters back, with extra parameters', () => {
    const selected = read('edition=11&type=trade');
    expect(selected && filtersQuery(selected, { lang: 'kk', after: null })).toBe('?type=trade&edition=11&lang=kk');
    expect(filtersQuery({ type: null, status: null, country: null, track: null, edition: null })).toBe('');
  });
});
