import { registrationTranslator } from '../../i18n/registration/registration-i18n.js';
import { answerRows } from './answer-rows.js';
import type { RegistrationFieldView } from './registration-view.js';

const field = (key: string, input: string, extra: Partial<RegistrationFieldView> = {}): RegistrationFieldView => ({
  key,
  input,
  label: key,
  options: [],
  maxLength: null,
  min: null,
  max: null,
  multiple: false,
  ...extra,
});

describe(answerRows.name, () => {
  it('names countries, languages and choices, says yes or no for boxes, and skips the photo and blanks', () => {
    const t = registrationTranslator('ru');
    const fields = [
      field('givenName', 'latin-name'),
      field('nativeName', 'native-name'),
      field('citizenship', 'country'),
      field('photo', 'photo'),
      field('dietaryNeeds', 'choice', { multiple: true, options: [{ value: 'halal', label: 'Халяль' }] }),
      field('custom.first_visit', 'checkbox', { label: 'Впервые на форуме' }),
      field('position', 'text'),
    ].map((f) => ({ field: f, required: false }));
    const rows = answerRows(
      t,
      fields,
      { givenName: 'Aigerim', nativeName: { text: 'Айгерім', language: 'kk' }, citizenship: 'KZ', photo: 'p1', dietaryNeeds: ['halal'], custom: { first_visit: true } },
      { countries: new Map([['KZ', 'Казахстан']]), languages: new Map([['kk', 'казахский']]) },
    );
    expect(rows).toEqual([
      { key: 'givenName', label: 'Имя', value: 'Aigerim' },
      { key: 'nativeName', label: 'Имя на родном языке', value: 'Айгерім (казахский)' },
      { key: 'citizenship', label: 'Гражданство', value: 'Казахстан' },
      { key: 'dietaryNeeds', label: 'Особенности питания', value: 'Халяль' },
      { key: 'custom.first_visit', label: 'Впервые на форуме', value: 'Да' },
    ]);
  });
});
