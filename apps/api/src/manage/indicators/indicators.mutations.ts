// Organizer mutations of indicators: arguments in, IndicatorsWriter call, the Indicator read model out.
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Auth, type RequestAuth } from '../../auth/request-auth.js';
import { ViewerService } from '../../auth/viewer.service.js';
import type { IndicatorRow } from '../../indicators/indicators.repository.js';
import { IndicatorModel } from '../../indicators/models/indicator.model.js';
import { CreateIndicatorInput, IndicatorValueInput, UpdateIndicatorInput } from './dto/indicator.input.js';
import { IndicatorsWriter } from './indicators.writer.js';

const SLUG_ARG = { description: 'Slug of the indicator, e.g. trade-cn-kz.' } as const;

@Resolver()
export class IndicatorMutations {
  constructor(
    private readonly writer: IndicatorsWriter,
    private readonly viewers: ViewerService,
  ) {}

  @Mutation(() => IndicatorModel, { description: 'Creates an indicator owned by the series, with its first values. Series admins.' })
  async createIndicator(
    @Auth() request: RequestAuth,
    @Args('series', { description: 'Slug of the owning series, e.g. china-central-asia.' }) series: string,
    @Args('input') input: CreateIndicatorInput,
  ): Promise<IndicatorRow> {
    return this.writer.create(await this.viewers.viewer(request), series, input);
  }

  @Mutation(() => IndicatorModel, { description: 'Changes an indicator (not its values); series admins of the owning series.' })
  async updateIndicator(@Auth() request: RequestAuth, @Args('slug', SLUG_ARG) slug: string, @Args('input') input: UpdateIndicatorInput): Promise<IndicatorRow> {
    return this.writer.update(await this.viewers.viewer(request), slug, input);
  }

  @Mutation(() => IndicatorModel, { description: 'Adds the value of a new period to an indicator; a period already given is refused.' })
  async addIndicatorValue(@Auth() request: RequestAuth, @Args('slug', SLUG_ARG) slug: string, @Args('value') value: IndicatorValueInput): Promise<IndicatorRow> {
    return this.writer.addValue(await this.viewers.viewer(request), slug, value);
  }
}
