// Organizer mutations of agreements: arguments in, writer call, the Agreement view out.
import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { AgreementModel } from '../../agreements/models/agreement.model.js';
import { toAgreementView, type AgreementView } from '../../agreements/agreements.views.js';
import { Auth, type RequestAuth } from '../../auth/request-auth.js';
import { EXPECTED_VERSION_ARG } from '../../common/write/row-locks.js';
import { AgreementStatus } from '../../common/graphql/enums.js';
import { Ctx } from '../../common/graphql/request-context.decorator.js';
import type { RequestContext } from '../../common/graphql/request-context.js';
import { LocalizedTextInput } from '../../common/write/localized-text.input.js';
import { AgreementMilestonesWriter } from './agreement-milestones.writer.js';
import { CreateAgreementInput, UpdateAgreementInput } from './agreement.inputs.js';
import { AgreementsWriter } from './agreements.writer.js';

const ID_ARG = { type: () => ID, description: 'Id of the agreement.' } as const;
const DATE_ARG = { description: 'Date of the step, YYYY-MM-DD; not before the signing date.' } as const;
const NOTE_ARG = { type: () => [LocalizedTextInput], nullable: true, description: 'What happened, at least in English when given.' } as const;

@Resolver()
export class AgreementMutations {
  constructor(
    private readonly writer: AgreementsWriter,
    private readonly milestones: AgreementMilestonesWriter,
  ) {}

  @Mutation(() => AgreementModel, { description: 'Records an agreement of an edition (a draft unless input.published is true).' })
  async createAgreement(
    @Ctx() ctx: RequestContext,
    @Auth() auth: RequestAuth,
    @Args('series', { description: 'Series slug, e.g. china-central-asia.' }) series: string,
    @Args('number', { type: () => Int, description: 'Edition number within the series, e.g. 11.' }) number: number,
    @Args('input', { type: () => CreateAgreementInput }) input: CreateAgreementInput,
  ): Promise<AgreementView> {
    return toAgreementView(await this.writer.create(auth, series, number, input), ctx.lang);
  }

  @Mutation(() => AgreementModel, { description: 'Changes an agreement; fields left out keep their value. The status changes through transitionAgreement.' })
  async updateAgreement(
    @Ctx() ctx: RequestContext,
    @Auth() auth: RequestAuth,
    @Args('id', ID_ARG) id: string,
    @Args('input', { type: () => UpdateAgreementInput }) input: UpdateAgreementInput, @Args('expectedVersion', EXPECTED_VERSION_ARG) expectedVersion?: number | null,
  ): Promise<AgreementView> {
    return toAgreementView(await this.writer.update(auth, id, input, expectedVersion), ctx.lang);
  }

  @Mutation(() => AgreementModel, {
    description: 'Moves an agreement to its next status (PROPOSED -> SIGNED -> IN_IMPLEMENTATION -> COMPLETED, or LAPSED) and records the dated step as a milestone.',
  })
  async transitionAgreement(
    @Ctx() ctx: RequestContext,
    @Auth() auth: RequestAuth,
    @Args('id', ID_ARG) id: string,
    @Args('to', { type: () => AgreementStatus, description: 'The status the agreement reached; must be allowed from the current one.' }) to: AgreementStatus,
    @Args('date', DATE_ARG) date: string,
    @Args('note', NOTE_ARG) note?: LocalizedTextInput[] | null,
  ): Promise<AgreementView> {
    const row = await this.milestones.record(auth, id, { status: to, date, note, mustChangeStatus: true, fields: { status: 'to', edition: 'edition' } });
    return toAgreementView(row, ctx.lang);
  }

  @Mutation(() => AgreementModel, {
    description: 'Reports a step of an agreement, possibly at a later edition than the one it was made at: progress in the same status, or a move allowed by its lifecycle.',
  })
  async addAgreementMilestone(
    @Ctx() ctx: RequestContext,
    @Auth() auth: RequestAuth,
    @Args('id', ID_ARG) id: string,
    @Args('status', { type: () => AgreementStatus, description: 'The status the step reports: the current one, or one allowed next.' }) status: AgreementStatus,
    @Args('date', DATE_ARG) date: string,
    @Args('edition', { type: () => Int, nullable: true, description: "Number of the reporting edition of the agreement's series (not an earlier one); the agreement's own when left out." }) edition?: number | null,
    @Args('note', NOTE_ARG) note?: LocalizedTextInput[] | null,
  ): Promise<AgreementView> {
    const row = await this.milestones.record(auth, id, { status, date, note, editionNumber: edition, mustChangeStatus: false, fields: { status: 'status', edition: 'edition' } });
    return toAgreementView(row, ctx.lang);
  }

  @Mutation(() => AgreementModel, { description: 'Makes an agreement visible to visitors and counted in public figures.' })
  async publishAgreement(@Ctx() ctx: RequestContext, @Auth() auth: RequestAuth, @Args('id', ID_ARG) id: string): Promise<AgreementView> {
    return toAgreementView(await this.writer.setPublished(auth, id, true), ctx.lang);
  }

  @Mutation(() => AgreementModel, { description: 'Hides an agreement from visitors and public figures.' })
  async unpublishAgreement(@Ctx() ctx: RequestContext, @Auth() auth: RequestAuth, @Args('id', ID_ARG) id: string): Promise<AgreementView> {
    return toAgreementView(await this.writer.setPublished(auth, id, false), ctx.lang);
  }

  @Mutation(() => ID, { description: 'Deletes an agreement with its parties and milestones; answers its id.' })
  deleteAgreement(@Auth() auth: RequestAuth, @Args('id', ID_ARG) id: string): Promise<string> {
    return this.writer.delete(auth, id);
  }
}
