import { checkAdmission, type AdmissionQuery, type CheckInDecision } from './check-admission.js';
import { delegateClaims, ELEVENTH, eleventhKey } from './credential.fixtures.js';
import { CredentialInputError } from './credential-input.error.js';
import type { CredentialClaims } from './credential.types.js';

const claims: CredentialClaims = { ...delegateClaims, editionId: ELEVENTH, keyId: eleventhKey.keyId };
const plenaryOnOpeningDay: AdmissionQuery = { claims, zone: 1, day: '2024-10-25', listing: { currentSerial: 2 } };

describe(checkAdmission.name, () => {
  it('admits the current code in one of its zones on one of its days', () => {
    expect(checkAdmission(plenaryOnOpeningDay)).toEqual({ admitted: true, outcome: 'admitted' });
  });

  it('admits a badge the list does not name yet, and a code newer than the list knows', () => {
    expect(checkAdmission({ ...plenaryOnOpeningDay, listing: undefined }).outcome).toBe('admitted');
    expect(checkAdmission({ ...plenaryOnOpeningDay, listing: { currentSerial: 1 } }).outcome).toBe('admitted');
  });

  it('refuses a superseded code and a withdrawn badge as revoked', () => {
    expect(checkAdmission({ ...plenaryOnOpeningDay, listing: { currentSerial: 3 } })).toEqual({
      admitted: false,
      outcome: 'revoked',
      reason: 'superseded',
      currentSerial: 3,
    });
    expect(checkAdmission({ ...plenaryOnOpeningDay, listing: { currentSerial: 2, withdrawn: true } })).toMatchObject({ outcome: 'revoked', reason: 'withdrawn' });
  });

  it('refuses a day outside the badge days, then a zone outside its zones', () => {
    expect(checkAdmission({ ...plenaryOnOpeningDay, day: '2024-10-27' })).toEqual({
      admitted: false,
      outcome: 'not-valid-for-day',
      day: '2024-10-27',
      days: claims.days,
    });
    expect(checkAdmission({ ...plenaryOnOpeningDay, zone: 2 })).toEqual({ admitted: false, outcome: 'not-valid-for-zone', zone: 2, zones: [0, 1, 4] });
    expect(checkAdmission({ ...plenaryOnOpeningDay, zone: 2, day: '2024-10-27', listing: { currentSerial: 5 } }).outcome).toBe('revoked');
  });

  it('names the query field a caller got wrong', () => {
    expect(() => checkAdmission({ ...plenaryOnOpeningDay, zone: 31 })).toThrow(new CredentialInputError('zone', 'must be a zone number from 0 to 30'));
    expect(() => checkAdmission({ ...plenaryOnOpeningDay, day: '25/10/2024' })).toThrow(/^day: /);
    expect(() => checkAdmission({ ...plenaryOnOpeningDay, listing: { currentSerial: -1 } })).toThrow(/^listing\.currentSerial: /);
  });

  it('lets the caller join its own refusals to the decision type', () => {
    type Decision = CheckInDecision<{ admitted: false; outcome: 'already-checked-in'; at: Date }>;
    const decide = (alreadyAt: Date | undefined): Decision =>
      alreadyAt ? { admitted: false, outcome: 'already-checked-in', at: alreadyAt } : checkAdmission(plenaryOnOpeningDay);
    const outcomes = [decide(undefined), decide(new Date())].map((decision) => (decision.admitted ? 'in' : decision.outcome));
    expect(outcomes).toEqual(['in', 'already-checked-in']);
  });
});
