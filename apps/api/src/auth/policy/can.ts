// The single authorization decision: may this viewer do this action in this series (or edition)?
import type { Viewer, ViewerGrant } from '../viewer.js';
import { isPlatformAction, ROLE_ACTIONS, type Action } from './actions.js';

export interface Scope {
  seriesId: string;
  /** Set when the action touches one edition; series-wide grants cover it, and so does a grant for that edition. */
  editionId?: string | null;
}

/** A series-wide grant covers every edition; an edition grant covers that edition only. */
export function grantCovers(grant: ViewerGrant, scope: Scope): boolean {
  if (grant.seriesId !== scope.seriesId) return false;
  if (grant.editionId === null) return true;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, grant.editionId is a string here, so it never equals a missing edition id
  return scope.editionId !== undefined && scope.editionId !== null && grant.editionId === scope.editionId;
}

export function can(viewer: Viewer, action: Action, scope: Scope | null): boolean {
  if (viewer.kind === 'anonymous') return false;
  if (viewer.user.isPlatformAdmin) return true;
  if (isPlatformAction(action) || scope === null) return false;
  return viewer.grants.some((grant) => grantCovers(grant, scope) && ROLE_ACTIONS[grant.role].has(action));
}
