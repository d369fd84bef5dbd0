// Authorization-matrix cases of the edition mutations.
import type { AuthorizationCase } from './authorization-matrix.js';
import { seedEdition } from '../../testing/fixtures.js';

const EDITION = 'id number status';

export const cases: AuthorizationCase[] = [
  {
    name: 'createEdition',
    allowed: 'series-admin',
    series: 'china-caucasus',
    mutation: `mutation($series: String!, $input: CreateEditionInput!) { createEdition(series: $series, input: $input) { ${EDITION} } }`,
    variables: async (ctx) => ({
      series: 'china-caucasus',
      input: {
        number: ctx.uniqueNumber(),
        theme: [{ language: 'en', text: 'Corridors to Europe' }],
        startDate: '2025-09-15',
        endDate: '2025-09-16',
        timeZone: 'Asia/Tbilisi',
        hostCity: [{ language: 'en', text: 'Tbilisi' }],
        hostCountryCode: 'GE',
        workingLanguages: ['en', 'ka'],
      },
    }),
    tables: ['Edition'],
  },
  {
    name: 'updateEdition',
    allowed: 'series-admin',
    series: 'china-central-asia',
    mutation: `mutation($series: String!, $number: Int!, $input: UpdateEditionInput!) { updateEdition(series: $series, number: $number, input: $input) { ${EDITION} } }`,
    variables: async () => ({ series: 'china-central-asia', number: 11, input: { attendance: 320 } }),
    tables: ['Edition'],
  },
  {
    name: 'transitionEdition',
    allowed: 'series-admin',
    series: 'china-caucasus',
    mutation: `mutation($series: String!, $number: Int!) { transitionEdition(series: $series, number: $number, to: REGISTRATION_OPEN) { ${EDITION} } }`,
    variables: async (ctx) => {
      const edition = await seedEdition(ctx.prisma, await ctx.seriesId('china-caucasus'), ctx.uniqueNumber(), { status: 'PLANNED' });
      return { series: 'china-caucasus', number: edition.number };
    },
    tables: ['Edition'],
  },
  {
    name: 'publishEdition',
    allowed: 'series-admin',
    series: 'china-caucasus',
    mutation: `mutation($series: String!, $number: Int!) { publishEdition(series: $series, number: $number) { ${EDITION} } }`,
    variables: async (ctx) => {
      const edition = await seedEdition(ctx.prisma, await ctx.seriesId('china-caucasus'), ctx.uniqueNumber(), { published: false });
      return { series: 'china-caucasus', number: edition.number };
    },
    tables: ['Edition'],
  },
  {
    name: 'unpublishEdition',
    allowed: 'series-admin',
    series: 'china-caucasus',
    mutation: `mutation($series: String!, $number: Int!) { unpublishEdition(series: $series, number: $number) { ${EDITION} } }`,
    variables: async (ctx) => {
      const edition = await seedEdition(ctx.prisma, await ctx.seriesId('china-caucasus'), ctx.uniqueNumber(), { published: true });
      return { series: 'china-caucasus', number: edition.number };
    },
    tables: ['Edition'],
  },
];
