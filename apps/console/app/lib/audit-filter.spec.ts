import { isPastRange, matchesAuditFilter, parseAuditFilter } from './audit-filter.js';

const entry = (action: string, entityType: string, at: string, email: string | null) => ({ action, entityType, at, actor: email ? { email } : null });

describe(parseAuditFilter.name, () => {
  it('keeps known choices and well-formed dates, and drops the rest', () => {
    expect(parseAuditFilter(new URLSearchParams('actor=CCA-Organizer&action=publish&entityType=Session&from=2026-11-01&to=2026-11-30'))).toEqual({
      actor: 'cca-organizer',
      action: 'publish',
      entityType: 'Session',
      from: '2026-11-01',
      to: '2026-11-30',
    });
    expect(parseAuditFilter(new URLSearchParams('action=drop&entityType=Table&from=yesterday&to=2026-13-45'))).toEqual({ actor: null, action: null, entityType: null, from: null, to: null });
  });
});

describe(matchesAuditFilter.name, () => {
  const filter = parseAuditFilter(new URLSearchParams('actor=cca&action=publish&from=2026-11-02&to=2026-11-03'));

  it('needs every condition, with both range ends inclusive', () => {
    expect(matchesAuditFilter(entry('publish', 'Session', '2026-11-02T00:00:00Z', 'cca-organizer@caravan.local'), filter)).toBe(true);
    expect(matchesAuditFilter(entry('publish', 'Agreement', '2026-11-03T23:59:59Z', 'cca-organizer@caravan.local'), filter)).toBe(true);
    expect(matchesAuditFilter(entry('update', 'Session', '2026-11-02T10:00:00Z', 'cca-organizer@caravan.local'), filter)).toBe(false);
    expect(matchesAuditFilter(entry('publish', 'Session', '2026-11-04T00:00:00Z', 'cca-organizer@caravan.local'), filter)).toBe(false);
    expect(matchesAuditFilter(entry('publish', 'Session', '2026-11-02T10:00:00Z', null), filter)).toBe(false);
  });

  it('knows when the newest-first trail has passed the range', () => {
    expect(isPastRange(entry('publish', 'Session', '2026-11-01T23:00:00Z', null), filter)).toBe(true);
    expect(isPastRange(entry('publish', 'Session', '2026-11-02T00:00:00Z', null), filter)).toBe(false);
  });
});
