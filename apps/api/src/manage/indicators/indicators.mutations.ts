// Organizer mutations of indicators: arguments in, IndicatorsWriter call, the Indicator view out.
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Auth, type RequestAuth } from '../../auth/request-auth.js';
import { EXPECTED_VERSION_ARG } from '../../common/write/row-locks.js';
import { Ctx } from '../../common/graphql/request-context.decorator.js';
import type { RequestContext } from '../../common/graphql/request-context.js';
import { toIndicatorView, type IndicatorView } from '../../indicators/indicators.views.js';
import { IndicatorModel } from '../../indicators/models/indicator.model.js';
import { CreateIndicatorInput, IndicatorValueInput, UpdateIndicatorInput } from './indicator.inputs.js';
import { IndicatorsWriter } from './indicators.writer.js';

const SLUG_ARG = { description: 'Slug of the indicator, e.g. trade-cn-kz.' } as const;

@Resolver()
export class IndicatorMutations {
  constructor(private readonly writer: IndicatorsWriter) {}

  @Mutation(() => IndicatorModel, { description: 'Creates an indicator owned by the series, with its first values. Series admins.' })
  async createIndicator(
    @Ctx() ctx: RequestContext,
    @Auth() auth: RequestAuth,
    @Args('series', { description: 'Slug of the owning series, e.g. china-central-asia.' }) series: string,
    @Args('input', { type: () => CreateIndicatorInput }) input: CreateIndicatorInput,
  ): Promise<IndicatorView> {
    return toIndicatorView(await this.writer.create(auth, series, input), ctx.lang);
  }

  @Mutation(() => IndicatorModel, { description: 'Changes an indicator (not its values); series admins of the owning series.' })
  async updateIndicator(
    @Ctx() ctx: RequestContext,
    @Auth() auth: RequestAuth,
    @Args('slug', SLUG_ARG) slug: string,
    @Args('input', { type: () => UpdateIndicatorInput }) input: UpdateIndicatorInput, @Args('expectedVersion', EXPECTED_VERSION_ARG) expectedVersion?: number | null,
  ): Promise<IndicatorView> {
    return toIndicatorView(await this.writer.update(auth, slug, input, expectedVersion), ctx.lang);
  }

  @Mutation(() => IndicatorModel, { description: 'Adds the value of a new period to an indicator; a period already given is refused.' })
  async addIndicatorValue(
    @Ctx() ctx: RequestContext,
    @Auth() auth: RequestAuth,
    @Args('slug', SLUG_ARG) slug: string,
    @Args('value', { type: () => IndicatorValueInput }) value: IndicatorValueInput,
  ): Promise<IndicatorView> {
    return toIndicatorView(await this.writer.addValue(auth, slug, value), ctx.lang);
  }
}
