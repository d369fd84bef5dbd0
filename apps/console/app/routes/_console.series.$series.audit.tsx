// The series' audit trail: who changed what and when, newest first, filtered by actor, kind of
// record, action and date range, a page at a time.
import { data, type LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { FilterForm, FilterInput, FilterSelect } from '../components/filter-form.js';
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
      <FilterForm id="audit-filter">
        <FilterInput id="audit-actor" name="actor" label={t('audit.actor')} value={filter.actor ?? ''} />
        <FilterSelect id="audit-entity" name="entityType" label={t('audit.entityType')} value={filter.entityType ?? ''} choices={AUDIT_ENTITY_TYPES.map((type) => ({ value: type, label: type }))} />
        <FilterSelect id="audit-action" name="action" label={t('audit.action')} value={filter.action ?? ''} choices={AUDIT_ACTIONS.map((action) => ({ value: action, label: action }))} />
        <FilterInput id="audit-from" name="from" type="date" label={t('audit.from')} value={filter.from ?? ''} />
        <FilterInput id="audit-to" name="to" type="date" label={t('audit.to')} value={filter.to ?? ''} />
      </FilterForm>
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
