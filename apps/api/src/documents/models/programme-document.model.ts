// GraphQL types for rendered programme documents and requests to render them.
import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('ProgrammeDocument', { description: 'The latest programme document the worker rendered for an edition.' })
export class ProgrammeDocumentModel {
  @Field({ description: 'Media type, e.g. text/markdown.' })
  format: string;

  @Field({ description: 'When it was rendered, ISO 8601 in UTC.' })
  generatedAt: string;

  @Field({ description: 'SHA-256 of the content, hex.' })
  checksum: string;

  @Field({ description: 'Absolute URL the document is served from.' })
  url: string;
}

@ObjectType('ProgrammeDocumentRequest', { description: 'A request to render the programme, tracked through the job outbox.' })
export class ProgrammeDocumentRequestModel {
  @Field(() => ID, { description: 'Outbox job id.' })
  jobId: string;

  @Field({ description: 'PENDING, DISPATCHED, DONE or FAILED.' })
  status: string;
}
