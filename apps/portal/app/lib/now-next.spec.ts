import { nowAndNext } from './now-next.js';

const session = (id: string, startsAt: string, endsAt: string) => ({ id, startsAt, endsAt });
const opening = session('opening', '2024-10-26T01:00:00Z', '2024-10-26T03:00:00Z');
const forumA = session('forum-a', '2024-10-26T05:00:00Z', '2024-10-26T08:00:00Z');
const forumB = session('forum-b', '2024-10-26T05:00:00Z', '2024-10-26T07:00:00Z');
const closing = session('closing', '2024-10-26T09:00:00Z', '2024-10-26T10:00:00Z');
const all = [opening, forumA, forumB, closing];

describe(nowAndNext.name, () => {
  it('lists the sessions under way and every session of the next start time', () => {
    expect(nowAndNext(all, new Date('2024-10-26T02:00:00Z'))).toEqual({ now: [opening], next: [forumA, forumB] });
  });

  it('counts a session as under way from its start up to, not including, its end', () => {
    expect(nowAndNext(all, new Date('2024-10-26T05:00:00Z')).now).toEqual([forumA, forumB]);
    expect(nowAndNext(all, new Date('2024-10-26T07:00:00Z')).now).toEqual([forumA]);
    expect(nowAndNext(all, new Date('2024-10-26T08:00:00Z'))).toEqual({ now: [], next: [closing] });
  });

  it('has nothing next after the last session', () => {
    expect(nowAndNext(all, new Date('2024-10-27T00:00:00Z'))).toEqual({ now: [], next: [] });
  });
});
