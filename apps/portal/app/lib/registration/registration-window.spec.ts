import { registrationPhase } from './registration-window.js';

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
