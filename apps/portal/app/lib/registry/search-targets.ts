// Where a search hit leads: an agreement to its own page, a session to its edition's programme.
// People and organizations have no page of their own in the portal yet, so their hits are listed
// without a link. (The one place to change when they get pages.)
import type { SearchKind } from '../../generated/graphql.js';

export interface SearchHitAddress {
  kind: SearchKind;
  slug: string;
  seriesSlug: string | null;
  editionNumber: number | null;
}

export function searchHitPath(hit: SearchHitAddress): string | null {
  if (hit.seriesSlug === null || hit.editionNumber === null) return null;
  switch (hit.kind) {
    case 'AGREEMENT':
      return `/${hit.seriesSlug}/agreements/${hit.editionNumber}/${hit.slug}`;
    case 'SESSION':
      return `/${hit.seriesSlug}/${hit.editionNumber}#programme`;
    case 'PERSON':
    case 'ORGANIZATION':
      return null;
  }
}
