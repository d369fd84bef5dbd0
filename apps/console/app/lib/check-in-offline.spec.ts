import { generateEditionKeyPair, signCredential } from '@caravan/documents/credential';
import { OfflineDesk, ScanQueue, venueDay, type OfflineBundle, type QueuedScan } from './check-in-offline';

const key = generateEditionKeyPair();
const other = generateEditionKeyPair();
const DAY = '2024-10-26';
const sign = (badgeNumber: number, serial = 0, privateKey = key.privateKey) => signCredential(privateKey, { badgeNumber, serial, zones: [0], days: [DAY], issuedAt: new Date('2024-10-01T00:00:00Z') });
const person = (n: number) => ({ applicationId: `a${n}`, reference: `REF${n}`, name: `Person ${n}`, organization: null, category: 'Delegate', badgeNumber: n, hasPhoto: false });

const bundle: OfflineBundle = {
  editionId: 'e12',
  timeZone: 'Asia/Shanghai',
  zones: ['venue', 'vip-lounge'],
  keys: [
    { editionId: 'e12', publicKey: key.publicKey },
    { editionId: 'e11', publicKey: other.publicKey },
  ],
  listing: [
    { badgeNumber: 1, currentSerial: 0, withdrawn: false, approved: true, participant: person(1) },
    { badgeNumber: 2, currentSerial: 1, withdrawn: false, approved: true, participant: person(2) },
    { badgeNumber: 3, currentSerial: 0, withdrawn: true, approved: true, participant: person(3) },
    { badgeNumber: 4, currentSerial: 0, withdrawn: false, approved: false, participant: person(4) },
  ],
  admissions: ['5|venue|2024-10-26'],
};

const at = (credential: string | null, extra: Partial<QueuedScan> = {}) => ({ credential, reference: null, zone: 'venue', day: DAY, ...extra });

describe(OfflineDesk.name, () => {
  it('admits once per zone and day, then answers already checked in', () => {
    const desk = new OfflineDesk(bundle);
    expect(desk.decide(at(sign(1))).outcome).toBe('ADMITTED');
    expect(desk.decide(at(sign(1))).outcome).toBe('ALREADY_CHECKED_IN');
    expect(desk.decide(at(sign(5))).outcome).toBe('ALREADY_CHECKED_IN');
  });

  it('refuses superseded, withdrawn, unapproved, wrong zone and wrong day', () => {
    const desk = new OfflineDesk(bundle);
    expect(desk.decide(at(sign(2, 0))).outcome).toBe('REVOKED');
    expect(desk.decide(at(sign(3))).outcome).toBe('REVOKED');
    expect(desk.decide(at(sign(4))).outcome).toBe('NOT_APPROVED');
    expect(desk.decide(at(sign(1), { zone: 'vip-lounge' })).outcome).toBe('NOT_VALID_FOR_ZONE');
    expect(desk.decide(at(sign(1), { day: '2024-10-27' })).outcome).toBe('NOT_VALID_FOR_DAY');
  });

  it('tells bad codes apart: malformed, forged, another edition’s, an unknown signer', () => {
    const desk = new OfflineDesk(bundle);
    const good = sign(1);
    expect(desk.decide(at('not a badge')).outcome).toBe('MALFORMED');
    expect(desk.decide(at(good.slice(0, -1) + (good.endsWith('0') ? '1' : '0'))).outcome).toBe('FORGED');
    expect(desk.decide(at(sign(1, 0, other.privateKey))).outcome).toBe('WRONG_EDITION');
    expect(desk.decide(at(sign(1, 0, generateEditionKeyPair().privateKey))).outcome).toBe('UNKNOWN_KEY');
  });

  it('remembers the admissions of queued scans, and checks in by reference', () => {
    const queued: QueuedScan = { scanId: 's1', credential: sign(1), reference: null, point: 'p', zone: 'venue', day: DAY, scannedAt: '2024-10-26T01:00:00Z', deviceOutcome: 'ADMITTED' };
    const desk = new OfflineDesk(bundle, [queued]);
    expect(desk.decide(at(null, { reference: 'REF1' })).outcome).toBe('ALREADY_CHECKED_IN');
    expect(desk.decide(at(null, { reference: 'nope' })).outcome).toBe('NOT_FOUND');
  });
});

describe(ScanQueue.name, () => {
  it('keeps scans per edition and removes the synced ones', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    const queue = new ScanQueue(storage, 'e12');
    const scan = (scanId: string): QueuedScan => ({ scanId, credential: 'x', reference: null, point: 'p', zone: 'venue', day: DAY, scannedAt: '', deviceOutcome: 'ADMITTED' });
    queue.add(scan('a'));
    queue.add(scan('b'));
    expect(new ScanQueue(storage, 'e11').all()).toEqual([]);
    queue.remove(['a']);
    expect(queue.all().map((s) => s.scanId)).toEqual(['b']);
  });
});

describe(venueDay.name, () => {
  it('takes the date at the venue', () => {
    expect(venueDay('Asia/Shanghai', new Date('2024-10-25T17:00:00Z'))).toBe('2024-10-26');
    expect(venueDay('UTC', new Date('2024-10-25T17:00:00Z'))).toBe('2024-10-25');
  });
});
