// One application of the queue: the person, every answer of the form, the photo, the history of
// its status (who decided, when, why), and the same decisions as the queue for this one.
import { randomUUID } from 'node:crypto';
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { DecisionControls } from '../components/decision-controls.js';
import { ConsoleForm, FieldProblems, FormTitle } from '../components/form.js';
import { answerRows, STATUS_LABELS } from '../lib/accreditation-queue.js';
import { decisionAction, queuePath, readApplication, readQueueEdition } from '../lib/accreditation.server.js';
import { can } from '../lib/access.js';
import { formatInstant } from '../lib/format.server.js';
import { editionParam, openPlace } from '../lib/page.server.js';
import { pageTitle } from '../lib/page-title.js';
import { useConsole } from '../lib/use-console.js';

export const meta = pageTitle('accreditation.application');

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organizer, locale, series, edition: number } = await openPlace(request, params, 'accreditation');
  const edition = await readQueueEdition(organizer, series, number ?? 0, locale);
  const application = await readApplication(organizer, edition.id, params['reference'] ?? '');
  const base = queuePath(series, edition.number);
  const scope = { series, edition: edition.number };
  const name = `${application.givenName} ${application.familyName}`;
  return data(
    {
      base,
      here: `${base}/${encodeURIComponent(application.reference)}`,
      id: application.id,
      reference: application.reference,
      name,
      status: application.status,
      category: edition.categoryNames[application.category] ?? application.category,
      facts: [
        { label: 'accreditation.email', value: application.email },
        { label: 'accreditation.citizenship', value: application.citizenship },
        { label: 'accreditation.organization', value: application.outlet ?? application.organization ?? '—' },
        { label: 'accreditation.language', value: application.language },
        { label: 'accreditation.submittedAt', value: application.submittedAt ? formatInstant(application.submittedAt, locale) : '—' },
        { label: 'accreditation.decisionReason', value: application.decisionReason ?? '—' },
      ] as const,
      answers: answerRows(application.answers),
      photo: application.hasPhoto ? `${base}/photos/${application.id}` : null,
      history: application.history.map((entry) => ({
        at: formatInstant(entry.at, locale),
        status: entry.status,
        reason: entry.reason,
        by: entry.actorName ? `${entry.actorName} <${entry.actorEmail ?? ''}>` : entry.by,
      })),
      mayDecide: can(organizer.viewer, 'registration.review', scope) || can(organizer.viewer, 'media.review', scope),
      idempotencyKey: randomUUID(),
    },
    { headers: organizer.headers },
  );
}

export function action({ request, params }: ActionFunctionArgs) {
  return decisionAction(request, `${queuePath(params['series'] ?? '', editionParam(params) ?? 0)}/${encodeURIComponent(params['reference'] ?? '')}`);
}

const statusLabel = (status: string | null) => (status && status in STATUS_LABELS ? STATUS_LABELS[status as keyof typeof STATUS_LABELS] : null);

export default function AccreditationApplication() {
  const { base, id, reference, name, status, category, facts, answers, photo, history, mayDecide, idempotencyKey } = useLoaderData<typeof loader>();
  const { t } = useConsole();
  return (
    <>
      <p>
        <Link to={base}>{t('accreditation.backToQueue')}</Link>
      </p>
      <h1>
        {name} <span className="muted">({reference})</span>
      </h1>
      <p className="meta-line">
        <span className="application-status">{t(STATUS_LABELS[status])}</span> · <span>{category}</span>
      </p>
      <div className="application-detail">
        {photo ? <img className="application-detail__photo" src={photo} alt={t('accreditation.photoOf', { name })} width={150} height={200} /> : <p className="muted">{t('accreditation.noPhoto')}</p>}
        <dl className="facts">
          {facts.map((fact) => (
            <div key={fact.label}>
              <dt>{t(fact.label)}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
      </div>
      <h2>{t('accreditation.answers')}</h2>
      <dl className="facts">
        {answers.map((answer) => (
          <div key={answer.key}>
            <dt>
              <code>{answer.key}</code>
            </dt>
            <dd>{answer.value}</dd>
          </div>
        ))}
      </dl>
      <h2>{t('accreditation.history')}</h2>
      <ol className="history">
        {history.map((entry, index) => {
          const label = statusLabel(entry.status);
          return (
            <li key={index}>
              <span>{entry.at}</span> — <strong>{label ? t(label) : t('accreditation.recorded')}</strong>
              {entry.by ? <> · {entry.by}</> : null}
              {entry.reason ? <> · “{entry.reason}”</> : null}
            </li>
          );
        })}
      </ol>
      {mayDecide ? (
        <ConsoleForm id="application-decide">
          <FormTitle id="application-decide">{t('accreditation.decide')}</FormTitle>
          <FieldProblems name="ids" />
          <input type="hidden" name="ids" value={id} />
          <input type="hidden" name={`ref-${id}`} value={reference} />
          <DecisionControls idempotencyKey={idempotencyKey} />
        </ConsoleForm>
      ) : null}
    </>
  );
}
