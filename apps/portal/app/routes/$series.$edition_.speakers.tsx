// The speakers of an edition: everyone who speaks, moderates or gives a keynote in its programme,
// by name, each linking to their profile.
import { createTranslator } from '@caravan/i18n';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { EditionHeader } from '../components/edition-header.js';
import { Localized } from '../components/localized.js';
import { pages } from '../lib/caravan.server.js';
import { editionPath } from '../lib/edition-frame.js';
import { loadEditionPage } from '../lib/edition-loader.server.js';
import { pageMeta, rootAddress } from '../lib/page-meta.js';
import { speakersOf } from '../lib/speakers.js';
import { usePortal } from '../lib/use-portal.js';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { page: edition, ...loaded } = await loadEditionPage(request, params, ({ slug, number, locale }) => pages.speakers(slug, number, locale), (page) => page);
  return { ...loaded, edition, speakers: speakersOf(edition.sessions, loaded.locale) };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  if (!data) return [];
  const t = createTranslator(data.locale);
  const editionTitle = t('edition.title', { series: data.edition.series.name.text, number: data.edition.number });
  return pageMeta({
    title: `${t('edition.speakers')} · ${editionTitle}`,
    description: t('speakers.description', { edition: editionTitle, count: data.speakers.length }),
    siteName: t('site.name'),
    locale: data.locale,
    address: rootAddress(matches),
  });
};

export default function SpeakersRoute() {
  const { edition, frameText, speakers } = useLoaderData<typeof loader>();
  const { t, href } = usePortal();
  return (
    <div className="page speakers-page">
      <EditionHeader frame={edition} frameText={frameText} current="speakers" title={t('edition.speakers')} />
      {speakers.length === 0 ? (
        <p className="muted">{t('speakers.none')}</p>
      ) : (
        <ul className="card-grid speaker-index">
          {speakers.map(({ person, roles, sessionCount }) => (
            <li key={person.id} className="card">
              <h2 className="card__title">
                <Link to={href(editionPath(edition, `speakers/${person.slug}`))}>
                  <Localized value={person.name} />
                </Link>
              </h2>
              {person.position && (
                <p>
                  <Localized value={person.position} />
                </p>
              )}
              {person.country && (
                <p className="muted">
                  <Localized value={person.country.name} />
                </p>
              )}
              <p className="muted">
                {roles.map((role) => t(`role.${role}`)).join(', ')} · {t('speakers.sessionCount', { count: sessionCount })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
