import { toLocalParts } from '@caravan/tracks';
import { icsSequence, renderProgrammeIcs } from './programme-ics.renderer.js';
import { FARMING, GREEN, OPENING, programmeFixture } from './testing/programme-export.fixture.js';
import { icsText, parseIcsEvents } from './testing/parse-ics.js';

describe(renderProgrammeIcs.name, () => {
  const ics = renderProgrammeIcs(programmeFixture());
  const { calendar, events } = parseIcsEvents(ics);

  it('names the calendar and writes one event per session with stable UIDs', () => {
    expect(calendar.vcalendar?.['WR-CALNAME']).toBe('China–Central Asia Cooperation Forum 11 · Yinchuan');
    expect(events.map((e) => e.uid)).toEqual([
      'a0000000-0000-4000-8000-000000000001@china-central-asia.caravan',
      'a0000000-0000-4000-8000-000000000002@china-central-asia.caravan',
      'a0000000-0000-4000-8000-000000000003@china-central-asia.caravan',
    ]);
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  });

  it('puts the opening at 09:30 in Yinchuan, written as an unambiguous UTC time', () => {
    const opening = events[0];
    expect(ics).toContain('DTSTART:20241026T013000Z');
    expect(opening?.start.toISOString()).toBe('2024-10-26T01:30:00.000Z');
    expect(toLocalParts(opening?.start ?? new Date(NaN), 'Asia/Shanghai')).toMatchObject({ date: '2024-10-26', time: '09:30' });
    expect(opening?.end?.toISOString()).toBe('2024-10-26T03:00:00.000Z');
  });

  it('round-trips titles, room, track and a description with the local time and speakers', () => {
    const opening = events[0];
    expect(icsText(opening?.summary)).toBe(OPENING.title);
    expect(icsText(opening?.location)).toBe('Hall A');
    expect(opening?.categories).toEqual([GREEN.name]);
    expect(icsText(opening?.description)).toBe(
      '2024-10-26 09:30–11:00 (Asia/Shanghai, UTC+08:00)\n\nWelcome addresses.\nThen the keynote.\n\nKeynote: A. Keynote (Vice Chair, Committee)\nModerator: 主持人',
    );
    expect(icsText(events[1]?.location)).toBe('Hall B, Expo Centre');
    expect(events[2]?.location).toBeUndefined();
  });

  it('labels speaker roles in the requested language', () => {
    const ru = parseIcsEvents(renderProgrammeIcs(programmeFixture({ language: 'ru' }))).events[0];
    expect(icsText(ru?.description)).toContain('Модератор: 主持人');
  });

  it('lets clients see updates: SEQUENCE, LAST-MODIFIED and DTSTAMP follow updatedAt', () => {
    const opening = events[0];
    expect(opening?.sequence).toBe(icsSequence(OPENING));
    expect(icsSequence(OPENING)).toBeGreaterThan(icsSequence(FARMING));
    expect(opening?.lastmodified?.toISOString()).toBe('2024-10-20T08:00:00.000Z');
    expect(opening?.dtstamp.toISOString()).toBe('2024-10-20T08:00:00.000Z');
    const edited = { ...OPENING, updatedAt: new Date('2024-10-21T08:00:00Z') };
    expect(icsSequence(edited)).toBeGreaterThan(icsSequence(OPENING));
  });
});
