// The programme rules through the API on real PostgreSQL: local wall-clock times in Yinchuan
// (UTC+8) and Tbilisi (UTC+4), room and speaker double-bookings, sessions outside the
// edition's dates, references across editions, and that a refused change writes nothing.
import { getTrack } from '@caravan/tracks';
import { englishText as en } from '../../testing/graphql-inputs.js';
import { startTestApi, type TestApi } from '../../testing/test-api.js';
import { ProgrammeMutations } from './programme.mutations.js';

const CREATE_SESSION = `mutation($series: String!, $number: Int!, $input: CreateSessionInput!) {
  createSession(series: $series, number: $number, input: $input) { id slug startsAt endsAt localDate localStart localEnd timeZone room { slug } track { slug } }
}`;
const UPDATE_SESSION = `mutation($id: ID!, $input: UpdateSessionInput!) { updateSession(id: $id, input: $input) { id startsAt localStart localEnd } }`;
const SET_SPEAKERS = `mutation($id: ID!, $speakers: [SessionSpeakerInput!]!) { setSessionSpeakers(id: $id, speakers: $speakers) { id speakers { role person { slug } } } }`;

interface SessionResult {
  id: string;
  slug: string;
  startsAt: string;
  endsAt: string;
  localDate: string;
  localStart: string;
  localEnd: string;
  timeZone: string;
  room: { slug: string } | null;
  track: { slug: string } | null;
}
interface Problem {
  field: string;
  reason: string;
}


describe(ProgrammeMutations.name, () => {
  let api: TestApi;
  let mainHallId: string;
  let counter = 0;
  const slug = (prefix: string) => `${prefix}-${(counter += 1)}`;

  const counts = async () => ({
    sessions: await api.prisma.session.count(),
    participants: await api.prisma.sessionParticipant.count(),
    audit: await api.prisma.auditEntry.count(),
  });

  const session = (input: Record<string, unknown>) => ({ slug: slug('session'), kind: 'PANEL', title: en('Test panel'), languages: ['en'], ...input });

  beforeAll(async () => {
    api = await startTestApi();
    const room = await api.prisma.room.findFirstOrThrow({ where: { slug: 'main-hall', venue: { edition: { number: 11, series: { slug: 'china-central-asia' } } } } });
    mainHallId = room.id;
  });

  afterAll(async () => {
    await api?.close();
  });

  it("takes Yinchuan's wall-clock time and stores the UTC instant", async () => {
    const res = await api.as('ccaOrganizer').gql<{ createSession: SessionResult }>(CREATE_SESSION, {
      series: 'china-central-asia',
      number: 11,
      input: session({ date: '2024-10-28', startTime: '15:00', endTime: '16:15', trackSlug: 'green-development' }),
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.createSession).toMatchObject({
      startsAt: '2024-10-28T07:00:00.000Z',
      endsAt: '2024-10-28T08:15:00.000Z',
      localDate: '2024-10-28',
      localStart: '15:00',
      localEnd: '16:15',
      timeZone: 'Asia/Shanghai',
      track: { slug: 'green-development' },
    });
    const audit = await api.prisma.auditEntry.findMany({ where: { entityId: res.data?.createSession.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', entityType: 'Session', before: null });
    expect(audit[0]?.after).toMatchObject({ startsAt: '2024-10-28T07:00:00.000Z', published: false });
  });

  it('refuses a second session in the main hall during the opening plenary, naming both, and writes nothing', async () => {
    const before = await counts();
    const res = await api.as('ccaOrganizer').gql<null>(CREATE_SESSION, {
      series: 'china-central-asia',
      number: 11,
      input: session({ slug: 'clash-in-main-hall', title: en('Clashing panel'), date: '2024-10-26', startTime: '10:00', endTime: '10:30', roomId: mainHallId }),
    });
    expect(res.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const problems = res.errors?.[0]?.extensions?.['problems'] as Problem[];
    expect(problems.map((p) => p.field)).toEqual(['roomId']);
    expect(problems[0]?.reason).toContain('ROOM_OVERLAP');
    expect(problems[0]?.reason).toContain('Opening plenary session [opening-plenary]');
    expect(problems[0]?.reason).toContain('Clashing panel [clash-in-main-hall]');
    expect(problems[0]?.reason).toContain('yinchuan-convention-centre/main-hall');
    expect(await counts()).toEqual(before);
  });

  it('accepts a session that starts the minute the previous one in the room ends', async () => {
    const res = await api.as('ccaOrganizer').gql<{ createSession: SessionResult }>(CREATE_SESSION, {
      series: 'china-central-asia',
      number: 11,
      input: session({ date: '2024-10-26', startTime: '11:30', endTime: '11:45', roomId: mainHallId }),
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.createSession.room).toEqual({ slug: 'main-hall' });
  });

  it('refuses a session outside the edition dates (local days in Yinchuan) and writes nothing', async () => {
    const before = await counts();
    // 2024-10-29 00:30 in Yinchuan is still 2024-10-28 in UTC: only the local day counts.
    const res = await api.as('ccaOrganizer').gql<null>(CREATE_SESSION, {
      series: 'china-central-asia',
      number: 11,
      input: session({ title: en('Too late'), date: '2024-10-29', startTime: '00:30', endTime: '01:00' }),
    });
    expect(res.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const problems = res.errors?.[0]?.extensions?.['problems'] as Problem[];
    expect(problems[0]?.field).toBe('date');
    expect(problems[0]?.reason).toContain("falls outside the edition's dates, 2024-10-25 to 2024-10-28");
    expect(await counts()).toEqual(before);
  });

  it('refuses a speaker booked in two sessions at once, naming both sessions, and keeps the old speakers', async () => {
    const created = await api.as('ccaOrganizer').gql<{ createSession: SessionResult }>(CREATE_SESSION, {
      series: 'china-central-asia',
      number: 11,
      input: session({ slug: 'side-talk', title: en('Side talk'), date: '2024-10-26', startTime: '10:00', endTime: '10:30' }),
    });
    const id = created.data?.createSession.id;
    expect(id).toBeDefined();
    // Edil Baisalov speaks in the opening plenary (09:00–11:30), whatever his role here.
    const baisalov = await api.as('ccaOrganizer').gql<null>(SET_SPEAKERS, { id, speakers: [{ person: 'edil-baisalov', role: 'MODERATOR' }] });
    expect(baisalov.errors?.[0]?.message).toContain('SPEAKER_OVERLAP');
    const before = await counts();
    const res = await api.as('ccaOrganizer').gql<null>(SET_SPEAKERS, { id, speakers: [{ person: 'shen-yueyue', role: 'SPEAKER' }] });
    expect(res.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const problems = res.errors?.[0]?.extensions?.['problems'] as Problem[];
    expect(problems.map((p) => p.field)).toEqual(['speakers']);
    expect(problems[0]?.reason).toContain('Speaker shen-yueyue');
    expect(problems[0]?.reason).toContain('Opening plenary session [opening-plenary]');
    expect(problems[0]?.reason).toContain('Side talk [side-talk]');
    expect(await counts()).toEqual(before);
  });

  it('sets speakers in order when nobody is double-booked, with before and after in the audit row', async () => {
    const created = await api.as('ccaOrganizer').gql<{ createSession: SessionResult }>(CREATE_SESSION, {
      series: 'china-central-asia',
      number: 11,
      input: session({ date: '2024-10-28', startTime: '18:00', endTime: '19:00' }),
    });
    const id = created.data?.createSession.id;
    const res = await api.as('ccaOrganizer').gql<{ setSessionSpeakers: { speakers: { role: string; person: { slug: string } }[] } }>(SET_SPEAKERS, {
      id,
      speakers: [
        { person: 'akmal-saidov', role: 'SPEAKER' },
        { person: 'shen-yueyue', role: 'MODERATOR' },
        { person: 'edil-baisalov', role: 'SPEAKER' },
      ],
    });
    expect(res.errors).toBeUndefined();
    const rows = await api.prisma.sessionParticipant.findMany({ where: { sessionId: id }, include: { person: true }, orderBy: [{ role: 'asc' }, { position: 'asc' }] });
    expect(rows.map((r) => [r.person.slug, r.role, r.position])).toEqual([
      ['akmal-saidov', 'SPEAKER', 0],
      ['edil-baisalov', 'SPEAKER', 1],
      ['shen-yueyue', 'MODERATOR', 0],
    ]);
    const audit = await api.prisma.auditEntry.findFirstOrThrow({ where: { entityId: id, entityType: 'SessionSpeakers' } });
    expect(audit.before).toEqual([]);
    expect(audit.after).toEqual([
      { person: 'akmal-saidov', role: 'SPEAKER' },
      { person: 'shen-yueyue', role: 'MODERATOR' },
      { person: 'edil-baisalov', role: 'SPEAKER' },
    ]);
  });

  it('refuses moving a session onto an occupied room slot through updateSession, and writes nothing', async () => {
    const created = await api.as('ccaOrganizer').gql<{ createSession: SessionResult }>(CREATE_SESSION, {
      series: 'china-central-asia',
      number: 11,
      input: session({ date: '2024-10-27', startTime: '17:00', endTime: '17:30', roomId: mainHallId }),
    });
    const id = created.data?.createSession.id;
    const before = await counts();
    const stored = await api.prisma.session.findUniqueOrThrow({ where: { id } });
    const res = await api.as('ccaOrganizer').gql<null>(UPDATE_SESSION, { id, input: { startTime: '15:30', endTime: '16:30' } });
    expect(res.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toContain('Closing session and adoption of the Yinchuan Initiative [closing-session]');
    expect(await counts()).toEqual(before);
    expect(await api.prisma.session.findUniqueOrThrow({ where: { id } })).toEqual(stored);

    const moved = await api.as('ccaOrganizer').gql<{ updateSession: { startsAt: string; localStart: string; localEnd: string } }>(UPDATE_SESSION, { id, input: { startTime: '16:00', endTime: '16:45' } });
    expect(moved.errors).toBeUndefined();
    expect(moved.data?.updateSession).toEqual({ id, startsAt: '2024-10-27T08:00:00.000Z', localStart: '16:00', localEnd: '16:45' });
  });

  it('names the field of malformed input and writes nothing', async () => {
    const before = await counts();
    const res = await api.as('ccaOrganizer').gql<null>(CREATE_SESSION, {
      series: 'china-central-asia',
      number: 11,
      input: session({ date: '2024-10-26', startTime: '9.30', endTime: '10:00' }),
    });
    expect(res.errors?.[0]?.extensions?.['problems']).toEqual([{ field: 'startTime', reason: '"9.30" is not a 24-hour time in the form HH:mm' }]);
    const backwards = await api.as('ccaOrganizer').gql<null>(CREATE_SESSION, {
      series: 'china-central-asia',
      number: 11,
      input: session({ date: '2024-10-26', startTime: '10:00', endTime: '09:00', title: [{ language: 'ru', text: 'Без английского' }] }),
    });
    expect((backwards.errors?.[0]?.extensions?.['problems'] as Problem[]).map((p) => p.field).sort()).toEqual(['endTime', 'title']);
    expect(await counts()).toEqual(before);
  });

  it("runs a China–Caucasus edition on Tbilisi time, with its own venue and rooms, and keeps other editions' rooms out", async () => {
    const edition = await api.as('caucasusOrganizer').gql<{ createEdition: { id: string; timeZone: string } }>(`mutation($input: CreateEditionInput!) { createEdition(series: "china-caucasus", input: $input) { id timeZone } }`,
      {
        input: {
          number: 1,
          theme: en('Connecting the Caucasus and China'),
          startDate: '2025-09-15',
          endDate: '2025-09-16',
          timeZone: 'Asia/Tbilisi',
          hostCity: [...en('Tbilisi'), { language: 'ka', text: 'თბილისი' }],
          hostCountryCode: 'GE',
          workingLanguages: ['en', 'ka', 'ru', 'zh-Hans'],
        },
      },
    );
    expect(edition.errors).toBeUndefined();
    const venue = await api.as('caucasusOrganizer').gql<{ addVenue: { id: string; name: { text: string }; rooms: unknown[] } }>(`mutation { addVenue(series: "china-caucasus", number: 1, input: { slug: "expo-georgia", name: [{ language: "en", text: "Expo Georgia" }] }) { id name { text } rooms { id } } }`,
    );
    expect(venue.data?.addVenue).toMatchObject({ name: { text: 'Expo Georgia' }, rooms: [] });
    const addRoom = (roomSlug: string) =>
      api.as('caucasusOrganizer').gql<{ addRoom: { id: string; slug: string; venueName: { text: string } } }>(`mutation($venueId: ID!, $slug: String!) { addRoom(venueId: $venueId, input: { slug: $slug, name: [{ language: "en", text: $slug }], capacity: 200 }) { id slug venueName { text } } }`,
        { venueId: venue.data?.addVenue.id, slug: roomSlug },
      );
    const hall1 = (await addRoom('pavilion-1')).data?.addRoom;
    const hall2 = (await addRoom('pavilion-2')).data?.addRoom;
    expect(hall1?.venueName.text).toBe('Expo Georgia');

    const create = (input: Record<string, unknown>, as: 'caucasusOrganizer' | 'ccaOrganizer' = 'caucasusOrganizer') =>
      api.as(as).gql<{ createSession: SessionResult }>(CREATE_SESSION, { series: 'china-caucasus', number: 1, input: session(input) });
    const opening = await create({ slug: 'opening', title: en('Opening'), date: '2025-09-15', startTime: '10:00', endTime: '11:00', roomId: hall1?.id });
    expect(opening.errors).toBeUndefined();
    expect(opening.data?.createSession).toMatchObject({ startsAt: '2025-09-15T06:00:00.000Z', localStart: '10:00', timeZone: 'Asia/Tbilisi', room: { slug: 'pavilion-1' } });

    const clash = await create({ slug: 'clash', title: en('Clash'), date: '2025-09-15', startTime: '10:30', endTime: '11:30', roomId: hall1?.id });
    expect(clash.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(clash.errors?.[0]?.message).toContain('Opening [opening]');
    expect(clash.errors?.[0]?.message).toContain('Clash [clash]');

    const parallel = await create({ slug: 'parallel', date: '2025-09-15', startTime: '10:30', endTime: '11:30', roomId: hall2?.id });
    expect(parallel.errors).toBeUndefined();

    const foreignRoom = await create({ slug: 'foreign-room', date: '2025-09-16', startTime: '10:00', endTime: '11:00', roomId: mainHallId });
    expect(foreignRoom.errors?.[0]?.extensions?.['problems']).toEqual([
      { field: 'roomId', reason: `${mainHallId} is not a room of this edition's venues (see addVenue / addRoom)` },
    ]);

    // 23:30 on the last day in Tbilisi is 19:30 UTC: inside; 00:30 the next day is not.
    expect((await create({ date: '2025-09-16', startTime: '23:00', endTime: '23:30' })).errors).toBeUndefined();
    expect((await create({ date: '2025-09-17', startTime: '00:30', endTime: '01:00' })).errors?.[0]?.extensions?.['problems']).toMatchObject([{ field: 'date' }]);

    const other = await create({ date: '2025-09-16', startTime: '12:00', endTime: '13:00' }, 'ccaOrganizer');
    expect(other.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('adds a taxonomy track named after the taxonomy, refuses a taken slug, and removes a track keeping its sessions', async () => {
    const add = (input: Record<string, unknown>) =>
      api.as('ccaOrganizer').gql<{ addTrack: { id: string; slug: string; taxonomySlug: string | null; name: { text: string } } }>(`mutation($input: AddTrackInput!) { addTrack(series: "china-central-asia", number: 11, input: $input) { id slug taxonomySlug name { text } } }`,
        { input },
      );
    const digital = await add({ slug: 'digital', taxonomySlug: 'digital-economy' });
    expect(digital.data?.addTrack).toMatchObject({ slug: 'digital', taxonomySlug: 'digital-economy', name: { text: getTrack('digital-economy').name['en'] } });
    const custom = await add({ slug: 'youth', name: en('Youth exchange') });
    expect(custom.data?.addTrack).toMatchObject({ taxonomySlug: null, name: { text: 'Youth exchange' } });
    expect((await add({ slug: 'youth', name: en('Again') })).errors?.[0]?.extensions?.['problems']).toEqual([
      { field: 'slug', reason: 'is already taken by another track of this edition; choose another slug' },
    ]);
    expect((await add({ slug: 'nameless' })).errors?.[0]?.extensions?.['problems']).toMatchObject([{ field: 'name' }]);

    const created = await api.as('ccaOrganizer').gql<{ createSession: SessionResult }>(CREATE_SESSION, {
      series: 'china-central-asia',
      number: 11,
      input: session({ date: '2024-10-25', startTime: '08:00', endTime: '08:30', trackSlug: 'youth' }),
    });
    expect(created.data?.createSession.track).toEqual({ slug: 'youth' });
    const removed = await api.as('ccaOrganizer').gql<{ removeTrack: string }>(`mutation($id: ID!) { removeTrack(id: $id) }`, { id: custom.data?.addTrack.id });
    expect(removed.data?.removeTrack).toBe(custom.data?.addTrack.id);
    const kept = await api.prisma.session.findUniqueOrThrow({ where: { id: created.data?.createSession.id } });
    expect(kept.trackId).toBeNull();
  });
});
