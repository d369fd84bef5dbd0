// Check-in at the doors, for an edition's check-in staff. The page holds the edition's bundle
// (public keys, the badge listing with revocations, admissions so far). Online, each scan goes
// to the api, which decides and records it; when the network is away, the page decides from
// the bundle with the same credential module and queues the scan in the browser's storage, and
// sends the queue as soon as the network is back (the api decides again and reports conflicts).
// Codes come from the device camera (ZXing) or the manual entry field; people can be found by
// name or reference. The photo is shown to compare with the face.
import { data, type LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { CheckInDeskBundleDocument } from '../generated/graphql.js';
import { fromApi } from '../lib/api.server.js';
import { OfflineDesk, ScanQueue, venueDay, type BundleParticipant, type OfflineBundle, type Outcome, type QueuedScan } from '../lib/check-in-offline.js';
import { openPlace } from '../lib/page.server.js';
import { pageTitle } from '../lib/page-title.js';
import { useConsole } from '../lib/use-console.js';

export const meta = pageTitle('checkIn.title');

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organizer, series, edition } = await openPlace(request, params, 'check-in');
  const number = edition ?? 0;
  const { checkInBundle } = await fromApi(() => organizer.client.request(CheckInDeskBundleDocument, { series, number }));
  const bundle: OfflineBundle = {
    editionId: checkInBundle.editionId,
    timeZone: checkInBundle.timeZone,
    zones: checkInBundle.zones,
    keys: checkInBundle.keys.map((key) => ({ editionId: key.editionId, publicKey: key.publicKey })),
    listing: checkInBundle.listing.map((entry) => ({ badgeNumber: entry.badgeNumber, currentSerial: entry.currentSerial, withdrawn: entry.withdrawn, approved: entry.approved, participant: entry.participant })),
    admissions: checkInBundle.admissions,
  };
  return data({ series, number, bundle }, { headers: organizer.headers });
}

interface Shown {
  outcome: Outcome;
  participant: BundleParticipant | null;
  photo: string | null;
  offline: boolean;
  previousPoint: string | null;
}

interface SyncedResult {
  scanId: string;
  outcome: Outcome;
  conflict: boolean;
  previous: { point: string } | null;
  participant: BundleParticipant | null;
}

const newScanId = (): string => crypto.randomUUID();

export default function CheckIn() {
  const { series, number, bundle } = useLoaderData<typeof loader>();
  const { t, csrf } = useConsole();
  const deskUrl = `/series/${encodeURIComponent(series)}/editions/${number}/check-in-desk`;
  const [point, setPoint] = useState('main-entrance');
  const [zone, setZone] = useState(bundle.zones[0] ?? '');
  const [code, setCode] = useState('');
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<BundleParticipant[] | null>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  const [online, setOnline] = useState(true);
  const [queued, setQueued] = useState(0);
  const [synced, setSynced] = useState<number | null>(null);
  const [conflicts, setConflicts] = useState<SyncedResult[]>([]);
  const [camera, setCamera] = useState<'off' | 'on' | 'unavailable'>('off');
  const video = useRef<HTMLVideoElement>(null);
  const stopCamera = useRef<(() => void) | null>(null);
  const queue = useRef<ScanQueue | null>(null);
  const desk = useRef<OfflineDesk | null>(null);

  useEffect(() => {
    queue.current = new ScanQueue(window.localStorage, bundle.editionId);
    desk.current = new OfflineDesk(bundle, queue.current.all());
    setQueued(queue.current.all().length);
  }, [bundle]);

  const post = useCallback(
    async (fields: Record<string, string>): Promise<unknown> => {
      const form = new FormData();
      form.set('csrf', csrf);
      for (const [name, value] of Object.entries(fields)) form.set(name, value);
      let response: Response;
      try {
        response = await fetch(deskUrl, { method: 'POST', body: form, credentials: 'same-origin' });
      } catch {
        return 'offline';
      }
      const body = (await response.json()) as { error?: string; message?: string };
      if (!response.ok) throw new Error(body.message ?? `The server answered ${response.status}.`);
      return body;
    },
    [csrf, deskUrl],
  );

  const sync = useCallback(async () => {
    const waiting = queue.current?.all() ?? [];
    if (waiting.length === 0) return;
    const answer = await post({ intent: 'sync', scans: JSON.stringify(waiting) });
    if (answer === 'offline') {
      setOnline(false);
      return;
    }
    const results = (answer as { results: SyncedResult[] }).results;
    queue.current?.remove(results.map((r) => r.scanId));
    setQueued(queue.current?.all().length ?? 0);
    setSynced(results.length);
    setConflicts((current) => [...current, ...results.filter((r) => r.conflict)]);
    setOnline(true);
  }, [post]);

  useEffect(() => {
    const back = () => {
      setOnline(true);
      void sync();
    };
    const away = () => setOnline(false);
    window.addEventListener('online', back);
    window.addEventListener('offline', away);
    return () => {
      window.removeEventListener('online', back);
      window.removeEventListener('offline', away);
    };
  }, [sync]);

  const checkIn = useCallback(
    async (text: string) => {
      const value = text.trim();
      if (value === '' || !desk.current || !queue.current) return;
      // A reference is short and has a dash; a badge code is long base45 text.
      const isReference = value.length <= 24 && /^[A-Za-z0-9]+-[A-Za-z0-9]+$/.test(value);
      const scan = { scanId: newScanId(), credential: isReference ? null : value, reference: isReference ? value : null, point, zone, day: venueDay(bundle.timeZone), scannedAt: new Date().toISOString() };
      const answer = await post({ intent: 'scan', scan: JSON.stringify(scan) }).catch((error: unknown) => error);
      if (answer === 'offline') {
        setOnline(false);
        const decided = desk.current.decide(scan);
        const queuedScan: QueuedScan = { ...scan, deviceOutcome: decided.outcome };
        // Only what the server would record is queued: a bad code is answered, never sent.
        if (!['MALFORMED', 'FORGED', 'UNKNOWN_KEY', 'WRONG_EDITION', 'NOT_FOUND'].includes(decided.outcome)) queue.current.add(queuedScan);
        setQueued(queue.current.all().length);
        setShown({ outcome: decided.outcome, participant: decided.participant, photo: null, offline: true, previousPoint: null });
        return;
      }
      if (answer instanceof Error) throw answer;
      const { result, photo } = answer as { result: { outcome: Outcome; participant: BundleParticipant | null; previous: { point: string } | null }; photo: string | null };
      setOnline(true);
      if (result.outcome === 'ADMITTED') desk.current.decide(scan);
      setShown({ outcome: result.outcome, participant: result.participant, photo, offline: false, previousPoint: result.previous?.point ?? null });
      void sync();
    },
    [bundle.timeZone, point, post, sync, zone],
  );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void checkIn(code).then(() => setCode(''));
  };

  const onSearch = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await post({ intent: 'lookup', query });
    if (answer === 'offline') {
      setOnline(false);
      const words = query.toLowerCase().split(/\s+/).filter(Boolean);
      setFound(bundle.listing.map((entry) => entry.participant).filter((p) => p.reference.toLowerCase() === query.trim().toLowerCase() || words.every((w) => p.name.toLowerCase().includes(w))).slice(0, 20));
      return;
    }
    setFound((answer as { found: BundleParticipant[] }).found);
  };

  const toggleCamera = async () => {
    if (stopCamera.current) {
      stopCamera.current();
      stopCamera.current = null;
      setCamera('off');
      return;
    }
    try {
      const { BrowserQRCodeReader } = await import('@zxing/browser');
      const reader = new BrowserQRCodeReader();
      let busy = false;
      const controls = await reader.decodeFromVideoDevice(undefined, video.current ?? undefined, (result) => {
        if (!result || busy) return;
        busy = true;
        void checkIn(result.getText()).finally(() => {
          busy = false;
        });
      });
      stopCamera.current = () => controls.stop();
      setCamera('on');
    } catch {
      setCamera('unavailable');
    }
  };

  useEffect(() => () => stopCamera.current?.(), []);

  const zoneChoices = useMemo(() => bundle.zones, [bundle.zones]);

  return (
    <>
      <h1>{t('checkIn.heading', { number })}</h1>
      <p role="status" data-network={online ? 'online' : 'offline'} className={online ? 'muted' : 'notice notice--warning'}>
        {online ? t('checkIn.online') : t('checkIn.offline')}
      </p>
      <p data-testid="queued" data-count={queued}>
        {t('checkIn.queued', { count: queued })}{' '}
        {queued > 0 ? (
          <button type="button" className="button" onClick={() => void sync()}>
            {t('checkIn.sync')}
          </button>
        ) : null}
      </p>
      {synced !== null ? <p className="muted">{t('checkIn.synced', { count: synced })}</p> : null}
      <form className="form" onSubmit={onSubmit} aria-labelledby="check-in-form-title">
        <h2 id="check-in-form-title">{t('checkIn.submit')}</h2>
        <div className="field">
          <label htmlFor="check-in-point">{t('checkIn.point')}</label>
          <input id="check-in-point" value={point} onChange={(e) => setPoint(e.target.value)} required />
        </div>
        <div className="field">
          <label htmlFor="check-in-zone">{t('checkIn.zone')}</label>
          <select id="check-in-zone" value={zone} onChange={(e) => setZone(e.target.value)}>
            {zoneChoices.map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="check-in-code">{t('checkIn.code')}</label>
          <input id="check-in-code" value={code} onChange={(e) => setCode(e.target.value)} autoComplete="off" aria-describedby="check-in-code-hint" />
          <p id="check-in-code-hint" className="hint">
            {t('checkIn.codeHint')}
          </p>
        </div>
        <div className="toolbar">
          <button type="submit" className="button button--primary">
            {t('checkIn.submit')}
          </button>
          <button type="button" className="button" onClick={() => void toggleCamera()}>
            {camera === 'on' ? t('checkIn.cameraStop') : t('checkIn.camera')}
          </button>
        </div>
        {camera === 'unavailable' ? <p className="notice notice--warning">{t('checkIn.cameraUnavailable')}</p> : null}
        <video ref={video} hidden={camera !== 'on'} muted playsInline aria-label={t('checkIn.camera')} />
      </form>
      {shown ? (
        <section aria-live="assertive" data-testid="check-in-answer" data-outcome={shown.outcome} className={`card check-in-answer ${shown.outcome === 'ADMITTED' ? 'check-in-answer--admitted' : 'check-in-answer--refused'}`}>
          <h2 className="card__title">{t(`checkIn.outcome.${shown.outcome}`)}</h2>
          {shown.participant ? (
            <>
              <p>
                <strong>{shown.participant.name}</strong>
                {shown.participant.organization ? ` · ${shown.participant.organization}` : ''} · {shown.participant.category}
                {shown.participant.badgeNumber !== null ? ` · ${t('checkIn.badge', { number: shown.participant.badgeNumber })}` : ''}
              </p>
              {shown.photo ? <img src={shown.photo} alt={t('checkIn.photo', { name: shown.participant.name })} width={160} /> : null}
            </>
          ) : null}
          {shown.previousPoint ? <p>{shown.previousPoint}</p> : null}
          {shown.offline ? <p className="muted">{t('checkIn.decidedOffline')}</p> : null}
        </section>
      ) : null}
      {conflicts.length > 0 ? (
        <section aria-labelledby="check-in-conflicts" data-testid="check-in-conflicts">
          <h2 id="check-in-conflicts">{t('checkIn.conflicts')}</h2>
          <ul>
            {conflicts.map((c) => (
              <li key={c.scanId}>{t('checkIn.conflict', { name: c.participant?.name ?? '—', point, previousPoint: c.previous?.point ?? '—' })}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <form className="form" onSubmit={(e) => void onSearch(e)} aria-labelledby="check-in-find-title">
        <h2 id="check-in-find-title">{t('checkIn.find')}</h2>
        <div className="field">
          <label htmlFor="check-in-query">{t('checkIn.find')}</label>
          <input id="check-in-query" value={query} onChange={(e) => setQuery(e.target.value)} minLength={2} required />
        </div>
        <button type="submit" className="button">
          {t('checkIn.search')}
        </button>
      </form>
      {found !== null ? (
        found.length === 0 ? (
          <p>{t('checkIn.noneFound')}</p>
        ) : (
          <ul className="card-list" data-testid="check-in-found">
            {found.map((p) => (
              <li key={p.applicationId} className="card">
                <p>
                  <strong>{p.name}</strong> · {p.reference} · {p.category}
                </p>
                <button type="button" className="button" onClick={() => void checkIn(p.reference)}>
                  {t('checkIn.checkInPerson', { name: p.name })}
                </button>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </>
  );
}
