// Renders an edition's programme, as visitors see it, as Markdown and stores it as an
// EditionDocument. The programme comes from the programme read model of @caravan/db (the one the
// api's GraphQL and exports read), so the document lists the same sessions and speakers in the
// same order. Shared by the worker and the api's inline mode. Idempotent: rendering the same data
// twice yields the same content and checksum, and the upsert leaves one row per edition and format.
import { createHash } from 'node:crypto';
import type { PrismaClient } from '@caravan/db';
import { loadProgramme, VISITOR } from '@caravan/db/read-models';
import { pickText, type LocalizedText } from '@caravan/regions';
import { toLocalParts } from '@caravan/tracks';
import { JobError } from '../job-errors.js';

export const PROGRAMME_DOCUMENT = { kind: 'programme', format: 'text/markdown' } as const;

function text(value: LocalizedText | null | undefined, lang: string): string {
  return pickText(value, lang)?.text ?? '';
}

export async function renderProgramme(prisma: PrismaClient, editionId: string, lang = 'en'): Promise<string> {
  const programme = await loadProgramme(prisma, { editionId }, VISITOR);
  if (!programme) {
    const exists = await prisma.edition.count({ where: { id: editionId } });
    throw new JobError(
      'EDITION_NOT_FOUND',
      exists > 0
        ? `Edition ${editionId} is not published, so it has no public programme to render.`
        : `Edition ${editionId} does not exist; it may have been deleted after the job was requested.`,
    );
  }
  const { edition } = programme;
  const rooms = new Map(programme.rooms.map((room) => [room.id, room]));
  const tracks = new Map(programme.tracks.map((track) => [track.id, track]));

  const lines: string[] = [];
  lines.push(`# ${text(edition.series.name, lang)} — edition ${edition.number}`);
  const theme = text(edition.theme, lang);
  if (theme) lines.push('', `*${theme}*`);
  const dates = edition.startDate && edition.endDate && edition.startDate !== edition.endDate ? `${edition.startDate} – ${edition.endDate}` : (edition.startDate ?? 'dates to be announced');
  lines.push('', `${text(edition.hostCity, lang) || 'Host city to be announced'} · ${dates} · times in ${edition.timeZone}`);

  let currentDay = '';
  for (const session of programme.sessions) {
    const from = toLocalParts(session.startsAt, edition.timeZone);
    const to = toLocalParts(session.endsAt, edition.timeZone);
    if (from.date !== currentDay) {
      currentDay = from.date;
      lines.push('', `## ${currentDay}`, '');
    }
    const room = session.roomId ? rooms.get(session.roomId) : undefined;
    const track = session.trackId ? tracks.get(session.trackId) : undefined;
    const where = [room ? text(room.name, lang) : '', track ? text(track.name, lang) : ''].filter(Boolean).join(' · ');
    lines.push(`- **${from.time}–${to.time}** ${text(session.title, lang)}${where ? ` (${where})` : ''}`);
    const speakers = session.speakers.flatMap((speaker) => {
      const person = programme.people.get(speaker.personId);
      return person ? [`${text(person.name, lang)} (${speaker.role.toLowerCase()})`] : [];
    });
    if (speakers.length > 0) lines.push(`  - ${speakers.join(', ')}`);
  }
  if (programme.sessions.length === 0) lines.push('', 'The programme has not been published yet.');
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
