// People, organizations and delegations as GraphQL serves them, texts resolved once to the
// request's language (see programme/programme.views.ts for why views beat per-field resolvers).
// Queries and organizer mutations share these mappers, so both answer the same shapes.
import { optionalTextColumn, textColumn, type ProgrammePerson } from '@caravan/db/read-models';
import type { DelegationRow, OrganizationRow, PersonRow } from '../common/db-rows.js';
import type { OrganizationKind } from '../common/graphql/enums.js';
import { localize, localizeOptional, type ResolvedText } from '../common/localized/localize.js';

export interface PersonView {
  id: string;
  /** Edit version; update mutations take it as expectedVersion. */
  version: number;
  slug: string;
  name: ResolvedText;
  position: ResolvedText | null;
  organizationId: string | null;
  countryCode: string | null;
}

export interface OrganizationView {
  id: string;
  /** Edit version; update mutations take it as expectedVersion. */
  version: number;
  slug: string;
  kind: OrganizationKind;
  name: ResolvedText;
  countryCode: string | null;
}

export interface DelegationView {
  id: string;
  /** Edit version; update mutations take it as expectedVersion. */
  version: number;
  editionId: string;
  protocolOrder: number;
  countryCode: string | null;
  headPersonId: string | null;
}

/** A person from a row, or from the programme read model (which has already read the texts). */
export function toPersonView(person: PersonRow | ProgrammePerson, lang: string): PersonView {
  return {
    id: person.id,
    version: person.version,
    slug: person.slug,
    name: localize(textColumn(person.name, `Person ${person.slug} name`), lang),
    position: localizeOptional(optionalTextColumn(person.position, `Person ${person.slug} position`), lang),
    organizationId: person.organizationId,
    countryCode: person.countryCode,
  };
}

export function toOrganizationView(row: OrganizationRow, lang: string): OrganizationView {
  return { id: row.id, version: row.version, slug: row.slug, kind: row.kind, name: localize(textColumn(row.name, `Organization ${row.slug} name`), lang), countryCode: row.countryCode };
}

export function toDelegationView(row: DelegationRow): DelegationView {
  return { id: row.id, version: row.version, editionId: row.editionId, protocolOrder: row.protocolOrder, countryCode: row.countryCode, headPersonId: row.headPersonId };
}
