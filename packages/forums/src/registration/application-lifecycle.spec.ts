import {
  APPLICATION_ACTIONS,
  APPLICATION_ACTORS,
  APPLICATION_STATUSES,
  APPLICATION_TRANSITIONS,
  type ApplicationActor,
  type ApplicationStatus,
  applicationTransitionsFor,
  canTransitionApplication,
  MAX_REASON_LENGTH,
  nextApplicationStatuses,
  statusAfterSubmission,
  transitionApplication,
} from './application-lifecycle.js';
import { RegistrationRuleError } from './registration-errors.js';

// The table written out once more by hand, as the README shows it: from>to actors reason.
const expected: Record<string, [ApplicationActor[], boolean]> = {
  'DRAFT>SUBMITTED': [['PARTICIPANT', 'OFFICER'], false],
  'SUBMITTED>APPROVED': [['OFFICER', 'SYSTEM'], false],
  'SUBMITTED>REJECTED': [['OFFICER'], true],
  'SUBMITTED>WAITLISTED': [['OFFICER', 'SYSTEM'], false],
  'WAITLISTED>APPROVED': [['OFFICER', 'SYSTEM'], false],
  'WAITLISTED>REJECTED': [['OFFICER'], true],
  'SUBMITTED>CANCELLED': [['OFFICER'], true],
  'APPROVED>CANCELLED': [['OFFICER'], true],
  'WAITLISTED>CANCELLED': [['OFFICER'], true],
  'SUBMITTED>WITHDRAWN': [['PARTICIPANT'], false],
  'APPROVED>WITHDRAWN': [['PARTICIPANT'], false],
  'WAITLISTED>WITHDRAWN': [['PARTICIPANT'], false],
};

const matrix: [ApplicationStatus, ApplicationStatus, boolean][] = APPLICATION_STATUSES.flatMap((from) =>
  APPLICATION_STATUSES.map((to): [ApplicationStatus, ApplicationStatus, boolean] => [from, to, `${from}>${to}` in expected]),
);

const refusal = (code: string) => expect.objectContaining({ name: 'RegistrationRuleError', code });

describe('application lifecycle', () => {
  it('uses the Prisma enum names', () => {
    expect([...APPLICATION_STATUSES]).toEqual(['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'WAITLISTED', 'CANCELLED', 'WITHDRAWN']);
    expect([...APPLICATION_ACTORS]).toEqual(['PARTICIPANT', 'OFFICER', 'SYSTEM']);
  });

  it('holds exactly the documented moves, each once, with their actors and reasons', () => {
    const table = Object.fromEntries(APPLICATION_TRANSITIONS.map((t) => [`${t.from}>${t.to}`, [[...t.actors], t.reasonRequired]]));
    expect(table).toEqual(expected);
    expect(APPLICATION_TRANSITIONS).toHaveLength(Object.keys(expected).length);
  });

  it('names each move with an action of the list, and every action is used', () => {
    expect(new Set(APPLICATION_TRANSITIONS.map((t) => t.action))).toEqual(new Set(APPLICATION_ACTIONS));
  });

  describe(canTransitionApplication.name, () => {
    it.each(matrix)('%s -> %s allowed: %s', (from, to, allowed) => {
      expect(canTransitionApplication(from, to)).toBe(allowed);
    });
  });

  describe(nextApplicationStatuses.name, () => {
    it('lists the ways out; rejected, cancelled and withdrawn are final', () => {
      expect(nextApplicationStatuses('SUBMITTED')).toEqual(['APPROVED', 'REJECTED', 'WAITLISTED', 'CANCELLED', 'WITHDRAWN']);
      expect(nextApplicationStatuses('WAITLISTED')).toEqual(['APPROVED', 'REJECTED', 'CANCELLED', 'WITHDRAWN']);
      for (const final of ['REJECTED', 'CANCELLED', 'WITHDRAWN'] as const) expect(nextApplicationStatuses(final)).toEqual([]);
    });
  });

  describe(transitionApplication.name, () => {
    it.each(APPLICATION_TRANSITIONS.flatMap((t) => t.actors.map((actor) => [t.from, t.to, actor] as const)))(
      '%s -> %s by %s returns the new status and action',
      (from, to, actor) => {
        const result = transitionApplication({ from, to, actor, reason: 'The delegation list changed' });
        expect(result).toEqual({
          status: to,
          action: APPLICATION_TRANSITIONS.find((t) => t.from === from && t.to === to)?.action,
          reason: 'The delegation list changed',
        });
      },
    );

    it.each(matrix.filter(([, , ok]) => !ok))('%s -> %s is refused with a code', (from, to) => {
      expect(() => transitionApplication({ from, to, actor: 'OFFICER', reason: 'r' })).toThrow(refusal('APPLICATION_TRANSITION_REFUSED'));
    });

    it('names both states and the allowed ones', () => {
      expect(() => transitionApplication({ from: 'DRAFT', to: 'APPROVED', actor: 'OFFICER' })).toThrow(
        'An application cannot move from DRAFT to APPROVED; allowed next states: SUBMITTED',
      );
      expect(() => transitionApplication({ from: 'WITHDRAWN', to: 'SUBMITTED', actor: 'PARTICIPANT' })).toThrow('WITHDRAWN is final');
    });

    it.each(
      APPLICATION_TRANSITIONS.flatMap((t) => APPLICATION_ACTORS.filter((actor) => !t.actors.includes(actor)).map((actor) => [t.from, t.to, actor] as const)),
    )('%s -> %s by %s is refused: not theirs to make', (from, to, actor) => {
      expect(() => transitionApplication({ from, to, actor, reason: 'r' })).toThrow(refusal('APPLICATION_ACTOR_REFUSED'));
    });

    it('says who may make a move', () => {
      expect(() => transitionApplication({ from: 'SUBMITTED', to: 'APPROVED', actor: 'PARTICIPANT' })).toThrow(
        'APPROVE (SUBMITTED to APPROVED) is for OFFICER or SYSTEM, not PARTICIPANT',
      );
    });

    it.each(APPLICATION_TRANSITIONS.filter((t) => t.reasonRequired).map((t) => [t.from, t.to] as const))(
      '%s -> %s needs a reason, and blank is none',
      (from, to) => {
        for (const reason of [undefined, null, '', '   ']) {
          expect(() => transitionApplication({ from, to, actor: 'OFFICER', reason })).toThrow(refusal('APPLICATION_REASON_REQUIRED'));
        }
      },
    );

    it('keeps an optional note, trimmed, and null when there is none', () => {
      expect(transitionApplication({ from: 'APPROVED', to: 'WITHDRAWN', actor: 'PARTICIPANT', reason: '  Flight cancelled ' }).reason).toBe('Flight cancelled');
      expect(transitionApplication({ from: 'APPROVED', to: 'WITHDRAWN', actor: 'PARTICIPANT' }).reason).toBeNull();
    });

    it('bounds the reason', () => {
      const reason = 'я'.repeat(MAX_REASON_LENGTH);
      expect(transitionApplication({ from: 'SUBMITTED', to: 'REJECTED', actor: 'OFFICER', reason }).reason).toBe(reason);
      expect(() => transitionApplication({ from: 'SUBMITTED', to: 'REJECTED', actor: 'OFFICER', reason: `${reason}я` })).toThrow(
        refusal('APPLICATION_REASON_TOO_LONG'),
      );
      expect(() => transitionApplication({ from: 'SUBMITTED', to: 'REJECTED', actor: 'OFFICER', reason: `${reason}я` })).toThrow(
        'The reason is at most 1000 characters',
      );
    });

    it('says which move needs a reason and why', () => {
      expect(() => transitionApplication({ from: 'SUBMITTED', to: 'REJECTED', actor: 'OFFICER' })).toThrow(
        'REJECT (SUBMITTED to REJECTED) needs a reason: the participant is told why',
      );
    });

    it('throws RegistrationRuleError for every refusal', () => {
      expect(() => transitionApplication({ from: 'CANCELLED', to: 'APPROVED', actor: 'OFFICER' })).toThrow(RegistrationRuleError);
    });
  });

  describe(applicationTransitionsFor.name, () => {
    it('gives each kind of actor its own moves', () => {
      expect(applicationTransitionsFor('SUBMITTED', 'OFFICER').map((t) => t.action)).toEqual(['APPROVE', 'REJECT', 'WAITLIST', 'CANCEL']);
      expect(applicationTransitionsFor('SUBMITTED', 'PARTICIPANT').map((t) => t.action)).toEqual(['WITHDRAW']);
      expect(applicationTransitionsFor('WAITLISTED', 'SYSTEM').map((t) => t.action)).toEqual(['PROMOTE']);
      expect(applicationTransitionsFor('REJECTED', 'OFFICER')).toEqual([]);
    });
  });

  describe(statusAfterSubmission.name, () => {
    it.each([
      ['NEEDS_APPROVAL', null, 0, 'SUBMITTED'],
      ['NEEDS_APPROVAL', 10, 10, 'SUBMITTED'],
      ['AUTO_APPROVED', null, 5000, 'APPROVED'],
      ['AUTO_APPROVED', 10, 9, 'APPROVED'],
      ['AUTO_APPROVED', 10, 10, 'WAITLISTED'],
      ['AUTO_APPROVED', 10, 12, 'WAITLISTED'],
    ] as const)('%s with capacity %s and %s approved: %s', (approval, capacity, approved, status) => {
      expect(statusAfterSubmission({ approval, capacity }, approved)).toBe(status);
    });

    it('only ever leads to a status a move from SUBMITTED reaches (or stays)', () => {
      for (const status of ['APPROVED', 'WAITLISTED'] as const) expect(canTransitionApplication('SUBMITTED', status)).toBe(true);
    });
  });
});
