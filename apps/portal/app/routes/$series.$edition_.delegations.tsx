// The delegations of an edition in protocol order, each with its head and its members in their order.
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
import { usePortal } from '../lib/use-portal.js';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { page: edition, ...loaded } = await loadEditionPage(request, params, ({ slug, number, locale }) => pages.delegations(slug, number, locale), (page) => page);
  // The api lists them in protocol order; the page does not rely on it.
  const delegations = [...edition.delegations].sort((a, b) => a.protocolOrder - b.protocolOrder);
  return { ...loaded, edition, delegations };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  if (!data) return [];
  const t = createTranslator(data.locale);
  const editionTitle = t('edition.title', { series: data.edition.series.name.text, number: data.edition.number });
  return pageMeta({
    title: `${t('edition.delegations')} · ${editionTitle}`,
    description: t('delegations.description', { edition: editionTitle, count: data.delegations.length }),
    siteName: t('site.name'),
    locale: data.locale,
    address: rootAddress(matches),
  });
};

export default function DelegationsRoute() {
  const { edition, frameText, delegations } = useLoaderData<typeof loader>();
  const { t, href } = usePortal();
  const profile = (slug: string) => href(editionPath(edition, `speakers/${slug}`));
  return (
    <div className="page delegations-page">
      <EditionHeader frame={edition} frameText={frameText} current="delegations" title={t('edition.delegations')} />
      {delegations.length === 0 ? (
        <p className="muted">{t('delegations.none')}</p>
      ) : (
        <ol className="card-list delegation-list">
          {delegations.map((delegation) => (
            <li key={delegation.id} id={`delegation-${delegation.country?.code ?? delegation.id}`} className="card delegation">
              <h2>{delegation.country ? <Localized value={delegation.country.name} /> : t('delegations.unnamed')}</h2>
              {delegation.head && (
                <p>
                  <span className="label">{t('edition.headOfDelegation')}: </span>
                  <Link to={profile(delegation.head.slug)}>
                    <PersonLine person={delegation.head} />
                  </Link>
                </p>
              )}
              {delegation.members.length > 0 && (
                <>
                  <h3>{t('edition.members', { count: delegation.members.length })}</h3>
                  <ol className="plain-list">
                    {delegation.members.map((member) => (
                      <li key={member.id}>
                        <Link to={profile(member.slug)}>
                          <PersonLine person={member} />
                        </Link>
                      </li>
                    ))}
                  </ol>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
