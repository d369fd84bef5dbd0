// GraphQL inputs of the programme mutations, derived from the schemas of @caravan/forums. A
// session is entered as the organizers plan it, in the edition's local date and wall-clock times;
// ZSessionEditInput is ZSessionInput with those in place of the UTC instants, and the writer
// turns them into instants with fromLocal before ZSessionInput checks the whole session.
import { ZLocalDate, ZRoomInput, ZSessionInput, ZSessionSpeakersInput, ZTrackInput, ZVenueInput } from '@caravan/forums';
import { ID } from '@nestjs/graphql';
import { z } from 'zod';
import { inputType, type FieldDocs, type InputOf, type PatchOf } from '../../common/write/input-type.js';

const ZLocalTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: (issue) => `"${String(issue.input)}" is not a 24-hour time in the form HH:mm` });

const { startsAt: _startsAt, endsAt: _endsAt, ...SESSION_FIELDS } = ZSessionInput.shape;
export const ZSessionEditInput = z.object({ ...SESSION_FIELDS, date: ZLocalDate, startTime: ZLocalTime, endTime: ZLocalTime });

const SESSION_DOCS: FieldDocs<typeof ZSessionEditInput> = {
  slug: 'URL slug, unique within the edition.',
  kind: 'Format of the session.',
  title: 'Title, at least in English.',
  description: 'What the session is about.',
  roomId: { description: "Room of one of the edition's venues; no two sessions may share a room at the same time.", type: () => ID },
  trackSlug: "Slug of one of the edition's tracks.",
  languages: 'Languages spoken on the floor (BCP 47), each once.',
  interpretation: 'Languages offered through interpretation (BCP 47).',
  published: 'Visible to visitors right away; false (a draft) when left out.',
  date: "Local day, YYYY-MM-DD, within the edition's dates.",
  startTime: "Local start, HH:mm (24-hour) in the edition's time zone, e.g. 09:30 in Yinchuan.",
  endTime: 'Local end, HH:mm (24-hour) on the same day, after startTime. 24:00 is not accepted; end at 23:59.',
};

export const CreateSessionInput = inputType('CreateSessionInput', ZSessionEditInput, {
  description: "A programme session. Times are local wall-clock in the edition's time zone (Edition.timeZone), not UTC.",
  fields: SESSION_DOCS,
});
export type CreateSessionInput = InputOf<typeof ZSessionEditInput>;

export const UpdateSessionInput = inputType('UpdateSessionInput', ZSessionEditInput, {
  description: "Changes to a session: a field left out keeps its value, null clears an optional one. Times are local wall-clock in the edition's time zone.",
  fields: SESSION_DOCS,
  omit: ['published'],
  patch: true,
});
export type UpdateSessionInput = PatchOf<typeof ZSessionEditInput, 'published'>;

const ZSessionSpeaker = ZSessionSpeakersInput.element;
export const SessionSpeakerInput = inputType('SessionSpeakerInput', ZSessionSpeaker, {
  description: 'A person and the role they play in a session.',
  fields: { person: 'Slug of the person, e.g. shen-yueyue.', role: 'Keynote, moderator or speaker.' },
});
export type SessionSpeakerInput = InputOf<typeof ZSessionSpeaker>;

const TRACK_DOCS: FieldDocs<typeof ZTrackInput> = {
  slug: 'URL slug, unique within the edition, e.g. green.',
  taxonomySlug: 'Slug of the @caravan/tracks taxonomy track it belongs to, e.g. green-development; leave out for a custom track.',
  name: 'Name, at least in English; required for a custom track, else taken from the taxonomy.',
  description: 'What the track covers in this edition.',
  position: "Order among the edition's tracks (0 first).",
};

export const AddTrackInput = inputType('AddTrackInput', ZTrackInput, {
  description: 'A track of an edition: from the shared taxonomy (its name is used when none is given) or custom.',
  fields: TRACK_DOCS,
});
export type AddTrackInput = InputOf<typeof ZTrackInput>;

export const UpdateTrackInput = inputType('UpdateTrackInput', ZTrackInput, { description: 'Changes to a track; fields left out keep their value.', fields: TRACK_DOCS, patch: true });
export type UpdateTrackInput = PatchOf<typeof ZTrackInput>;

export const AddVenueInput = inputType('AddVenueInput', ZVenueInput, {
  description: 'A venue of an edition, e.g. a convention centre.',
  fields: { slug: 'URL slug, unique within the edition.', name: 'Name, at least in English.', address: 'Postal address, at least in English.' },
});
export type AddVenueInput = InputOf<typeof ZVenueInput>;

const ROOM_DOCS: FieldDocs<typeof ZRoomInput> = {
  slug: 'URL slug, unique within the venue, e.g. hall-a.',
  name: 'Name, at least in English.',
  capacity: 'Seats, 1 or more.',
  position: "Order among the venue's rooms (0 first).",
};

export const AddRoomInput = inputType('AddRoomInput', ZRoomInput, { description: 'A hall or room of a venue.', fields: ROOM_DOCS });
export type AddRoomInput = InputOf<typeof ZRoomInput>;

export const UpdateRoomInput = inputType('UpdateRoomInput', ZRoomInput, { description: 'Changes to a room; fields left out keep their value.', fields: ROOM_DOCS, patch: true });
export type UpdateRoomInput = PatchOf<typeof ZRoomInput>;
