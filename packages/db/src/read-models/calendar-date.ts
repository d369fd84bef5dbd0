// Calendar dates (YYYY-MM-DD) and the PostgreSQL `date` columns that hold them. Prisma reads a
// `date` as midnight UTC, so the calendar date is the UTC day of that instant, never the local
// day of the server. Every reader and writer of a date column goes through these two functions.

/** 'YYYY-MM-DD' of a `date` column as Prisma reads it. */
export function calendarDate(value: Date): string;
export function calendarDate(value: Date | null): string | null;
export function calendarDate(value: Date | null): string | null {
  return value === null ? null : value.toISOString().slice(0, 10);
}

/** The value to write into a `date` column for 'YYYY-MM-DD'. */
export function dateColumn(date: string): Date;
export function dateColumn(date: string | null | undefined): Date | null;
export function dateColumn(date: string | null | undefined): Date | null {
  return date ? new Date(`${date}T00:00:00Z`) : null;
}

/** Calendar dates from `first` to `last` inclusive. */
export function datesBetween(first: string, last: string): string[] {
  const dates: string[] = [];
  const end = dateColumn(last).getTime();
  for (const cursor = dateColumn(first); cursor.getTime() <= end; cursor.setUTCDate(cursor.getUTCDate() + 1)) dates.push(calendarDate(cursor));
  return dates;
}
