// Authorization-matrix cases of the launch mutations: launching, the wizard's drafts, cloning an edition.
import { DEMO_ACCOUNTS } from '../../testing/test-api.js';
import { inSeries, onPlatform, type AuthorizationCase } from './authorization-matrix.js';

const text = (en: string) => [{ language: 'en', text: en }];

export const cases: AuthorizationCase[] = [
  {
    name: 'launchForum',
    action: 'series.create',
    series: 'china-caucasus',
    scope: onPlatform,
    mutation: `mutation($input: LaunchForumInput!) { launchForum(input: $input) { seriesSlug editionNumber } }`,
    variables: async (ctx) => ({
      input: {
        series: { slug: ctx.unique('launch'), name: text('Matrix Launch Forum'), shortName: text('Matrix Launch'), description: text('A series launched by the authorization matrix.') },
        region: { code: 'south-caucasus' },
        partnerCountryCode: 'CN',
        workingLanguages: ['en'],
        portalLanguages: ['en'],
        theme: { preset: 'south-caucasus' },
        focusTracks: [{ slug: 'trade-investment' }],
        edition: {
          number: 1,
          theme: text('First steps'),
          startDate: '2027-05-10',
          endDate: '2027-05-11',
          timeZone: 'Asia/Tbilisi',
          hostCity: text('Tbilisi'),
          hostCountryCode: 'GE',
          workingLanguages: ['en'],
        },
      },
    }),
    tables: ['Series', 'SeriesCountry', 'Edition', 'Track'],
  },
  {
    name: 'saveLaunchDraft',
    action: 'series.create',
    series: 'china-caucasus',
    scope: onPlatform,
    mutation: `mutation($step: Int!, $data: JSONObject!) { saveLaunchDraft(step: $step, data: $data) { id step } }`,
    variables: async (ctx) => ({ step: 2, data: { series: { slug: ctx.unique('draft') } } }),
    tables: ['LaunchDraft'],
  },
  {
    name: 'deleteLaunchDraft',
    action: 'series.create',
    series: 'china-caucasus',
    scope: onPlatform,
    mutation: `mutation($id: ID!) { deleteLaunchDraft(id: $id) }`,
    // Drafts are their author's: the one the allowed viewer (a platform admin) deletes is its own.
    variables: async (ctx) => {
      const admin = await ctx.prisma.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.platformAdmin.email } });
      const draft = await ctx.prisma.launchDraft.create({ data: { userId: admin.id, step: 1, data: { note: ctx.unique('draft') } } });
      return { id: draft.id };
    },
    tables: ['LaunchDraft'],
  },
  {
    name: 'cloneEdition',
    action: 'edition.create',
    series: 'china-central-asia',
    scope: inSeries('china-central-asia'),
    mutation: `mutation($series: String!, $fromNumber: Int!, $input: CloneEditionInput!) { cloneEdition(series: $series, fromNumber: $fromNumber, input: $input) { number tracks } }`,
    variables: async (ctx) => ({ series: 'china-central-asia', fromNumber: 11, input: { number: ctx.uniqueNumber(), startDate: '2026-10-20' } }),
    tables: ['Edition', 'Track', 'Venue', 'Room'],
  },
];
