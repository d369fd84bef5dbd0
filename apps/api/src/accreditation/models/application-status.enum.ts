import { registerEnumType } from '@nestjs/graphql';
import { APPLICATION_STATUSES } from '@caravan/forums/registration';

/** The GraphQL enum of application statuses, derived from the domain's list. */
export const ApplicationStatusEnum = Object.fromEntries(APPLICATION_STATUSES.map((status) => [status, status])) as { [S in (typeof APPLICATION_STATUSES)[number]]: S };

registerEnumType(ApplicationStatusEnum, { name: 'ApplicationStatus', description: 'Where an accreditation application stands in its lifecycle.' });
