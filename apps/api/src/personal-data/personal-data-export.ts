// Everything held about one participant, as the JSON they download through their link: the
// application (answers included), its status history, badge, check-ins, the mails recorded for
// them, and the list of their files (photo, badge, letters) with where to download each.
import type { Prisma } from '@caravan/db';
import type { ObjectStorage } from '@caravan/storage';
import { participantPrefix } from '@caravan/storage';

/** A file of the participant: its name within their files (what the download route takes). */
export interface ParticipantFile {
  name: string;
  key: string;
  size: number;
}

/** The photo's name among the participant's files (it is stored with the edition's uploads). */
export const PHOTO_FILE = 'photo.jpg';

/** The participant's files: the photo they uploaded and what the forum stored for them (badge, letters). */
export async function participantFiles(storage: ObjectStorage, application: { id: string; editionId: string; photoKey: string | null }): Promise<ParticipantFile[]> {
  const files: ParticipantFile[] = [];
  if (application.photoKey) {
    const info = await storage.head(application.photoKey);
    if (info) files.push({ name: PHOTO_FILE, key: application.photoKey, size: info.size });
  }
  const prefix = participantPrefix(application.editionId, application.id);
  for await (const object of storage.list(prefix)) {
    const name = object.key.slice(prefix.length);
    if (name !== PHOTO_FILE) files.push({ name, key: object.key, size: object.size });
  }
  return files.sort((a, b) => a.name.localeCompare(b.name));
}

const iso = (date: Date | null | undefined): string | null => date?.toISOString() ?? null;

export async function personalDataExport(
  db: Prisma.TransactionClient,
  storage: ObjectStorage,
  applicationId: string,
  fileUrl: (name: string) => string,
  passport: (stored: string | null) => unknown,
): Promise<Record<string, unknown>> {
  const application = await db.application.findUniqueOrThrow({
    where: { id: applicationId },
    include: {
      category: { select: { slug: true, name: true } },
      edition: { select: { number: true, series: { select: { slug: true } } } },
      badge: { select: { id: true, badgeNumber: true, status: true, issuedAt: true, revokedAt: true } },
    },
  });
  const history = await db.auditEntry.findMany({ where: { entityId: application.id }, orderBy: { at: 'asc' }, select: { at: true, action: true, entityType: true, after: true } });
  const scans = application.badge
    ? await db.checkInScan.findMany({ where: { badgeId: application.badge.id }, orderBy: { scannedAt: 'asc' }, select: { scannedAt: true, point: true, zone: true, day: true, outcome: true, admitted: true } })
    : [];
  const mails = await db.$queryRaw<{ kind: string | null; status: string; createdAt: Date }[]>`
    SELECT payload->>'kind' AS kind, status::text AS status, "createdAt" FROM "OutboxJob"
     WHERE name = 'mail.send' AND lower(payload->'to'->>'address') = ${application.email.toLowerCase()} ORDER BY "createdAt"`;
  const files = await participantFiles(storage, application);
  return {
    exportedAt: new Date().toISOString(),
    application: {
      reference: application.reference,
      series: application.edition.series.slug,
      edition: application.edition.number,
      category: application.category.slug,
      status: application.status,
      email: application.email,
      givenName: application.givenName,
      familyName: application.familyName,
      citizenship: application.citizenship,
      organization: application.organization,
      language: application.language,
      outlet: application.outlet,
      mediaRole: application.mediaRole,
      answers: application.answers,
      passport: passport(application.passportEncrypted),
      consent: application.consentNoticeId ? { noticeId: application.consentNoticeId, version: application.consentVersion, at: iso(application.consentedAt) } : null,
      createdAt: iso(application.createdAt),
      submittedAt: iso(application.submittedAt),
      decidedAt: iso(application.decidedAt),
      decisionReason: application.decisionReason,
    },
    history: history.map((entry) => ({ at: entry.at.toISOString(), action: entry.action, entity: entry.entityType, change: entry.after })),
    badge: application.badge ? { number: application.badge.badgeNumber, status: application.badge.status, issuedAt: iso(application.badge.issuedAt), revokedAt: iso(application.badge.revokedAt) } : null,
    checkIns: scans.map((scan) => ({ at: scan.scannedAt.toISOString(), point: scan.point, zone: scan.zone, day: scan.day, outcome: scan.outcome, admitted: scan.admitted })),
    mails: mails.map((mail) => ({ kind: mail.kind, status: mail.status, at: mail.createdAt.toISOString() })),
    files: files.map((file) => ({ name: file.name, size: file.size, url: fileUrl(file.name) })),
  };
}
