// The life of an agreement signed at (or prepared for) a forum, as tracked after the forum.
import { defineLifecycle } from './state-machine.js';

/** Same names as the Prisma enum AgreementStatus. */
export const AGREEMENT_STATUSES = ['PROPOSED', 'SIGNED', 'IN_IMPLEMENTATION', 'COMPLETED', 'LAPSED'] as const;

export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

// A signed agreement can lapse before or during implementation; completed and lapsed are final.
const agreementTransitions: Readonly<Record<AgreementStatus, readonly AgreementStatus[]>> = {
  PROPOSED: ['SIGNED'],
  SIGNED: ['IN_IMPLEMENTATION', 'LAPSED'],
  IN_IMPLEMENTATION: ['COMPLETED', 'LAPSED'],
  COMPLETED: [],
  LAPSED: [],
};

export const agreementLifecycle = defineLifecycle(
  'agreement',
  AGREEMENT_STATUSES,
  agreementTransitions,
  'AGREEMENT_TRANSITION_REFUSED',
);

export function canTransitionAgreement(from: AgreementStatus, to: AgreementStatus): boolean {
  return agreementLifecycle.can(from, to);
}

export function nextAgreementStatuses(from: AgreementStatus): readonly AgreementStatus[] {
  return agreementLifecycle.next(from);
}

export function transitionAgreement(from: AgreementStatus, to: AgreementStatus): AgreementStatus {
  return agreementLifecycle.transition(from, to);
}
