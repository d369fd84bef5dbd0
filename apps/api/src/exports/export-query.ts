// What an export URL may carry: the edition address in the path, and the text language and an
// optional track in the query. Parsed with zod so a bad value answers 400 naming the parameter.
import { z } from 'zod';
import { parseInput } from '../common/errors/parse-input.js';
import { DEFAULT_LANGUAGE } from '../common/graphql/request-context.js';
import { ZLanguageTag } from '../common/graphql/request-language.js';
import { ZEditionRef } from '../editions/editions.service.js';

const ZExportQuery = ZEditionRef.extend({
  // Path segments arrive as strings; only canonical positive integers name an edition.
  number: z.coerce.number({ error: 'must be an edition number such as 11' }).int('must be a whole number').min(1, 'must be 1 or more'),
  lang: ZLanguageTag.default(DEFAULT_LANGUAGE),
  track: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a track slug such as "green-development"')
    .optional(),
});

export type ExportQuery = z.infer<typeof ZExportQuery>;

export interface RawExportQuery {
  series: string;
  number: string;
  lang?: string | undefined;
  track?: string | undefined;
}

/** The validated address and options of one export request; BAD_USER_INPUT otherwise. */
export function parseExportQuery(raw: RawExportQuery): ExportQuery {
  // An empty `?track=` or `?lang=` means "not given", as it does in most query strings.
  const blankAsUnset = (value: string | undefined): string | undefined => (value === undefined || value.trim() === '' ? undefined : value);
  return parseInput(ZExportQuery, { series: raw.series, number: raw.number, lang: blankAsUnset(raw.lang), track: blankAsUnset(raw.track) });
}
