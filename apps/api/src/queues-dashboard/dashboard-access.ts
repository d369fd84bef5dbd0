// Who may open the queues dashboard: platform admins only, signed in as for every other api call
// (an access token as "Authorization: Bearer <token>"). Jobs carry participants' addresses and
// every series' work, and the dashboard can retry or delete them, so no series role is enough.
import type { Viewer } from '../auth/viewer.js';

export type DashboardAccess = 'allow' | 'unauthenticated' | 'forbidden';

/** The decision for a viewer, or for a token that did not verify (null). */
export function dashboardAccess(viewer: Viewer | null): DashboardAccess {
  if (viewer === null || viewer.kind === 'anonymous') return 'unauthenticated';
  return viewer.user.isPlatformAdmin ? 'allow' : 'forbidden';
}

export const DASHBOARD_REFUSALS: Readonly<Record<Exclude<DashboardAccess, 'allow'>, { status: number; code: string; message: string }>> = {
  unauthenticated: {
    status: 401,
    code: 'UNAUTHENTICATED',
    message: 'Sign in as a platform admin and send the access token as "Authorization: Bearer <token>".',
  },
  forbidden: {
    status: 403,
    code: 'FORBIDDEN',
    message: 'The queues dashboard is for platform admins only; ask one to look at the queues for you.',
  },
};
