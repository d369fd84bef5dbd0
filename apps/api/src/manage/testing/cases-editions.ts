// Authorization-matrix cases of the edition mutations.
import { inSeries, inEdition, type AuthorizationCase } from './authorization-matrix.js';
import { seedEdition } from '../../testing/fixtures.js';

const EDITION = 'id number status';

export const cases: AuthorizationCase[] = [
  {
    name: 'createEdition',
    action: 'edition.create',
    series: 'china-caucasus',
    scope: inSeries('china-caucasus'),
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
    action: 'edition.update',
    series: 'china-central-asia',
    scope: inEdition('china-central-asia', 11),
    mutation: `mutation($series: String!, $number: Int!, $input: UpdateEditionInput!) { updateEdition(series: $series, number: $number, input: $input) { ${EDITION} } }`,
    variables: async (ctx) => ({ series: 'china-central-asia', number: 11, input: { attendance: ctx.uniqueNumber() } }),
    tables: ['Edition'],
  },
  {
    name: 'transitionEdition',
    action: 'edition.update',
    series: 'china-caucasus',
    scope: async (ctx, v) => inEdition('china-caucasus', Number(v['number']))(ctx),
    mutation: `mutation($series: String!, $number: Int!) { transitionEdition(series: $series, number: $number, to: REGISTRATION_OPEN) { ${EDITION} } }`,
    variables: async (ctx) => {
      const edition = await seedEdition(ctx.prisma, await ctx.seriesId('china-caucasus'), ctx.uniqueNumber(), { status: 'PLANNED' });
      return { series: 'china-caucasus', number: edition.number };
    },
    tables: ['Edition'],
  },
  {
    name: 'publishEdition',
    action: 'content.publish',
    series: 'china-caucasus',
    scope: async (ctx, v) => inEdition('china-caucasus', Number(v['number']))(ctx),
    mutation: `mutation($series: String!, $number: Int!) { publishEdition(series: $series, number: $number) { ${EDITION} } }`,
    variables: async (ctx) => {
      const edition = await seedEdition(ctx.prisma, await ctx.seriesId('china-caucasus'), ctx.uniqueNumber(), { published: false });
      return { series: 'china-caucasus', number: edition.number };
    },
    tables: ['Edition'],
  },
  {
    name: 'unpublishEdition',
    action: 'content.unpublish',
    series: 'china-caucasus',
    scope: async (ctx, v) => inEdition('china-caucasus', Number(v['number']))(ctx),
    mutation: `mutation($series: String!, $number: Int!) { unpublishEdition(series: $series, number: $number) { ${EDITION} } }`,
    variables: async (ctx) => {
      const edition = await seedEdition(ctx.prisma, await ctx.seriesId('china-caucasus'), ctx.uniqueNumber(), { published: true });
      return { series: 'china-caucasus', number: edition.number };
    },
    tables: ['Edition'],
  },
];
