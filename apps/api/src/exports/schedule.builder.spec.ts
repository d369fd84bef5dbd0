import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchedule } from './schedule.builder.js';
import { renderScheduleJson } from './schedule-json.renderer.js';
import { renderScheduleXml } from './schedule-xml.renderer.js';
import { scheduleGuid } from './schedule-ids.js';
import { CONCERT, FARMING, OPENING, programmeFixture } from './testing/programme-export.fixture.js';
import { scheduleSchemaDir, validateScheduleJson, validateScheduleXml } from './testing/schedule-validators.js';

describe(buildSchedule.name, () => {
  const doc = buildSchedule(programmeFixture());
  const conference = doc.schedule.conference;

  it('describes the conference with every day of the edition in its own time zone', () => {
    expect(conference).toMatchObject({
      acronym: 'china_central_asia_11',
      title: 'China–Central Asia Cooperation Forum 11 · Yinchuan',
      start: '2024-10-25',
      end: '2024-10-28',
      daysCount: 4,
      time_zone_name: 'Asia/Shanghai',
      timeslot_duration: '00:30',
    });
    expect(conference.days.map((d) => [d.index, d.date, d.day_start, d.day_end])).toEqual([
      [1, '2024-10-25', '2024-10-25T00:00:00+08:00', '2024-10-25T23:59:00+08:00'],
      [2, '2024-10-26', '2024-10-26T00:00:00+08:00', '2024-10-26T23:59:00+08:00'],
      [3, '2024-10-27', '2024-10-27T00:00:00+08:00', '2024-10-27T23:59:00+08:00'],
      [4, '2024-10-28', '2024-10-28T00:00:00+08:00', '2024-10-28T23:59:00+08:00'],
    ]);
  });

  it('places events by room at their wall-clock time with stable guids', () => {
    const day2 = conference.days[1];
    expect(Object.keys(day2?.rooms ?? {})).toEqual(['Hall A', 'Hall B, Expo Centre']);
    const opening = day2?.rooms['Hall A']?.[0];
    expect(opening).toMatchObject({
      guid: scheduleGuid('session', OPENING.id),
      date: '2024-10-26T09:30:00+08:00',
      start: '09:30',
      end: '2024-10-26T11:00:00+08:00',
      duration: '01:30',
      room: 'Hall A',
      slug: 'china_central_asia_11-opening',
      url: 'http://api.test/china-central-asia/11#opening',
      track: 'Green development',
      type: 'plenary',
      language: 'zh-Hans',
      abstract: 'Welcome addresses.\nThen the keynote.',
    });
    expect(opening?.persons.map((p) => p.public_name)).toEqual(['A. Keynote', '主持人']);
    // Short session slugs are lengthened for the XSD; the concert has no room.
    expect(day2?.rooms['Hall B, Expo Centre']?.[0]?.slug).toBe('china_central_asia_11-session-qa');
    expect(conference.days[2]?.rooms['Room to be announced']?.[0]?.guid).toBe(scheduleGuid('session', CONCERT.id));
    expect(buildSchedule(programmeFixture()).schedule.conference.days[1]?.rooms['Hall A']?.[0]?.id).toBe(opening?.id);
  });

  it('keeps guids and ids when another session is removed', () => {
    const without = buildSchedule(programmeFixture({ sessions: [FARMING] }));
    const event = without.schedule.conference.days[1]?.rooms['Hall B, Expo Centre']?.[0];
    const before = conference.days[1]?.rooms['Hall B, Expo Centre']?.[0];
    expect(event?.guid).toBe(before?.guid);
    expect(event?.id).toBe(before?.id);
  });

  it('writes zone offsets that change with the zone rules (Almaty moved from +06 to +05 in 2024)', () => {
    const almaty = buildSchedule(
      programmeFixture({
        edition: { ...programmeFixture().edition, timeZone: 'Asia/Almaty', startDate: '2024-02-29', endDate: '2024-03-01' },
        sessions: [
          { ...OPENING, startsAt: new Date('2024-02-29T04:00:00Z'), endsAt: new Date('2024-02-29T05:00:00Z') },
          { ...FARMING, startsAt: new Date('2024-03-01T04:00:00Z'), endsAt: new Date('2024-03-01T05:00:00Z') },
        ],
      }),
    );
    const [first, second] = almaty.schedule.conference.days;
    expect(first?.rooms['Hall A']?.[0]?.date).toBe('2024-02-29T10:00:00+06:00');
    expect(second?.rooms['Hall B, Expo Centre']?.[0]?.date).toBe('2024-03-01T09:00:00+05:00');
  });
});

describe(renderScheduleJson.name, () => {
  it('validates unchanged against the c3voc JSON schema', () => {
    const json: unknown = JSON.parse(renderScheduleJson(programmeFixture()));
    expect(validateScheduleJson(json)).toEqual([]);
  });

  it('validates an empty programme too', () => {
    const json: unknown = JSON.parse(renderScheduleJson(programmeFixture({ sessions: [], rooms: [] })));
    expect(validateScheduleJson(json)).toEqual([]);
  });

  it('is checked by a validator that accepts the pretalx example and rejects a broken document', () => {
    const example: unknown = JSON.parse(readFileSync(join(scheduleSchemaDir(), 'example-pretalx-democon.json'), 'utf8'));
    expect(validateScheduleJson(example)).toEqual([]);
    const broken = buildSchedule(programmeFixture());
    broken.schedule.conference.acronym = 'china-central-asia-11';
    expect(validateScheduleJson(broken).map((e) => e.instancePath)).toContain('/schedule/conference/acronym');
  });
});

describe(renderScheduleXml.name, () => {
  const xml = renderScheduleXml(programmeFixture());

  it('validates unchanged against the c3voc XSD', () => {
    expect(validateScheduleXml(xml)).toBeNull();
    expect(validateScheduleXml(renderScheduleXml(programmeFixture({ sessions: [], rooms: [] })))).toBeNull();
  });

  it('escapes text and carries the same events as the JSON', () => {
    expect(xml).toContain('<title>Opening plenary: green, shared; &lt;home&gt; &amp; future</title>');
    expect(xml).toContain(`<event guid="${scheduleGuid('session', OPENING.id)}"`);
    expect(xml).toContain('<date>2024-10-26T09:30:00+08:00</date>');
    expect(xml).toContain('<track name="Agriculture &amp; water" slug="agriculture"');
    expect(xml.match(/<event /g)).toHaveLength(3);
  });

  it('is checked by an xmllint run that can fail', () => {
    expect(validateScheduleXml(xml.replace('<start>09:30</start>', '<start>9.30</start>'))).toContain('start');
  });
});
