import { sessionCalendar } from './session-ics.server.js';

describe(sessionCalendar.name, () => {
  it('writes one event in UTC with the feed UID, escaping what iCalendar reserves', () => {
    const ics = sessionCalendar({
      sessionId: 'ses_1',
      seriesSlug: 'china-central-asia',
      title: 'Sub-forum; green development, water',
      description: null,
      startsAt: '2024-10-26T01:00:00.000Z',
      endsAt: '2024-10-26T03:30:00.000Z',
      location: 'Hall A, Yinchuan',
      url: 'https://forums.example/china-central-asia/11/sessions/green',
      calendarName: 'Edition 11',
    });
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toContain('UID:ses_1@china-central-asia.caravan');
    expect(ics).toContain('DTSTART:20241026T010000Z');
    expect(ics).toContain('DTEND:20241026T033000Z');
    expect(ics).toContain('SUMMARY:Sub-forum\\; green development\\, water');
    expect(ics).toContain('LOCATION:Hall A\\, Yinchuan');
  });
});
