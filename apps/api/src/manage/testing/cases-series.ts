// Authorization-matrix cases of the series mutations.
import { englishText as text } from '../../testing/graphql-inputs.js';
import { inSeries, onPlatform, type AuthorizationCase } from './authorization-matrix.js';

export const cases: AuthorizationCase[] = [
  {
    name: 'createSeries',
    action: 'series.create',
    series: 'china-central-asia',
    scope: onPlatform,
    mutation: `mutation($input: CreateSeriesInput!) { createSeries(input: $input) { id slug } }`,
    variables: async (ctx) => ({
      input: {
        slug: ctx.unique('series'),
        name: text('Matrix Forum'),
        shortName: text('Matrix'),
        description: text('A series created by the authorization matrix.'),
        regionCode: 'south-caucasus',
        partnerCountryCode: 'CN',
        theme: { preset: 'south-caucasus' },
        focusTrackSlugs: ['trade-investment'],
      },
    }),
    tables: ['Series'],
  },
  {
    name: 'updateSeries',
    action: 'series.update',
    series: 'china-caucasus',
    scope: inSeries('china-caucasus'),
    mutation: `mutation($slug: String!, $input: UpdateSeriesInput!) { updateSeries(slug: $slug, input: $input) { id } }`,
    variables: async (ctx) => ({ slug: 'china-caucasus', input: { shortName: [{ language: 'en', text: `China–Caucasus (${ctx.unique('matrix')})` }] } }),
    tables: ['Series'],
  },
  {
    name: 'publishSeries',
    action: 'series.publish',
    series: 'china-caucasus',
    scope: inSeries('china-caucasus'),
    mutation: `mutation($slug: String!) { publishSeries(slug: $slug) { id } }`,
    variables: async (ctx) => {
      await ctx.prisma.series.update({ where: { slug: 'china-caucasus' }, data: { published: false } });
      return { slug: 'china-caucasus' };
    },
    tables: ['Series'],
  },
  {
    name: 'unpublishSeries',
    action: 'series.publish',
    series: 'china-caucasus',
    scope: inSeries('china-caucasus'),
    mutation: `mutation($slug: String!) { unpublishSeries(slug: $slug) { id } }`,
    variables: async (ctx) => {
      await ctx.prisma.series.update({ where: { slug: 'china-caucasus' }, data: { published: true } });
      return { slug: 'china-caucasus' };
    },
    tables: ['Series'],
  },
];
