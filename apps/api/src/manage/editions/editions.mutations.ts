// Organizer mutations of an edition: arguments in, EditionsWriter call, the Edition view out.
import { Args, Int, Mutation, Resolver } from '@nestjs/graphql';
import { Auth, type RequestAuth } from '../../auth/request-auth.js';
import { EXPECTED_VERSION_ARG } from '../../common/write/row-locks.js';
import { EditionStatus } from '../../common/graphql/enums.js';
import { Ctx } from '../../common/graphql/request-context.decorator.js';
import type { RequestContext } from '../../common/graphql/request-context.js';
import { toEditionView, type EditionView } from '../../editions/editions.views.js';
import { EditionModel } from '../../editions/models/edition.model.js';
import { CreateEditionInput, UpdateEditionInput } from './edition.inputs.js';
import { EditionsWriter } from './editions.writer.js';

const SERIES_ARG = { description: 'Series slug, e.g. china-caucasus.' } as const;
const NUMBER_ARG = { type: () => Int, description: 'Edition number within the series.' } as const;

@Resolver()
export class EditionsMutations {
  constructor(private readonly writer: EditionsWriter) {}

  @Mutation(() => EditionModel, { description: 'Creates an edition of a series, unpublished unless input.published is true. Series admins.' })
  async createEdition(
    @Ctx() ctx: RequestContext,
    @Auth() auth: RequestAuth,
    @Args('series', SERIES_ARG) series: string,
    @Args('input', { type: () => CreateEditionInput }) input: CreateEditionInput,
  ): Promise<EditionView> {
    return toEditionView(await this.writer.create(auth, series, input), ctx.lang);
  }

  @Mutation(() => EditionModel, { description: 'Changes an edition; fields left out keep their value. Refused when a session would fall outside new dates.' })
  async updateEdition(
    @Ctx() ctx: RequestContext,
    @Auth() auth: RequestAuth,
    @Args('series', SERIES_ARG) series: string,
    @Args('number', NUMBER_ARG) number: number,
    @Args('input', { type: () => UpdateEditionInput }) input: UpdateEditionInput, @Args('expectedVersion', EXPECTED_VERSION_ARG) expectedVersion?: number | null,
  ): Promise<EditionView> {
    return toEditionView(await this.writer.update(auth, series, number, input, expectedVersion), ctx.lang);
  }

  @Mutation(() => EditionModel, {
    description: 'Moves an edition along its lifecycle (PROPOSED → PLANNED → REGISTRATION_OPEN → LIVE → CONCLUDED, with a few steps back). A refused move names the allowed ones.',
  })
  async transitionEdition(
    @Ctx() ctx: RequestContext,
    @Auth() auth: RequestAuth,
    @Args('series', SERIES_ARG) series: string,
    @Args('number', NUMBER_ARG) number: number,
    @Args('to', { type: () => EditionStatus, description: 'The status to move to.' }) to: EditionStatus,
  ): Promise<EditionView> {
    return toEditionView(await this.writer.transition(auth, series, number, to), ctx.lang);
  }

  @Mutation(() => EditionModel, { description: 'Makes an edition visible to visitors.' })
  async publishEdition(@Ctx() ctx: RequestContext, @Auth() auth: RequestAuth, @Args('series', SERIES_ARG) series: string, @Args('number', NUMBER_ARG) number: number): Promise<EditionView> {
    return toEditionView(await this.writer.setPublished(auth, series, number, true), ctx.lang);
  }

  @Mutation(() => EditionModel, { description: 'Hides an edition from visitors.' })
  async unpublishEdition(@Ctx() ctx: RequestContext, @Auth() auth: RequestAuth, @Args('series', SERIES_ARG) series: string, @Args('number', NUMBER_ARG) number: number): Promise<EditionView> {
    return toEditionView(await this.writer.setPublished(auth, series, number, false), ctx.lang);
  }
}
