// Issues, reissues and signs badges. The edition's signing key is created on first use and its
// row is locked for the rest of the transaction, so badge numbers are handed out one at a time
// and the zone list only ever grows at its end (a printed badge's zone numbers keep their
// meaning). Zones and days come from the application's category; a category without days
// opens every day of the edition.
import { Inject, Injectable } from '@nestjs/common';
import type { Prisma } from '@caravan/db';
import { CredentialInputError, generateEditionKeyPair, signCredential } from '@caravan/documents/credential';
import { badField } from '../common/errors/app-error.js';
import { BADGE_KEY_CIPHER } from './badges.tokens.js';
import type { SigningKeyCipher } from './signing-key-cipher.js';

export interface IssuedBadge {
  id: string;
  badgeNumber: number;
  serial: number;
  credential: string;
}

interface LockedKey {
  editionId: string;
  zones: string[];
  lastBadgeNumber: number;
  privateKeyEncrypted: string;
  /** Decrypted on first use within the transaction. */
  privateKey?: string;
}

interface SigningFacts {
  category: { slug: string; badgeZones: string[]; badgeDays: string[] };
  edition: { startDate: Date | null; endDate: Date | null };
}

function editionDays(start: Date | null, end: Date | null): string[] {
  if (!start) return [];
  const days: string[] = [];
  const last = (end ?? start).getTime();
  for (let t = start.getTime(); t <= last; t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

@Injectable()
export class BadgeIssuer {
  constructor(@Inject(BADGE_KEY_CIPHER) private readonly cipher: SigningKeyCipher) {}

  /** The edition's key row, created when missing, locked until the transaction ends. */
  async lockKey(tx: Prisma.TransactionClient, editionId: string): Promise<LockedKey> {
    const fresh = generateEditionKeyPair();
    await tx.$executeRaw`
      INSERT INTO "EditionSigningKey" ("editionId", "keyId", "publicKey", "privateKeyEncrypted")
      VALUES (${editionId}, ${fresh.keyId}, ${fresh.publicKey}, ${this.cipher.encrypt(fresh.privateKey, editionId)})
      ON CONFLICT ("editionId") DO NOTHING`;
    const rows = await tx.$queryRaw<LockedKey[]>`
      SELECT "editionId", "zones", "lastBadgeNumber", "privateKeyEncrypted" FROM "EditionSigningKey" WHERE "editionId" = ${editionId} FOR UPDATE`;
    const row = rows[0];
    if (!row) throw new Error(`The signing key of edition ${editionId} vanished inside its own transaction.`);
    return row;
  }

  /** The badge of an approved application: the existing one, or a new one with the next number. */
  async ensure(tx: Prisma.TransactionClient, applicationId: string): Promise<IssuedBadge> {
    const existing = await tx.badge.findUnique({ where: { applicationId }, select: { id: true, badgeNumber: true, serial: true, credential: true } });
    if (existing) return existing;
    const application = await tx.application.findUniqueOrThrow({ where: { id: applicationId }, select: { editionId: true, status: true } });
    if (application.status !== 'APPROVED') throw badField('applicationId', `names an application that is ${application.status.toLowerCase()}; only approved applications get a badge`);
    const key = await this.lockKey(tx, application.editionId);
    // Another transaction may have issued it while this one waited for the lock.
    const raced = await tx.badge.findUnique({ where: { applicationId }, select: { id: true, badgeNumber: true, serial: true, credential: true } });
    if (raced) return raced;
    const badgeNumber = key.lastBadgeNumber + 1;
    const credential = await this.sign(tx, key, applicationId, badgeNumber, 0);
    await tx.editionSigningKey.update({ where: { editionId: key.editionId }, data: { lastBadgeNumber: badgeNumber } });
    return tx.badge.create({
      data: { editionId: key.editionId, applicationId, badgeNumber, serial: 0, credential },
      select: { id: true, badgeNumber: true, serial: true, credential: true },
    });
  }

  /**
   * Badges for many approved applications of one edition at once (an edition's rendering): one
   * key lock, one read of the applications, one insert. Applications that have a badge, or are
   * not approved (any more), are left out. Answers how many badges it issued.
   */
  async ensureMany(tx: Prisma.TransactionClient, editionId: string, applicationIds: readonly string[]): Promise<number> {
    if (applicationIds.length === 0) return 0;
    const key = await this.lockKey(tx, editionId);
    const applications = await tx.application.findMany({
      where: { id: { in: [...applicationIds] }, editionId, status: 'APPROVED', badge: null },
      select: { id: true, category: { select: { slug: true, badgeZones: true, badgeDays: true } }, edition: { select: { startDate: true, endDate: true } } },
      orderBy: { createdAt: 'asc' },
    });
    let badgeNumber = key.lastBadgeNumber;
    const issuedAt = new Date();
    const rows = [];
    for (const application of applications) {
      badgeNumber += 1;
      rows.push({ editionId, applicationId: application.id, badgeNumber, serial: 0, credential: await this.signFor(tx, key, application, badgeNumber, 0, issuedAt), issuedAt });
    }
    await tx.badge.createMany({ data: rows });
    await tx.editionSigningKey.update({ where: { editionId }, data: { lastBadgeNumber: badgeNumber } });
    return rows.length;
  }

  /** A new code for the badge with the next serial: every earlier code stops admitting. */
  async rotate(tx: Prisma.TransactionClient, badgeId: string): Promise<IssuedBadge> {
    const badge = await tx.badge.findUniqueOrThrow({ where: { id: badgeId }, select: { editionId: true, applicationId: true, badgeNumber: true, serial: true } });
    const key = await this.lockKey(tx, badge.editionId);
    const serial = badge.serial + 1;
    const credential = await this.sign(tx, key, badge.applicationId, badge.badgeNumber, serial);
    return tx.badge.update({ where: { id: badgeId }, data: { serial, credential, issuedAt: new Date() }, select: { id: true, badgeNumber: true, serial: true, credential: true } });
  }

  private async sign(tx: Prisma.TransactionClient, key: LockedKey, applicationId: string, badgeNumber: number, serial: number): Promise<string> {
    const application = await tx.application.findUniqueOrThrow({
      where: { id: applicationId },
      select: { category: { select: { slug: true, badgeZones: true, badgeDays: true } }, edition: { select: { startDate: true, endDate: true } } },
    });
    return this.signFor(tx, key, application, badgeNumber, serial, new Date());
  }

  private async signFor(tx: Prisma.TransactionClient, key: LockedKey, application: SigningFacts, badgeNumber: number, serial: number, issuedAt: Date): Promise<string> {
    const { category, edition } = application;
    if (category.badgeZones.length === 0) throw badField('category.badgeZones', `of category "${category.slug}" is empty: name the zones its badge opens before issuing badges`);
    const days = category.badgeDays.length > 0 ? category.badgeDays : editionDays(edition.startDate, edition.endDate);
    if (days.length === 0) throw badField('category.badgeDays', `of category "${category.slug}" is empty and the edition has no dates: set the days its badge opens`);
    const added = category.badgeZones.filter((zone) => !key.zones.includes(zone));
    if (added.length > 0) {
      key.zones = [...key.zones, ...added];
      await tx.editionSigningKey.update({ where: { editionId: key.editionId }, data: { zones: key.zones } });
    }
    key.privateKey ??= this.cipher.decrypt(key.privateKeyEncrypted, key.editionId);
    try {
      return signCredential(key.privateKey, { badgeNumber, serial, zones: category.badgeZones.map((zone) => key.zones.indexOf(zone)), days, issuedAt });
    } catch (error) {
      if (error instanceof CredentialInputError) throw badField('category', `"${category.slug}" cannot be signed into a badge: ${error.message}`);
      throw error;
    }
  }
}
