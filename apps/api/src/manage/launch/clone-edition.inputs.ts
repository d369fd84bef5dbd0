// GraphQL input of cloneEdition, derived from ZCloneEditionInput of @caravan/forums.
import { ZCloneEditionInput } from '@caravan/forums';
import { inputType, type InputOf } from '../../common/write/input-type.js';

export const CloneEditionInput = inputType('CloneEditionInput', ZCloneEditionInput, {
  description: "A new edition copied from another: tracks, venues and rooms, registration set-up and categories, optionally the sessions, all shifted to the new dates.",
  fields: {
    number: 'Number of the new edition, unique in the series.',
    startDate: "First day of the new edition, YYYY-MM-DD; everything dated moves by the days between the source's first day and this one.",
    endDate: "Last day (inclusive); the source's length from startDate when left out.",
    theme: "Motto of the new edition, at least in English; the source's when left out.",
    hostCity: "Host city; the source's when left out.",
    withSessions: 'Copy the session skeleton too (times shifted, no speakers, unpublished); false when left out.',
  },
});
export type CloneEditionInput = InputOf<typeof ZCloneEditionInput>;
