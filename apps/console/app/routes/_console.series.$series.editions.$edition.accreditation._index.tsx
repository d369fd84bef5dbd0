// The accreditation queue of an edition: counts per category and status, the applications as
// filtered (category, status, words; all in the address), and one form to approve, reject or
// waitlist the ticked ones with a reason. Registration officers see the non-media categories,
// media officers the media ones (the api keeps each to its own); plain forms, no script needed.
import { randomUUID } from 'node:crypto';
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { FilterForm, FilterInput, FilterSelect } from '../components/filter-form.js';
import { DecisionControls } from '../components/decision-controls.js';
import { ConsoleForm, FieldProblems, FormTitle } from '../components/form.js';
import { countsTable, parseQueueFilter, queueSearch, STATUS_LABELS, APPLICATION_STATUSES } from '../lib/accreditation-queue.js';
import { decisionAction, queuePath, readQueue, readQueueEdition } from '../lib/accreditation.server.js';
import { can } from '../lib/access.js';
import { formatInstant, formatNumber } from '../lib/format.server.js';
import { editionParam, openPlace } from '../lib/page.server.js';
import { pageTitle } from '../lib/page-title.js';
import { useConsole } from '../lib/use-console.js';

export const meta = pageTitle('accreditation.title');

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organizer, locale, series, edition: number } = await openPlace(request, params, 'accreditation');
  const edition = await readQueueEdition(organizer, series, number ?? 0, locale);
  const url = new URL(request.url);
  const filter = parseQueueFilter(url.searchParams);
  const queue = await readQueue(organizer, edition.id, filter, url.searchParams.get('after'));
  const categories = [...new Set([...Object.keys(edition.categoryNames), ...queue.applicationCounts.map((count) => count.category)])];
  const table = countsTable(queue.applicationCounts, categories);
  const scope = { series, edition: edition.number };
  const base = queuePath(series, edition.number);
  return data(
    {
      number: edition.number,
      base,
      filter,
      categories: categories.map((slug) => ({ value: slug, label: edition.categoryNames[slug] ?? slug })),
      counts: {
        statuses: table.statuses,
        rows: table.rows.map((row) => ({
          category: row.category,
          label: edition.categoryNames[row.category] ?? row.category,
          cells: table.statuses.map((status) => ({ status, value: formatNumber(row.counts[status], locale), href: `${base}${queueSearch({ category: row.category, status, q: null })}` })),
          total: formatNumber(row.total, locale),
        })),
        totals: table.statuses.map((status) => ({ status, value: formatNumber(table.totals[status], locale), href: `${base}${queueSearch({ category: null, status, q: null })}` })),
        total: formatNumber(table.total, locale),
      },
      applications: queue.applications.edges.map(({ node }) => ({
        id: node.id,
        reference: node.reference,
        status: node.status,
        category: edition.categoryNames[node.category] ?? node.category,
        name: `${node.givenName} ${node.familyName}`,
        email: node.email,
        citizenship: node.citizenship,
        organization: node.outlet ?? node.organization ?? '',
        submittedAt: node.submittedAt ? formatInstant(node.submittedAt, locale) : null,
      })),
      totalCount: formatNumber(queue.applications.totalCount, locale),
      next: queue.applications.pageInfo.hasNextPage ? `${base}${queueSearch(filter, queue.applications.pageInfo.endCursor)}` : null,
      first: url.searchParams.has('after') ? `${base}${queueSearch(filter)}` : null,
      csv: `${base}/applications.csv`,
      mayDecide: can(organizer.viewer, 'registration.review', scope) || can(organizer.viewer, 'media.review', scope),
      idempotencyKey: randomUUID(),
    },
    { headers: organizer.headers },
  );
}

export function action({ request, params }: ActionFunctionArgs) {
  const url = new URL(request.url);
  return decisionAction(request, `${queuePath(params['series'] ?? '', editionParam(params) ?? 0)}${url.search}`);
}

export default function AccreditationQueue() {
  const { number, base, filter, categories, counts, applications, totalCount, next, first, csv, mayDecide, idempotencyKey } = useLoaderData<typeof loader>();
  const { t } = useConsole();
  return (
    <>
      <h1>{t('accreditation.heading', { number })}</h1>
      <p>
        <a href={csv} download>
          {t('accreditation.csv')}
        </a>
      </p>
      <section aria-labelledby="accreditation-counts-title">
        <h2 id="accreditation-counts-title">{t('accreditation.counts')}</h2>
        {counts.rows.length === 0 ? (
          <p>{t('accreditation.noApplications')}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table counts-table">
              <caption className="visually-hidden">{t('accreditation.counts')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('accreditation.category')}</th>
                  {counts.statuses.map((status) => (
                    <th scope="col" key={status}>
                      {t(STATUS_LABELS[status])}
                    </th>
                  ))}
                  <th scope="col">{t('accreditation.total')}</th>
                </tr>
              </thead>
              <tbody>
                {counts.rows.map((row) => (
                  <tr key={row.category} data-category={row.category}>
                    <th scope="row">{row.label}</th>
                    {row.cells.map((cell) => (
                      <td key={cell.status} data-status={cell.status}>
                        {cell.value === '0' ? cell.value : <Link to={cell.href}>{cell.value}</Link>}
                      </td>
                    ))}
                    <td>{row.total}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('accreditation.total')}</th>
                  {counts.totals.map((cell) => (
                    <td key={cell.status} data-status={cell.status}>
                      <Link to={cell.href}>{cell.value}</Link>
                    </td>
                  ))}
                  <td>{counts.total}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        )}
      </section>
      <FilterForm id="accreditation-filter">
        <FilterSelect id="accreditation-category" name="category" label={t('accreditation.category')} value={filter.category ?? ''} choices={categories} />
        <FilterSelect
          id="accreditation-status"
          name="status"
          label={t('accreditation.status')}
          value={filter.status ?? ''}
          choices={APPLICATION_STATUSES.map((status) => ({ value: status, label: t(STATUS_LABELS[status]) }))}
        />
        <FilterInput id="accreditation-search" name="q" label={t('accreditation.search')} value={filter.q ?? ''} />
      </FilterForm>
      <p role="status">{t('accreditation.found', { count: totalCount })}</p>
      {applications.length > 0 ? (
        <ConsoleForm id="accreditation-decide">
          <FormTitle id="accreditation-decide">{t('accreditation.applications')}</FormTitle>
          <FieldProblems name="ids" />
          <div className="table-scroll">
            <table className="data-table" id="accreditation-decide-ids">
              <caption className="visually-hidden">{t('accreditation.applications')}</caption>
              <thead>
                <tr>
                  {mayDecide ? <th scope="col">{t('accreditation.select')}</th> : null}
                  <th scope="col">{t('accreditation.reference')}</th>
                  <th scope="col">{t('accreditation.name')}</th>
                  <th scope="col">{t('accreditation.category')}</th>
                  <th scope="col">{t('accreditation.status')}</th>
                  <th scope="col">{t('accreditation.organization')}</th>
                  <th scope="col">{t('accreditation.citizenship')}</th>
                  <th scope="col">{t('accreditation.submittedAt')}</th>
                </tr>
              </thead>
              <tbody>
                {applications.map((application) => (
                  <tr key={application.id} data-reference={application.reference}>
                    {mayDecide ? (
                      <td>
                        <input type="checkbox" name="ids" value={application.id} id={`select-${application.id}`} aria-label={t('accreditation.selectOne', { reference: application.reference, name: application.name })} />
                        <input type="hidden" name={`ref-${application.id}`} value={application.reference} />
                      </td>
                    ) : null}
                    <td>
                      <Link to={`${base}/${encodeURIComponent(application.reference)}`}>{application.reference}</Link>
                    </td>
                    <td>
                      {application.name}
                      <br />
                      <span className="muted">{application.email}</span>
                    </td>
                    <td>{application.category}</td>
                    <td className="application-status">{t(STATUS_LABELS[application.status])}</td>
                    <td>{application.organization}</td>
                    <td>{application.citizenship}</td>
                    <td>{application.submittedAt ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {mayDecide ? <DecisionControls idempotencyKey={idempotencyKey} /> : null}
        </ConsoleForm>
      ) : null}
      <nav aria-label={t('accreditation.pages')} className="toolbar">
        {first ? <Link to={first}>{t('accreditation.firstPage')}</Link> : null}
        {next ? <Link to={next}>{t('accreditation.nextPage')}</Link> : null}
      </nav>
    </>
  );
}
