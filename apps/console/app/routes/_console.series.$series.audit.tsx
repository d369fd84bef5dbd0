// The series' audit trail: who changed what and when, newest first, filtered by actor, kind of
// record, action and date range, a page at a time.
import { data, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, parseAuditFilter } from '../lib/audit-filter.js';
import { readAuditPage } from '../lib/audit.server.js';
import { formatInstant } from '../lib/format.server.js';
import { openPlace } from '../lib/page.server.js';
import { pageTitle } from '../lib/page-title.js';
import { useConsole } from '../lib/use-console.js';

export const meta = pageTitle('audit.title');

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organizer, locale, series } = await openPlace(request, params, 'audit');
  const url = new URL(request.url);
  const filter = parseAuditFilter(url.searchParams);
  const after = url.searchParams.get('after');
  const page = await readAuditPage(organizer, series, filter, after);
  const nextParams = new URLSearchParams(url.searchParams);
  if (page.next) nextParams.set('after', page.next);
  const firstParams = new URLSearchParams(url.searchParams);
  firstParams.delete('after');
  return data(
    {
      filter,
      entries: page.entries.map((entry) => ({
        id: entry.id,
        at: formatInstant(entry.at, locale),
        actor: entry.actor ? `${entry.actor.displayName} <${entry.actor.email}>` : null,
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId,
        before: entry.before,
        after: entry.after,
      })),
      next: page.next ? `?${nextParams.toString()}` : null,
      first: after ? `?${firstParams.toString()}` : null,
    },
    { headers: organizer.headers },
  );
}

export default function AuditTrail() {
  const { filter, entries, next, first } = useLoaderData<typeof loader>();
  const { t } = useConsole();
  return (
    <>
      <h1>{t('audit.title')}</h1>
      <p className="muted">{t('audit.intro')}</p>
      <Form method="get" className="console-form filters" aria-labelledby="audit-filter-title">
        <h2 id="audit-filter-title" className="visually-hidden">
          {t('audit.filters')}
        </h2>
        <div className="field">
          <label htmlFor="audit-actor">{t('audit.actor')}</label>
          <input id="audit-actor" name="actor" type="text" defaultValue={filter.actor ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="audit-entity">{t('audit.entityType')}</label>
          <select id="audit-entity" name="entityType" defaultValue={filter.entityType ?? ''}>
            <option value="">{t('audit.any')}</option>
            {AUDIT_ENTITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-action">{t('audit.action')}</label>
          <select id="audit-action" name="action" defaultValue={filter.action ?? ''}>
            <option value="">{t('audit.any')}</option>
            {AUDIT_ACTIONS.map((action) => (
              <option key={action} value={action}>
                {action}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-from">{t('audit.from')}</label>
          <input id="audit-from" name="from" type="date" defaultValue={filter.from ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="audit-to">{t('audit.to')}</label>
          <input id="audit-to" name="to" type="date" defaultValue={filter.to ?? ''} />
        </div>
        <div className="field">
          <button type="submit" className="button">
            {t('audit.apply')}
          </button>
        </div>
      </Form>
      <p role="status">{t('audit.count', { count: entries.length })}</p>
      {entries.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('audit.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.when')}</th>
                <th scope="col">{t('audit.actor')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.entityType')}</th>
                <th scope="col">{t('audit.record')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td>{entry.at}</td>
                  <td>{entry.actor ?? t('audit.system')}</td>
                  <td>{entry.action}</td>
                  <td>{entry.entityType}</td>
                  <td>
                    <code>{entry.entityId}</code>
                    {entry.before || entry.after ? (
                      <details>
                        <summary>{t('audit.details')}</summary>
                        {entry.before ? (
                          <>
                            <p className="label">{t('audit.before')}</p>
                            <pre>{entry.before}</pre>
                          </>
                        ) : null}
                        {entry.after ? (
                          <>
                            <p className="label">{t('audit.after')}</p>
                            <pre>{entry.after}</pre>
                          </>
                        ) : null}
                      </details>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <nav aria-label={t('audit.pages')} className="toolbar">
        {first ? <Link to={first}>{t('audit.newest')}</Link> : null}
        {next ? <Link to={next}>{t('audit.older')}</Link> : null}
      </nav>
    </>
  );
}
