// `pnpm --filter @caravan/documents bench`: badges for a generated edition (25,000 by
// default; BENCH_PARTICIPANTS overrides), written as one merged PDF (one stream, so one
// thread) and as one PDF per participant (shared among BENCH_THREADS worker threads, one per
// core by default, as a pool of job workers would) into a temporary directory, timed, with
// peak RSS and file sizes; then the throughput of verifyCredential. Results go to
// bench/results/badges.{md,json} at the repository root.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import { createBadgeRenderer, type BadgeInput } from '@caravan/documents/badge';
import { createKeyring, generateEditionKeyPair, signCredential, verifyCredential } from '@caravan/documents/credential';
import { BENCH_DESIGN } from './bench-design.js';
import { participants } from './participant-fixture.js';
import type { ParticipantPdfsJob } from './participant-pdfs.worker.js';
import { portraits } from './portraits.js';
import { writeFileWith } from './write-file.js';

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const PHOTOS = 6;
const VERIFY_SECONDS = 3;

function positiveSetting(name: string, fallback: number): number {
  const raw = process.env[name] ?? String(fallback);
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number, not "${raw}"`);
  return value;
}

const log = (message: string): void => void process.stdout.write(`[bench] ${message}\n`);
const seconds = (from: bigint): number => Number(process.hrtime.bigint() - from) / 1e9;
const mib = (bytes: number): number => Math.round((bytes / 2 ** 20) * 10) / 10;
const kib = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;

/** Peak resident set size, sampled often and checked against the kernel's high-water mark. */
function rssMonitor(): { peak: () => number } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 25);
  timer.unref();
  return { peak: () => Math.max(peak, process.resourceUsage().maxRSS * 1024) };
}

/** Per-participant PDFs of contiguous shares of the badges, one worker thread per share. */
async function renderInThreads(threads: number, directory: string, photos: readonly Buffer[], badges: ParticipantPdfsJob['badges']): Promise<number> {
  const share = Math.ceil(badges.length / threads);
  const written = await Promise.all(
    Array.from({ length: threads }, (_, thread) => {
      const job: ParticipantPdfsJob = { directory, photos, badges: badges.slice(thread * share, (thread + 1) * share) };
      const worker = new Worker(new URL('./participant-pdfs.worker.js', import.meta.url), { workerData: job });
      return new Promise<number>((resolve, reject) => {
        worker.once('message', (count: number) => resolve(count));
        worker.once('error', reject);
        worker.once('exit', (code) => code !== 0 && reject(new Error(`a rendering thread exited with code ${code}`)));
      });
    }),
  );
  return written.reduce((sum, count) => sum + count, 0);
}

async function pageCount(file: string): Promise<number | undefined> {
  try {
    const { stdout } = await promisify(execFile)('pdfinfo', [file]);
    return Number(/^Pages:\s+(\d+)$/m.exec(stdout)?.[1]);
  } catch {
    return undefined; // poppler-utils not installed: the count is reported as unknown
  }
}

async function main(): Promise<void> {
  const count = positiveSetting('BENCH_PARTICIPANTS', 25_000);
  const threads = positiveSetting('BENCH_THREADS', cpus().length);
  const rss = rssMonitor();
  const startedAt = new Date();
  const load = loadavg()[0]!;
  log(`${count} participants, ${threads} threads for per-participant PDFs, ${cpus().length} cores, load ${load.toFixed(2)}`);

  const photos = await portraits(PHOTOS);
  const key = generateEditionKeyPair();
  const renderer = await createBadgeRenderer(BENCH_DESIGN);

  let started = process.hrtime.bigint();
  const issuedAt = new Date('2024-10-01T08:00:00Z');
  const fixtures = [...participants(count, PHOTOS)].map((participant) => ({
    badgeNumber: participant.badgeNumber,
    names: participant.names,
    organization: participant.organization,
    category: participant.category,
    photoIndex: participant.photoIndex,
    credential: signCredential(key.privateKey, {
      badgeNumber: participant.badgeNumber,
      serial: 1,
      zones: participant.category.name === 'Organizer' ? [0, 1, 2, 3] : [0, 1],
      days: ['2024-10-25', '2024-10-26', '2024-10-27', '2024-10-28'],
      issuedAt,
    }),
  }));
  const signSeconds = seconds(started);
  const badges: BadgeInput[] = fixtures.map(({ photoIndex, ...badge }) => ({ ...badge, photo: photos[photoIndex] }));
  log(`signed ${count} credentials in ${signSeconds.toFixed(2)} s`);

  const directory = await mkdtemp(join(tmpdir(), 'caravan-badges-'));
  try {
    const mergedFile = join(directory, 'badges.pdf');
    started = process.hrtime.bigint();
    await writeFileWith(mergedFile, (stream) => renderer.writeBadges(badges, stream));
    const mergedSeconds = seconds(started);
    const mergedBytes = (await stat(mergedFile)).size;
    log(`merged PDF: ${mergedSeconds.toFixed(1)} s, ${mib(mergedBytes)} MiB`);

    const singles = join(directory, 'participants');
    await mkdir(singles);
    started = process.hrtime.bigint();
    const written = await renderInThreads(threads, singles, photos, fixtures);
    if (written !== count) throw new Error(`the threads wrote ${written} per-participant PDFs for ${count} badges`);
    const singlesSeconds = seconds(started);
    const sizes = await Promise.all((await readdir(singles)).map(async (name) => (await stat(join(singles, name))).size));
    sizes.sort((a, b) => a - b);
    const singlesBytes = sizes.reduce((sum, size) => sum + size, 0);
    log(`per-participant PDFs: ${singlesSeconds.toFixed(1)} s, ${mib(singlesBytes)} MiB in ${sizes.length} files`);

    const pages = await pageCount(mergedFile);
    if (pages !== undefined && pages !== count) throw new Error(`the merged PDF has ${pages} pages for ${count} badges`);
    if (sizes.length !== count) throw new Error(`${sizes.length} per-participant files for ${count} badges`);

    const keyring = createKeyring('cca-11', [{ editionId: 'cca-11', publicKey: key.publicKey }]);
    const codes = badges.slice(0, 1000).map((badge) => badge.credential);
    let scans = 0;
    started = process.hrtime.bigint();
    while (seconds(started) < VERIFY_SECONDS) {
      for (const code of codes) {
        if (verifyCredential(keyring, code).status !== 'valid') throw new Error(`a freshly signed code did not verify: ${code}`);
      }
      scans += codes.length;
    }
    const verifyPerSecond = Math.round(scans / seconds(started));
    log(`verifyCredential: ${verifyPerSecond} scans/s`);

    const totalSeconds = signSeconds + mergedSeconds + singlesSeconds;
    const result = {
      startedAt: startedAt.toISOString(),
      machine: { cores: cpus().length, loadAverageAtStart: Number(load.toFixed(2)), node: process.version },
      threads: { mergedPdf: 1, perParticipantPdfs: threads },
      participants: count,
      photos: { distinct: PHOTOS, kibEach: photos.map((photo) => kib(photo.length)) },
      // base45 turns two bytes into three characters, and a last single byte into two
      credential: { bytes: Math.floor(badges[0]!.credential.length / 3) * 2 + (badges[0]!.credential.length % 3 === 2 ? 1 : 0), characters: badges[0]!.credential.length },
      seconds: {
        signing: Number(signSeconds.toFixed(2)),
        mergedPdf: Number(mergedSeconds.toFixed(1)),
        perParticipantPdfs: Number(singlesSeconds.toFixed(1)),
        total: Number(totalSeconds.toFixed(1)),
      },
      badgesPerSecond: { merged: Math.round(count / mergedSeconds), perParticipant: Math.round(count / singlesSeconds) },
      peakRssMiB: mib(rss.peak()),
      sizes: {
        mergedMiB: mib(mergedBytes),
        mergedPages: pages ?? null,
        perParticipantTotalMiB: mib(singlesBytes),
        perParticipantKiB: { min: kib(sizes[0]!), median: kib(sizes[Math.floor(sizes.length / 2)]!), max: kib(sizes.at(-1)!) },
      },
      verifyCredentialScansPerSecond: verifyPerSecond,
    };
    await report(result);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

type Result = Record<string, unknown> & {
  participants: number;
  seconds: Record<string, number>;
  badgesPerSecond: Record<string, number>;
  peakRssMiB: number;
  sizes: { mergedMiB: number; mergedPages: number | null; perParticipantTotalMiB: number; perParticipantKiB: Record<string, number> };
  verifyCredentialScansPerSecond: number;
  machine: { cores: number; loadAverageAtStart: number; node: string };
  threads: { mergedPdf: number; perParticipantPdfs: number };
  credential: { bytes: number; characters: number };
  startedAt: string;
};

async function report(result: Result): Promise<void> {
  const directory = join(REPO_ROOT, 'bench', 'results');
  await mkdir(directory, { recursive: true });
  await writeFile(join(directory, 'badges.json'), `${JSON.stringify(result, null, 2)}\n`);
  const s = result.seconds;
  const markdown = `# Badge rendering benchmark

\`pnpm --filter @caravan/documents bench\`, ${result.startedAt}: ${result.participants.toLocaleString('en')} participants
(names in Chinese, Cyrillic, Georgian, Armenian and Latin with diacritics; a JPEG photo on every badge,
six distinct photos), ${result.machine.cores} cores shared with other work (load ${result.machine.loadAverageAtStart} at start), Node ${result.machine.node}.

| step | seconds | badges/s |
|---|---:|---:|
| sign ${result.participants.toLocaleString('en')} credentials | ${s.signing} | |
| one merged PDF (one A6 page per badge), 1 thread | ${s.mergedPdf} | ${result.badgesPerSecond.merged} |
| one PDF per participant, ${result.threads.perParticipantPdfs} threads | ${s.perParticipantPdfs} | ${result.badgesPerSecond.perParticipant} |
| **total** | **${s.total}** | |

- Peak RSS: ${result.peakRssMiB} MiB.
- Merged PDF: ${result.sizes.mergedMiB} MiB, ${result.sizes.mergedPages ?? 'unknown'} pages.
- Per-participant PDFs: ${result.sizes.perParticipantTotalMiB} MiB in all; ${result.sizes.perParticipantKiB.min} / ${result.sizes.perParticipantKiB.median} / ${result.sizes.perParticipantKiB.max} KiB (min / median / max).
- Credential: ${result.credential.bytes} bytes, ${result.credential.characters} base45 characters in the QR code.
- \`verifyCredential\` in Node: ${result.verifyCredentialScansPerSecond.toLocaleString('en')} scans/s (one core, 1,000 distinct codes verified in a loop for ${VERIFY_SECONDS} s).
`;
  await writeFile(join(directory, 'badges.md'), markdown);
  log(`wrote ${join(directory, 'badges.md')}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`[bench] ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
