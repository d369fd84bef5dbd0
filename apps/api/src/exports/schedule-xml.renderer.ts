// schedule.xml: the same schedule document in frab's XML form (c3voc schedule.xml.xsd), built
// with fast-xml-parser's XMLBuilder so escaping is the library's job, not ours.
import { XMLBuilder } from 'fast-xml-parser';
import type { ProgrammeExport } from './export.models.js';
import { buildSchedule, GENERATOR_NAME, type ScheduleEvent } from './schedule.builder.js';

type XmlNode = { [key: string]: XmlValue };
type XmlValue = string | number | XmlNode | XmlNode[] | undefined;

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  format: true,
  indentBy: '  ',
  suppressBooleanAttributes: false,
});

/**
 * Characters XML 1.0 cannot carry at all, escaped or not: C0 controls other than tab, line feed
 * and carriage return, U+FFFE / U+FFFF and unpaired surrogate halves. Inputs refuse them now,
 * but older records may hold them; dropping them keeps the file well-formed for every reader.
 */
// eslint-disable-next-line no-control-regex -- the class names exactly the characters XML forbids
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu;

// XSD type "slug" for track attributes; a slug outside it is left out (the attribute is optional).
const XSD_SLUG = /^[a-z][a-z0-9-]+$/;

function eventNode(event: ScheduleEvent): XmlNode {
  // Element order inside <event> is free (xs:all); optional elements are left out when empty.
  return {
    '@_guid': event.guid,
    '@_id': event.id,
    room: event.room,
    title: event.title,
    subtitle: event.subtitle ?? undefined,
    type: event.type,
    date: event.date,
    start: event.start,
    duration: event.duration,
    abstract: event.abstract ?? '',
    slug: event.slug,
    track: event.track ?? '',
    persons: { person: event.persons.map((p) => ({ '@_id': p.id, '@_guid': p.guid, '#text': p.public_name })) },
    language: event.language ?? undefined,
    description: event.description ?? undefined,
    links: '',
    attachments: '',
    url: event.url,
  };
}

export function renderScheduleXml(model: ProgrammeExport): string {
  const { schedule } = buildSchedule(model);
  const c = schedule.conference;
  const roomGuids = new Map(c.rooms.map((room) => [room.name, room.guid]));
  const document: XmlNode = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    schedule: {
      generator: { '@_name': GENERATOR_NAME },
      version: schedule.version,
      conference: {
        acronym: c.acronym,
        title: c.title,
        start: c.start === '' ? undefined : c.start,
        end: c.end === '' ? undefined : c.end,
        days: c.daysCount,
        timeslot_duration: c.timeslot_duration,
        base_url: schedule.base_url,
        url: c.url,
        time_zone_name: c.time_zone_name,
        track: c.tracks.map((t) => ({ '@_name': t.name, ...(XSD_SLUG.test(t.slug) ? { '@_slug': t.slug } : {}) })),
      },
      day: c.days.map((day) => ({
        '@_index': day.index,
        '@_date': day.date,
        '@_start': day.day_start,
        '@_end': day.day_end,
        room: Object.entries(day.rooms).map(([name, events]) => {
          const guid = roomGuids.get(name);
          return { '@_name': name, ...(guid ? { '@_guid': guid } : {}), event: events.map(eventNode) };
        }),
      })),
    },
  };
  return String(builder.build(document)).replace(NOT_XML, '');
}
