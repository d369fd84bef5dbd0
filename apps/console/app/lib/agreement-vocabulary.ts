// The agreement types, in the order the registry offers them (statuses come from @caravan/forums).
import type { AgreementType } from '../generated/graphql.js';

export const AGREEMENT_TYPES: readonly AgreementType[] = ['INTERGOVERNMENTAL', 'MEMORANDUM', 'INVESTMENT', 'TRADE', 'CULTURAL', 'SISTER_CITY'];
