// Calendar days as whole numbers (days since 1970-01-01), the unit the credential stores.
// A day is a venue-local date written YYYY-MM-DD; no time zone is involved.

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** The day number of a YYYY-MM-DD date, or undefined when the text is not a real date. */
export function dayNumber(isoDay: string): number | undefined {
  const match = ISO_DAY.exec(isoDay);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  // Date.UTC rolls 2024-02-30 over to March; a real date survives the round trip.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return ms / MS_PER_DAY;
}

export function isoDay(dayNumberValue: number): string {
  return new Date(dayNumberValue * MS_PER_DAY).toISOString().slice(0, 10);
}
