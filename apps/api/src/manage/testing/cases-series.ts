// Authorization-matrix cases of the series mutations.
import type { AuthorizationCase } from './authorization-matrix.js';

const text = (en: string) => [{ language: 'en', text: en }];

export const cases: AuthorizationCase[] = [
  {
    name: 'createSeries',
    allowed: 'platform-admin',
    series: 'china-central-asia',
    mutation: `mutation($input: CreateSeriesInput!) { createSeries(input: $input) { id slug } }`,
    variables: async (ctx) => ({
      input: {
        slug: ctx.unique('series'),
        name: text('Matrix Forum'),
        shortName: text('Matrix'),
        description: text('A series created by the authorization matrix.'),
        regionCode: 'south-caucasus',
        partnerCountryCode: 'CN',
        themeKey: 'south-caucasus',
        focusTrackSlugs: ['trade-investment'],
      },
    }),
    tables: ['Series'],
  },
  {
    name: 'updateSeries',
    allowed: 'series-admin',
    series: 'china-caucasus',
    mutation: `mutation($slug: String!, $input: UpdateSeriesInput!) { updateSeries(slug: $slug, input: $input) { id } }`,
    variables: async () => ({ slug: 'china-caucasus', input: { shortName: [{ language: 'en', text: 'China–Caucasus (matrix)' }] } }),
    tables: ['Series'],
  },
  {
    name: 'publishSeries',
    allowed: 'series-admin',
    series: 'china-caucasus',
    mutation: `mutation($slug: String!) { publishSeries(slug: $slug) { id } }`,
    variables: async (ctx) => {
      await ctx.prisma.series.update({ where: { slug: 'china-caucasus' }, data: { published: false } });
      return { slug: 'china-caucasus' };
    },
    tables: ['Series'],
  },
  {
    name: 'unpublishSeries',
    allowed: 'series-admin',
    series: 'china-caucasus',
    mutation: `mutation($slug: String!) { unpublishSeries(slug: $slug) { id } }`,
    variables: async (ctx) => {
      await ctx.prisma.series.update({ where: { slug: 'china-caucasus' }, data: { published: true } });
      return { slug: 'china-caucasus' };
    },
    tables: ['Series'],
  },
];
