// The programme's closed lists, shared by the editor's pages and their server code.
import type { SessionKind } from '../generated/graphql.js';

export const SESSION_KINDS: readonly SessionKind[] = ['PLENARY', 'PANEL', 'SUB_FORUM', 'CEREMONY', 'SIGNING_CEREMONY', 'BILATERAL_MEETING', 'CULTURAL_EVENT', 'BREAK'];

export interface ProgrammeChoices {
  days: { value: string; label: string; heading: string }[];
  rooms: { value: string; label: string }[];
  tracks: { value: string; label: string }[];
  languages: { value: string; label: string }[];
}
