// The search root query.
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Ctx } from '../common/graphql/request-context.decorator.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { LANG_ARG } from '../common/graphql/resolver-helpers.js';
import { SearchHitModel } from './models/search-hit.model.js';
import { SearchKind } from './search-kind.enum.js';
import { SearchService } from './search.service.js';

@Resolver(() => SearchHitModel)
export class SearchResolver {
  constructor(private readonly searchService: SearchService) {}

  @Query(() => [SearchHitModel], {
    description:
      'Published sessions, people, organizations and agreements whose name or title matches the text, in any of its languages and scripts, best first.',
  })
  search(
    @Ctx() ctx: RequestContext,
    @Args('text', { description: 'What to look for: words, the start of a word, a "quoted phrase", -word to leave out; 1–200 characters.' }) text: string,
    @Args('series', { type: () => String, nullable: true, description: 'Series slug, to search one series (and the organizations all share).' }) series?: string | null,
    @Args('kinds', { type: () => [SearchKind], nullable: true, description: 'Only these sorts of records; all when omitted.' }) kinds?: SearchKind[] | null,
    @Args('first', { type: () => Int, nullable: true, description: 'How many hits at most, 1–50 (default 20).' }) first?: number | null,
    @Args(LANG_ARG) _lang?: string,
  ): Promise<SearchHitModel[]> {
    return this.searchService.search(ctx, { text, series, kinds, first });
  }
}
