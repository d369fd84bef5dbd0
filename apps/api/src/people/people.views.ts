// People and organizations turned into the read models GraphQL serves, their texts resolved
// once to the request's language so that Person.name, Person.position and Organization.name
// are plain properties (see programme.mappers.ts for why). Queries and organizer mutations
// share these mappers.
import type { OrganizationRow, PersonRow } from '../common/db-rows.js';
import { localize, localizeOptional, type ResolvedText } from '../common/localized/localize.js';

/** A person as GraphQL serves it; still a PersonRow for modules that pass people on. */
export type PersonView = Omit<PersonRow, 'name' | 'position'> & { name: ResolvedText; position: ResolvedText | null };

/** An organization as GraphQL serves it; still an OrganizationRow for modules that pass it on. */
export type OrganizationView = Omit<OrganizationRow, 'name'> & { name: ResolvedText };

export function toPersonModel(row: PersonRow, lang: string): PersonView {
  return { ...row, name: localize(row.name, lang), position: localizeOptional(row.position, lang) };
}

export function toOrganizationModel(row: OrganizationRow, lang: string): OrganizationView {
  return { ...row, name: localize(row.name, lang) };
}
