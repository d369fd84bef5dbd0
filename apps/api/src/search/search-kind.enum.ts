// The kinds of records search covers, as a GraphQL enum derived from the read model's list.
import { registerEnumType } from '@nestjs/graphql';
import { SEARCH_KINDS } from '@caravan/db/read-models';

const GRAPHQL_KINDS = SEARCH_KINDS.map((kind) => kind.toUpperCase() as Uppercase<(typeof SEARCH_KINDS)[number]>);
export type SearchKind = (typeof GRAPHQL_KINDS)[number];
export const SearchKind = Object.freeze(Object.fromEntries(GRAPHQL_KINDS.map((kind) => [kind, kind]))) as { readonly [K in SearchKind]: K };
registerEnumType(SearchKind, { name: 'SearchKind', description: 'A sort of record that search covers.' });

/** The read model's name of a GraphQL search kind. */
export const toReadModelKind = (kind: SearchKind): (typeof SEARCH_KINDS)[number] => kind.toLowerCase() as (typeof SEARCH_KINDS)[number];
