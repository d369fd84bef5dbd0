// A person as "Name, position (organisation)".
import type { PersonSummaryFragment } from '../lib/page-data.js';
import { Localized } from './localized.js';

export function PersonLine({ person }: { person: PersonSummaryFragment }) {
  return (
    <span className="person">
      <strong>
        <Localized value={person.name} />
      </strong>
      {person.position && (
        <>
          , <Localized value={person.position} />
        </>
      )}
    </span>
  );
}
