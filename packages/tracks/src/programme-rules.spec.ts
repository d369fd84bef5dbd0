import { fromLocal } from './local-time.js';
import { findProgrammeConflicts, type ProgrammeEdition, type ProgrammeSession } from './programme-rules.js';

const yinchuan: ProgrammeEdition = { startDate: '2024-10-25', endDate: '2024-10-28', timeZone: 'Asia/Shanghai' };
const tbilisi: ProgrammeEdition = { startDate: '2026-05-12', endDate: '2026-05-13', timeZone: 'Asia/Tbilisi' };

function session(
  edition: ProgrammeEdition,
  id: string,
  date: string,
  from: string,
  to: string,
  extra: Partial<ProgrammeSession> = {},
): ProgrammeSession {
  return {
    id,
    title: `Session ${id}`,
    startsAt: fromLocal(date, from, edition.timeZone),
    endsAt: fromLocal(date, to, edition.timeZone),
    roomId: null,
    speakerIds: [],
    ...extra,
  };
}

const y = (id: string, from: string, to: string, extra: Partial<ProgrammeSession> = {}) =>
  session(yinchuan, id, '2024-10-25', from, to, extra);

describe(findProgrammeConflicts.name, () => {
  it('finds nothing in a clean programme', () => {
    const programme = [
      y('a', '09:00', '10:00', { roomId: 'hall', speakerIds: ['p1'] }),
      y('b', '10:00', '11:00', { roomId: 'hall', speakerIds: ['p1'] }),
      y('c', '09:00', '11:00', { roomId: 'room-2', speakerIds: ['p2'] }),
    ];
    expect(findProgrammeConflicts(programme, yinchuan)).toEqual([]);
  });

  it('reports a room overlap naming both sessions and the room', () => {
    const conflicts = findProgrammeConflicts(
      [y('b', '10:30', '12:00', { roomId: 'hall', title: 'Green industry' }), y('a', '09:00', '11:00', { roomId: 'hall', title: 'Opening plenary' })],
      yinchuan,
    );
    expect(conflicts).toEqual([
      {
        code: 'ROOM_OVERLAP',
        sessionIds: ['a', 'b'],
        message:
          'Sessions "Opening plenary" (2024-10-25 09:00–2024-10-25 11:00) and "Green industry" (2024-10-25 10:30–2024-10-25 12:00) are both in room hall at the same time (Asia/Shanghai)',
      },
    ]);
  });

  it('treats intervals as half-open: back-to-back sessions do not clash', () => {
    expect(
      findProgrammeConflicts(
        [y('a', '09:00', '10:00', { roomId: 'hall', speakerIds: ['p1'] }), y('b', '10:00', '11:00', { roomId: 'hall', speakerIds: ['p1'] })],
        yinchuan,
      ),
    ).toEqual([]);
    const oneMinute = findProgrammeConflicts(
      [y('a', '09:00', '10:01', { roomId: 'hall' }), y('b', '10:00', '11:00', { roomId: 'hall' })],
      yinchuan,
    );
    expect(oneMinute.map((c) => c.code)).toEqual(['ROOM_OVERLAP']);
  });

  it('ignores sessions without a room for room overlaps', () => {
    expect(findProgrammeConflicts([y('a', '09:00', '11:00'), y('b', '09:00', '11:00', { roomId: undefined })], yinchuan)).toEqual([]);
  });

  it('reports a speaker in two places, naming the speaker and both sessions', () => {
    const conflicts = findProgrammeConflicts(
      [
        y('a', '09:00', '11:00', { roomId: 'hall', speakerIds: ['shen', 'baisalov'], title: 'Opening plenary' }),
        y('b', '10:00', '11:30', { roomId: 'room-2', speakerIds: ['baisalov'], title: 'Clean energy' }),
      ],
      yinchuan,
    );
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ code: 'SPEAKER_OVERLAP', sessionIds: ['a', 'b'] });
    expect(conflicts[0]?.message).toContain('Speaker baisalov');
    expect(conflicts[0]?.message).toContain('"Opening plenary"');
    expect(conflicts[0]?.message).toContain('"Clean energy"');
  });

  it('reports a speaker listed twice in one session only once per clash', () => {
    const conflicts = findProgrammeConflicts(
      [y('a', '09:00', '11:00', { speakerIds: ['p1', 'p1'] }), y('b', '10:00', '12:00', { speakerIds: ['p1'] })],
      yinchuan,
    );
    expect(conflicts.map((c) => c.sessionIds)).toEqual([['a', 'b']]);
  });

  it('reports every pair when three sessions share a room', () => {
    const conflicts = findProgrammeConflicts(
      [
        y('a', '09:00', '12:00', { roomId: 'hall' }),
        y('b', '10:00', '11:00', { roomId: 'hall' }),
        y('c', '10:30', '13:00', { roomId: 'hall' }),
        y('d', '12:00', '12:30', { roomId: 'hall' }),
      ],
      yinchuan,
    );
    expect(conflicts.map((c) => c.sessionIds)).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'c'],
      ['c', 'd'],
    ]);
  });

  it('reports a session that ends before (or when) it starts, and skips it for overlaps', () => {
    const conflicts = findProgrammeConflicts(
      [
        y('a', '11:00', '10:00', { roomId: 'hall', title: 'Backwards' }),
        y('z', '10:00', '10:00', { roomId: 'hall', title: 'Instant' }),
        y('b', '09:00', '12:00', { roomId: 'hall' }),
      ],
      yinchuan,
    );
    expect(conflicts.map((c) => [c.code, c.sessionIds])).toEqual([
      ['ENDS_BEFORE_START', ['z']],
      ['ENDS_BEFORE_START', ['a']],
    ]);
    expect(conflicts[1]?.message).toBe('Session "Backwards" ends (2024-10-25 10:00) before it starts (2024-10-25 11:00) in Asia/Shanghai');
    expect(conflicts[0]?.message).toContain('"Instant" ends at the moment it starts');
  });

  it('orders conflicts by code before start: a later backwards session comes before an earlier one outside the dates', () => {
    const outside = session(yinchuan, 'early', '2024-10-24', '09:00', '10:00');
    const backwards = y('late', '11:00', '10:00');
    expect(findProgrammeConflicts([outside, backwards], yinchuan).map((c) => [c.code, c.sessionIds])).toEqual([
      ['ENDS_BEFORE_START', ['late']],
      ['OUTSIDE_EDITION_DATES', ['early']],
    ]);
  });

  it('names an overlap of sessions starting together shorter one first, whatever their ids', () => {
    const conflicts = findProgrammeConflicts(
      [y('a', '09:00', '11:00', { roomId: 'hall' }), y('z', '09:00', '10:00', { roomId: 'hall' })],
      yinchuan,
    );
    expect(conflicts.map((c) => c.sessionIds)).toEqual([['z', 'a']]);
  });

  describe('edition dates in the edition time zone', () => {
    it('keeps 23:30 local on the last day inside and puts 00:30 the next day outside (Yinchuan)', () => {
      const conflicts = findProgrammeConflicts(
        [
          session(yinchuan, 'late', '2024-10-28', '23:00', '23:30'),
          session(yinchuan, 'after', '2024-10-29', '00:30', '01:00', { title: 'Too late' }),
        ],
        yinchuan,
      );
      expect(conflicts).toEqual([
        {
          code: 'OUTSIDE_EDITION_DATES',
          sessionIds: ['after'],
          message:
            'Session "Too late" (2024-10-29 00:30–2024-10-29 01:00 Asia/Shanghai) falls outside the edition\'s dates, 2024-10-25 to 2024-10-28',
        },
      ]);
    });

    it('uses the edition zone, not UTC, at both ends (Tbilisi)', () => {
      // 2026-05-12 02:00 in Tbilisi is 2026-05-11 22:00 UTC: inside although the UTC date is earlier.
      const early = session(tbilisi, 'early', '2026-05-12', '02:00', '03:00');
      expect(early.startsAt.toISOString()).toBe('2026-05-11T22:00:00.000Z');
      const before = session(tbilisi, 'before', '2026-05-11', '23:30', '23:59');
      const lastMinute = session(tbilisi, 'last', '2026-05-13', '23:30', '23:59');
      const untilMidnight = { ...lastMinute, id: 'midnight', endsAt: fromLocal('2026-05-14', '00:00', 'Asia/Tbilisi') };
      const pastMidnight = { ...lastMinute, id: 'past', endsAt: fromLocal('2026-05-14', '00:30', 'Asia/Tbilisi') };
      const conflicts = findProgrammeConflicts([early, before, lastMinute, untilMidnight, pastMidnight], tbilisi);
      expect(conflicts.map((c) => [c.code, c.sessionIds])).toEqual([
        ['OUTSIDE_EDITION_DATES', ['before']],
        ['OUTSIDE_EDITION_DATES', ['past']],
      ]);
    });

    it('still checks overlaps of sessions outside the dates', () => {
      const a = session(tbilisi, 'a', '2026-05-14', '10:00', '11:00', { roomId: 'r' });
      const b = session(tbilisi, 'b', '2026-05-14', '10:30', '11:30', { roomId: 'r' });
      expect(findProgrammeConflicts([a, b], tbilisi).map((c) => c.code)).toEqual([
        'OUTSIDE_EDITION_DATES',
        'OUTSIDE_EDITION_DATES',
        'ROOM_OVERLAP',
      ]);
    });
  });

  it('rejects an edition with malformed dates or zone, and a session without a valid instant', () => {
    expect(() => findProgrammeConflicts([], { ...yinchuan, endDate: '2024-13-01' })).toThrow(
      expect.objectContaining({ code: 'INVALID_LOCAL_DATE' }),
    );
    expect(() => findProgrammeConflicts([], { ...yinchuan, timeZone: 'Ningxia/Yinchuan' })).toThrow(
      expect.objectContaining({ code: 'INVALID_TIME_ZONE' }),
    );
    expect(() => findProgrammeConflicts([{ ...y('a', '09:00', '10:00'), startsAt: new Date('x') }], yinchuan)).toThrow(
      expect.objectContaining({ code: 'INVALID_INSTANT', message: expect.stringContaining('Session a') }),
    );
  });

  it('handles a large programme by sweeping, finding exactly the overlaps', () => {
    // 2,000 back-to-back 30-minute sessions in one room, plus one long session across ten of them.
    const base = fromLocal('2024-10-25', '00:00', 'Asia/Shanghai').getTime();
    const slot = 30 * 60_000;
    const sessions: ProgrammeSession[] = Array.from({ length: 2000 }, (_, i) => ({
      id: `s${String(i).padStart(4, '0')}`,
      title: `Slot ${i}`,
      startsAt: new Date(base + (i % 192) * slot),
      endsAt: new Date(base + (i % 192) * slot + slot),
      roomId: `room-${Math.floor(i / 192)}`,
      speakerIds: [],
    }));
    sessions.push({
      id: 'long',
      title: 'Long',
      startsAt: new Date(base + 5 * slot),
      endsAt: new Date(base + 15 * slot),
      roomId: 'room-0',
      speakerIds: [],
    });
    const conflicts = findProgrammeConflicts(sessions, yinchuan);
    expect(conflicts).toHaveLength(10);
    expect(conflicts.every((c) => c.code === 'ROOM_OVERLAP' && c.sessionIds.includes('long'))).toBe(true);
  });
});
