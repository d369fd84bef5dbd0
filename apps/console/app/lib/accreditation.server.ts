// The accreditation queue's reads and decisions against the api: the edition (its id and public
// categories), a filtered page of applications with the counts, one application by reference,
// and a batch decision sent with an Idempotency-Key, so a form sent twice decides once.
import type { ApplicationStatus } from '../generated/graphql.js';
import { AccreditationApplicationDocument, AccreditationEditionDocument, AccreditationQueueDocument } from '../generated/graphql.js';
import type { ConsoleLocale } from '../i18n/console-i18n.js';
import { DECISION_LABELS, isDecision, selectedIds, type QueueDecision, type QueueFilter, toApiFilter } from './accreditation-queue.js';
import { organizerAction } from './action.server.js';
import { apiClient, fromApi, notFound } from './api.server.js';
import type { Organizer } from './auth.server.js';

export const QUEUE_PAGE_SIZE = 50;

export interface QueueEdition {
  id: string;
  number: number;
  /** Public categories by slug, with their names in the page's language. */
  categoryNames: Record<string, string>;
}

export async function readQueueEdition(organizer: Organizer, series: string, number: number, locale: ConsoleLocale): Promise<QueueEdition> {
  const result = await fromApi(() => organizer.client.request(AccreditationEditionDocument, { series, number, lang: locale }));
  if (!result.edition) notFound(`Edition ${number} of "${series}"`);
  const categoryNames = Object.fromEntries((result.registration?.categories ?? []).map((category) => [category.slug, category.name]));
  return { id: result.edition.id, number: result.edition.number, categoryNames };
}

export function readQueue(organizer: Organizer, editionId: string, filter: QueueFilter, after: string | null) {
  return fromApi(() => organizer.client.request(AccreditationQueueDocument, { editionId, filter: toApiFilter(filter), first: QUEUE_PAGE_SIZE, after }));
}

/** The application with exactly this reference, or a 404 page. */
export async function readApplication(organizer: Organizer, editionId: string, reference: string) {
  const result = await fromApi(() => organizer.client.request(AccreditationApplicationDocument, { editionId, reference }));
  const application = result.applications.edges.map((edge) => edge.node).find((node) => node.reference === reference);
  if (!application) notFound(`Application ${reference}`);
  return application;
}

export interface DecisionOutcome {
  id: string;
  status: ApplicationStatus | null;
  error: string | null;
  message: string | null;
}

const MUTATIONS = { approve: 'approveApplications', reject: 'rejectApplications', waitlist: 'waitlistApplications' } as const;

/** One batch decision; the api answers an outcome per id (a full category fails that id only). */
export function decide(organizer: Organizer, decision: QueueDecision, ids: string[], reason: string | null, idempotencyKey: string): Promise<DecisionOutcome[]> {
  const client = apiClient(organizer.accessToken, { 'idempotency-key': idempotencyKey });
  return client.mutation[MUTATIONS[decision]]({ ids, reason });
}

/** The address of an edition's accreditation queue (and, with `rest`, of a page under it). */
export const queuePath = (series: string, number: number, rest = '') => `/series/${encodeURIComponent(series)}/editions/${number}/accreditation${rest}`;

/**
 * A decision form of the queue or of one application: the ids ticked (or the one in view), the
 * reason, and the form's idempotency key. Back to `back` with a notice of what was decided and,
 * line by line, what was not (a full category, a status that does not allow the move).
 */
export function decisionAction(request: Request, back: string): ReturnType<typeof organizerAction> {
  return organizerAction(request, { fields: { ids: 'ids', reason: 'reason' } }, async ({ organizer, form, intent, text, t, done, refuse }) => {
    if (!isDecision(intent)) throw new Response(`Unknown intent "${intent}"`, { status: 400 });
    const ids = selectedIds(form);
    if (ids.length === 0) refuse([{ field: 'ids', code: 'REQUIRED', message: t('accreditation.noneSelected') }]);
    const key = text('idempotencyKey');
    if (!/^[A-Za-z0-9-]{16,64}$/.test(key)) throw new Response('The form has no idempotency key; reload the page.', { status: 400 });
    const outcomes = await decide(organizer, intent, ids, text('reason') || null, key);
    const failed = outcomes.filter((outcome) => outcome.error !== null);
    const reference = (id: string) => text(`ref-${id}`) || id;
    return done(back, {
      kind: failed.length === 0 ? 'success' : 'info',
      message: 'accreditation.decided',
      values: { decision: t(DECISION_LABELS[intent]), done: outcomes.length - failed.length, total: outcomes.length },
      lines: failed.map((outcome) => `${reference(outcome.id)}: ${outcome.message ?? ''} (${outcome.error ?? ''})`),
    });
  });
}
