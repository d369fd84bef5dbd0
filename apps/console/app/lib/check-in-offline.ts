// The check-in page's offline half, framework-free: decides a scan from the edition's bundle
// alone (public keys, the badge listing with revocations, admissions so far) with the same
// credential module the api uses, and keeps the scans made meanwhile in a queue in the
// browser's storage until the api takes them (syncCheckInScans). The api decides again on
// sync; what the device said is sent along, so a conflict can be reported.
import { checkAdmission, createKeyring, verifyCredential, type CredentialKeyring } from '@caravan/documents/credential';

export type Outcome =
  | 'ADMITTED'
  | 'ALREADY_CHECKED_IN'
  | 'NOT_VALID_FOR_ZONE'
  | 'NOT_VALID_FOR_DAY'
  | 'REVOKED'
  | 'NOT_APPROVED'
  | 'NOT_FOUND'
  | 'MALFORMED'
  | 'FORGED'
  | 'UNKNOWN_KEY'
  | 'WRONG_EDITION';

export interface BundleParticipant {
  applicationId: string;
  reference: string;
  name: string;
  organization: string | null;
  category: string;
  badgeNumber: number | null;
  hasPhoto: boolean;
}

export interface OfflineBundle {
  editionId: string;
  timeZone: string;
  zones: string[];
  keys: { editionId: string; publicKey: string }[];
  listing: { badgeNumber: number; currentSerial: number; withdrawn: boolean; approved: boolean; participant: BundleParticipant }[];
  admissions: string[];
}

export interface QueuedScan {
  scanId: string;
  credential: string | null;
  reference: string | null;
  point: string;
  zone: string;
  day: string;
  scannedAt: string;
  deviceOutcome: Outcome;
}

export interface OfflineAnswer {
  outcome: Outcome;
  participant: BundleParticipant | null;
}

/** Today's date at the venue, YYYY-MM-DD. */
export function venueDay(timeZone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export const admissionKey = (badgeNumber: number, zone: string, day: string): string => `${badgeNumber}|${zone}|${day}`;

export class OfflineDesk {
  private readonly keyring: CredentialKeyring | null;
  private readonly admissions: Set<string>;

  constructor(private readonly bundle: OfflineBundle, queued: readonly QueuedScan[] = []) {
    this.keyring = bundle.keys.length > 0 ? createKeyring(bundle.editionId, bundle.keys) : null;
    this.admissions = new Set(bundle.admissions);
    for (const scan of queued) if (scan.deviceOutcome === 'ADMITTED') this.noteAdmission(scan);
  }

  private listingOf(badgeNumber: number) {
    return this.bundle.listing.find((entry) => entry.badgeNumber === badgeNumber);
  }

  private noteAdmission(scan: Pick<QueuedScan, 'credential' | 'reference' | 'zone' | 'day'>): void {
    const number = this.badgeNumberOf(scan);
    if (number !== null) this.admissions.add(admissionKey(number, scan.zone, scan.day));
  }

  private badgeNumberOf(scan: Pick<QueuedScan, 'credential' | 'reference'>): number | null {
    if (scan.credential && this.keyring) {
      const verified = verifyCredential(this.keyring, scan.credential);
      return verified.status === 'valid' ? verified.claims.badgeNumber : null;
    }
    return this.bundle.listing.find((entry) => entry.participant.reference === scan.reference)?.badgeNumber ?? null;
  }

  /** The answer for a scan, from the bundle alone; an admission is remembered for the next scan. */
  decide(scan: Pick<QueuedScan, 'credential' | 'reference' | 'zone' | 'day'>): OfflineAnswer {
    const zone = this.bundle.zones.indexOf(scan.zone);
    let badgeNumber: number;
    let claims = null;
    if (scan.credential) {
      if (!this.keyring) return { outcome: 'UNKNOWN_KEY', participant: null };
      const verified = verifyCredential(this.keyring, scan.credential.trim());
      if (verified.status === 'malformed') return { outcome: 'MALFORMED', participant: null };
      if (verified.status === 'unknown-key') return { outcome: 'UNKNOWN_KEY', participant: null };
      if (verified.status === 'bad-signature') return { outcome: 'FORGED', participant: null };
      if (verified.status === 'wrong-edition') return { outcome: 'WRONG_EDITION', participant: null };
      claims = verified.claims;
      badgeNumber = claims.badgeNumber;
    } else {
      const entry = this.bundle.listing.find((candidate) => candidate.participant.reference.toLowerCase() === (scan.reference ?? '').toLowerCase());
      if (!entry) return { outcome: 'NOT_FOUND', participant: null };
      badgeNumber = entry.badgeNumber;
    }
    const listing = this.listingOf(badgeNumber);
    const participant = listing?.participant ?? null;
    if (listing?.withdrawn) return { outcome: 'REVOKED', participant };
    if (claims) {
      const decision = checkAdmission({ claims, zone: Math.max(zone, 0), day: scan.day, listing: listing ? { currentSerial: listing.currentSerial, withdrawn: listing.withdrawn } : undefined });
      if (decision.outcome === 'revoked') return { outcome: 'REVOKED', participant };
      if (listing && !listing.approved) return { outcome: 'NOT_APPROVED', participant };
      if (decision.outcome === 'not-valid-for-day') return { outcome: 'NOT_VALID_FOR_DAY', participant };
      if (zone < 0 || decision.outcome === 'not-valid-for-zone') return { outcome: 'NOT_VALID_FOR_ZONE', participant };
    } else if (listing && !listing.approved) {
      return { outcome: 'NOT_APPROVED', participant };
    }
    const key = admissionKey(badgeNumber, scan.zone, scan.day);
    if (this.admissions.has(key)) return { outcome: 'ALREADY_CHECKED_IN', participant };
    this.admissions.add(key);
    return { outcome: 'ADMITTED', participant };
  }
}

/** Scans waiting for the api, kept in the browser's storage per edition. */
export class ScanQueue {
  constructor(
    private readonly storage: Pick<Storage, 'getItem' | 'setItem'>,
    private readonly editionId: string,
  ) {}

  private get key(): string {
    return `caravan.check-in.queue.${this.editionId}`;
  }

  all(): QueuedScan[] {
    try {
      const parsed: unknown = JSON.parse(this.storage.getItem(this.key) ?? '[]');
      return Array.isArray(parsed) ? (parsed as QueuedScan[]) : [];
    } catch {
      return [];
    }
  }

  add(scan: QueuedScan): void {
    this.storage.setItem(this.key, JSON.stringify([...this.all(), scan]));
  }

  /** Removes the scans the api has recorded (by scan id). */
  remove(scanIds: readonly string[]): void {
    const done = new Set(scanIds);
    this.storage.setItem(this.key, JSON.stringify(this.all().filter((scan) => !done.has(scan.scanId))));
  }
}
