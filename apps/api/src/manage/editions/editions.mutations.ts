// Organizer mutations of an edition: arguments in, EditionsWriter call, the Edition read model out.
import { Args, Int, Mutation, Resolver } from '@nestjs/graphql';
import { Auth, type RequestAuth } from '../../auth/request-auth.js';
import { ViewerService } from '../../auth/viewer.service.js';
import type { EditionRow } from '../../common/db-rows.js';
import { EditionStatus } from '../../common/graphql/enums.js';
import { EditionModel } from '../../editions/models/edition.model.js';
import { CreateEditionInput, UpdateEditionInput } from './dto/edition.input.js';
import { EditionsWriter } from './editions.writer.js';

const SERIES_ARG = { description: 'Series slug, e.g. china-caucasus.' } as const;
const NUMBER_ARG = { type: () => Int, description: 'Edition number within the series.' } as const;

@Resolver()
export class EditionsMutations {
  constructor(
    private readonly writer: EditionsWriter,
    private readonly viewers: ViewerService,
  ) {}

  @Mutation(() => EditionModel, { description: 'Creates an edition of a series, unpublished unless input.published is true. Series admins.' })
  async createEdition(@Auth() request: RequestAuth, @Args('series', SERIES_ARG) series: string, @Args('input') input: CreateEditionInput): Promise<EditionRow> {
    return this.writer.create(await this.viewers.viewer(request), series, input);
  }

  @Mutation(() => EditionModel, { description: 'Changes an edition; fields left out keep their value. Refused when a session would fall outside new dates.' })
  async updateEdition(
    @Auth() request: RequestAuth,
    @Args('series', SERIES_ARG) series: string,
    @Args('number', NUMBER_ARG) number: number,
    @Args('input') input: UpdateEditionInput,
  ): Promise<EditionRow> {
    return this.writer.update(await this.viewers.viewer(request), series, number, input);
  }

  @Mutation(() => EditionModel, {
    description: 'Moves an edition along its lifecycle (PROPOSED → PLANNED → REGISTRATION_OPEN → LIVE → CONCLUDED, with a few steps back). A refused move names the allowed ones.',
  })
  async transitionEdition(
    @Auth() request: RequestAuth,
    @Args('series', SERIES_ARG) series: string,
    @Args('number', NUMBER_ARG) number: number,
    @Args('to', { type: () => EditionStatus, description: 'The status to move to.' }) to: EditionStatus,
  ): Promise<EditionRow> {
    return this.writer.transition(await this.viewers.viewer(request), series, number, to);
  }

  @Mutation(() => EditionModel, { description: 'Makes an edition visible to visitors.' })
  async publishEdition(@Auth() request: RequestAuth, @Args('series', SERIES_ARG) series: string, @Args('number', NUMBER_ARG) number: number): Promise<EditionRow> {
    return this.writer.setPublished(await this.viewers.viewer(request), series, number, true);
  }

  @Mutation(() => EditionModel, { description: 'Hides an edition from visitors.' })
  async unpublishEdition(@Auth() request: RequestAuth, @Args('series', SERIES_ARG) series: string, @Args('number', NUMBER_ARG) number: number): Promise<EditionRow> {
    return this.writer.setPublished(await this.viewers.viewer(request), series, number, false);
  }
}
