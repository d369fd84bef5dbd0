// Guard helper for services and resolvers: returns the signed-in viewer when the action is
// allowed in the scope, and otherwise throws UNAUTHENTICATED (nobody signed in) or FORBIDDEN.
import { forbidden, notSignedIn } from '../auth.errors.js';
import type { SignedInViewer, Viewer } from '../viewer.js';
import type { Action } from './actions.js';
import { can, type Scope } from './can.js';

export function describeAction(action: Action, scope: Scope | null): string {
  const where = scope === null ? 'on this platform' : scope.editionId ? 'in this edition' : 'in this series';
  return `do "${action}" ${where}`;
}

export function requireSignedIn(viewer: Viewer, doing: string): SignedInViewer {
  if (viewer.kind === 'anonymous') throw notSignedIn(doing);
  return viewer;
}

export function requireScope(viewer: Viewer, action: Action, scope: Scope | null): SignedInViewer {
  const doing = describeAction(action, scope);
  const signedIn = requireSignedIn(viewer, doing);
  if (!can(signedIn, action, scope)) throw forbidden(doing);
  return signedIn;
}
