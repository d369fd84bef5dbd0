// Validates the `lang` argument of root fields and stores it for the whole query.
import { z } from 'zod';
import { parseInput } from '../errors/parse-input.js';
import type { RequestContext } from './request-context.js';

const LangSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as "en", "ru" or "zh-Hans"');

/** A root field without `lang` keeps the language another root field of the query set (or en). */
export function useLanguage(ctx: RequestContext, lang: string | null | undefined): void {
  if (lang === null || lang === undefined) return;
  ctx.lang = parseInput(z.object({ lang: LangSchema }), { lang }).lang;
}
