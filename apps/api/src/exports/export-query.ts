// What an export URL may carry: the edition address in the path, and the text language and an
// optional track in the query. The path is matched strictly: only a canonical slug and a
// canonical edition number (no leading zero, exponent, hex or sign) name an edition, and any
// other path is an address that does not exist (404), so one file never has several URLs. The
// query options are parsed with zod, so a bad value answers 400 naming the parameter.
import { z } from 'zod';
import { AppError } from '../common/errors/app-error.js';
import { parseInput } from '../common/errors/parse-input.js';
import { DEFAULT_LANGUAGE } from '../common/graphql/request-context.js';
import { ZLanguageTag } from '../common/graphql/request-language.js';
import { ZEditionRef } from '../editions/editions.service.js';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** 1 to 999999999: an edition number as the api writes it. */
const EDITION_NUMBER = /^[1-9][0-9]{0,8}$/;
const MAX_SLUG_LENGTH = 100;

export interface EditionAddress {
  series: string;
  number: number;
}

/** The edition a URL path names; NOT_FOUND for any path that is not a canonical address. */
export function parseEditionAddress(series: string, number: string): EditionAddress {
  if (series.length > MAX_SLUG_LENGTH || !SLUG.test(series) || !EDITION_NUMBER.test(number)) {
    throw new AppError(
      'NOT_FOUND',
      'No edition has this address. Export URLs look like /export/china-central-asia/11/programme.ics: a series slug in lower case, then the edition number without leading zeros.',
    );
  }
  return { series, number: Number(number) };
}

const ZExportQuery = ZEditionRef.extend({
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

/** The validated address (NOT_FOUND when malformed) and options (BAD_USER_INPUT) of one export request. */
export function parseExportQuery(raw: RawExportQuery): ExportQuery {
  const address = parseEditionAddress(raw.series, raw.number);
  // An empty `?track=` or `?lang=` means "not given", as it does in most query strings.
  const blankAsUnset = (value: string | undefined): string | undefined => (value === undefined || value.trim() === '' ? undefined : value);
  return parseInput(ZExportQuery, { ...address, lang: blankAsUnset(raw.lang), track: blankAsUnset(raw.track) });
}
