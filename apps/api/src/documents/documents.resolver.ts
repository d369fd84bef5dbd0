// The requestProgrammeDocument mutation (an organizer's write) and Edition.programmeDocument.
import { Args, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Auth, type RequestAuth } from '../auth/request-auth.js';
import { Ctx } from '../common/graphql/request-context.decorator.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import type { EditionView } from '../editions/editions.views.js';
import { EditionModel } from '../editions/models/edition.model.js';
import { DocumentsService } from './documents.service.js';
import { ProgrammeDocumentModel, ProgrammeDocumentRequestModel } from './models/programme-document.model.js';

@Resolver(() => EditionModel)
export class DocumentsResolver {
  constructor(private readonly documents: DocumentsService) {}

  @Mutation(() => ProgrammeDocumentRequestModel, {
    description: "Asks the worker to render an edition's programme document; needs programme.edit in the edition. While a render of the edition is waiting (PENDING or DISPATCHED), answers that job instead of queueing another.",
  })
  async requestProgrammeDocument(
    @Auth() auth: RequestAuth,
    @Args('series', { description: 'Series slug.' }) series: string,
    @Args('number', { type: () => Int, description: 'Edition number.' }) number: number,
  ): Promise<ProgrammeDocumentRequestModel> {
    const record = await this.documents.requestProgramme(auth, { series, number });
    return { jobId: record.id, status: record.status };
  }

  @ResolveField('programmeDocument', () => ProgrammeDocumentModel, { nullable: true, description: 'Latest rendered programme document.' })
  programmeDocument(@Parent() edition: EditionView, @Ctx() ctx: RequestContext): Promise<ProgrammeDocumentModel | null> {
    return this.documents.programmeDocument(ctx, edition.id);
  }
}
