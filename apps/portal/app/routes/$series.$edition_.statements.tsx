// What the heads of delegation said at an edition: each statement as a short summary attributed to
// its speaker, in the delegations' protocol order, then any other statements.
import { createTranslator } from '@caravan/i18n';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { EditionHeader } from '../components/edition-header.js';
import { Localized } from '../components/localized.js';
import { PersonLine } from '../components/person-line.js';
import { pages } from '../lib/caravan.server.js';
import { editionPath } from '../lib/edition-frame.js';
import { loadEditionPage } from '../lib/edition-loader.server.js';
import { pageMeta, rootAddress } from '../lib/page-meta.js';
import { statementsInProtocolOrder } from '../lib/statements.js';
import { usePortal } from '../lib/use-portal.js';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { page: edition, ...loaded } = await loadEditionPage(request, params, ({ slug, number, locale }) => pages.statements(slug, number, locale), (page) => page);
  return { ...loaded, edition, statements: statementsInProtocolOrder(edition.statements, edition.delegations) };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  if (!data) return [];
  const t = createTranslator(data.locale);
  const editionTitle = t('edition.title', { series: data.edition.series.name.text, number: data.edition.number });
  return pageMeta({
    title: `${t('edition.statements')} · ${editionTitle}`,
    description: t('statements.description', { edition: editionTitle, count: data.statements.length }),
    siteName: t('site.name'),
    locale: data.locale,
    address: rootAddress(matches),
  });
};

export default function StatementsRoute() {
  const { edition, frameText, statements } = useLoaderData<typeof loader>();
  const { t, href } = usePortal();
  return (
    <div className="page statements-page">
      <EditionHeader frame={edition} frameText={frameText} current="statements" title={t('edition.statements')} />
      <p className="muted">{t('statements.note')}</p>
      {statements.length === 0 ? (
        <p className="muted">{t('statements.none')}</p>
      ) : (
        <ul className="card-list statement-list">
          {statements.map(({ statement, country, isHead }) => (
            <li key={statement.id} className="card statement">
              <h2 className="card__title">
                {country ? <Localized value={country.name} /> : null}
                {country && isHead && <span className="muted"> · {t('edition.headOfDelegation')}</span>}
              </h2>
              {statement.person && (
                <p>
                  <Link to={href(editionPath(edition, `speakers/${statement.person.slug}`))}>
                    <PersonLine person={statement.person} />
                  </Link>
                </p>
              )}
              <blockquote>
                <Localized value={statement.summary} />
              </blockquote>
              {statement.session && (
                <p className="muted">
                  {t('statements.inSession')}{' '}
                  <Link to={href(editionPath(edition, `sessions/${statement.session.slug}`))}>
                    <Localized value={statement.session.title} />
                  </Link>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
