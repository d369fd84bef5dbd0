import { ForumRuleError } from './errors.js';
import {
  canTransitionEdition,
  EDITION_STATUSES,
  type EditionStatus,
  nextEditionStatuses,
  transitionEdition,
} from './edition-lifecycle.js';

const allowed: ReadonlySet<string> = new Set([
  'PROPOSED>PLANNED',
  'PLANNED>REGISTRATION_OPEN',
  'PLANNED>PROPOSED',
  'REGISTRATION_OPEN>LIVE',
  'REGISTRATION_OPEN>PLANNED',
  'LIVE>CONCLUDED',
]);

const matrix: [EditionStatus, EditionStatus, boolean][] = EDITION_STATUSES.flatMap((from) =>
  EDITION_STATUSES.map((to): [EditionStatus, EditionStatus, boolean] => [from, to, allowed.has(`${from}>${to}`)]),
);

describe('edition lifecycle', () => {
  it('uses the Prisma enum names', () => {
    expect([...EDITION_STATUSES]).toEqual(['PROPOSED', 'PLANNED', 'REGISTRATION_OPEN', 'LIVE', 'CONCLUDED']);
  });

  describe(canTransitionEdition.name, () => {
    it.each(matrix)('%s -> %s allowed: %s', (from, to, expected) => {
      expect(canTransitionEdition(from, to)).toBe(expected);
    });
  });

  describe(transitionEdition.name, () => {
    it.each(matrix.filter(([, , ok]) => ok))('%s -> %s returns the new state', (from, to) => {
      expect(transitionEdition(from, to)).toBe(to);
    });

    it.each(matrix.filter(([, , ok]) => !ok))('%s -> %s is refused with a code', (from, to) => {
      expect(() => transitionEdition(from, to)).toThrow(ForumRuleError);
      expect(() => transitionEdition(from, to)).toThrow(expect.objectContaining({ code: 'EDITION_TRANSITION_REFUSED' }));
    });

    it('names both states and the allowed next states', () => {
      expect(() => transitionEdition('PROPOSED', 'LIVE')).toThrow(
        'An edition cannot move from PROPOSED to LIVE; allowed next states: PLANNED',
      );
      expect(() => transitionEdition('CONCLUDED', 'LIVE')).toThrow(
        'An edition cannot move from CONCLUDED to LIVE; CONCLUDED is final',
      );
    });

    it('explains a status that is not in the enum (bad data from outside TypeScript)', () => {
      expect(() => transitionEdition('ARCHIVED' as EditionStatus, 'LIVE')).toThrow(/ARCHIVED is not an edition status/);
      expect(() => transitionEdition('ARCHIVED' as EditionStatus, 'LIVE')).toThrow(
        expect.objectContaining({
          name: 'ForumRuleError',
          message: 'An edition cannot move from ARCHIVED to LIVE; ARCHIVED is not an edition status (PROPOSED, PLANNED, REGISTRATION_OPEN, LIVE, CONCLUDED)',
        }),
      );
      expect(nextEditionStatuses('ARCHIVED' as EditionStatus)).toEqual([]);
    });

    it('lists every allowed next state, comma-separated', () => {
      expect(() => transitionEdition('PLANNED', 'LIVE')).toThrow(
        'An edition cannot move from PLANNED to LIVE; allowed next states: REGISTRATION_OPEN, PROPOSED',
      );
    });
  });

  describe(nextEditionStatuses.name, () => {
    it('lists forward step first, then back-off', () => {
      expect(nextEditionStatuses('PROPOSED')).toEqual(['PLANNED']);
      expect(nextEditionStatuses('PLANNED')).toEqual(['REGISTRATION_OPEN', 'PROPOSED']);
      expect(nextEditionStatuses('REGISTRATION_OPEN')).toEqual(['LIVE', 'PLANNED']);
      expect(nextEditionStatuses('LIVE')).toEqual(['CONCLUDED']);
      expect(nextEditionStatuses('CONCLUDED')).toEqual([]);
    });
  });
});
