// Cloning an edition through the api: one call copies the edition's set-up to new dates.
import type { Organizer } from './auth.server.js';

export interface CloneRequest {
  number: number;
  startDate: string;
  endDate: string;
  withSessions: boolean;
}

/** Where the api's cloneEdition problems show on the form. */
export const cloneFieldMap: Readonly<Record<string, string>> = { number: 'number', startDate: 'startDate', endDate: 'endDate', withSessions: 'withSessions' };

export async function cloneEdition(organizer: Organizer, series: string, fromNumber: number, request: CloneRequest): Promise<{ number: number }> {
  const { endDate, ...rest } = request;
  const cloned = await organizer.client.mutation.cloneEdition({ series, fromNumber, input: { ...rest, ...(endDate ? { endDate } : {}) } });
  return { number: cloned.number };
}
