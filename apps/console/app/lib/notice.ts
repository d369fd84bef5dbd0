// One-shot notices shown at the top of the next page after an action (kept in the session's flash).
import type { ConsoleMessageKey } from '../i18n/console-i18n.js';

export interface Notice {
  kind: 'success' | 'info';
  message: ConsoleMessageKey;
  values?: Record<string, string | number>;
  /** Details listed under the message, as the api worded them (e.g. the ids a batch could not decide). */
  lines?: string[];
  /**
   * A draft the api does not list yet: its id, so the notice can offer to publish it right away.
   */
  draft?: { kind: DraftKind; id: string; label: string };
}

export type DraftKind = 'session' | 'delegation' | 'agreement' | 'statement' | 'person';
