// The life of a forum edition, from a proposal to a concluded forum.
import { defineLifecycle } from './state-machine.js';

/** Same names as the Prisma enum EditionStatus. */
export const EDITION_STATUSES = ['PROPOSED', 'PLANNED', 'REGISTRATION_OPEN', 'LIVE', 'CONCLUDED'] as const;

export type EditionStatus = (typeof EDITION_STATUSES)[number];

// Forward one step at a time; a plan can fall back to a proposal and registration can be
// closed again before the forum opens. Once live it only goes on, and concluded is final.
const editionTransitions: Readonly<Record<EditionStatus, readonly EditionStatus[]>> = {
  PROPOSED: ['PLANNED'],
  PLANNED: ['REGISTRATION_OPEN', 'PROPOSED'],
  REGISTRATION_OPEN: ['LIVE', 'PLANNED'],
  LIVE: ['CONCLUDED'],
  CONCLUDED: [],
};

export const editionLifecycle = defineLifecycle('edition', EDITION_STATUSES, editionTransitions, 'EDITION_TRANSITION_REFUSED');

export function canTransitionEdition(from: EditionStatus, to: EditionStatus): boolean {
  return editionLifecycle.can(from, to);
}

export function nextEditionStatuses(from: EditionStatus): readonly EditionStatus[] {
  return editionLifecycle.next(from);
}

export function transitionEdition(from: EditionStatus, to: EditionStatus): EditionStatus {
  return editionLifecycle.transition(from, to);
}
