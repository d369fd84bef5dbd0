// Check-in at the doors. A scan (a QR's text, or a reference found by name) is verified with the
// edition's public keys, then against the badge's record: revoked or superseded, application
// still approved, the day and the zone, and an earlier admission to the same zone that day.
// Each genuine scan is recorded with its point and staff member under the device's scan id
// (idempotent: a replay answers the first answer). The badge row is locked while a scan is
// decided, so two doors scanning one badge at once admit it once. Synced offline scans are
// decided in the order they were scanned; an offline admission that another door had already
// made is recorded as ALREADY_CHECKED_IN and reported as a conflict (the first one stands,
// as pretix does).
import { Inject, Injectable } from '@nestjs/common';
import { Prisma, type Database } from '@caravan/db';
import { checkAdmission, createKeyring, verifyCredential, type CredentialClaims, type CredentialKeyring } from '@caravan/documents/credential';
import { pickText, type LocalizedText } from '@caravan/regions';
import { toLocalParts } from '@caravan/tracks';
import { z } from 'zod';
import { AuditService } from '../audit/audit.service.js';
import { requireScope } from '../auth/policy/require-scope.js';
import type { RequestAuth } from '../auth/request-auth.js';
import { ViewerService } from '../auth/viewer.service.js';
import type { SignedInViewer } from '../auth/viewer.js';
import { badField, notFound } from '../common/errors/app-error.js';
import { parseInput } from '../common/errors/parse-input.js';
import { WRITE_TRANSACTION_OPTIONS } from '../common/write/audited-write.js';
import { RowLocks } from '../common/write/row-locks.js';
import { ScopeResolver } from '../common/write/scope-resolver.js';
import { DATABASE, JOB_SERVICES } from '../config/config.tokens.js';
import type { JobServices } from '@caravan/jobs';
import { CHECK_IN_OUTCOMES, UNRECORDED, type CheckInOutcome } from './check-in-outcome.js';
import type { CheckInBundleModel, CheckInParticipantModel, CheckInResultModel, CheckInScanInput } from './models/check-in.model.js';

export const MAX_SYNC_SCANS = 500;

const ZScan = z
  .object({
    scanId: z.uuid('must be a UUID the device made for this scan'),
    credential: z.string().max(2000, 'is too long for a badge code').nullish(),
    reference: z.string().trim().min(1).max(40).nullish(),
    point: z.string().trim().min(1, 'must name the check-in point').max(60),
    zone: z.string().trim().min(1, 'must name the zone').max(60),
    day: z.iso.date('must be a date written YYYY-MM-DD').nullish(),
    scannedAt: z.iso.datetime({ offset: true, error: 'must be an ISO 8601 time' }).nullish(),
    deviceOutcome: z.enum(CHECK_IN_OUTCOMES).nullish(),
  })
  .refine((scan) => (scan.credential ? 1 : 0) + (scan.reference ? 1 : 0) === 1, { path: ['credential'], message: 'give either the scanned credential or a reference, not both' });

type Scan = z.infer<typeof ZScan>;

const MESSAGES: Record<CheckInOutcome, string> = {
  ADMITTED: 'Admitted.',
  ALREADY_CHECKED_IN: 'Already checked in to this zone today.',
  NOT_VALID_FOR_ZONE: 'This badge does not open this zone.',
  NOT_VALID_FOR_DAY: 'This badge is not valid today.',
  REVOKED: 'This badge was revoked or replaced by a newer one: send the person to the accreditation desk.',
  NOT_APPROVED: 'This person’s accreditation is not approved (any more): send them to the accreditation desk.',
  NOT_FOUND: 'No application of this edition has this reference.',
  MALFORMED: 'This is not a badge code: scan the QR code on the badge again, or look the person up by name.',
  FORGED: 'This code was altered or forged: do not admit; call the security officer.',
  UNKNOWN_KEY: 'This code was not signed by this forum: do not admit.',
  WRONG_EDITION: 'This is a badge of another edition: it does not admit to this one.',
};

interface EditionFacts {
  id: string;
  seriesId: string;
  timeZone: string;
  zones: string[];
  keyring: CredentialKeyring | null;
}

interface BadgeFacts {
  id: string;
  badgeNumber: number;
  serial: number;
  status: 'ACTIVE' | 'REVOKED';
  credential: string;
  application: { id: string; reference: string; status: string; givenName: string; familyName: string; organization: string | null; photoKey: string | null; category: { name: unknown; kind: string } };
}

const BADGE_FACTS = {
  id: true,
  badgeNumber: true,
  serial: true,
  status: true,
  credential: true,
  application: { select: { id: true, reference: true, status: true, givenName: true, familyName: true, organization: true, photoKey: true, category: { select: { name: true, kind: true } } } },
} as const;

function participantOf(application: BadgeFacts['application'], badgeNumber: number | null): CheckInParticipantModel {
  return {
    applicationId: application.id,
    reference: application.reference,
    name: `${application.givenName} ${application.familyName}`.trim(),
    organization: application.organization,
    category: pickText(application.category.name as LocalizedText, 'en')?.text ?? application.category.kind,
    badgeNumber,
    hasPhoto: application.photoKey !== null,
  };
}

const result = (scanId: string, outcome: CheckInOutcome, extra: Partial<CheckInResultModel> = {}): CheckInResultModel => ({
  scanId,
  outcome,
  admitted: outcome === 'ADMITTED',
  message: MESSAGES[outcome],
  conflict: false,
  replayed: false,
  previous: null,
  participant: null,
  ...extra,
});

const isUniqueViolation = (error: unknown): boolean => error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

@Injectable()
export class CheckInService {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(JOB_SERVICES) private readonly services: JobServices,
    private readonly viewers: ViewerService,
    private readonly scopes: ScopeResolver,
    private readonly locks: RowLocks,
    private readonly audit: AuditService,
  ) {}

  private async edition(series: string, number: number): Promise<EditionFacts> {
    const scope = await this.scopes.edition(series, number);
    const edition = await this.database.prisma.edition.findUniqueOrThrow({ where: { id: scope.editionId }, select: { id: true, seriesId: true, timeZone: true, signingKey: { select: { zones: true } } } });
    const keys = await this.database.prisma.editionSigningKey.findMany({ where: { edition: { seriesId: edition.seriesId } }, select: { editionId: true, publicKey: true } });
    const own = keys.some((key) => key.editionId === edition.id);
    return {
      id: edition.id,
      seriesId: edition.seriesId,
      timeZone: edition.timeZone,
      zones: edition.signingKey?.zones ?? [],
      keyring: own ? createKeyring(edition.id, keys) : null,
    };
  }

  private async allowed(auth: RequestAuth, action: 'checkin.read' | 'checkin.record', edition: EditionFacts): Promise<SignedInViewer> {
    return requireScope(await this.viewers.viewer(auth), action, { seriesId: edition.seriesId, editionId: edition.id });
  }

  async scan(auth: RequestAuth, series: string, number: number, input: CheckInScanInput): Promise<CheckInResultModel> {
    const edition = await this.edition(series, number);
    const actor = await this.allowed(auth, 'checkin.record', edition);
    const scan = parseInput(ZScan, input);
    return this.decide(edition, actor.user.id, scan, false);
  }

  async sync(auth: RequestAuth, series: string, number: number, inputs: CheckInScanInput[]): Promise<CheckInResultModel[]> {
    const edition = await this.edition(series, number);
    const actor = await this.allowed(auth, 'checkin.record', edition);
    if (inputs.length > MAX_SYNC_SCANS) throw badField('scans', `holds ${inputs.length} scans; send at most ${MAX_SYNC_SCANS} at a time`);
    const scans = inputs.map((input, index) => {
      try {
        return parseInput(ZScan, input);
      } catch (error) {
        throw badField(`scans.${index}`, error instanceof Error ? error.message : 'is invalid');
      }
    });
    const order = scans.map((scan, index) => ({ scan, index })).sort((a, b) => (a.scan.scannedAt ?? '').localeCompare(b.scan.scannedAt ?? '') || a.index - b.index);
    const answers: CheckInResultModel[] = new Array<CheckInResultModel>(scans.length);
    for (const { scan, index } of order) answers[index] = await this.decide(edition, actor.user.id, scan, true);
    return answers;
  }

  async lookup(auth: RequestAuth, series: string, number: number, query: string): Promise<CheckInParticipantModel[]> {
    const edition = await this.edition(series, number);
    await this.allowed(auth, 'checkin.read', edition);
    const text = query.trim();
    if (text.length < 2) throw badField('query', 'must hold at least 2 characters of a name or a reference');
    const words = text.split(/\s+/).slice(0, 4);
    const rows = await this.database.prisma.application.findMany({
      where: {
        editionId: edition.id,
        status: { not: 'DRAFT' },
        OR: [{ reference: { equals: text, mode: 'insensitive' } }, { AND: words.map((word) => ({ OR: [{ givenName: { contains: word, mode: 'insensitive' as const } }, { familyName: { contains: word, mode: 'insensitive' as const } }] })) }],
      },
      select: { ...BADGE_FACTS.application.select, badge: { select: { badgeNumber: true } } },
      orderBy: [{ familyName: 'asc' }, { givenName: 'asc' }],
      take: 20,
    });
    return rows.map((row) => participantOf(row, row.badge?.badgeNumber ?? null));
  }

  async photo(auth: RequestAuth, applicationId: string): Promise<string | null> {
    const row = await this.database.prisma.application.findUnique({ where: { id: applicationId }, select: { photoKey: true, editionId: true, edition: { select: { seriesId: true } } } });
    if (!row) throw notFound(`Application ${applicationId}`, 'Look the person up again.');
    requireScope(await this.viewers.viewer(auth), 'checkin.read', { seriesId: row.edition.seriesId, editionId: row.editionId });
    if (!row.photoKey) return null;
    const object = await this.services.storage.get(row.photoKey);
    const chunks: Buffer[] = [];
    for await (const chunk of object.body) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array));
    return `data:${object.contentType};base64,${Buffer.concat(chunks).toString('base64')}`;
  }

  async bundle(auth: RequestAuth, series: string, number: number): Promise<CheckInBundleModel> {
    const edition = await this.edition(series, number);
    await this.allowed(auth, 'checkin.read', edition);
    const keys = await this.database.prisma.editionSigningKey.findMany({ where: { edition: { seriesId: edition.seriesId } }, select: { editionId: true, publicKey: true } });
    keys.sort((a, b) => Number(b.editionId === edition.id) - Number(a.editionId === edition.id));
    const badges = await this.database.prisma.badge.findMany({ where: { editionId: edition.id }, select: BADGE_FACTS, orderBy: { badgeNumber: 'asc' } });
    const admissions = await this.database.prisma.checkInScan.findMany({ where: { editionId: edition.id, admitted: true }, select: { badgeNumber: true, zone: true, day: true } });
    return {
      editionId: edition.id,
      timeZone: edition.timeZone,
      zones: edition.zones,
      keys,
      listing: badges.map((badge) => ({
        badgeNumber: badge.badgeNumber,
        currentSerial: badge.serial,
        withdrawn: badge.status === 'REVOKED',
        approved: badge.application.status === 'APPROVED',
        participant: participantOf(badge.application, badge.badgeNumber),
      })),
      admissions: admissions.map((a) => `${a.badgeNumber}|${a.zone}|${a.day}`),
      generatedAt: new Date().toISOString(),
    };
  }

  private async decide(edition: EditionFacts, staffId: string, scan: Scan, offline: boolean): Promise<CheckInResultModel> {
    const replay = await this.replayed(scan.scanId, edition.id);
    if (replay) return replay;
    const zoneIndex = edition.zones.indexOf(scan.zone);
    if (zoneIndex < 0) throw badField('zone', `"${scan.zone}" is not a zone of this edition's badges (${edition.zones.join(', ') || 'none issued yet'})`);
    const scannedAt = scan.scannedAt ? new Date(scan.scannedAt) : new Date();
    const day = scan.day ?? toLocalParts(scannedAt, edition.timeZone).date;

    let badgeNumber: number;
    let claims: CredentialClaims | null = null;
    if (scan.credential) {
      if (!edition.keyring) return result(scan.scanId, 'UNKNOWN_KEY', { message: 'This edition has issued no badges yet: no code can admit.' });
      const verified = verifyCredential(edition.keyring, scan.credential.trim());
      if (verified.status === 'malformed') return result(scan.scanId, 'MALFORMED');
      if (verified.status === 'unknown-key') return result(scan.scanId, 'UNKNOWN_KEY');
      if (verified.status === 'bad-signature') return result(scan.scanId, 'FORGED');
      if (verified.status === 'wrong-edition') return result(scan.scanId, 'WRONG_EDITION');
      claims = verified.claims;
      badgeNumber = claims.badgeNumber;
    } else {
      const application = await this.database.prisma.application.findFirst({ where: { editionId: edition.id, reference: { equals: scan.reference ?? '', mode: 'insensitive' } }, select: { ...BADGE_FACTS.application.select, badge: { select: { badgeNumber: true } } } });
      if (!application) return result(scan.scanId, 'NOT_FOUND');
      if (!application.badge) {
        // Without a badge the decision is the application's: it is not approved, or its badge is still to be issued.
        return this.record(edition, staffId, scan, { day, scannedAt, offline, badgeId: null, badgeNumber: null }, result(scan.scanId, 'NOT_APPROVED', {
          participant: participantOf(application, null),
          ...(application.status === 'APPROVED' ? { message: 'Approved, but no badge has been issued yet: send the person to the accreditation desk.' } : {}),
        }));
      }
      badgeNumber = application.badge.badgeNumber;
    }

    try {
      return await this.database.prisma.$transaction(async (tx) => {
        const found = await tx.badge.findUnique({ where: { editionId_badgeNumber: { editionId: edition.id, badgeNumber } }, select: { id: true } });
        if (!found) return result(scan.scanId, 'REVOKED', { message: 'No badge of this edition has this number any more: send the person to the accreditation desk.' });
        // Two doors scanning one badge at once: the second waits here and then sees the first's admission.
        await this.locks.lock(tx, 'Badge', [found.id]);
        const badge = (await tx.badge.findUniqueOrThrow({ where: { id: found.id }, select: BADGE_FACTS })) as BadgeFacts;
        const participant = participantOf(badge.application, badge.badgeNumber);
        if (!claims) {
          const stored = verifyCredential(edition.keyring ?? createKeyring(edition.id, []), badge.credential);
          if (stored.status !== 'valid') throw new Error(`The stored code of badge ${badge.id} does not verify (${stored.status}).`);
          claims = stored.claims;
        }
        const facts = { day, scannedAt, offline, badgeId: badge.id, badgeNumber: badge.badgeNumber };
        const decision = checkAdmission({ claims, zone: zoneIndex, day, listing: { currentSerial: badge.serial, withdrawn: badge.status === 'REVOKED' } });
        let outcome: CheckInOutcome;
        if (decision.outcome === 'revoked') outcome = 'REVOKED';
        else if (badge.application.status !== 'APPROVED') outcome = 'NOT_APPROVED';
        else if (decision.outcome === 'not-valid-for-day') outcome = 'NOT_VALID_FOR_DAY';
        else if (decision.outcome === 'not-valid-for-zone') outcome = 'NOT_VALID_FOR_ZONE';
        else outcome = 'ADMITTED';
        let previous: CheckInResultModel['previous'] = null;
        if (outcome === 'ADMITTED') {
          const earlier = await tx.checkInScan.findFirst({ where: { badgeId: badge.id, zone: scan.zone, day, admitted: true }, orderBy: { scannedAt: 'asc' }, select: { scannedAt: true, point: true } });
          if (earlier) {
            outcome = 'ALREADY_CHECKED_IN';
            previous = { at: earlier.scannedAt.toISOString(), point: earlier.point };
          }
        }
        const conflict = offline && scan.deviceOutcome === 'ADMITTED' && outcome === 'ALREADY_CHECKED_IN';
        const answer = result(scan.scanId, outcome, {
          participant,
          previous,
          conflict,
          ...(previous ? { message: `Already checked in at ${previous.point} at ${toLocalParts(new Date(previous.at), edition.timeZone).time}.` } : {}),
        });
        await this.write(tx, edition, staffId, scan, facts, answer);
        return answer;
      }, WRITE_TRANSACTION_OPTIONS);
    } catch (error) {
      // The same scan id sent twice at once: the first one recorded answers both.
      if (isUniqueViolation(error)) {
        const replay = await this.replayed(scan.scanId, edition.id);
        if (replay) return replay;
      }
      throw error;
    }
  }

  private async record(edition: EditionFacts, staffId: string, scan: Scan, facts: ScanFacts, answer: CheckInResultModel): Promise<CheckInResultModel> {
    try {
      await this.database.prisma.$transaction((tx) => this.write(tx, edition, staffId, scan, facts, answer), WRITE_TRANSACTION_OPTIONS);
      return answer;
    } catch (error) {
      if (isUniqueViolation(error)) {
        const replay = await this.replayed(scan.scanId, edition.id);
        if (replay) return replay;
      }
      throw error;
    }
  }

  private async write(tx: Prisma.TransactionClient, edition: EditionFacts, staffId: string, scan: Scan, facts: ScanFacts, answer: CheckInResultModel): Promise<void> {
    if (UNRECORDED.has(answer.outcome)) return;
    const row = await tx.checkInScan.create({
      data: {
        scanId: scan.scanId,
        editionId: edition.id,
        badgeId: facts.badgeId,
        badgeNumber: facts.badgeNumber,
        point: scan.point,
        zone: scan.zone,
        day: facts.day,
        staffId,
        scannedAt: facts.scannedAt,
        offline: facts.offline,
        outcome: answer.outcome,
        admitted: answer.admitted,
        conflict: answer.conflict,
        deviceOutcome: scan.deviceOutcome ?? null,
        detail: { message: answer.message, previous: answer.previous, participant: answer.participant } as unknown as Prisma.InputJsonValue,
      },
      select: { id: true },
    });
    // Each recorded scan is in the audit trail like any organizer's write. Unlike those it leaves
    // the public-cache generation alone: a scan changes nothing the public reads.
    await this.audit.record(tx, {
      seriesId: edition.seriesId,
      editionId: edition.id,
      actorId: staffId,
      action: 'create',
      entityType: 'CheckInScan',
      entityId: row.id,
      before: null,
      after: { scanId: scan.scanId, point: scan.point, zone: scan.zone, day: facts.day, outcome: answer.outcome, badgeNumber: facts.badgeNumber, offline: facts.offline, conflict: answer.conflict },
    });
  }

  private async replayed(scanId: string, editionId: string): Promise<CheckInResultModel | null> {
    const row = await this.database.prisma.checkInScan.findUnique({ where: { scanId } });
    if (!row) return null;
    if (row.editionId !== editionId) throw badField('scanId', 'was already used for a scan of another edition; make a new id for each scan');
    const detail = (row.detail ?? {}) as { message?: string; previous?: CheckInResultModel['previous']; participant?: CheckInParticipantModel | null };
    return {
      scanId,
      outcome: row.outcome as CheckInOutcome,
      admitted: row.admitted,
      message: detail.message ?? MESSAGES[row.outcome as CheckInOutcome],
      conflict: row.conflict,
      replayed: true,
      previous: detail.previous ?? null,
      participant: detail.participant ?? null,
    };
  }
}

interface ScanFacts {
  day: string;
  scannedAt: Date;
  offline: boolean;
  badgeId: string | null;
  badgeNumber: number | null;
}
