// GraphQL enum OrganizerRole; values equal the database enum so rows pass through.
import { registerEnumType } from '@nestjs/graphql';
import { OrganizerRole } from '@caravan/db';

export { OrganizerRole };

registerEnumType(OrganizerRole, {
  name: 'OrganizerRole',
  description: 'What an organizer may do within a series, or within one edition when the grant names it.',
  valuesMap: {
    SERIES_ADMIN: { description: 'Everything in the series, including granting and revoking roles.' },
    PROGRAMME_EDITOR: { description: 'Programme, people, organizations, delegations, agreements, statements; publishing them.' },
    REGISTRATION_OFFICER: { description: 'Reviewing and editing registrations, issuing badges, check-in.' },
    CHECKIN_STAFF: { description: 'Checking participants in at the venue.' },
  },
});
