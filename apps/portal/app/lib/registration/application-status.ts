// The statuses of an application as the api names them, for labels and for checking a status
// that arrives in an address.
export const APPLICATION_STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'WAITLISTED', 'CANCELLED', 'WITHDRAWN'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export function isApplicationStatus(value: string | null | undefined): value is ApplicationStatus {
  return (APPLICATION_STATUSES as readonly string[]).includes(value ?? '');
}

/** A reference as the api writes them: letters, digits and dashes, short. */
export function referenceParam(value: string | null | undefined): string | null {
  return value && /^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/.test(value) ? value : null;
}
