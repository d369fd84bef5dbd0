// A calendar day written YYYY-MM-DD that exists (no 30 February), as a schema.
import * as z from 'zod/mini';
import { dayNumber } from './calendar-day.js';

export const ZIsoDay = z.string().check(z.refine((value) => dayNumber(value) !== undefined, 'must be a real date written YYYY-MM-DD'));
