// Which applications an organizer may read or decide in one edition. Media categories belong to
// the media centre (media.read / media.review), every other category to the registration
// officers (registration.read / registration.review); a series admin holds both. The policy of
// auth/policy decides each half, so an edition grant covers its own edition only.
import type { AccreditationKind, Prisma } from '@caravan/db';
import type { Action } from '../../auth/policy/actions.js';
import { can, type Scope } from '../../auth/policy/can.js';
import { forbidden, notSignedIn } from '../../auth/auth.errors.js';
import type { SignedInViewer, Viewer } from '../../auth/viewer.js';

export type ReviewPurpose = 'read' | 'review';

/** Whether the viewer may handle the edition's non-media categories, and its media ones. */
export interface ReviewScope {
  nonMedia: boolean;
  media: boolean;
}

const ACTIONS: Readonly<Record<ReviewPurpose, { nonMedia: Action; media: Action }>> = {
  read: { nonMedia: 'registration.read', media: 'media.read' },
  review: { nonMedia: 'registration.review', media: 'media.review' },
};

const MEDIA: AccreditationKind = 'MEDIA';

export function reviewScope(viewer: Viewer, purpose: ReviewPurpose, scope: Scope): ReviewScope {
  const actions = ACTIONS[purpose];
  return { nonMedia: can(viewer, actions.nonMedia, scope), media: can(viewer, actions.media, scope) };
}

/** The viewer and its scope, or UNAUTHENTICATED / FORBIDDEN when it may handle no category at all. */
export function requireReviewScope(viewer: Viewer, purpose: ReviewPurpose, scope: Scope): { viewer: SignedInViewer; kinds: ReviewScope } {
  const doing = purpose === 'read' ? 'read the applications of this edition' : 'decide applications of this edition';
  if (viewer.kind === 'anonymous') throw notSignedIn(doing);
  const kinds = reviewScope(viewer, purpose, scope);
  if (!kinds.nonMedia && !kinds.media) throw forbidden(doing);
  return { viewer, kinds };
}

/** Whether a category of this kind is within the scope. */
export function handles(kinds: ReviewScope, kind: AccreditationKind): boolean {
  return kind === MEDIA ? kinds.media : kinds.nonMedia;
}

/** The condition on a category's kind that keeps a query within the scope (at least one half holds). */
export function categoryKindWhere(kinds: ReviewScope): Prisma.AccreditationCategoryWhereInput['kind'] {
  if (kinds.nonMedia && kinds.media) return undefined;
  return kinds.media ? { equals: MEDIA } : { not: MEDIA };
}
