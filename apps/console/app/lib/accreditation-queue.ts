// The accreditation queue's vocabulary and its pure parts: the filter an address asks for (kept in
// the URL, so a filtered list can be bookmarked and works without JavaScript), the api filter it
// becomes, the counts table per category and status, and the decisions a queue may send.
import type { ApplicationFilter, ApplicationStatus } from '../generated/graphql.js';
import type { ConsoleMessageKey } from '../i18n/console-i18n.js';

/** Every status, in lifecycle order (the api's enum). */
export const APPLICATION_STATUSES: readonly ApplicationStatus[] = ['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'WAITLISTED', 'CANCELLED', 'WITHDRAWN'];

export const STATUS_LABELS: Readonly<Record<ApplicationStatus, ConsoleMessageKey>> = {
  DRAFT: 'accreditation.status.DRAFT',
  SUBMITTED: 'accreditation.status.SUBMITTED',
  APPROVED: 'accreditation.status.APPROVED',
  REJECTED: 'accreditation.status.REJECTED',
  WAITLISTED: 'accreditation.status.WAITLISTED',
  CANCELLED: 'accreditation.status.CANCELLED',
  WITHDRAWN: 'accreditation.status.WITHDRAWN',
};

/** The decisions the queue offers, each one api mutation over a batch of ids. */
export const DECISIONS = ['approve', 'reject', 'waitlist'] as const;
export type QueueDecision = (typeof DECISIONS)[number];

export const DECISION_LABELS: Readonly<Record<QueueDecision, ConsoleMessageKey>> = {
  approve: 'accreditation.approve',
  reject: 'accreditation.reject',
  waitlist: 'accreditation.waitlist',
};

export const isDecision = (intent: string): intent is QueueDecision => (DECISIONS as readonly string[]).includes(intent);

/** The api's limit on one search text; a longer one is cut rather than refused. */
const MAX_SEARCH = 200;

export interface QueueFilter {
  category: string | null;
  status: ApplicationStatus | null;
  q: string | null;
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** The filter a query string asks for; a malformed category or an unknown status is left out, as "any". */
export function parseQueueFilter(params: URLSearchParams): QueueFilter {
  const value = (name: string) => params.get(name)?.trim() || null;
  const category = value('category');
  const status = value('status');
  return {
    category: category !== null && SLUG.test(category) ? category : null,
    status: status !== null && (APPLICATION_STATUSES as readonly string[]).includes(status) ? (status as ApplicationStatus) : null,
    q: value('q')?.slice(0, MAX_SEARCH) ?? null,
  };
}

/** The api's ApplicationFilter for the queue's filter; null when nothing narrows the list. */
export function toApiFilter(filter: QueueFilter): ApplicationFilter | null {
  const api: ApplicationFilter = { categories: null, statuses: null, text: null, citizenship: null, delegationId: null };
  if (filter.category) api.categories = [filter.category];
  if (filter.status) api.statuses = [filter.status];
  if (filter.q) api.text = filter.q;
  return filter.category || filter.status || filter.q ? api : null;
}

/** The address of the queue with this filter (empty parts left out) and, when given, a page cursor. */
export function queueSearch(filter: QueueFilter, after?: string | null): string {
  const params = new URLSearchParams();
  if (filter.category) params.set('category', filter.category);
  if (filter.status) params.set('status', filter.status);
  if (filter.q) params.set('q', filter.q);
  if (after) params.set('after', after);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export interface CountRow {
  category: string;
  counts: Record<ApplicationStatus, number>;
  total: number;
}

export interface CountsTable {
  /** Statuses that occur at all, in lifecycle order: the table's columns. */
  statuses: ApplicationStatus[];
  rows: CountRow[];
  totals: Record<ApplicationStatus, number>;
  total: number;
}

const zeroes = (): Record<ApplicationStatus, number> => Object.fromEntries(APPLICATION_STATUSES.map((status) => [status, 0])) as Record<ApplicationStatus, number>;

/** The api's counts (one per category and status) as a table: a row per category in the given order. */
export function countsTable(counts: readonly { category: string; status: ApplicationStatus; count: number }[], categories: readonly string[]): CountsTable {
  const rows = new Map<string, CountRow>();
  for (const category of categories) rows.set(category, { category, counts: zeroes(), total: 0 });
  const totals = zeroes();
  let total = 0;
  for (const { category, status, count } of counts) {
    const row = rows.get(category) ?? { category, counts: zeroes(), total: 0 };
    row.counts[status] += count;
    row.total += count;
    rows.set(category, row);
    totals[status] += count;
    total += count;
  }
  return { statuses: APPLICATION_STATUSES.filter((status) => totals[status] > 0), rows: [...rows.values()].filter((row) => row.total > 0), totals, total };
}

/** The ids a queue form sends (one checkbox per application, all named "ids"), each once. */
export function selectedIds(form: FormData): string[] {
  return [...new Set(form.getAll('ids').map(String).filter(Boolean))];
}

export interface AnswerRow {
  key: string;
  value: string;
}

/** Every answer of an application (the api sends them as JSON text) as key and readable value, in the form's order. */
export function answerRows(answersJson: string): AnswerRow[] {
  let answers: unknown;
  try {
    answers = JSON.parse(answersJson);
  } catch {
    return [{ key: 'answers', value: answersJson }];
  }
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return [{ key: 'answers', value: answersJson }];
  const rows: AnswerRow[] = [];
  const add = (key: string, value: unknown) => {
    if (value === null || value === undefined || value === '') return;
    if (typeof value === 'object' && !Array.isArray(value)) {
      for (const [inner, innerValue] of Object.entries(value)) add(`${key}.${inner}`, innerValue);
      return;
    }
    rows.push({ key, value: Array.isArray(value) ? value.map(String).join(', ') : String(value) });
  };
  for (const [key, value] of Object.entries(answers)) add(key, value);
  return rows;
}
