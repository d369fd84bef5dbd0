// Read models shared by the api, its exports and the worker ('@caravan/db/read-models'): who may
// see what (one where-builder), calendar dates and text columns (one helper each), and the
// programme of an edition (one loader).
export { calendarDate, dateColumn, datesBetween } from './calendar-date.js';
export { optionalTextColumn, textColumn } from './localized-text.js';
export { searchRecords, SEARCH_KINDS, SEARCH_TEXT_MAX, type SearchHit, type SearchKind, type SearchOptions } from './search.read-model.js';
export { covers, organizerAudience, ownFlag, PLATFORM, visible, VISITOR, type Audience, type VisibleModel } from './visibility.js';
export {
  bySpeakerOrder,
  findProgrammeEdition,
  loadProgramme,
  loadProgrammes,
  SPEAKER_ROLE_ORDER,
  type Programme,
  type ProgrammeContent,
  type ProgrammeEdition,
  type ProgrammeEditionRef,
  type ProgrammeOptions,
  type ProgrammePerson,
  type ProgrammeRef,
  type ProgrammeRoom,
  type ProgrammeSession,
  type ProgrammeSpeaker,
  type ProgrammeTrack,
} from './programme.read-model.js';
