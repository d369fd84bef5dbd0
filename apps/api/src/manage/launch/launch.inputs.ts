// GraphQL inputs of launchForum, derived from ZLaunchForumInput of @caravan/forums: the schema
// lists the fields (the same schema `caravan launch <file>` parses), this file describes them.
import { ZFocusTrack, ZLaunchEdition, ZLaunchForumInput, ZLaunchRegion, ZLaunchSeries } from '@caravan/forums';
import { inputType, type FieldDocs, type InputOf } from '../../common/write/input-type.js';
import { EDITION_FIELDS } from '../editions/edition.inputs.js';
import { ThemeChoiceInput } from '../series/series-theme.js';

const SERIES_FIELDS: FieldDocs<typeof ZLaunchSeries> = {
  slug: 'URL slug, lower-case kebab-case, e.g. china-mongolia. Cannot be changed later.',
  name: 'Full name, at least in English.',
  shortName: 'Short name for menus and titles, at least in English.',
  description: 'What the series is for, at least in English.',
  published: 'Visible to visitors right away (series and first edition); false (drafts) when left out.',
};

const LaunchSeriesInput = inputType('LaunchSeriesInput', ZLaunchSeries, { description: 'The series a launch creates.', fields: SERIES_FIELDS });

const REGION_FIELDS: FieldDocs<typeof ZLaunchRegion> = {
  code: 'Code of a stored region (e.g. south-caucasus), or of the new region that name and countries define.',
  name: 'Name of a new region, at least in English; leave out to use a stored region.',
  countries: 'ISO 3166-1 alpha-2 codes of a new region, each once; countries not stored yet are added from CLDR data.',
};

const LaunchRegionInput = inputType('LaunchRegionInput', ZLaunchRegion, { description: 'The region a series is about: a stored one, or a new named set of countries.', fields: REGION_FIELDS });

const FocusTrackInput = inputType('FocusTrackInput', ZFocusTrack, {
  description: 'A focus track: a slug of the @caravan/tracks taxonomy, or a custom slug with its name.',
  fields: { slug: 'Taxonomy slug (e.g. trade-investment) or a custom kebab-case slug.', name: 'Name of a custom track, at least in English; leave out for a taxonomy track.' },
});

const LaunchEditionInput = inputType('LaunchEditionInput', ZLaunchEdition, {
  description: 'The first edition of a launched series; its dates are required.',
  fields: {
    ...EDITION_FIELDS,
    startDate: 'First day, YYYY-MM-DD in the host time zone.',
    endDate: 'Last day (inclusive), YYYY-MM-DD, not before startDate.',
    status: 'Starting status; PLANNED when left out.',
    published: 'Ignored: the edition is published with the series (series.published).',
  },
});

const FIELDS: FieldDocs<typeof ZLaunchForumInput> = {
  series: { description: 'Slug and names of the series.', type: () => LaunchSeriesInput },
  region: { description: 'The region: a stored one by code, or a new named set of countries.', type: () => LaunchRegionInput },
  partnerCountryCode: 'ISO 3166-1 code of the partner country from outside the region, e.g. CN.',
  workingLanguages: 'Languages the forum works in (BCP 47), at least one, each once.',
  portalLanguages: 'UI languages the portal offers for the series, in menu order (supported languages), at least one.',
  theme: { description: 'The theme: a preset, or a custom theme (colours, type scale, motif or sanitised SVG ornament).', type: () => ThemeChoiceInput },
  focusTracks: { description: 'Focus tracks of the series; the first edition gets a track for each.', type: () => [FocusTrackInput] },
  edition: { description: 'The first edition.', type: () => LaunchEditionInput },
};

export const LaunchForumInput = inputType('LaunchForumInput', ZLaunchForumInput, {
  description: 'A new forum series with its region, languages, theme, focus tracks and first edition, created in one transaction.',
  fields: FIELDS,
});
export type LaunchForumInput = InputOf<typeof ZLaunchForumInput>;
