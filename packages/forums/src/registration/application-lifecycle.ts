// The life of an accreditation application, from a draft to a decision, as one declarative
// table: each move names who may make it and whether it needs a reason. The api derives its
// checks and its GraphQL enums from these lists; the guards that read the database (capacity,
// the officer's scope) live in its services.
import type { AccreditationCategory } from './accreditation-categories.js';
import { defineLifecycle } from '../state-machine.js';
import { RegistrationRuleError } from './registration-errors.js';

/** Same names as the Prisma enum ApplicationStatus. */
export const APPLICATION_STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'WAITLISTED', 'CANCELLED', 'WITHDRAWN'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/**
 * PARTICIPANT: the applicant, or the delegation's registrar acting for them; OFFICER: a
 * registration officer of the edition; SYSTEM: the platform's own rules (auto-approval, filling
 * freed places from the waitlist).
 */
export const APPLICATION_ACTORS = ['PARTICIPANT', 'OFFICER', 'SYSTEM'] as const;
export type ApplicationActor = (typeof APPLICATION_ACTORS)[number];

/** The verb of each move, for mutation names, audit rows and mail templates. */
export const APPLICATION_ACTIONS = ['SUBMIT', 'APPROVE', 'REJECT', 'WAITLIST', 'PROMOTE', 'CANCEL', 'WITHDRAW'] as const;
export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];

export interface ApplicationTransition {
  from: ApplicationStatus;
  to: ApplicationStatus;
  action: ApplicationAction;
  actors: readonly ApplicationActor[];
  /** A refusal or a cancellation tells the person why; other moves may carry a note. */
  reasonRequired: boolean;
}

// Decisions are the officers' (or the system's where the category approves on its own); the
// participant submits and may withdraw until the forum; an organizer's cancellation and a
// refusal always say why. Rejected, cancelled and withdrawn are final.
export const APPLICATION_TRANSITIONS: readonly ApplicationTransition[] = [
  { from: 'DRAFT', to: 'SUBMITTED', action: 'SUBMIT', actors: ['PARTICIPANT', 'OFFICER'], reasonRequired: false },
  { from: 'SUBMITTED', to: 'APPROVED', action: 'APPROVE', actors: ['OFFICER', 'SYSTEM'], reasonRequired: false },
  { from: 'SUBMITTED', to: 'REJECTED', action: 'REJECT', actors: ['OFFICER'], reasonRequired: true },
  { from: 'SUBMITTED', to: 'WAITLISTED', action: 'WAITLIST', actors: ['OFFICER', 'SYSTEM'], reasonRequired: false },
  { from: 'WAITLISTED', to: 'APPROVED', action: 'PROMOTE', actors: ['OFFICER', 'SYSTEM'], reasonRequired: false },
  { from: 'WAITLISTED', to: 'REJECTED', action: 'REJECT', actors: ['OFFICER'], reasonRequired: true },
  { from: 'SUBMITTED', to: 'CANCELLED', action: 'CANCEL', actors: ['OFFICER'], reasonRequired: true },
  { from: 'APPROVED', to: 'CANCELLED', action: 'CANCEL', actors: ['OFFICER'], reasonRequired: true },
  { from: 'WAITLISTED', to: 'CANCELLED', action: 'CANCEL', actors: ['OFFICER'], reasonRequired: true },
  { from: 'SUBMITTED', to: 'WITHDRAWN', action: 'WITHDRAW', actors: ['PARTICIPANT'], reasonRequired: false },
  { from: 'APPROVED', to: 'WITHDRAWN', action: 'WITHDRAW', actors: ['PARTICIPANT'], reasonRequired: false },
  { from: 'WAITLISTED', to: 'WITHDRAWN', action: 'WITHDRAW', actors: ['PARTICIPANT'], reasonRequired: false },
];

const statusTable = Object.fromEntries(
  APPLICATION_STATUSES.map((status) => [status, APPLICATION_TRANSITIONS.filter((t) => t.from === status).map((t) => t.to)]),
) as Record<ApplicationStatus, ApplicationStatus[]>;

export const applicationLifecycle = defineLifecycle(
  'application',
  APPLICATION_STATUSES,
  statusTable,
  (message) => new RegistrationRuleError('APPLICATION_TRANSITION_REFUSED', message),
);

export function canTransitionApplication(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return applicationLifecycle.can(from, to);
}

export function nextApplicationStatuses(from: ApplicationStatus): readonly ApplicationStatus[] {
  return applicationLifecycle.next(from);
}

export function findApplicationTransition(from: ApplicationStatus, to: ApplicationStatus): ApplicationTransition | undefined {
  return APPLICATION_TRANSITIONS.find((t) => t.from === from && t.to === to);
}

/** The moves `actor` may make from `from`: the buttons an officer or a participant is shown. */
export function applicationTransitionsFor(from: ApplicationStatus, actor: ApplicationActor): readonly ApplicationTransition[] {
  return APPLICATION_TRANSITIONS.filter((t) => t.from === from && t.actors.includes(actor));
}

export const MAX_REASON_LENGTH = 1000;

export interface ApplicationTransitionRequest {
  from: ApplicationStatus;
  to: ApplicationStatus;
  actor: ApplicationActor;
  reason?: string | null;
}

export interface ApplicationTransitionResult {
  status: ApplicationStatus;
  action: ApplicationAction;
  /** The trimmed reason, or null when none was given. */
  reason: string | null;
}

/**
 * Checks one move: allowed by the table, by this kind of actor, with a reason where one is
 * needed (and at most MAX_REASON_LENGTH characters). Returns the new status, or throws
 * RegistrationRuleError with APPLICATION_TRANSITION_REFUSED, APPLICATION_ACTOR_REFUSED,
 * APPLICATION_REASON_REQUIRED or APPLICATION_REASON_TOO_LONG.
 */
export function transitionApplication(request: ApplicationTransitionRequest): ApplicationTransitionResult {
  const { from, to, actor } = request;
  applicationLifecycle.transition(from, to);
  const transition = findApplicationTransition(from, to) as ApplicationTransition;
  if (!transition.actors.includes(actor)) {
    throw new RegistrationRuleError(
      'APPLICATION_ACTOR_REFUSED',
      `${transition.action} (${from} to ${to}) is for ${transition.actors.join(' or ')}, not ${actor}`,
    );
  }
  const reason = request.reason?.trim() || null;
  if (reason !== null && [...reason].length > MAX_REASON_LENGTH) {
    throw new RegistrationRuleError('APPLICATION_REASON_TOO_LONG', `The reason is at most ${MAX_REASON_LENGTH} characters`);
  }
  if (transition.reasonRequired && reason === null) {
    throw new RegistrationRuleError(
      'APPLICATION_REASON_REQUIRED',
      `${transition.action} (${from} to ${to}) needs a reason: the participant is told why`,
    );
  }
  return { status: to, action: transition.action, reason };
}

/**
 * Where a submitted application goes at once: an officer's queue (SUBMITTED) in a category that
 * needs approval; else APPROVED while places remain and WAITLISTED when the category is full.
 * The count must come from the same transaction that writes the decision.
 */
export function statusAfterSubmission(
  category: Pick<AccreditationCategory, 'approval' | 'capacity'>,
  approvedCount: number,
): Extract<ApplicationStatus, 'SUBMITTED' | 'APPROVED' | 'WAITLISTED'> {
  if (category.approval === 'NEEDS_APPROVAL') return 'SUBMITTED';
  return category.capacity === null || approvedCount < category.capacity ? 'APPROVED' : 'WAITLISTED';
}
