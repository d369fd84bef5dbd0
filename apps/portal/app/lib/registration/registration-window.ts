// Where an edition's registration stands: open (the api says so: REGISTRATION_OPEN and inside its
// window), not yet open, closed, or not open for another reason (the edition's status).
export interface RegistrationWindow {
  open: boolean;
  opensAt: string | null;
  closesAt: string | null;
}

export type RegistrationPhase = 'open' | 'upcoming' | 'closed' | 'not-open';

export function registrationPhase(window: RegistrationWindow, now: string): RegistrationPhase {
  if (window.open) return 'open';
  const at = Date.parse(now);
  if (window.opensAt && Date.parse(window.opensAt) > at) return 'upcoming';
  if (window.closesAt && Date.parse(window.closesAt) <= at) return 'closed';
  return 'not-open';
}
