// Accounts with argon2id password hashes and their series-scoped role grants.
import { hash } from '@node-rs/argon2';
import type { OrganizerRole, User } from '../generated/prisma/client.js';
import type { SeedClient } from './seed-client.js';

export interface UserSeed {
  email: string;
  password: string;
  displayName: string;
  isPlatformAdmin?: boolean;
  /** Roles in a series, or in one of its editions when editionNumber is given. */
  grants?: { seriesSlug: string; editionNumber?: number; role: OrganizerRole }[];
}

/**
 * Creates the account with its grants unless the email is taken. An existing account keeps its
 * password, its disabled state and exactly the grants it has now: a revoked role stays revoked.
 */
export async function ensureUser(prisma: SeedClient, input: UserSeed): Promise<User> {
  const existing = await prisma.user.findUnique({ where: { email: input.email } });
  if (existing) return existing;
  const passwordHash = await hash(input.password);
  const { count } = await prisma.user.createMany({
    data: [{ email: input.email, passwordHash, displayName: input.displayName, isPlatformAdmin: input.isPlatformAdmin ?? false }],
    skipDuplicates: true,
  });
  const user = await prisma.user.findUniqueOrThrow({ where: { email: input.email } });
  if (count === 0) return user;
  for (const grant of input.grants ?? []) {
    const series = await prisma.series.findUniqueOrThrow({ where: { slug: grant.seriesSlug } });
    const edition =
      grant.editionNumber === undefined
        ? null
        : await prisma.edition.findUniqueOrThrow({ where: { seriesId_number: { seriesId: series.id, number: grant.editionNumber } } });
    // editionId is null for a series-wide grant, and NULLs never collide in a unique index.
    const key = { userId: user.id, seriesId: series.id, editionId: edition?.id ?? null, role: grant.role };
    if (!(await prisma.roleGrant.findFirst({ where: key }))) await prisma.roleGrant.create({ data: key });
  }
  return user;
}
