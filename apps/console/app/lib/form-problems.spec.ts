import { CaravanApiError } from '@caravan/sdk';
import { formValues, problemsFromApi } from './form-problems.js';

const badInput = (problems: { field: string; reason: string }[]) =>
  new CaravanApiError('BAD_USER_INPUT', 'Invalid input', { status: 200, errors: [{ message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', problems } }] });

describe(problemsFromApi.name, () => {
  const fields = { roomId: 'roomId', date: 'date', startTime: 'startTime', title: 'title_en', 'title.1.text': 'title_ru' };

  it('puts each programme conflict on its field with its code', () => {
    const error = badInput([
      { field: 'roomId', reason: 'ROOM_OVERLAP: Hall A is taken by "Opening plenary" 09:00–10:30.' },
      { field: 'date', reason: 'OUTSIDE_EDITION_DATES: 2024-10-30 is after the last day.' },
    ]);
    expect(problemsFromApi(error, fields)).toEqual([
      { field: 'roomId', code: 'ROOM_OVERLAP', message: 'Hall A is taken by "Opening plenary" 09:00–10:30.' },
      { field: 'date', code: 'OUTSIDE_EDITION_DATES', message: '2024-10-30 is after the last day.' },
    ]);
  });

  it('maps nested paths, and keeps unknown fields at form level with their name', () => {
    const error = badInput([
      { field: 'input.title.1.text', reason: 'must not be empty' },
      { field: 'title.0.text', reason: 'must not be empty' },
      { field: 'languages.2', reason: 'is not a language tag' },
    ]);
    expect(problemsFromApi(error, fields)).toEqual([
      { field: 'title_ru', code: null, message: 'must not be empty' },
      { field: 'title_en', code: null, message: 'must not be empty' },
      { field: '', code: null, message: 'languages.2: is not a language tag' },
    ]);
  });

  it('puts a problem of one row of a list on the field of that row, by the longest part of its path the form names', () => {
    const error = badInput([
      { field: 'rooms.1.name.0.text', reason: 'must not be empty' },
      { field: 'rooms.2.slug', reason: '"hall" is given twice' },
    ]);
    expect(problemsFromApi(error, { rooms: 'rooms', 'rooms.1': 'room_1', 'rooms.2': 'room_2' })).toEqual([
      { field: 'room_1', code: null, message: 'must not be empty' },
      { field: 'room_2', code: null, message: '"hall" is given twice' },
    ]);
  });

  it('turns any other api error into one problem of the whole form', () => {
    const error = new CaravanApiError('NOT_FOUND', 'Person "nobody" was not found.', { status: 200, errors: [{ message: 'Person "nobody" was not found.' }] });
    expect(problemsFromApi(error, fields)).toEqual([{ field: '', code: 'NOT_FOUND', message: 'Person "nobody" was not found.' }]);
  });
});

describe(formValues.name, () => {
  it('keeps what was entered, lists repeated fields and drops the CSRF token', () => {
    const form = new FormData();
    form.append('csrf', 'secret');
    form.append('title_en', 'Green finance');
    form.append('languages', 'en');
    form.append('languages', 'ru');
    expect(formValues(form, ['csrf'])).toEqual({ title_en: 'Green finance', languages: ['en', 'ru'] });
  });
});
