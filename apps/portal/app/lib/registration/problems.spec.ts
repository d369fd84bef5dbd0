import { registrationTranslator } from '../../i18n/registration/registration-i18n.js';
import { placeProblems, problemKey, problemMessage, problemsFromExtensions } from './problems.js';

const ru = registrationTranslator('ru');
const en = registrationTranslator('en');

describe(problemMessage.name, () => {
  it('localizes by code with the parameters the api sent', () => {
    expect(problemMessage(ru, { field: 'email', code: 'invalid_email' })).toBe('Это не адрес электронной почты.');
    expect(problemMessage(en, { field: 'givenName', code: 'too_long', params: { max: 100 } })).toBe('Too long: at most 100 characters.');
  });

  it('falls back to the general message for an unknown code or a missing parameter', () => {
    expect(problemMessage(en, { field: 'x', code: 'made_up' })).toBe(en('problem.invalid'));
    expect(problemMessage(en, { field: 'givenName', code: 'too_long' })).toBe(en('problem.invalid'));
  });

  it('reads the photo endpoint codes too', () => {
    expect(problemKey('not_an_image', 'photo')).toBe('problem.photo_not_an_image');
    expect(problemKey('file_too_large', 'photo')).toBe('problem.photo_file_too_large');
    expect(problemKey('required', 'photo')).toBe('problem.required');
  });
});

describe(problemsFromExtensions.name, () => {
  it('takes field, code and parameters beside the code or under params, and skips what is not a problem', () => {
    expect(
      problemsFromExtensions({
        code: 'BAD_USER_INPUT',
        problems: [{ field: 'givenName', code: 'too_long', message: 'too long', max: 100 }, { field: 'email', code: 'duplicate', params: { x: 1 } }, 'junk', { code: 'required' }],
      }),
    ).toEqual([
      { field: 'givenName', code: 'too_long', params: { max: 100 } },
      { field: 'email', code: 'duplicate', params: { x: 1 } },
    ]);
    expect(problemsFromExtensions(undefined)).toEqual([]);
  });
});

describe(placeProblems.name, () => {
  it('puts each problem beside its input once, and form-wide ones in the summary', () => {
    const placed = placeProblems(en, [{ field: 'email', code: 'required' }, { field: 'email', code: 'required' }, { field: '', code: 'invalid' }], ['email']);
    expect(placed).toEqual([
      { input: 'email', message: en('problem.required') },
      { input: null, message: en('problem.invalid') },
    ]);
  });
});
