// Calendar dates in documents: written YYYY-MM-DD in input, printed as "25 October 2024".
export { ZIsoDay as ZIsoDate } from '../credential/iso-day.schema.js';

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export const printDate = (isoDate: string): string => LONG_DATE.format(new Date(`${isoDate}T00:00:00Z`));
