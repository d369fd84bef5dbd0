// What a participant downloads through their link: everything held about them.
import { Field, ObjectType } from '@nestjs/graphql';
import { JSONScalar } from '../../common/graphql/json.scalar.js';

@ObjectType('PersonalDataExport', { description: 'Everything the forum holds about a participant, as one JSON document, with a download URL for each of their files (photo, badge, letters).' })
export class PersonalDataExportModel {
  @Field({ description: 'When the export was made (ISO 8601).' })
  exportedAt: string;

  @Field(() => JSONScalar, { description: 'The application with its answers, its history, badge, check-ins, the mails recorded for the participant, and their files ({ name, size, url }).' })
  data: Record<string, unknown>;
}
