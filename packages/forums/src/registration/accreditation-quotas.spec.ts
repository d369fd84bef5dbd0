import { checkDelegationQuota, checkMediaQuota, type MediaQuotas, normalizeOutletName, ZMediaQuotas } from './accreditation-quotas.js';

describe(normalizeOutletName.name, () => {
  it.each([
    ['Xinhua News Agency', 'xinhua news agency'],
    ['  XINHUA  news   agency. ', 'xinhua news agency'],
    ['Xinhua-News-Agency', 'xinhua news agency'],
    ['«Казинформ»', 'казинформ'],
    ['ＣＧＴＮ', 'cgtn'],
    ['新华社', '新华社'],
  ])('%s counts as %s', (name, key) => {
    expect(normalizeOutletName(name)).toBe(key);
  });
});

describe(checkMediaQuota.name, () => {
  const quotas: MediaQuotas = { perOutlet: 3, perCountry: 10, outletOverrides: { 'Xinhua News Agency': 8 }, countryOverrides: { CN: 40 } };
  const counts = (outlet: number, country: number, key = 'kabar') => ({ byOutlet: { [key]: outlet }, byCountry: { KG: country, CN: country } });

  it('lets a candidate in while both quotas have room', () => {
    expect(checkMediaQuota(counts(2, 9), { outlet: 'Kabar', country: 'KG' }, quotas)).toEqual({ status: 'ok' });
    expect(checkMediaQuota({ byOutlet: {}, byCountry: {} }, { outlet: 'Kabar', country: 'KG' }, quotas)).toEqual({ status: 'ok' });
  });

  it('refuses the place after the outlet’s last, counting the outlet however it is written', () => {
    expect(checkMediaQuota(counts(3, 0), { outlet: 'KABAR.', country: 'KG' }, quotas)).toEqual({
      status: 'over-outlet-quota',
      outlet: 'kabar',
      limit: 3,
      current: 3,
    });
  });

  it('refuses the place after the country’s last', () => {
    expect(checkMediaQuota(counts(0, 10), { outlet: 'Kabar', country: 'KG' }, quotas)).toEqual({
      status: 'over-country-quota',
      country: 'KG',
      limit: 10,
      current: 10,
    });
  });

  it('reports the outlet first when both are full', () => {
    expect(checkMediaQuota(counts(3, 10), { outlet: 'Kabar', country: 'KG' }, quotas).status).toBe('over-outlet-quota');
  });

  it('applies exceptions for an outlet and a country', () => {
    const xinhua = { byOutlet: { 'xinhua news agency': 7 }, byCountry: { CN: 39 } };
    expect(checkMediaQuota(xinhua, { outlet: 'xinhua news agency', country: 'CN' }, quotas)).toEqual({ status: 'ok' });
    expect(checkMediaQuota({ ...xinhua, byCountry: { CN: 40 } }, { outlet: 'Xinhua News Agency', country: 'CN' }, quotas)).toMatchObject({
      status: 'over-country-quota',
      limit: 40,
    });
  });

  it('has no limit where a quota is null, and none at all at zero', () => {
    const open: MediaQuotas = { perOutlet: null, perCountry: null };
    expect(checkMediaQuota(counts(1000, 1000), { outlet: 'Kabar', country: 'KG' }, open)).toEqual({ status: 'ok' });
    const closed: MediaQuotas = { perOutlet: null, perCountry: null, countryOverrides: { KG: 0 } };
    expect(checkMediaQuota({ byOutlet: {}, byCountry: {} }, { outlet: 'Kabar', country: 'KG' }, closed)).toMatchObject({
      status: 'over-country-quota',
      limit: 0,
    });
  });

  it('refuses counts that cannot be counts', () => {
    expect(() => checkMediaQuota(counts(-1, 0), { outlet: 'Kabar', country: 'KG' }, quotas)).toThrow(RangeError);
    expect(() => checkMediaQuota(counts(0, 1.5), { outlet: 'Kabar', country: 'KG' }, quotas)).toThrow(/country KG must be a whole number/);
    expect(() => checkMediaQuota(counts(-1, 0), { outlet: 'Kabar', country: 'KG' }, quotas)).toThrow(
      'the count of outlet "kabar" must be a whole number of 0 or more; got -1',
    );
  });
});

describe('ZMediaQuotas', () => {
  it('takes whole numbers or null, and country exceptions by code', () => {
    expect(ZMediaQuotas.safeParse({ perOutlet: 3, perCountry: null, countryOverrides: { CN: 40 } }).success).toBe(true);
    expect(ZMediaQuotas.safeParse({ perOutlet: -1, perCountry: 2.5, countryOverrides: { China: 40 } }).error?.issues.map((i) => i.message)).toEqual([
      'a quota cannot be negative',
      'a quota is a whole number',
      '"China" is not an ISO 3166-1 alpha-2 code; country overrides are keyed by one',
    ]);
  });

  it('keys country exceptions by exactly two capital letters, naming each wrong key where it is', () => {
    const issues = ZMediaQuotas.safeParse({ perOutlet: null, perCountry: null, countryOverrides: { CNX: 1, XCN: 1, cn: 1 } }).error?.issues ?? [];
    expect(issues.map((i) => [i.code, i.path.join('.'), i.message])).toEqual([
      ['custom', 'countryOverrides.CNX', '"CNX" is not an ISO 3166-1 alpha-2 code; country overrides are keyed by one'],
      ['custom', 'countryOverrides.XCN', '"XCN" is not an ISO 3166-1 alpha-2 code; country overrides are keyed by one'],
      ['custom', 'countryOverrides.cn', '"cn" is not an ISO 3166-1 alpha-2 code; country overrides are keyed by one'],
    ]);
  });
});

describe(checkDelegationQuota.name, () => {
  it.each([
    [10, 5, 15, { status: 'ok', remaining: 0 }],
    [0, 3, 15, { status: 'ok', remaining: 12 }],
    [10, 6, 15, { status: 'over-quota', quota: 15, current: 10, adding: 6, excess: 1 }],
    [20, 0, 15, { status: 'over-quota', quota: 15, current: 20, adding: 0, excess: 5 }],
    [400, 100, null, { status: 'ok', remaining: null }],
  ] as const)('%s members, adding %s, quota %s', (current, adding, quota, result) => {
    expect(checkDelegationQuota(current, adding, quota)).toEqual(result);
  });

  it('refuses numbers that are not counts, naming the argument', () => {
    expect(() => checkDelegationQuota(-1, 1, 5)).toThrow('current must be a whole number of 0 or more; got -1');
    expect(() => checkDelegationQuota(1, 0.5, 5)).toThrow(/^adding/);
    expect(() => checkDelegationQuota(1, 1, Number.NaN)).toThrow(/^quota/);
  });
});
