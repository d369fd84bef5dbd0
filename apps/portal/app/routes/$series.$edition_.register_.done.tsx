// After a submission: the reference and status of the application, and that a mail with the
// link to it is on its way.
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { RegistrationHeader } from '../components/registration-header.js';
import { registrationMessages, registrationTranslator } from '../i18n/registration/registration-i18n.js';
import { notFound } from '../lib/caravan.server.js';
import { isApplicationStatus, referenceParam } from '../lib/registration/application-status.js';
import { loadEditionContext } from '../lib/registration/edition-context.server.js';
import { useRegistrationText } from '../lib/registration/use-registration-text.js';
import { usePortal } from '../lib/use-portal.js';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const reference = referenceParam(url.searchParams.get('reference'));
  const status = url.searchParams.get('status');
  if (!reference || !isApplicationStatus(status)) notFound();
  const { locale, edition, pageTheme } = await loadEditionContext(request, params);
  return { edition, pageTheme, reference, status, ...registrationMessages(locale), title: `${registrationTranslator(locale)('done.title')} · ${reference}` };
}

export const meta: MetaFunction<typeof loader> = ({ data: page }) => (page ? [{ title: page.title }] : []);

export default function RegistrationDone() {
  const { edition, reference, status } = useLoaderData<typeof loader>();
  const t = useRegistrationText();
  const { href, t: portalT } = usePortal();
  return (
    <div className="page registration-page">
      <RegistrationHeader edition={edition} title={t('done.title')} />
      <div className="confirmation" role="status">
        <p className="lead">
          {t('done.reference', { reference })}
        </p>
        <p>{t('done.status', { status: t(`appStatus.${status}`) })}</p>
        <p>{t('done.mailSent')}</p>
      </div>
      <p>
        <Link to={href(`/${edition.seriesSlug}/${edition.number}`)}>{portalT('edition.title', { series: edition.seriesName.text, number: edition.number })}</Link>
      </p>
    </div>
  );
}
