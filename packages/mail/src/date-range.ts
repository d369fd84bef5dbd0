// An edition's calendar dates, written in a mail as one range ("25–28 October 2024",
// "2024年10月25日至28日"). ICU MessageFormat has no range argument, so the renderer formats a
// range with Intl.DateTimeFormat#formatRange in the message's language before interpolating it.

export class DateRange {
  constructor(
    /** First day, at 00:00 UTC. */
    readonly start: Date,
    /** Last day (inclusive), at 00:00 UTC. */
    readonly end: Date,
  ) {}

  /** The range in `locale`; the days are calendar days, so they are read in UTC, never shifted. */
  format(locale: string): string {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).formatRange(this.start, this.end);
  }
}
