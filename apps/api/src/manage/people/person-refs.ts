// Turns the person slugs a mutation names (a delegation head, members, a statement's author)
// into ids. A series may point at its own people, at shared ones and at anyone published;
// another series' unpublished people are answered exactly like unknown ones, so their
// existence does not leak.
import type { Prisma } from '@caravan/db';
import { organizerAudience, visible } from '@caravan/db/read-models';
import { badInput, type FieldProblem } from '../../common/errors/app-error.js';

export interface PersonRef {
  slug: string;
  /** The input field that named the person, for the error, e.g. members.2.person. */
  field: string;
}

export function personVisibleTo(seriesId: string): Prisma.PersonWhereInput {
  return { OR: [visible('person', organizerAudience([seriesId])), { seriesId: null }] };
}

/** Slug -> id for every ref; one BAD_USER_INPUT naming each unknown person. */
export async function resolvePeople(tx: Prisma.TransactionClient, seriesId: string, refs: readonly PersonRef[]): Promise<Map<string, string>> {
  const slugs = [...new Set(refs.map((ref) => ref.slug))];
  const rows = slugs.length
    ? await tx.person.findMany({ where: { slug: { in: slugs }, ...personVisibleTo(seriesId) }, select: { id: true, slug: true } })
    : [];
  const ids = new Map(rows.map((row) => [row.slug, row.id]));
  const problems: FieldProblem[] = refs
    .filter((ref) => !ids.has(ref.slug))
    .map((ref) => ({ field: ref.field, reason: `names no person "${ref.slug}"; create the person first (createPerson) or check the slug` }));
  if (problems.length) throw badInput(problems);
  return ids;
}

/** The id resolvePeople found for a slug it was given; anything else is a programming error. */
export function idOf(ids: ReadonlyMap<string, string>, slug: string): string {
  const id = ids.get(slug);
  if (id === undefined) throw new Error(`person "${slug}" was not resolved; pass every slug to resolvePeople first`);
  return id;
}
