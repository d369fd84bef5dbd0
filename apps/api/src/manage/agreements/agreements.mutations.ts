// Organizer mutations of agreements: arguments in, writer call, the Agreement read model out.
import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { AgreementStatus } from '../../agreements/models/agreement-enums.js';
import { AgreementModel } from '../../agreements/models/agreement.model.js';
import type { AgreementRow } from '../../agreements/agreements.repository.js';
import { Auth, type RequestAuth } from '../../auth/request-auth.js';
import { ViewerService } from '../../auth/viewer.service.js';
import { LocalizedTextInput } from '../common/localized-text.input.js';
import { AgreementMilestonesWriter } from './agreement-milestones.writer.js';
import { AgreementsWriter } from './agreements.writer.js';
import { CreateAgreementInput, UpdateAgreementInput } from './dto/agreement.input.js';

const ID_ARG = { type: () => ID, description: 'Id of the agreement.' } as const;
const DATE_ARG = { description: 'Date of the step, YYYY-MM-DD; not before the signing date.' } as const;
const NOTE_ARG = { type: () => [LocalizedTextInput], nullable: true, description: 'What happened, at least in English when given.' } as const;

@Resolver()
export class AgreementMutations {
  constructor(
    private readonly writer: AgreementsWriter,
    private readonly milestones: AgreementMilestonesWriter,
    private readonly viewers: ViewerService,
  ) {}

  @Mutation(() => AgreementModel, { description: 'Records an agreement of an edition (a draft unless input.published is true).' })
  async createAgreement(
    @Auth() request: RequestAuth,
    @Args('series', { description: 'Series slug, e.g. china-central-asia.' }) series: string,
    @Args('number', { type: () => Int, description: 'Edition number within the series, e.g. 11.' }) number: number,
    @Args('input') input: CreateAgreementInput,
  ): Promise<AgreementRow> {
    return this.writer.create(await this.viewers.viewer(request), series, number, input);
  }

  @Mutation(() => AgreementModel, { description: 'Changes an agreement; fields left out keep their value. The status changes through transitionAgreement.' })
  async updateAgreement(@Auth() request: RequestAuth, @Args('id', ID_ARG) id: string, @Args('input') input: UpdateAgreementInput): Promise<AgreementRow> {
    return this.writer.update(await this.viewers.viewer(request), id, input);
  }

  @Mutation(() => AgreementModel, {
    description: 'Moves an agreement to its next status (PROPOSED -> SIGNED -> IN_IMPLEMENTATION -> COMPLETED, or LAPSED) and records the dated step as a milestone.',
  })
  async transitionAgreement(
    @Auth() request: RequestAuth,
    @Args('id', ID_ARG) id: string,
    @Args('to', { type: () => AgreementStatus, description: 'The status the agreement reached; must be allowed from the current one.' }) to: AgreementStatus,
    @Args('date', DATE_ARG) date: string,
    @Args('note', NOTE_ARG) note?: LocalizedTextInput[] | null,
  ): Promise<AgreementRow> {
    return this.milestones.record(await this.viewers.viewer(request), id, { status: to, date, note, mustChangeStatus: true, fields: { status: 'to', edition: 'edition' } });
  }

  @Mutation(() => AgreementModel, {
    description: 'Reports a step of an agreement, possibly at a later edition than the one it was made at: progress in the same status, or a move allowed by its lifecycle.',
  })
  async addAgreementMilestone(
    @Auth() request: RequestAuth,
    @Args('id', ID_ARG) id: string,
    @Args('status', { type: () => AgreementStatus, description: 'The status the step reports: the current one, or one allowed next.' }) status: AgreementStatus,
    @Args('date', DATE_ARG) date: string,
    @Args('edition', { type: () => Int, nullable: true, description: "Number of the reporting edition of the agreement's series (not an earlier one); the agreement's own when left out." }) edition?: number | null,
    @Args('note', NOTE_ARG) note?: LocalizedTextInput[] | null,
  ): Promise<AgreementRow> {
    return this.milestones.record(await this.viewers.viewer(request), id, {
      status,
      date,
      note,
      editionNumber: edition,
      mustChangeStatus: false,
      fields: { status: 'status', edition: 'edition' },
    });
  }

  @Mutation(() => AgreementModel, { description: 'Makes an agreement visible to visitors and counted in public figures.' })
  async publishAgreement(@Auth() request: RequestAuth, @Args('id', ID_ARG) id: string): Promise<AgreementRow> {
    return this.writer.setPublished(await this.viewers.viewer(request), id, true);
  }

  @Mutation(() => AgreementModel, { description: 'Hides an agreement from visitors and public figures.' })
  async unpublishAgreement(@Auth() request: RequestAuth, @Args('id', ID_ARG) id: string): Promise<AgreementRow> {
    return this.writer.setPublished(await this.viewers.viewer(request), id, false);
  }

  @Mutation(() => ID, { description: 'Deletes an agreement with its parties and milestones; answers its id.' })
  async deleteAgreement(@Auth() request: RequestAuth, @Args('id', ID_ARG) id: string): Promise<string> {
    return this.writer.delete(await this.viewers.viewer(request), id);
  }
}
