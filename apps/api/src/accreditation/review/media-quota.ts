// Media quotas per outlet and per country at approval. The edition's row is locked first, so two
// officers approving media applications of one edition take turns: the second counts what the
// first approved, and neither overshoots a quota. The rule itself is checkMediaQuota.
import type { Prisma } from '@caravan/db';
import { checkMediaQuota, ZMediaQuotas, type MediaCounts, type MediaQuotas } from '@caravan/forums/registration';
import { AppError } from '../../common/errors/app-error.js';
import type { RowLocks } from '../../common/write/row-locks.js';

/** The edition's media quotas, or null when it sets none. */
export async function mediaQuotasOf(tx: Prisma.TransactionClient, editionId: string): Promise<MediaQuotas | null> {
  const setup = await tx.registrationSetup.findUnique({ where: { editionId }, select: { mediaQuotas: true } });
  if (!setup?.mediaQuotas) return null;
  return ZMediaQuotas.parse(setup.mediaQuotas);
}

/** Locks the edition for the rest of the transaction: media approvals of one edition run one at a time. */
export function lockMediaQuotas(tx: Prisma.TransactionClient, locks: RowLocks, editionId: string): Promise<void> {
  return locks.lock(tx, 'Edition', [editionId]);
}

async function approvedMediaCounts(tx: Prisma.TransactionClient, editionId: string): Promise<MediaCounts> {
  const where = { editionId, status: 'APPROVED', category: { kind: 'MEDIA' } } satisfies Prisma.ApplicationWhereInput;
  const [byOutlet, byCountry] = await Promise.all([
    tx.application.groupBy({ by: ['outletKey'], where, _count: { _all: true } }),
    tx.application.groupBy({ by: ['citizenship'], where, _count: { _all: true } }),
  ]);
  return {
    byOutlet: Object.fromEntries(byOutlet.filter((row) => row.outletKey !== null).map((row) => [row.outletKey as string, row._count._all])),
    byCountry: Object.fromEntries(byCountry.map((row) => [row.citizenship, row._count._all])),
  };
}

/** Refuses with MEDIA_QUOTA_FULL when approving this media application would pass a quota. Call with the edition locked. */
export async function requireMediaPlace(tx: Prisma.TransactionClient, quotas: MediaQuotas, application: { editionId: string; outlet: string | null; citizenship: string }): Promise<void> {
  const result = checkMediaQuota(await approvedMediaCounts(tx, application.editionId), { outlet: application.outlet ?? '', country: application.citizenship }, quotas);
  if (result.status === 'over-outlet-quota') {
    throw new AppError('MEDIA_QUOTA_FULL', `The outlet "${application.outlet ?? ''}" has used its ${result.limit} media accreditation(s).`, [{ field: 'outlet', reason: `has used its quota of ${result.limit}` }]);
  }
  if (result.status === 'over-country-quota') {
    throw new AppError('MEDIA_QUOTA_FULL', `Media from ${result.country} have used their ${result.limit} accreditation(s).`, [{ field: 'citizenship', reason: `has used its country quota of ${result.limit}` }]);
  }
}
