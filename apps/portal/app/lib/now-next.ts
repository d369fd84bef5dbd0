// "Now and next" for a LIVE edition: the sessions under way at an instant and the ones that start
// next (all those sharing the earliest start after it, since parallel sub-forums open together).

export interface TimedSession {
  startsAt: string;
  endsAt: string;
}

export interface NowAndNext<T> {
  now: T[];
  next: T[];
}

export function nowAndNext<T extends TimedSession>(sessions: readonly T[], at: Date): NowAndNext<T> {
  const instant = at.getTime();
  const now = sessions.filter((session) => Date.parse(session.startsAt) <= instant && instant < Date.parse(session.endsAt));
  const upcoming = sessions.filter((session) => Date.parse(session.startsAt) > instant);
  const firstStart = Math.min(...upcoming.map((session) => Date.parse(session.startsAt)));
  const next = upcoming.filter((session) => Date.parse(session.startsAt) === firstStart);
  return { now, next };
}
