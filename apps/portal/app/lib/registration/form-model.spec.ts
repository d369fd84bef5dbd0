import { answersFromValues, askedFields, inputForProblem, inputId, inputNames, valuesFromAnswers } from './form-model.js';
import type { CategoryView, RegistrationFieldView } from './registration-view.js';

const field = (key: string, input: string, extra: Partial<RegistrationFieldView> = {}): RegistrationFieldView => ({
  key,
  input,
  label: null,
  options: [],
  maxLength: null,
  min: null,
  max: null,
  multiple: false,
  ...extra,
});

const FIELDS = [
  field('givenName', 'latin-name'),
  field('familyName', 'latin-name'),
  field('nativeName', 'native-name'),
  field('citizenship', 'country'),
  field('email', 'email'),
  field('photo', 'photo'),
  field('dietaryNeeds', 'choice', { multiple: true, options: [{ value: 'halal', label: 'Halal' }, { value: 'vegan', label: 'Vegan' }] }),
  field('custom.company_size', 'choice', { label: 'Company size', options: [{ value: 'small', label: 'Small' }] }),
  field('custom.first_visit', 'checkbox', { label: 'First visit' }),
  field('outlet', 'text'),
];

const business: CategoryView = {
  slug: 'business',
  kind: 'BUSINESS',
  name: 'Business',
  description: null,
  capacity: null,
  placesLeft: null,
  approval: 'NEEDS_APPROVAL',
  visaSupport: 'OPTIONAL',
  fields: ['givenName', 'familyName', 'nativeName', 'citizenship', 'email', 'photo', 'dietaryNeeds', 'custom.company_size', 'custom.first_visit'].map((key) => ({ key, required: key !== 'nativeName' })),
};

const consent = { noticeId: 'privacy', version: '2027-1' };

describe(askedFields.name, () => {
  it('keeps the form order and only what the category asks, with its required flag', () => {
    const asked = askedFields(FIELDS, business);
    expect(asked.map(({ field: f }) => f.key)).not.toContain('outlet');
    expect(asked[0]).toEqual({ field: FIELDS[0], required: true });
    expect(asked.find(({ field: f }) => f.key === 'nativeName')?.required).toBe(false);
  });
});

describe(answersFromValues.name, () => {
  it('builds the api submission: groups, lists, boxes, custom answers and the consent shown', () => {
    const values = {
      givenName: 'Aigerim',
      familyName: 'Nurlanova',
      'nativeName.text': 'Айгерім Нұрланқызы',
      'nativeName.language': 'kk',
      citizenship: 'KZ',
      email: 'aigerim@example.kz',
      dietaryNeeds: ['halal', 'vegan'],
      'custom.company_size': 'small',
      visaLetter: 'on',
      'passport.number': 'N1234567',
      consent: 'on',
    };
    expect(answersFromValues(values, askedFields(FIELDS, business), business, consent, 'photo-1')).toEqual({
      givenName: 'Aigerim',
      familyName: 'Nurlanova',
      nativeName: { text: 'Айгерім Нұрланқызы', language: 'kk' },
      citizenship: 'KZ',
      email: 'aigerim@example.kz',
      photo: 'photo-1',
      dietaryNeeds: ['halal', 'vegan'],
      custom: { company_size: 'small' },
      visaLetter: true,
      passport: { number: 'N1234567', expiryDate: '', nationality: '', dateOfBirth: '' },
      consent,
    });
  });

  it('leaves the consent out when the box is not ticked, and a single choice is one value', () => {
    const answers = answersFromValues({ dietaryNeeds: 'halal' }, askedFields(FIELDS, business), { ...business, visaSupport: 'NONE' }, consent, null);
    expect(answers).not.toHaveProperty('consent');
    expect(answers).not.toHaveProperty('passport');
    expect(answers['dietaryNeeds']).toEqual(['halal']);
    expect(answers['photo']).toBe('');
  });
});

describe(valuesFromAnswers.name, () => {
  it('turns saved answers back into the form values they came from', () => {
    expect(
      valuesFromAnswers({
        givenName: 'Aigerim',
        nativeName: { text: 'Айгерім', language: 'kk' },
        dietaryNeeds: ['halal'],
        custom: { first_visit: true, company_size: 'small' },
        photo: 'photo-1',
        consent,
        visaLetter: false,
      }),
    ).toEqual({
      givenName: 'Aigerim',
      'nativeName.text': 'Айгерім',
      'nativeName.language': 'kk',
      dietaryNeeds: ['halal'],
      'custom.first_visit': 'on',
      'custom.company_size': 'small',
      photoReference: 'photo-1',
      consent: 'on',
    });
  });
});

describe(inputForProblem.name, () => {
  const names = inputNames(askedFields(FIELDS, business), business);

  it('places a problem at its input, at the first input of its group, or in the input containing it', () => {
    expect(inputForProblem('email', names)).toBe('email');
    expect(inputForProblem('custom.company_size', names)).toBe('custom.company_size');
    expect(inputForProblem('passport', names)).toBe('passport.number');
    expect(inputForProblem('nativeName', names)).toBe('nativeName.text');
    expect(inputForProblem('passport.expiryDate', names)).toBe('passport.expiryDate');
    expect(inputForProblem('dietaryNeeds.1', names)).toBe('dietaryNeeds');
  });

  it('leaves a problem of the whole form, or of nothing shown, to the summary', () => {
    expect(inputForProblem('', names)).toBeNull();
    expect(inputForProblem('outlet', names)).toBeNull();
  });
});

describe(inputId.name, () => {
  it('is a valid fragment for any input name', () => {
    expect(inputId('passport.number')).toBe('field-passport-number');
    expect(inputId('custom.company_size')).toBe('field-custom-company_size');
  });
});
