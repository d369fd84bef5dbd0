// Database row types the resolvers receive as parents, named once so models stay readable.
export type {
  Country as CountryRow,
  Delegation as DelegationRow,
  Edition as EditionRow,
  EditionDocument as EditionDocumentRow,
  Organization as OrganizationRow,
  Person as PersonRow,
  Region as RegionRow,
  Room as RoomRow,
  Series as SeriesRow,
  Session as SessionRow,
  SubnationalUnit as SubnationalUnitRow,
  Track as TrackRow,
  Venue as VenueRow,
} from '@caravan/db';
