// Who is asking: nobody (a visitor), or a signed-in organizer with the role grants loaded once
// for the request. Policy checks read only this, never the database.
import type { OrganizerRole } from '@caravan/db';
import { organizerAudience, PLATFORM, VISITOR, type Audience } from '@caravan/db/read-models';

export interface ViewerGrant {
  id: string;
  role: OrganizerRole;
  seriesId: string;
  /** Null for a grant covering the whole series. */
  editionId: string | null;
}

export interface ViewerUser {
  id: string;
  email: string;
  displayName: string;
  isPlatformAdmin: boolean;
}

export interface AnonymousViewer {
  kind: 'anonymous';
}

export interface SignedInViewer {
  kind: 'user';
  user: ViewerUser;
  /** The access token's session: signing out ends it, and with it the token. */
  sessionId: string;
  grants: readonly ViewerGrant[];
}

export type Viewer = AnonymousViewer | SignedInViewer;

export const ANONYMOUS: AnonymousViewer = Object.freeze({ kind: 'anonymous' });

/** What a viewer may see of the data: visitors the published records, organizers also their series' drafts. */
export function audienceOf(viewer: Viewer): Audience {
  if (viewer.kind === 'anonymous') return VISITOR;
  if (viewer.user.isPlatformAdmin) return PLATFORM;
  return organizerAudience([...new Set(viewer.grants.map((grant) => grant.seriesId))]);
}
