// The people of an edition's programme: each speaker once, with the roles they hold, sorted by name
// in the page's language (on the server, so the browser's collation never reorders the list).
import type { PersonSummaryFragment, SessionRole } from '../generated/graphql.js';

export interface SpeakerEntry {
  person: PersonSummaryFragment;
  roles: SessionRole[];
  sessionCount: number;
}

export function speakersOf(sessions: ReadonlyArray<{ id: string; speakers: ReadonlyArray<{ role: SessionRole; person: PersonSummaryFragment }> }>, locale: string): SpeakerEntry[] {
  const byId = new Map<string, { person: PersonSummaryFragment; roles: Set<SessionRole>; sessions: Set<string> }>();
  for (const session of sessions) {
    for (const { role, person } of session.speakers) {
      let entry = byId.get(person.id);
      if (!entry) {
        entry = { person, roles: new Set(), sessions: new Set() };
        byId.set(person.id, entry);
      }
      entry.roles.add(role);
      entry.sessions.add(session.id);
    }
  }
  const collator = new Intl.Collator(locale);
  return [...byId.values()]
    .map((entry) => ({ person: entry.person, roles: [...entry.roles], sessionCount: entry.sessions.size }))
    .sort((a, b) => collator.compare(a.person.name.text, b.person.name.text));
}
