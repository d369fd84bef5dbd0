// Identifiers the schedule format asks for, derived from our UUIDs so they stay the same from one
// export to the next: name-based UUIDs (v5) for guids, small integers for the legacy numeric ids,
// and slugs/acronyms shaped to the patterns of the c3voc schema and XSD.
import { v5 as uuidv5 } from 'uuid';

// Fixed namespaces: changing them would change every guid that clients have stored.
const NAMESPACE_ROOT = uuidv5('https://caravan.forum/schedule', uuidv5.URL);
const NAMESPACES = {
  session: uuidv5('session', NAMESPACE_ROOT),
  room: uuidv5('room', NAMESPACE_ROOT),
  person: uuidv5('person', NAMESPACE_ROOT),
} as const;

export function scheduleGuid(kind: keyof typeof NAMESPACES, id: string): string {
  return uuidv5(id, NAMESPACES[kind]);
}

const MAX_ID = 0x7fffffff;

function hashedId(guid: string): number {
  // 31 bits keep the id a positive signed 32-bit integer, which every client can hold.
  return (Number.parseInt(guid.replace(/-/g, '').slice(0, 8), 16) % MAX_ID) + 1;
}

/**
 * A positive integer per guid, unique within the list. Each id comes from its guid, so adding or
 * removing a session leaves the others' ids alone; a (rare) collision moves the later guid, in
 * guid order, to the next free number.
 */
export function stableIntegerIds(guids: readonly string[]): Map<string, number> {
  const taken = new Set<number>();
  const ids = new Map<string, number>();
  for (const guid of [...new Set(guids)].sort()) {
    let id = hashedId(guid);
    while (taken.has(id)) id = id >= MAX_ID ? 1 : id + 1;
    taken.add(id);
    ids.set(guid, id);
  }
  return ids;
}

/** Person ids need not be unique across a schedule, so no collision handling is needed. */
export function personIntegerId(guid: string): number {
  return hashedId(guid);
}

/**
 * Conference acronym: the JSON schema allows no hyphen after the first character, so the series
 * slug's hyphens become underscores ("china_central_asia_11").
 */
export function scheduleAcronym(seriesSlug: string, number: number): string {
  return `${seriesSlug.replace(/-/g, '_')}_${number}`;
}

/**
 * Event slug "<acronym>-<session slug>". The XSD wants at least four characters after the
 * hyphen, so a very short session slug is lengthened with a fixed prefix.
 */
export function scheduleEventSlug(acronym: string, sessionSlug: string): string {
  const tail = sessionSlug.length >= 4 ? sessionSlug : `session-${sessionSlug}`;
  return `${acronym}-${tail}`;
}

/** Kind as a lower-case event type, the way other schedule producers write them ("signing-ceremony"). */
export function scheduleEventType(kind: string): string {
  return kind.toLowerCase().replace(/_/g, '-');
}
