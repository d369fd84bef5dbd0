import { answerRows, countsTable, isDecision, parseQueueFilter, queueSearch, selectedIds, toApiFilter } from './accreditation-queue.js';

describe(parseQueueFilter.name, () => {
  it('reads category, status and words from the address', () => {
    expect(parseQueueFilter(new URLSearchParams('category=media&status=SUBMITTED&q=%20Seitova%20'))).toEqual({ category: 'media', status: 'SUBMITTED', q: 'Seitova' });
  });

  it('treats an unknown status, a malformed category and empty values as "any"', () => {
    expect(parseQueueFilter(new URLSearchParams('category=Not%20A%20Slug&status=PENDING&q='))).toEqual({ category: null, status: null, q: null });
  });

  it('cuts an overlong search to the api limit instead of failing the page', () => {
    expect(parseQueueFilter(new URLSearchParams({ q: 'x'.repeat(500) })).q).toHaveLength(200);
  });
});

describe(toApiFilter.name, () => {
  it('sends nothing when nothing narrows the list, and each given condition otherwise', () => {
    expect(toApiFilter({ category: null, status: null, q: null })).toBeNull();
    expect(toApiFilter({ category: 'business', status: 'APPROVED', q: 'KZ' })).toEqual({ categories: ['business'], statuses: ['APPROVED'], text: 'KZ', citizenship: null, delegationId: null });
  });
});

describe(queueSearch.name, () => {
  it('keeps the filter and the page cursor in the query string, leaving empty parts out', () => {
    expect(queueSearch({ category: null, status: null, q: null })).toBe('');
    expect(queueSearch({ category: 'media', status: null, q: 'a b' }, 'cursor1')).toBe('?category=media&q=a+b&after=cursor1');
  });
});

describe(countsTable.name, () => {
  it('builds a row per category with totals, columns for the statuses that occur only', () => {
    const table = countsTable(
      [
        { category: 'business', status: 'APPROVED', count: 3 },
        { category: 'business', status: 'SUBMITTED', count: 1 },
        { category: 'delegation-member', status: 'SUBMITTED', count: 2 },
      ],
      ['media', 'business'],
    );
    expect(table.statuses).toEqual(['SUBMITTED', 'APPROVED']);
    // A category without applications is left out; one the api counts but the page did not name is kept.
    expect(table.rows.map((row) => [row.category, row.counts.SUBMITTED, row.counts.APPROVED, row.total])).toEqual([
      ['business', 1, 3, 4],
      ['delegation-member', 2, 0, 2],
    ]);
    expect(table.totals.SUBMITTED).toBe(3);
    expect(table.total).toBe(6);
  });
});

describe(selectedIds.name, () => {
  it('takes each ticked id once and ignores empty values', () => {
    const form = new FormData();
    for (const id of ['a', 'b', 'a', '']) form.append('ids', id);
    expect(selectedIds(form)).toEqual(['a', 'b']);
  });
});

describe(isDecision.name, () => {
  it('knows the three decisions of the queue and nothing else', () => {
    expect(['approve', 'reject', 'waitlist', 'cancel', ''].filter(isDecision)).toEqual(['approve', 'reject', 'waitlist']);
  });
});

describe(answerRows.name, () => {
  it('flattens the answers into readable rows, skipping empty ones', () => {
    expect(answerRows(JSON.stringify({ givenName: 'Aigerim', consent: { noticeId: 'cca-12-privacy', version: '2026-11' }, dietaryNeeds: '', languages: ['ru', 'kk'] }))).toEqual([
      { key: 'givenName', value: 'Aigerim' },
      { key: 'consent.noticeId', value: 'cca-12-privacy' },
      { key: 'consent.version', value: '2026-11' },
      { key: 'languages', value: 'ru, kk' },
    ]);
  });

  it('shows text that is not a JSON object as it came', () => {
    expect(answerRows('not json')).toEqual([{ key: 'answers', value: 'not json' }]);
  });
});
