// Accounts with argon2id password hashes and their series-scoped role grants.
import { hash, verify } from '@node-rs/argon2';
import type { OrganizerRole, PrismaClient, User } from '../generated/prisma/client.js';

export interface UserSeed {
  email: string;
  password: string;
  displayName: string;
  isPlatformAdmin?: boolean;
  /** Roles in a series, or in one of its editions when editionNumber is given. */
  grants?: { seriesSlug: string; editionNumber?: number; role: OrganizerRole }[];
}

export async function upsertUser(prisma: PrismaClient, input: UserSeed): Promise<User> {
  const existing = await prisma.user.findUnique({ where: { email: input.email } });
  // A fresh salt would change the hash on every run; keep the stored one while it still matches.
  const keep = existing ? await verify(existing.passwordHash, input.password) : false;
  const passwordHash = keep && existing ? existing.passwordHash : await hash(input.password);
  const data = { passwordHash, displayName: input.displayName, isPlatformAdmin: input.isPlatformAdmin ?? false };
  const user = await prisma.user.upsert({ where: { email: input.email }, create: { email: input.email, ...data }, update: data });
  for (const grant of input.grants ?? []) {
    const series = await prisma.series.findUniqueOrThrow({ where: { slug: grant.seriesSlug } });
    const edition = grant.editionNumber === undefined ? null : await prisma.edition.findUniqueOrThrow({ where: { seriesId_number: { seriesId: series.id, number: grant.editionNumber } } });
    // editionId is null for a series-wide grant, and NULLs never collide in a unique index.
    const key = { userId: user.id, seriesId: series.id, editionId: edition?.id ?? null, role: grant.role };
    if (!(await prisma.roleGrant.findFirst({ where: key }))) await prisma.roleGrant.create({ data: key });
  }
  return user;
}
