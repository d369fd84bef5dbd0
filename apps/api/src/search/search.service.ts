// Search for visitors and organizers: the arguments checked, the series resolved, and the read
// model asked with the caller's audience, so that nobody finds what they could not open.
import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@caravan/db';
import { searchRecords, SEARCH_TEXT_MAX } from '@caravan/db/read-models';
import { z } from 'zod';
import { parseInput } from '../common/errors/parse-input.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { localize } from '../common/localized/localize.js';
import { DATABASE } from '../config/config.tokens.js';
import type { SearchHitModel } from './models/search-hit.model.js';
import { SearchKind, toReadModelKind } from './search-kind.enum.js';

const ZSearchArgs = z.object({
  text: z
    .string()
    .transform((text) => text.normalize('NFC').trim())
    .pipe(
      z
        .string()
        .min(1, 'type at least one character')
        .refine((text) => [...text].length <= SEARCH_TEXT_MAX, `must be at most ${SEARCH_TEXT_MAX} characters`)
        // eslint-disable-next-line no-control-regex -- control characters are what this refuses
        .refine((text) => !/[\u0000-\u001f\u007f]/.test(text), 'must not contain control characters'),
    ),
  series: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a series slug such as "china-central-asia"').nullish(),
  kinds: z.array(z.enum(Object.values(SearchKind) as [SearchKind, ...SearchKind[]])).max(4).nullish(),
  first: z.number().int('must be a whole number').min(1, 'must be 1 or more').max(50, 'must be 50 or less').nullish(),
});

export type SearchArgs = z.input<typeof ZSearchArgs>;

@Injectable()
export class SearchService {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async search(ctx: RequestContext, args: SearchArgs): Promise<SearchHitModel[]> {
    const parsed = parseInput(ZSearchArgs, args);
    let seriesId: string | null = null;
    if (parsed.series) {
      // An unknown series has no hits, as lists of an unknown series have no items.
      const series = await this.db.prisma.series.findUnique({ where: { slug: parsed.series }, select: { id: true } });
      if (!series) return [];
      seriesId = series.id;
    }
    const hits = await searchRecords(this.db.prisma, {
      text: parsed.text,
      audience: await ctx.audience(),
      seriesId,
      kinds: parsed.kinds?.map(toReadModelKind),
      language: ctx.lang,
      limit: parsed.first ?? 20,
    });
    return hits.map((hit) => ({
      kind: hit.kind.toUpperCase() as SearchKind,
      id: hit.id,
      slug: hit.slug,
      title: localize(hit.title, ctx.lang),
      matched: { text: hit.matched.text, language: hit.matched.language, fallback: hit.matched.language !== ctx.lang },
      rank: hit.rank,
      seriesSlug: hit.seriesSlug,
      editionNumber: hit.editionNumber,
    }));
  }
}
