import { AppError } from '../common/errors/app-error.js';
import { parseExportQuery } from './export-query.js';
import { toExportRequest } from './export-viewer.js';

describe(parseExportQuery.name, () => {
  it('reads the edition number and defaults the language to English', () => {
    expect(parseExportQuery({ series: 'china-central-asia', number: '11' })).toEqual({ series: 'china-central-asia', number: 11, lang: 'en' });
    expect(parseExportQuery({ series: 'china-caucasus', number: '1', lang: 'zh-Hans', track: 'green', })).toMatchObject({ lang: 'zh-Hans', track: 'green' });
    expect(parseExportQuery({ series: 'china-caucasus', number: '1', lang: '', track: ' ' })).toEqual({ series: 'china-caucasus', number: 1, lang: 'en' });
  });

  it('answers NOT_FOUND for an address that is not canonical, so one file has one URL', () => {
    for (const [series, number] of [
      ['china-central-asia', '011'],
      ['china-central-asia', '1e1'],
      ['china-central-asia', '0x0B'],
      ['china-central-asia', '+11'],
      ['china-central-asia', ' 11'],
      ['china-central-asia', '11.0'],
      ['china-central-asia', '0'],
      ['china-central-asia', '99999999999999'],
      ['china-central-asia', 'eleven'],
      ['Bad_Slug', '11'],
      ['china--asia', '11'],
      ['a'.repeat(101), '11'],
    ] as const) {
      let caught: unknown;
      try {
        parseExportQuery({ series, number });
      } catch (error) {
        caught = error;
      }
      expect({ series, number, code: (caught as AppError | undefined)?.code }).toEqual({ series, number, code: 'NOT_FOUND' });
      expect((caught as AppError).message).toContain('without leading zeros');
    }
  });

  it('answers BAD_USER_INPUT naming each bad option', () => {
    let caught: unknown;
    try {
      parseExportQuery({ series: 'china-central-asia', number: '11', lang: 'not a tag', track: 'Green!' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('BAD_USER_INPUT');
    expect((caught as AppError).problems.map((p) => p.field)).toEqual(['lang', 'track']);
  });
});

describe(toExportRequest.name, () => {
  it('reads a bearer token and ignores other schemes', () => {
    expect(toExportRequest({ authorization: 'Bearer abc.def-ghi' }).bearerToken).toBe('abc.def-ghi');
    expect(toExportRequest({ authorization: 'bearer  tok==' }).bearerToken).toBe('tok==');
    expect(toExportRequest({ authorization: 'Basic dXNlcjpwYXNz' }).bearerToken).toBeNull();
    expect(toExportRequest({}).bearerToken).toBeNull();
  });
});
