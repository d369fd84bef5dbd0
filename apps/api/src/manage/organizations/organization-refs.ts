// Turns an organization slug named in an input (a person's employer, an agreement party) into
// its id. Organizations are public records, so any series may point at any of them.
import type { Prisma } from '@caravan/db';
import { badField } from '../../common/errors/app-error.js';

export async function resolveOrganization(tx: Prisma.TransactionClient, slug: string, field: string): Promise<string> {
  const row = await tx.organization.findUnique({ where: { slug }, select: { id: true } });
  if (!row) throw badField(field, `names no organization "${slug}"; create it first (createOrganization) or check the slug`);
  return row.id;
}
