// Sessions of an edition with their speakers, given in the host city's local time. A session
// whose slug the edition already has is left as it is, speakers included.
import { ZSessionInput } from '@caravan/forums';
import { fromLocal } from '@caravan/tracks';
import type { z } from 'zod';
import type { Session, SessionRole } from '../generated/prisma/client.js';
import { DbError } from '../errors.js';
import type { SeedClient } from './seed-client.js';
import { validate } from './validate.js';

export interface SessionSeed extends Omit<z.input<typeof ZSessionInput>, 'startsAt' | 'endsAt' | 'roomId'> {
  /** Local date and times in the edition's time zone: '2024-10-26', '09:00', '10:30'. */
  date: string;
  from: string;
  to: string;
  roomSlug?: string;
  participants?: { personSlug: string; role: SessionRole }[];
}

export async function ensureSession(
  prisma: SeedClient,
  edition: { id: string; timeZone: string },
  rooms: ReadonlyMap<string, { id: string }>,
  input: SessionSeed,
): Promise<Session> {
  const { date, from, to, roomSlug, participants = [], ...rest } = input;
  const room = roomSlug ? rooms.get(roomSlug) : undefined;
  if (roomSlug && !room) {
    throw new DbError('SEED_INPUT_INVALID', `session ${input.slug} names room "${roomSlug}", which the venue does not have`);
  }
  const session = validate(
    ZSessionInput,
    {
      ...rest,
      startsAt: fromLocal(date, from, edition.timeZone).toISOString(),
      endsAt: fromLocal(date, to, edition.timeZone).toISOString(),
      roomId: room?.id ?? null,
    },
    `session ${input.slug}`,
  );
  const track = session.trackSlug
    ? await prisma.track.findUniqueOrThrow({ where: { editionId_slug: { editionId: edition.id, slug: session.trackSlug } } })
    : null;
  const data = {
    editionId: edition.id,
    slug: session.slug,
    kind: session.kind,
    title: session.title,
    description: session.description ?? null,
    startsAt: new Date(session.startsAt),
    endsAt: new Date(session.endsAt),
    roomId: session.roomId ?? null,
    trackId: track?.id ?? null,
    languages: [...session.languages],
    interpretation: [...session.interpretation],
    published: session.published ?? true,
  };
  const { description, ...required } = data;
  const { count } = await prisma.session.createMany({ data: [{ ...required, ...(description ? { description } : {}) }], skipDuplicates: true });
  const saved = await prisma.session.findUniqueOrThrow({ where: { editionId_slug: { editionId: edition.id, slug: session.slug } } });
  if (count === 0) return saved;
  for (const [position, participant] of participants.entries()) {
    const person = await prisma.person.findUniqueOrThrow({ where: { slug: participant.personSlug } });
    await prisma.sessionParticipant.create({ data: { sessionId: saved.id, personId: person.id, role: participant.role, position } });
  }
  return saved;
}
