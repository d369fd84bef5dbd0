// Renders every active badge of an edition for one BadgeRenderRun: a PDF per participant
// (stored beside their photo) and one merged PDF, both through the storage interface. The run
// row carries the progress the organizer watches; setting its cancelRequestedAt stops the
// rendering at the next badge, and the merged PDF is then not stored (the storage only ever
// holds a whole object). Idempotent: a redelivered job of a finished run does nothing, and
// one of a run that was interrupted renders it again from the start.
import { PassThrough } from 'node:stream';
import type { PrismaClient } from '@caravan/db';
import type { BadgeInput } from '@caravan/documents/badge';
import { editionBadgeSheetKey, participantBadgeKey, type ObjectStorage } from '@caravan/storage';
import { JobError } from '../job-errors.js';
import { BADGE_SELECT, badgeInputOf, badgeRendererFor } from './badge-documents.js';

/** How many badges pass between two progress writes (and cancellation checks). */
export const PROGRESS_EVERY = 10;

class RenderCancelled extends Error {}

/** Badges that go to print: active, of an application that is still approved. */
export const printableBadges = (editionId: string) => ({ editionId, status: 'ACTIVE' as const, application: { status: 'APPROVED' as const } });

async function pdfBytes(write: (out: PassThrough) => Promise<unknown>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  await write(out);
  await ended;
  return Buffer.concat(chunks);
}

/** One badge's A6 PDF. */
export async function renderOneBadge(renderer: { writeBadge(badge: BadgeInput, out: PassThrough): Promise<void> }, badge: BadgeInput): Promise<Buffer> {
  return pdfBytes((out) => renderer.writeBadge(badge, out));
}

export async function renderEditionBadges(prisma: PrismaClient, storage: ObjectStorage, runId: string): Promise<void> {
  const run = await prisma.badgeRenderRun.findUnique({ where: { id: runId } });
  if (!run) throw new JobError('JOB_DATA_INVALID', `Badge render run ${runId} does not exist; its edition may have been deleted.`);
  if (run.status === 'DONE' || run.status === 'CANCELLED' || run.status === 'FAILED') return;
  if (run.cancelRequestedAt) {
    await prisma.badgeRenderRun.update({ where: { id: runId }, data: { status: 'CANCELLED', finishedAt: new Date() } });
    return;
  }
  const where = printableBadges(run.editionId);
  const total = await prisma.badge.count({ where });
  await prisma.badgeRenderRun.update({ where: { id: runId }, data: { status: 'RUNNING', total, done: 0, startedAt: new Date() } });
  const renderer = await badgeRendererFor(prisma, run.editionId);

  async function* badges(): AsyncGenerator<BadgeInput> {
    let done = 0;
    let after = 0;
    for (;;) {
      const page = await prisma.badge.findMany({ where: { ...where, badgeNumber: { gt: after } }, orderBy: { badgeNumber: 'asc' }, take: 100, select: BADGE_SELECT });
      if (page.length === 0) break;
      for (const row of page) {
        const input = await badgeInputOf(row, storage);
        const single = await renderOneBadge(renderer, input);
        await storage.put(participantBadgeKey(run!.editionId, row.application.id), single, { contentType: 'application/pdf', metadata: { 'badge-number': String(row.badgeNumber) } });
        yield input;
        done += 1;
        after = row.badgeNumber;
        if (done % PROGRESS_EVERY === 0 || done === total) {
          const current = await prisma.badgeRenderRun.update({ where: { id: runId }, data: { done }, select: { cancelRequestedAt: true } });
          if (current.cancelRequestedAt) throw new RenderCancelled();
        }
      }
    }
  }

  const key = editionBadgeSheetKey(run.editionId, runId);
  const merged = new PassThrough();
  const stored = storage.put(key, merged, { contentType: 'application/pdf', metadata: { 'badge-run': runId } });
  try {
    await renderer.writeBadges(badges(), merged);
    await stored;
  } catch (error) {
    merged.destroy();
    await stored.catch(() => undefined);
    if (error instanceof RenderCancelled) {
      await prisma.badgeRenderRun.update({ where: { id: runId }, data: { status: 'CANCELLED', finishedAt: new Date() } });
      return;
    }
    throw error;
  }
  await prisma.badgeRenderRun.update({ where: { id: runId }, data: { status: 'DONE', mergedKey: key, finishedAt: new Date() } });
}
