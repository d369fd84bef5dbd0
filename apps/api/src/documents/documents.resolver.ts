// The requestProgrammeDocument mutation and Edition.programmeDocument.
import { Args, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { EditionRow } from '../common/db-rows.js';
import { Ctx } from '../common/graphql/request-context.decorator.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { EditionModel } from '../editions/models/edition.model.js';
import { DocumentsService } from './documents.service.js';
import { ProgrammeDocumentModel, ProgrammeDocumentRequestModel } from './models/programme-document.model.js';

@Resolver(() => EditionModel)
export class DocumentsResolver {
  constructor(private readonly documents: DocumentsService) {}

  @Mutation(() => ProgrammeDocumentRequestModel, { description: "Asks the worker to render an edition's programme document." })
  async requestProgrammeDocument(
    @Args('series', { description: 'Series slug.' }) series: string,
    @Args('number', { type: () => Int, description: 'Edition number.' }) number: number,
  ): Promise<ProgrammeDocumentRequestModel> {
    const record = await this.documents.requestProgramme({ series, number });
    return { jobId: record.id, status: record.status };
  }

  @ResolveField('programmeDocument', () => ProgrammeDocumentModel, { nullable: true, description: 'Latest rendered programme document.' })
  programmeDocument(@Parent() edition: EditionRow, @Ctx() ctx: RequestContext): Promise<ProgrammeDocumentModel | null> {
    return this.documents.programmeDocument(ctx, edition.id);
  }
}
