// Who may see what: the one where-builder of every read. Visitors see what is published, all the
// way up (a published session of an unpublished edition is hidden); organizers also see the
// drafts of the series they work on; platform admins see everything. Repositories, exports and
// jobs ask here instead of writing `published: true` themselves, so the rule cannot drift.
import type { Prisma } from '../generated/prisma/client.js';

export type Audience =
  | { readonly kind: 'visitor' }
  | { readonly kind: 'organizer'; readonly seriesIds: readonly string[] }
  | { readonly kind: 'platform' };

export const VISITOR: Audience = Object.freeze({ kind: 'visitor' });
export const PLATFORM: Audience = Object.freeze({ kind: 'platform' });

/** Organizers of these series (their drafts included); visitors' view of every other series. */
export function organizerAudience(seriesIds: readonly string[]): Audience {
  return seriesIds.length === 0 ? VISITOR : { kind: 'organizer', seriesIds: [...seriesIds] };
}

/** True when the audience sees drafts of this series. */
export function covers(audience: Audience, seriesId: string): boolean {
  return audience.kind === 'platform' || (audience.kind === 'organizer' && audience.seriesIds.includes(seriesId));
}

/**
 * The record's own flag for a record whose series is known (and already visible): nothing for
 * those who see the series' drafts, `published: true` for everyone else.
 */
export function ownFlag(audience: Audience, seriesId: string): { published?: true } {
  return covers(audience, seriesId) ? {} : { published: true };
}

interface Wheres {
  series: Prisma.SeriesWhereInput;
  edition: Prisma.EditionWhereInput;
  session: Prisma.SessionWhereInput;
  person: Prisma.PersonWhereInput;
  delegation: Prisma.DelegationWhereInput;
  agreement: Prisma.AgreementWhereInput;
  statement: Prisma.StatementWhereInput;
  indicator: Prisma.IndicatorWhereInput;
}

export type VisibleModel = keyof Wheres;

/** What visitors see of each model: published, and everything above it published too. */
const PUBLIC: { [M in VisibleModel]: () => Wheres[M] } = {
  series: () => ({ published: true }),
  edition: () => ({ published: true, series: PUBLIC.series() }),
  session: () => ({ published: true, edition: PUBLIC.edition() }),
  person: () => ({ published: true }),
  delegation: () => ({ published: true, edition: PUBLIC.edition() }),
  agreement: () => ({ published: true, edition: PUBLIC.edition() }),
  statement: () => ({ published: true, person: PUBLIC.person(), edition: PUBLIC.edition() }),
  // An indicator of no series is the platform's and always shown.
  indicator: () => ({ OR: [{ seriesId: null }, { series: PUBLIC.series() }] }),
};

/** Records of these series, drafts included. */
const IN_SERIES: { [M in VisibleModel]: (ids: string[]) => Wheres[M] } = {
  series: (ids) => ({ id: { in: ids } }),
  edition: (ids) => ({ seriesId: { in: ids } }),
  session: (ids) => ({ edition: { seriesId: { in: ids } } }),
  person: (ids) => ({ seriesId: { in: ids } }),
  delegation: (ids) => ({ edition: { seriesId: { in: ids } } }),
  agreement: (ids) => ({ edition: { seriesId: { in: ids } } }),
  statement: (ids) => ({ edition: { seriesId: { in: ids } } }),
  indicator: (ids) => ({ seriesId: { in: ids } }),
};

/** The where-condition of the records of `model` this audience may see. */
export function visible<M extends VisibleModel>(model: M, audience: Audience): Wheres[M] {
  if (audience.kind === 'platform') return {};
  const published = PUBLIC[model]();
  if (audience.kind === 'visitor') return published;
  return { OR: [published, IN_SERIES[model]([...audience.seriesIds])] } as Wheres[M];
}
