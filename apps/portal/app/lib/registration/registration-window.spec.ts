import { registrationTranslator } from '../../i18n/registration/registration-i18n.js';
import { registrationCallTexts, registrationPhase } from './registration-window.js';

describe(registrationPhase.name, () => {
  const now = '2027-03-01T12:00:00Z';
  it('is open when the api says so, whatever the dates', () => {
    expect(registrationPhase({ open: true, opensAt: null, closesAt: null }, now)).toBe('open');
  });
  it('is upcoming before the window, closed after it, otherwise not open', () => {
    expect(registrationPhase({ open: false, opensAt: '2027-04-01T00:00:00Z', closesAt: null }, now)).toBe('upcoming');
    expect(registrationPhase({ open: false, opensAt: '2027-01-01T00:00:00Z', closesAt: '2027-02-01T00:00:00Z' }, now)).toBe('closed');
    expect(registrationPhase({ open: false, opensAt: '2027-01-01T00:00:00Z', closesAt: '2027-05-01T00:00:00Z' }, now)).toBe('not-open');
  });
});

describe(registrationCallTexts.name, () => {
  const t = registrationTranslator('en');
  const date = (instant: string) => instant.slice(0, 10);
  it('links to the form while open, and says when it opens or closed otherwise', () => {
    expect(registrationCallTexts(t, { open: true, opensAt: null, closesAt: '2027-05-01T00:00:00Z' }, '2027-03-01T00:00:00Z', date)).toEqual({
      heading: 'Registration',
      link: 'Register to take part',
      note: 'Registration is open until 2027-05-01.',
    });
    expect(registrationCallTexts(t, { open: false, opensAt: '2027-04-01T00:00:00Z', closesAt: null }, '2027-03-01T00:00:00Z', date).note).toBe('Registration opens on 2027-04-01.');
    expect(registrationCallTexts(t, { open: false, opensAt: null, closesAt: '2027-02-01T00:00:00Z' }, '2027-03-01T00:00:00Z', date)).toMatchObject({ link: null, note: 'Registration closed on 2027-02-01.' });
  });
});
