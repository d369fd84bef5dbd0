// An edition's setup in one write each, on real PostgreSQL: a venue with its rooms and several
// tracks are written together or not at all; a refused row is named by its index and leaves no
// venue, room, track or audit entry behind.
import { englishText as en } from '../../testing/graphql-inputs.js';
import { startTestApi, type TestApi } from '../../testing/test-api.js';

const ADD_VENUE = `mutation($input: AddVenueInput!, $rooms: [AddRoomInput!]) {
  addVenue(series: "china-central-asia", number: 11, input: $input, rooms: $rooms) { id slug rooms { slug } }
}`;
const ADD_TRACKS = `mutation($tracks: [AddTrackInput!]!) { addTracks(series: "china-central-asia", number: 11, tracks: $tracks) { slug } }`;

interface Problem {
  field: string;
  reason: string;
}

describe('setting up an edition in one write', () => {
  let api: TestApi;

  const counts = async () => ({
    venues: await api.prisma.venue.count(),
    rooms: await api.prisma.room.count(),
    tracks: await api.prisma.track.count(),
    audit: await api.prisma.auditEntry.count(),
  });
  const problems = (errors: readonly { extensions?: Record<string, unknown> }[] | undefined) => (errors?.[0]?.extensions?.['problems'] ?? []) as Problem[];

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api?.close();
  });

  it('adds a venue with its rooms in order, under one audit entry', async () => {
    const before = await counts();
    const res = await api.as('ccaOrganizer').gql<{ addVenue: { id: string; rooms: { slug: string }[] } }>(ADD_VENUE, {
      input: { slug: 'expo-centre', name: en('Expo Centre') },
      rooms: [
        { slug: 'hall-1', name: en('Hall 1') },
        { slug: 'hall-2', name: en('Hall 2'), capacity: 120 },
      ],
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.addVenue.rooms.map((room) => room.slug)).toEqual(['hall-1', 'hall-2']);
    expect(await counts()).toEqual({ ...before, venues: before.venues + 1, rooms: before.rooms + 2, audit: before.audit + 1 });
    const audit = await api.prisma.auditEntry.findFirstOrThrow({ where: { entityId: res.data?.addVenue.id } });
    expect(audit.after).toMatchObject({ venue: { slug: 'expo-centre' }, rooms: [{ slug: 'hall-1' }, { slug: 'hall-2' }] });
  });

  it('refuses a venue whose second room is malformed, naming that room, and writes neither venue nor room', async () => {
    const before = await counts();
    const res = await api.as('ccaOrganizer').gql(ADD_VENUE, {
      input: { slug: 'conference-centre', name: en('Conference Centre') },
      rooms: [
        { slug: 'room-a', name: en('Room A') },
        { slug: 'Not A Slug', name: en('Room B') },
      ],
    });
    expect(res.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(problems(res.errors).map((problem) => problem.field)).toEqual(['rooms.1.slug']);
    expect(await counts()).toEqual(before);
    await expect(api.prisma.venue.count({ where: { slug: 'conference-centre' } })).resolves.toBe(0);
  });

  it('refuses two rooms with one slug before writing anything', async () => {
    const before = await counts();
    const res = await api.as('ccaOrganizer').gql(ADD_VENUE, {
      input: { slug: 'twin-halls', name: en('Twin halls') },
      rooms: [
        { slug: 'hall', name: en('Hall') },
        { slug: 'hall', name: en('Hall again') },
      ],
    });
    expect(problems(res.errors)).toEqual([expect.objectContaining({ field: 'rooms.1.slug' })]);
    expect(await counts()).toEqual(before);
  });

  it('adds several tracks at once, or none when one slug is already the edition’s', async () => {
    const before = await counts();
    const refused = await api.as('ccaOrganizer').gql(ADD_TRACKS, {
      tracks: [
        { slug: 'setup-new-track', name: en('A new track') },
        { slug: 'green-development', taxonomySlug: 'green-development' },
      ],
    });
    expect(problems(refused.errors)).toEqual([expect.objectContaining({ field: 'tracks.1.slug' })]);
    expect(await counts()).toEqual(before);

    const added = await api.as('ccaOrganizer').gql<{ addTracks: { slug: string }[] }>(ADD_TRACKS, {
      tracks: [
        { slug: 'setup-new-track', name: en('A new track') },
        { slug: 'setup-other-track', name: en('Another track') },
      ],
    });
    expect(added.errors).toBeUndefined();
    expect(added.data?.addTracks.map((track) => track.slug)).toEqual(['setup-new-track', 'setup-other-track']);
    expect(await counts()).toEqual({ ...before, tracks: before.tracks + 2, audit: before.audit + 1 });
  });

  it('lets no programme outsider add tracks', async () => {
    const res = await api.as(null).gql(ADD_TRACKS, { tracks: [{ slug: 'outsider-track', name: en('Outsider') }] });
    expect(res.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });
});
