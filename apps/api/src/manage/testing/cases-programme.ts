// Authorization-matrix cases of the programme mutations (tracks, venues, rooms, sessions),
// all in the 11th China–Central Asia edition of the demo data.
import { inEdition, type AuthorizationCase, type MatrixContext } from './authorization-matrix.js';
import { registry, seedLooseSession, seedRoom, seedTrack, seedVenue } from '../../testing/fixtures.js';

const SERIES = 'china-central-asia';
const edition11 = (ctx: MatrixContext) => ctx.editionId(SERIES, 11);
const SESSION = 'id slug localDate localStart localEnd';

export const cases: AuthorizationCase[] = [
  {
    name: 'addTrack',
    action: 'programme.edit',
    series: SERIES,
    scope: inEdition('china-central-asia', 11),
    mutation: `mutation($input: AddTrackInput!) { addTrack(series: "${SERIES}", number: 11, input: $input) { id slug } }`,
    variables: async (ctx) => ({ input: { slug: ctx.unique('track'), taxonomySlug: 'digital-economy' } }),
    tables: ['Track'],
  },
  {
    name: 'addTracks',
    action: 'programme.edit',
    series: SERIES,
    scope: inEdition('china-central-asia', 11),
    mutation: `mutation($tracks: [AddTrackInput!]!) { addTracks(series: "${SERIES}", number: 11, tracks: $tracks) { id slug } }`,
    variables: async (ctx) => ({ tracks: [{ slug: ctx.unique('track'), taxonomySlug: 'digital-economy' }, { slug: ctx.unique('track'), name: [{ language: 'en', text: 'Matrix track' }] }] }),
    tables: ['Track'],
  },
  {
    name: 'updateTrack',
    action: 'programme.edit',
    series: SERIES,
    scope: inEdition('china-central-asia', 11),
    mutation: `mutation($id: ID!) { updateTrack(id: $id, input: { position: 9 }) { id } }`,
    variables: async (ctx) => ({ id: await seedTrack(ctx.prisma, await edition11(ctx), ctx.unique('track')) }),
    tables: ['Track'],
  },
  {
    name: 'removeTrack',
    action: 'programme.edit',
    series: SERIES,
    scope: inEdition('china-central-asia', 11),
    mutation: `mutation($id: ID!) { removeTrack(id: $id) }`,
    variables: async (ctx) => ({ id: await seedTrack(ctx.prisma, await edition11(ctx), ctx.unique('track')) }),
    tables: ['Track', 'Session'],
  },
  {
    name: 'addVenue',
    action: 'programme.edit',
    series: SERIES,
    scope: inEdition('china-central-asia', 11),
    mutation: `mutation($input: AddVenueInput!) { addVenue(series: "${SERIES}", number: 11, input: $input) { id slug rooms { id } } }`,
    variables: async (ctx) => ({ input: { slug: ctx.unique('venue'), name: [{ language: 'en', text: 'Matrix hall' }] } }),
    tables: ['Venue'],
  },
  {
    name: 'addRoom',
    action: 'programme.edit',
    series: SERIES,
    scope: inEdition('china-central-asia', 11),
    mutation: `mutation($venueId: ID!, $input: AddRoomInput!) { addRoom(venueId: $venueId, input: $input) { id slug } }`,
    variables: async (ctx) => ({
      venueId: await seedVenue(ctx.prisma, await edition11(ctx), ctx.unique('venue')),
      input: { slug: 'room-1', name: [{ language: 'en', text: 'Room 1' }], capacity: 40 },
    }),
    tables: ['Room'],
  },
  {
    name: 'updateRoom',
    action: 'programme.edit',
    series: SERIES,
    scope: inEdition('china-central-asia', 11),
    mutation: `mutation($id: ID!) { updateRoom(id: $id, input: { capacity: 55 }) { id } }`,
    variables: async (ctx) => ({ id: await seedRoom(ctx.prisma, await seedVenue(ctx.prisma, await edition11(ctx), ctx.unique('venue')), 'room-1') }),
    tables: ['Room'],
  },
  {
    name: 'removeRoom',
    action: 'programme.edit',
    series: SERIES,
    scope: inEdition('china-central-asia', 11),
    mutation: `mutation($id: ID!) { removeRoom(id: $id) }`,
    variables: async (ctx) => ({ id: await seedRoom(ctx.prisma, await seedVenue(ctx.prisma, await edition11(ctx), ctx.unique('venue')), 'room-1') }),
    tables: ['Room', 'Session'],
  },
  {
    name: 'createSession',
    action: 'programme.edit',
    series: SERIES,
    scope: inEdition('china-central-asia', 11),
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
    action: 'programme.edit',
    series: SERIES,
    scope: inEdition('china-central-asia', 11),
    mutation: `mutation($id: ID!) { updateSession(id: $id, input: { title: [{ language: "en", text: "Renamed panel" }] }) { ${SESSION} } }`,
    variables: async (ctx) => ({ id: await seedLooseSession(ctx.prisma, await edition11(ctx), ctx.unique('session')) }),
    tables: ['Session'],
  },
  {
    name: 'deleteSession',
    action: 'programme.edit',
    series: SERIES,
    scope: inEdition('china-central-asia', 11),
    mutation: `mutation($id: ID!) { deleteSession(id: $id) }`,
    variables: async (ctx) => ({ id: await seedLooseSession(ctx.prisma, await edition11(ctx), ctx.unique('session')) }),
    tables: ['Session', 'SessionParticipant'],
  },
  {
    name: 'publishSession',
    action: 'content.publish',
    series: SERIES,
    scope: inEdition('china-central-asia', 11),
    mutation: `mutation($id: ID!) { publishSession(id: $id) { id } }`,
    variables: async (ctx) => ({ id: await seedLooseSession(ctx.prisma, await edition11(ctx), ctx.unique('session'), false) }),
    tables: ['Session'],
  },
  {
    name: 'unpublishSession',
    action: 'content.unpublish',
    series: SERIES,
    scope: inEdition('china-central-asia', 11),
    mutation: `mutation($id: ID!) { unpublishSession(id: $id) { id } }`,
    variables: async (ctx) => ({ id: await seedLooseSession(ctx.prisma, await edition11(ctx), ctx.unique('session'), true) }),
    tables: ['Session'],
  },
  {
    name: 'setSessionSpeakers',
    action: 'programme.edit',
    series: SERIES,
    scope: inEdition('china-central-asia', 11),
    mutation: `mutation($id: ID!, $person: String!) { setSessionSpeakers(id: $id, speakers: [{ person: $person, role: MODERATOR }]) { id } }`,
    // A speaker of its own per run: loose sessions share one time slot, and a speaker cannot be in two at once.
    variables: async (ctx) => ({
      id: await seedLooseSession(ctx.prisma, await edition11(ctx), ctx.unique('session')),
      person: (await registry.person(ctx.prisma, await ctx.seriesId(SERIES), ctx.unique('speaker'))).slug,
    }),
    tables: ['SessionParticipant'],
  },
  {
    name: 'requestProgrammeDocument',
    action: 'programme.edit',
    series: SERIES,
    scope: inEdition('china-central-asia', 11),
    mutation: `mutation($series: String!, $number: Int!) { requestProgrammeDocument(series: $series, number: $number) { jobId status } }`,
    // A waiting render is answered instead of a new one: each viewer's run starts with none waiting.
    variables: async (ctx) => {
      await ctx.prisma.outboxJob.updateMany({ where: { name: 'edition.programme.render', status: { in: ['PENDING', 'DISPATCHED'] } }, data: { status: 'DONE' } });
      return { series: 'china-central-asia', number: 11 };
    },
    tables: ['OutboxJob'],
  },
];
