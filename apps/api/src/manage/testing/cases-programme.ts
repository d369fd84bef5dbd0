// Authorization-matrix cases of the programme mutations (tracks, venues, rooms, sessions),
// all in the 11th China–Central Asia edition of the demo data.
import type { AuthorizationCase, MatrixContext } from './authorization-matrix.js';
import { seedLooseSession, seedRoom, seedTrack, seedVenue } from '../../testing/fixtures.js';

const SERIES = 'china-central-asia';
const edition11 = (ctx: MatrixContext) => ctx.editionId(SERIES, 11);
const SESSION = 'id slug localDate localStart localEnd';

export const cases: AuthorizationCase[] = [
  {
    name: 'addTrack',
    allowed: 'series-admin',
    series: SERIES,
    mutation: `mutation($input: AddTrackInput!) { addTrack(series: "${SERIES}", number: 11, input: $input) { id slug } }`,
    variables: async (ctx) => ({ input: { slug: ctx.unique('track'), taxonomySlug: 'digital-economy' } }),
    tables: ['Track'],
  },
  {
    name: 'updateTrack',
    allowed: 'series-admin',
    series: SERIES,
    mutation: `mutation($id: ID!) { updateTrack(id: $id, input: { position: 9 }) { id } }`,
    variables: async (ctx) => ({ id: await seedTrack(ctx.prisma, await edition11(ctx), ctx.unique('track')) }),
    tables: ['Track'],
  },
  {
    name: 'removeTrack',
    allowed: 'series-admin',
    series: SERIES,
    mutation: `mutation($id: ID!) { removeTrack(id: $id) }`,
    variables: async (ctx) => ({ id: await seedTrack(ctx.prisma, await edition11(ctx), ctx.unique('track')) }),
    tables: ['Track', 'Session'],
  },
  {
    name: 'addVenue',
    allowed: 'series-admin',
    series: SERIES,
    mutation: `mutation($input: AddVenueInput!) { addVenue(series: "${SERIES}", number: 11, input: $input) { id slug rooms { id } } }`,
    variables: async (ctx) => ({ input: { slug: ctx.unique('venue'), name: [{ language: 'en', text: 'Matrix hall' }] } }),
    tables: ['Venue'],
  },
  {
    name: 'addRoom',
    allowed: 'series-admin',
    series: SERIES,
    mutation: `mutation($venueId: ID!, $input: AddRoomInput!) { addRoom(venueId: $venueId, input: $input) { id slug } }`,
    variables: async (ctx) => ({
      venueId: await seedVenue(ctx.prisma, await edition11(ctx), ctx.unique('venue')),
      input: { slug: 'room-1', name: [{ language: 'en', text: 'Room 1' }], capacity: 40 },
    }),
    tables: ['Room'],
  },
  {
    name: 'updateRoom',
    allowed: 'series-admin',
    series: SERIES,
    mutation: `mutation($id: ID!) { updateRoom(id: $id, input: { capacity: 55 }) { id } }`,
    variables: async (ctx) => ({ id: await seedRoom(ctx.prisma, await seedVenue(ctx.prisma, await edition11(ctx), ctx.unique('venue')), 'room-1') }),
    tables: ['Room'],
  },
  {
    name: 'removeRoom',
    allowed: 'series-admin',
    series: SERIES,
    mutation: `mutation($id: ID!) { removeRoom(id: $id) }`,
    variables: async (ctx) => ({ id: await seedRoom(ctx.prisma, await seedVenue(ctx.prisma, await edition11(ctx), ctx.unique('venue')), 'room-1') }),
    tables: ['Room', 'Session'],
  },
  {
    name: 'createSession',
    allowed: 'series-admin',
    series: SERIES,
    mutation: `mutation($input: CreateSessionInput!) { createSession(series: "${SERIES}", number: 11, input: $input) { ${SESSION} } }`,
    variables: async (ctx) => ({
      input: {
        slug: ctx.unique('session'),
        kind: 'PANEL',
        title: [{ language: 'en', text: 'Matrix panel' }],
        date: '2024-10-28',
        startTime: '15:00',
        endTime: '15:30',
        languages: ['en'],
      },
    }),
    tables: ['Session'],
  },
  {
    name: 'updateSession',
    allowed: 'series-admin',
    series: SERIES,
    mutation: `mutation($id: ID!) { updateSession(id: $id, input: { title: [{ language: "en", text: "Renamed panel" }] }) { ${SESSION} } }`,
    variables: async (ctx) => ({ id: await seedLooseSession(ctx.prisma, await edition11(ctx), ctx.unique('session')) }),
    tables: ['Session'],
  },
  {
    name: 'deleteSession',
    allowed: 'series-admin',
    series: SERIES,
    mutation: `mutation($id: ID!) { deleteSession(id: $id) }`,
    variables: async (ctx) => ({ id: await seedLooseSession(ctx.prisma, await edition11(ctx), ctx.unique('session')) }),
    tables: ['Session', 'SessionParticipant'],
  },
  {
    name: 'publishSession',
    allowed: 'series-admin',
    series: SERIES,
    mutation: `mutation($id: ID!) { publishSession(id: $id) { id } }`,
    variables: async (ctx) => ({ id: await seedLooseSession(ctx.prisma, await edition11(ctx), ctx.unique('session'), false) }),
    tables: ['Session'],
  },
  {
    name: 'unpublishSession',
    allowed: 'series-admin',
    series: SERIES,
    mutation: `mutation($id: ID!) { unpublishSession(id: $id) { id } }`,
    variables: async (ctx) => ({ id: await seedLooseSession(ctx.prisma, await edition11(ctx), ctx.unique('session'), true) }),
    tables: ['Session'],
  },
  {
    name: 'setSessionSpeakers',
    allowed: 'series-admin',
    series: SERIES,
    mutation: `mutation($id: ID!) { setSessionSpeakers(id: $id, speakers: [{ person: "shen-yueyue", role: MODERATOR }]) { id } }`,
    variables: async (ctx) => ({ id: await seedLooseSession(ctx.prisma, await edition11(ctx), ctx.unique('session')) }),
    tables: ['SessionParticipant'],
  },
  {
    name: 'requestProgrammeDocument',
    allowed: 'series-admin',
    series: 'china-central-asia',
    mutation: `mutation($series: String!, $number: Int!) { requestProgrammeDocument(series: $series, number: $number) { jobId status } }`,
    variables: async () => ({ series: 'china-central-asia', number: 11 }),
    tables: ['OutboxJob'],
  },
];
