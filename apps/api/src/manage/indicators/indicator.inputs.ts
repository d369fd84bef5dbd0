// GraphQL inputs of the indicator mutations, derived from ZIndicatorInput and
// ZIndicatorValueInput of @caravan/forums; a new indicator may bring its first values along.
import { ZIndicatorInput, ZIndicatorValueInput } from '@caravan/forums';
import { z } from 'zod';
import { inputType, type InputOf, type PatchOf } from '../../common/write/input-type.js';

export const IndicatorValueInput = inputType('IndicatorValueInput', ZIndicatorValueInput, {
  description: 'The value of an indicator over one period.',
  fields: {
    period: 'The period as reported: a year, month or day, or a range of them, e.g. 2023, 2024-01/2024-09, 2007/2023. Once per indicator.',
    periodStart: 'First day of the period, YYYY-MM-DD.',
    periodEnd: 'Last day of the period, YYYY-MM-DD; not before periodStart.',
    value: 'The figure as a decimal string with at most 2 decimals, e.g. "89400000000.00" (a string so no digit is lost).',
    // A string rather than an enum: the read side's IndicatorValue.qualifier is one too.
    qualifier: { description: '"over" when reported as "more than", "under" for "less than", "about" for an estimate; null for an exact figure.', type: () => String },
    note: 'A note on the figure, at least in English when given.',
  },
});
export type IndicatorValueInput = InputOf<typeof ZIndicatorValueInput>;

/** An indicator with the values it starts with, each period once. */
export const ZIndicatorCreateInput = ZIndicatorInput.extend({
  values: z
    .array(ZIndicatorValueInput)
    .superRefine((values, ctx) => {
      const seen = new Set<string>();
      values.forEach((value, index) => {
        if (seen.has(value.period)) ctx.addIssue({ code: 'custom', path: [index, 'period'], message: `gives period ${value.period} twice` });
        seen.add(value.period);
      });
    })
    .optional(),
});

const FIELDS = {
  slug: 'URL slug, lower-case kebab-case, unique on the platform, e.g. trade-cn-kz. Cannot be changed later.',
  name: 'Name, at least in English.',
  unit: 'Unit of the values, e.g. USD, t, %.',
  description: 'What it measures, at least in English when given.',
  source: 'Where the figures come from, at least in English when given.',
  countryCodes: 'ISO 3166-1 alpha-2 codes of the countries it concerns, each once.',
  values: { description: 'Values to start with, each period once; none when left out.', type: () => [IndicatorValueInput] },
} as const;

export const CreateIndicatorInput = inputType('CreateIndicatorInput', ZIndicatorCreateInput, {
  description: 'A new indicator (a reported figure followed over time), owned by the series that creates it.',
  fields: FIELDS,
});
export type CreateIndicatorInput = InputOf<typeof ZIndicatorCreateInput>;

export const UpdateIndicatorInput = inputType('UpdateIndicatorInput', ZIndicatorInput, {
  description: 'Changes to an indicator (not its values): a field left out keeps its value; null clears description or source.',
  fields: FIELDS,
  omit: ['slug'],
  patch: true,
});
export type UpdateIndicatorInput = PatchOf<typeof ZIndicatorInput, 'slug'>;
