import { groupProgramme, type ProgrammeSession } from './programme.js';

const text = (value: string) => ({ text: value, language: 'en', fallback: false });

function session(id: string, localDate: string, localStart: string, track: string | null): ProgrammeSession {
  return {
    id,
    slug: id,
    kind: track ? 'SUB_FORUM' : 'PLENARY',
    startsAt: `${localDate}T01:00:00Z`,
    endsAt: `${localDate}T02:00:00Z`,
    localDate,
    localStart,
    localEnd: localStart,
    timeZone: 'Asia/Shanghai',
    languages: ['zh', 'ru'],
    interpretation: [],
    title: text(id),
    description: null,
    room: null,
    track: track ? { id: track, slug: track, name: text(track) } : null,
    speakers: [],
  };
}

describe(groupProgramme.name, () => {
  it('groups by day, then by track with the general programme first, keeping start order', () => {
    const days = groupProgramme([
      session('opening', '2024-10-26', '09:00', null),
      session('green-1', '2024-10-26', '14:00', 'green'),
      session('agri-1', '2024-10-26', '14:00', 'agriculture'),
      session('green-2', '2024-10-26', '15:30', 'green'),
      session('closing', '2024-10-26', '17:00', null),
      session('arrival', '2024-10-25', '18:00', null),
    ]);
    expect(days.map((day) => day.date)).toEqual(['2024-10-25', '2024-10-26']);
    const second = days[1];
    expect(second?.groups.map((group) => group.trackSlug)).toEqual([null, 'green', 'agriculture']);
    expect(second?.groups[0]?.sessions.map((s) => s.id)).toEqual(['opening', 'closing']);
    expect(second?.groups[1]?.sessions.map((s) => s.id)).toEqual(['green-1', 'green-2']);
    expect(second?.groups[1]?.trackName?.text).toBe('green');
  });

  it('returns no days for an empty programme', () => {
    expect(groupProgramme([])).toEqual([]);
  });
});
