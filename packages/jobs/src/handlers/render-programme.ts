// Renders an edition's published programme as Markdown and stores it as an EditionDocument.
// Shared by the worker and the api's inline mode. Idempotent: rendering the same data twice
// yields the same content and checksum, and the upsert leaves one row per edition and format.
import { createHash } from 'node:crypto';
import type { PrismaClient } from '@caravan/db';
import { pickText } from '@caravan/regions';
import { toLocalParts } from '@caravan/tracks';
import { JobError } from '../job-errors.js';

export const PROGRAMME_DOCUMENT = { kind: 'programme', format: 'text/markdown' } as const;

type Localized = Parameters<typeof pickText>[0];

function text(value: unknown, lang: string): string {
  if (value === null || value === undefined) return '';
  return pickText(value as Localized, lang)?.text ?? '';
}

function isoDate(value: Date | null): string | null {
  return value ? value.toISOString().slice(0, 10) : null;
}

export async function renderProgramme(prisma: PrismaClient, editionId: string, lang = 'en'): Promise<string> {
  const edition = await prisma.edition.findUnique({
    where: { id: editionId },
    include: {
      series: true,
      sessions: {
        where: { published: true },
        orderBy: [{ startsAt: 'asc' }, { slug: 'asc' }],
        include: {
          room: { include: { venue: true } },
          track: true,
          participants: { include: { person: true }, orderBy: [{ role: 'asc' }, { position: 'asc' }] },
        },
      },
    },
  });
  if (!edition) {
    throw new JobError('EDITION_NOT_FOUND', `Edition ${editionId} does not exist; it may have been deleted after the job was requested.`);
  }

  const lines: string[] = [];
  lines.push(`# ${text(edition.series.name, lang)} — edition ${edition.number}`);
  const theme = text(edition.theme, lang);
  if (theme) lines.push('', `*${theme}*`);
  const start = isoDate(edition.startDate);
  const end = isoDate(edition.endDate);
  const dates = start && end && start !== end ? `${start} – ${end}` : (start ?? 'dates to be announced');
  lines.push('', `${text(edition.hostCity, lang) || 'Host city to be announced'} · ${dates} · times in ${edition.timeZone}`);

  let currentDay = '';
  for (const session of edition.sessions) {
    const from = toLocalParts(session.startsAt, edition.timeZone);
    const to = toLocalParts(session.endsAt, edition.timeZone);
    if (from.date !== currentDay) {
      currentDay = from.date;
      lines.push('', `## ${currentDay}`, '');
    }
    const where = [session.room ? text(session.room.name, lang) : '', session.track ? text(session.track.name, lang) : '']
      .filter(Boolean)
      .join(' · ');
    lines.push(`- **${from.time}–${to.time}** ${text(session.title, lang)}${where ? ` (${where})` : ''}`);
    const speakers = session.participants
      .filter((p) => p.person.published)
      .map((p) => `${text(p.person.name, lang)} (${p.role.toLowerCase()})`);
    if (speakers.length > 0) lines.push(`  - ${speakers.join(', ')}`);
  }
  if (edition.sessions.length === 0) lines.push('', 'The programme has not been published yet.');
  return `${lines.join('\n')}\n`;
}

export interface StoredDocument {
  id: string;
  checksum: string;
  generatedAt: Date;
}

/** Renders and upserts the programme document; safe to run again after a crash or retry. */
export async function storeProgrammeDocument(prisma: PrismaClient, editionId: string): Promise<StoredDocument> {
  const content = await renderProgramme(prisma, editionId);
  const checksum = createHash('sha256').update(content).digest('hex');
  const generatedAt = new Date();
  const doc = await prisma.editionDocument.upsert({
    where: { editionId_kind_format: { editionId, ...PROGRAMME_DOCUMENT } },
    create: { editionId, ...PROGRAMME_DOCUMENT, content, checksum, generatedAt },
    update: { content, checksum, generatedAt },
  });
  return { id: doc.id, checksum: doc.checksum, generatedAt: doc.generatedAt };
}
