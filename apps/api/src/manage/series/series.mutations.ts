// Organizer mutations of a series: arguments in, SeriesWriter call, the Series view out.
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Auth, type RequestAuth } from '../../auth/request-auth.js';
import { EXPECTED_VERSION_ARG } from '../../common/write/row-locks.js';
import { Ctx } from '../../common/graphql/request-context.decorator.js';
import type { RequestContext } from '../../common/graphql/request-context.js';
import { SeriesModel } from '../../series/models/series.model.js';
import { toSeriesView, type SeriesView } from '../../series/series.views.js';
import { CreateSeriesInput, UpdateSeriesInput } from './series.inputs.js';
import { SeriesWriter } from './series.writer.js';

const SLUG_ARG = { description: 'Series slug, e.g. china-central-asia.' } as const;

@Resolver()
export class SeriesMutations {
  constructor(private readonly writer: SeriesWriter) {}

  @Mutation(() => SeriesModel, { description: 'Creates a series (a new tenant), unpublished unless input.published is true. Platform admins only.' })
  async createSeries(@Ctx() ctx: RequestContext, @Auth() auth: RequestAuth, @Args('input', { type: () => CreateSeriesInput }) input: CreateSeriesInput): Promise<SeriesView> {
    return toSeriesView(await this.writer.create(auth, input), ctx.lang);
  }

  @Mutation(() => SeriesModel, { description: 'Changes a series; fields left out keep their value. Series admins of that series.' })
  async updateSeries(
    @Ctx() ctx: RequestContext,
    @Auth() auth: RequestAuth,
    @Args('slug', SLUG_ARG) slug: string,
    @Args('input', { type: () => UpdateSeriesInput }) input: UpdateSeriesInput, @Args('expectedVersion', EXPECTED_VERSION_ARG) expectedVersion?: number | null,
  ): Promise<SeriesView> {
    return toSeriesView(await this.writer.update(auth, slug, input, expectedVersion), ctx.lang);
  }

  @Mutation(() => SeriesModel, { description: 'Makes a series visible to visitors.' })
  async publishSeries(@Ctx() ctx: RequestContext, @Auth() auth: RequestAuth, @Args('slug', SLUG_ARG) slug: string): Promise<SeriesView> {
    return toSeriesView(await this.writer.setPublished(auth, slug, true), ctx.lang);
  }

  @Mutation(() => SeriesModel, { description: 'Hides a series from visitors (its organizers still see it).' })
  async unpublishSeries(@Ctx() ctx: RequestContext, @Auth() auth: RequestAuth, @Args('slug', SLUG_ARG) slug: string): Promise<SeriesView> {
    return toSeriesView(await this.writer.setPublished(auth, slug, false), ctx.lang);
  }
}
