import {
  AGREEMENT_STATUSES,
  type AgreementStatus,
  canTransitionAgreement,
  nextAgreementStatuses,
  transitionAgreement,
} from './agreement-lifecycle.js';
import { ForumRuleError } from './errors.js';

const allowed: ReadonlySet<string> = new Set([
  'PROPOSED>SIGNED',
  'SIGNED>IN_IMPLEMENTATION',
  'SIGNED>LAPSED',
  'IN_IMPLEMENTATION>COMPLETED',
  'IN_IMPLEMENTATION>LAPSED',
]);

const matrix: [AgreementStatus, AgreementStatus, boolean][] = AGREEMENT_STATUSES.flatMap((from) =>
  AGREEMENT_STATUSES.map((to): [AgreementStatus, AgreementStatus, boolean] => [from, to, allowed.has(`${from}>${to}`)]),
);

describe('agreement lifecycle', () => {
  it('uses the Prisma enum names', () => {
    expect([...AGREEMENT_STATUSES]).toEqual(['PROPOSED', 'SIGNED', 'IN_IMPLEMENTATION', 'COMPLETED', 'LAPSED']);
  });

  describe(canTransitionAgreement.name, () => {
    it.each(matrix)('%s -> %s allowed: %s', (from, to, expected) => {
      expect(canTransitionAgreement(from, to)).toBe(expected);
    });
  });

  describe(transitionAgreement.name, () => {
    it.each(matrix.filter(([, , ok]) => ok))('%s -> %s returns the new state', (from, to) => {
      expect(transitionAgreement(from, to)).toBe(to);
    });

    it.each(matrix.filter(([, , ok]) => !ok))('%s -> %s is refused with a code', (from, to) => {
      expect(() => transitionAgreement(from, to)).toThrow(ForumRuleError);
      expect(() => transitionAgreement(from, to)).toThrow(expect.objectContaining({ code: 'AGREEMENT_TRANSITION_REFUSED' }));
    });

    it('names both states and the allowed next states', () => {
      expect(() => transitionAgreement('PROPOSED', 'COMPLETED')).toThrow(
        'An agreement cannot move from PROPOSED to COMPLETED; allowed next states: SIGNED',
      );
      expect(() => transitionAgreement('LAPSED', 'SIGNED')).toThrow('LAPSED is final');
    });
  });

  it('lists the next statuses', () => {
    expect(nextAgreementStatuses('SIGNED')).toEqual(['IN_IMPLEMENTATION', 'LAPSED']);
    expect(nextAgreementStatuses('COMPLETED')).toEqual([]);
  });
});
