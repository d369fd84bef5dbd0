// A benchmark thread: renders its share of the per-participant PDFs, as one of a worker
// pool's processes would, and reports how many it wrote.
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { createBadgeRenderer, type BadgeInput } from '@caravan/documents/badge';
import { BENCH_DESIGN } from './bench-design.js';
import { participantFile, writeFileWith } from './write-file.js';

export interface ParticipantPdfsJob {
  readonly directory: string;
  readonly photos: readonly Uint8Array[];
  readonly badges: readonly (Omit<BadgeInput, 'photo'> & { photoIndex: number })[];
}

const job = workerData as ParticipantPdfsJob;
const renderer = await createBadgeRenderer(BENCH_DESIGN);
for (const { photoIndex, ...badge } of job.badges) {
  await writeFileWith(join(job.directory, participantFile(badge.badgeNumber)), (stream) => renderer.writeBadge({ ...badge, photo: job.photos[photoIndex] }, stream));
}
parentPort!.postMessage(job.badges.length);
