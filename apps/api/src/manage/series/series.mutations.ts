// Organizer mutations of a series: arguments in, SeriesWriter call, the Series read model out.
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Auth, type RequestAuth } from '../../auth/request-auth.js';
import { ViewerService } from '../../auth/viewer.service.js';
import type { SeriesRow } from '../../common/db-rows.js';
import { SeriesModel } from '../../series/models/series.model.js';
import { CreateSeriesInput, UpdateSeriesInput } from './dto/series.input.js';
import { SeriesWriter } from './series.writer.js';

const SLUG_ARG = { description: 'Series slug, e.g. china-central-asia.' } as const;

@Resolver()
export class SeriesMutations {
  constructor(
    private readonly writer: SeriesWriter,
    private readonly viewers: ViewerService,
  ) {}

  @Mutation(() => SeriesModel, { description: 'Creates a series (a new tenant), unpublished unless input.published is true. Platform admins only.' })
  async createSeries(@Auth() request: RequestAuth, @Args('input') input: CreateSeriesInput): Promise<SeriesRow> {
    return this.writer.create(await this.viewers.viewer(request), input);
  }

  @Mutation(() => SeriesModel, { description: 'Changes a series; fields left out keep their value. Series admins of that series.' })
  async updateSeries(@Auth() request: RequestAuth, @Args('slug', SLUG_ARG) slug: string, @Args('input') input: UpdateSeriesInput): Promise<SeriesRow> {
    return this.writer.update(await this.viewers.viewer(request), slug, input);
  }

  @Mutation(() => SeriesModel, { description: 'Makes a series visible to visitors.' })
  async publishSeries(@Auth() request: RequestAuth, @Args('slug', SLUG_ARG) slug: string): Promise<SeriesRow> {
    return this.writer.setPublished(await this.viewers.viewer(request), slug, true);
  }

  @Mutation(() => SeriesModel, { description: 'Hides a series from visitors (its organizers still see it).' })
  async unpublishSeries(@Auth() request: RequestAuth, @Args('slug', SLUG_ARG) slug: string): Promise<SeriesRow> {
    return this.writer.setPublished(await this.viewers.viewer(request), slug, false);
  }
}
