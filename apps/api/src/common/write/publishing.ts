// Publishing and unpublishing, the one change every visitor-facing record has: the spec the
// runner checks and the audit row's before/after, written once for all of them.
import type { Scope } from '../../auth/policy/can.js';
import type { MutationChange, MutationSpec } from './mutation-runner.js';

export function publishSpec(published: boolean, scope: Scope | null, entityType: string): MutationSpec {
  return { action: published ? 'content.publish' : 'content.unpublish', scope, audit: { action: published ? 'publish' : 'unpublish', entityType } };
}

/** The change of a publish flip: the updated row, audited as the flag before and after. */
export async function publishedChange<R extends { id: string; published: boolean }>(current: { published: boolean }, update: Promise<R>): Promise<MutationChange<R>> {
  const row = await update;
  return { result: row, entityId: row.id, before: { published: current.published }, after: { published: row.published } };
}
