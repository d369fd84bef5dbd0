import { AppError } from '../common/errors/app-error.js';
import { parseExportQuery } from './export-query.js';
import { toExportRequest } from './export-viewer.js';

describe(parseExportQuery.name, () => {
  it('reads the edition number and defaults the language to English', () => {
    expect(parseExportQuery({ series: 'china-central-asia', number: '11' })).toEqual({ series: 'china-central-asia', number: 11, lang: 'en' });
    expect(parseExportQuery({ series: 'china-caucasus', number: '1', lang: 'zh-Hans', track: 'green', })).toMatchObject({ lang: 'zh-Hans', track: 'green' });
    expect(parseExportQuery({ series: 'china-caucasus', number: '1', lang: '', track: ' ' })).toEqual({ series: 'china-caucasus', number: 1, lang: 'en' });
  });

  it('answers BAD_USER_INPUT naming each bad parameter', () => {
    let caught: unknown;
    try {
      parseExportQuery({ series: 'China Central', number: 'eleven', lang: 'not a tag', track: 'Green!' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('BAD_USER_INPUT');
    expect((caught as AppError).problems.map((p) => p.field)).toEqual(['series', 'number', 'lang', 'track']);
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
